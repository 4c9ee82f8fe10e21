/** Where things live, relative to this file, so tests run from any working directory. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const idpDir = path.join(repoRoot, 'samples/local-idp');
export const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next');
export const tsxBin = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
