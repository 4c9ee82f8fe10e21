/**
 * Merges per-locale builds into one site, for CI that builds one locale per
 * runner (`docusaurus build --locale <l> --out-dir <dir>`; the default locale
 * writes the site root, another locale only `<dir>/<locale>/`).
 *
 *   node --import tsx tools/site/merge-builds.ts <merged-dir> <build-dir>...
 *
 * Each build is copied into the merged folder. A file that two builds both
 * write with different bytes stops the merge, naming the file and both
 * builds (a locale built with the wrong base URL, or two builds of the same
 * locale); identical files are fine. The merged folder is what
 * `docusaurus build` writes in one command for every locale.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class MergeConflictError extends Error {}

function filesUnder(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...filesUnder(dir, relative));
    else found.push(relative);
  }
  return found;
}

/** Copies every build into `merged`; returns the number of files written. */
export function mergeBuilds(merged: string, builds: string[]): number {
  const owner = new Map<string, string>();
  for (const build of builds) {
    if (!existsSync(build) || !statSync(build).isDirectory()) throw new MergeConflictError(`${build}: no such build folder (download the locale's artifact first)`);
    for (const file of filesUnder(build)) {
      const first = owner.get(file);
      if (first !== undefined && !readFileSync(path.join(first, file)).equals(readFileSync(path.join(build, file)))) {
        throw new MergeConflictError(`${file}: written differently by ${first} and ${build}; each build must be of another locale`);
      }
      owner.set(file, first ?? build);
    }
  }
  mkdirSync(merged, { recursive: true });
  for (const build of builds) cpSync(build, merged, { recursive: true });
  return owner.size;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [merged, ...builds] = process.argv.slice(2);
  if (merged === undefined || builds.length === 0) {
    console.error('usage: node --import tsx tools/site/merge-builds.ts <merged-dir> <build-dir>...');
    process.exit(2);
  }
  try {
    const count = mergeBuilds(merged, builds);
    console.log(`merged ${builds.length} builds (${count} files) into ${merged}`);
  } catch (error) {
    if (!(error instanceof MergeConflictError)) throw error;
    console.error(`merge-builds: ${error.message}`);
    process.exit(1);
  }
}
