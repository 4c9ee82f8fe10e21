/** What the build writes to `samples/<name>.json` and the browser zips (shared by the plugin and the button). */
export interface SampleFiles {
  name: string;
  files: Array<{ path: string; text: string }>;
}

/** Global data of the plugin: guide slug → its sample's name and files, relative to the locale's base URL. */
export type SampleZipData = Record<string, { name: string; files: string }>;

export const SAMPLE_ZIP_PLUGIN = 'site-sample-zip';
