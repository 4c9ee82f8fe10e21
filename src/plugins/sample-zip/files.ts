/**
 * The committed files of a sample folder, as the downloads hold them (the
 * "Download sample" zips and the local identity provider's zip): `git
 * ls-files`, never node_modules, .next or local env files.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { SAMPLE_ZIP_PLUGIN } from './types.ts';

const excluded = [/(^|\/)node_modules\//, /(^|\/)\.next\//, /(^|\/)\.env(\..*)?\.local$/];

/** The sample's committed files, relative to its folder, minus what the zip never holds. */
export function committedFiles(siteDir: string, sampleDir: string): string[] {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--', sampleDir], { cwd: siteDir, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${SAMPLE_ZIP_PLUGIN}: cannot list the committed files of ${sampleDir} with "git ls-files" (${(error as Error).message.split('\n')[0]}). Build from a git checkout.`);
  }
  const files = listed
    .split('\0')
    .filter((file) => file !== '')
    .map((file) => path.posix.relative(sampleDir, file))
    .filter((file) => !excluded.some((pattern) => pattern.test(file)))
    .sort();
  if (files.length === 0) throw new Error(`${SAMPLE_ZIP_PLUGIN}: git lists no committed file under ${sampleDir}.`);
  return files;
}

