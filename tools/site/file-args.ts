/**
 * `--files a.mdx b.mdx` for the docs checkers: the paths the user typed,
 * relative to where they typed the command (`npm run` starts scripts at the
 * package root, INIT_CWD is the user's folder), as repository paths. A missing
 * file ends the run with exit code 2 and says what to do (an empty list is
 * refused by the parser, tools/cli/args.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitWithUsageError, type CliSpec } from '../cli/args.ts';

export function resolveFileArgs(cli: CliSpec, only: string[] | undefined, root: string): string[] | undefined {
  if (only === undefined) return undefined;
  const invokedFrom = process.env.INIT_CWD ?? process.cwd();
  const missingFiles = only.filter((file) => !existsSync(path.resolve(invokedFrom, file)));
  if (missingFiles.length > 0) exitWithUsageError(cli, `--files: no such file: ${missingFiles.join(', ')} (paths are relative to ${invokedFrom})`);
  return only.map((file) => path.relative(root, path.resolve(invokedFrom, file)).split(path.sep).join('/'));
}
