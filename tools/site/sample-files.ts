/**
 * The committed files of a sample folder, as the downloads hold them (the
 * "Download sample" zips and the local identity provider's zip): `git
 * ls-files`, never node_modules, .next or local env files. Shared by the
 * site's sample-zip plugin, the "Download sample" button and the replay.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** What the build writes to `samples/<name>.json` and the browser zips (shared by the plugin and the button). */
export interface SampleFiles {
  name: string;
  files: Array<{ path: string; text: string }>;
}

/** The name errors start with: where the files are listed. */
const where = 'tools/site/sample-files.ts';

const excluded = [/(^|\/)node_modules\//, /(^|\/)\.next\//, /(^|\/)\.env(\..*)?\.local$/];

/** The sample's committed files, relative to its folder, minus what the zip never holds. */
export function committedFiles(siteDir: string, sampleDir: string): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--', sampleDir], { cwd: siteDir, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${where}: cannot list the committed files of ${sampleDir} with "git ls-files" (${(error as Error).message.split('\n')[0]}). Build from a git checkout.`);
  }
  const files = listed
    .split('\0')
    .filter((file) => file !== '')
    .map((file) => path.posix.relative(sampleDir, file))
    .filter((file) => !excluded.some((pattern) => pattern.test(file)))
    .sort();
  if (files.length === 0) throw new Error(`${where}: git lists no committed file under ${sampleDir}.`);
  return files;
}

