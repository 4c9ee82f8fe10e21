/** Global data of the plugin: guide slug → its sample's name and files, relative to the locale's base URL. */
export type SampleZipData = Record<string, { name: string; files: string }>;

export const SAMPLE_ZIP_PLUGIN = 'site-sample-zip';
