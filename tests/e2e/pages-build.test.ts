/** The Pages Router sample builds with `next build` and type-checks cleanly. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { pagesSampleDir, repoRoot } from './helpers/paths.js';
import { ensureSampleBuild, isBuildFresh, pagesRouterSample } from './helpers/sample.js';

const run = promisify(execFile);
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

test('next build of the Pages Router sample passes (built only when sources changed)', { timeout: 600_000 }, async () => {
  await ensureSampleBuild(pagesRouterSample);
  assert.equal(isBuildFresh(pagesRouterSample), true);
});

test('the Pages Router sample type-checks with tsc --noEmit', { timeout: 300_000 }, async () => {
  const output = await run(process.execPath, [tsc, '--noEmit', '-p', pagesSampleDir], { maxBuffer: 16 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  assert.equal(output, '');
});
