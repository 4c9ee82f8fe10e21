/**
 * `--files a.mdx b.mdx` for the docs checkers: the paths the user typed,
 * relative to where they typed the command (`npm run` starts scripts at the
 * package root, INIT_CWD is the user's folder), as repository paths. A missing
 * file ends the run with exit code 2 and says what to do (an empty list is
 * refused by the parser, tools/cli/args.ts).
 *
 * INIT_CWD counts only when npm started this package's script: a checker run
 * with plain `node` by a process that npm started elsewhere (a test under
 * `npm test` running the checker in a copy of the site) inherits that outer
 * INIT_CWD, and its paths are relative to its own working folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitWithUsageError, type CliSpec } from '../cli/args.ts';

export function resolveFileArgs(cli: CliSpec, only: string[] | undefined, root: string): string[] | undefined {
  if (only === undefined) return undefined;
  const invokedFrom = invokedFolder(root);
  const missingFiles = only.filter((file) => !existsSync(path.resolve(invokedFrom, file)));
  if (missingFiles.length > 0) exitWithUsageError(cli, `--files: no such file: ${missingFiles.join(', ')} (paths are relative to ${invokedFrom})`);
  return only.map((file) => path.relative(root, path.resolve(invokedFrom, file)).split(path.sep).join('/'));
}

/** Where the user typed the command: INIT_CWD under `npm run` of the package at `root`, else the working folder. */
export function invokedFolder(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const startedByNpmHere = env.npm_package_json !== undefined && path.resolve(env.npm_package_json) === path.resolve(root, 'package.json');
  return startedByNpmHere && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}
