/**
 * `--files a.mdx b.mdx` for the docs checkers: the paths the user typed,
 * relative to where they typed the command (`npm run` starts scripts at the
 * package root, INIT_CWD is the user's folder), as repository paths. A missing
 * file or an empty list ends the run with exit code 2 and says what to do.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function resolveFileArgs(only: string[] | undefined, root: string, usage: string): string[] | undefined {
  if (only === undefined) return undefined;
  const invokedFrom = process.env.INIT_CWD ?? process.cwd();
  const missingFiles = only.filter((file) => !existsSync(path.resolve(invokedFrom, file)));
  if (only.length === 0 || missingFiles.length > 0) {
    console.error(only.length === 0 ? `--files needs at least one file\n${usage}` : `--files: no such file: ${missingFiles.join(', ')} (paths are relative to ${invokedFrom})`);
    process.exit(2);
  }
  return only.map((file) => path.relative(root, path.resolve(invokedFrom, file)).split(path.sep).join('/'));
}
