/**
 * Builds the sample's zip in the browser; imported only when the reader clicks
 * "Download sample", together with fflate. The files are the sample's
 * committed files as the build emitted them (src/plugins/sample-zip), plus a
 * `.env.local` from the sample's `.env.example` with the reader's values, or
 * the guides' placeholders for the values not set (a fresh random cookie
 * secret when none is set).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { fields, generateCookieSecret, type ReaderValues } from '../ReaderValues/fields.ts';
import type { SampleFiles } from '../../../tools/site/sample-files.ts';

/** `.env.example` with each field's line set to the reader's value or the placeholder. */
export function envLocal(example: string, values: ReaderValues): string {
  const lines = example.split('\n').map((line) => {
    const field = fields.find((candidate) => new RegExp(`^#?\\s*${candidate.env}=`).test(line));
    if (!field) return line;
    // A placeholder cookie secret would pass the sample's length check and sign every session with a public string.
    const value = values[field.key] ?? (field.key === 'cookieSecret' ? generateCookieSecret() : field.placeholder);
    return `${field.env}=${value}`;
  });
  const header = '# Written by "Download sample" from the values you entered in the guide (placeholders where you entered none).\n';
  return header + lines.join('\n');
}

export function sampleZip(sample: SampleFiles, values: ReaderValues): Uint8Array {
  const tree: Zippable = {};
  for (const file of sample.files) tree[`${sample.name}/${file.path}`] = strToU8(file.text);
  const example = sample.files.find((file) => file.path === '.env.example');
  if (example) tree[`${sample.name}/.env.local`] = strToU8(envLocal(example.text, values));
  // Stryker disable next-line ObjectLiteral: level 6 is fflate's default, so {} makes the same zip
  return zipSync(tree, { level: 6 });
}

/** Fetches the files, zips them and hands the zip to the browser as a download. */
export async function downloadSample(filesUrl: string, values: ReaderValues): Promise<void> {
  const response = await fetch(filesUrl);
  if (!response.ok) throw new Error(`${filesUrl}: ${response.status} ${response.statusText}`);
  const sample = (await response.json()) as SampleFiles;
  const blob = new Blob([sampleZip(sample, values) as BlobPart], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${sample.name}.zip`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
