/** The sample builds with `next build`, and the sample and the identity provider type-check cleanly. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { idpDir, repoRoot, sampleDir } from './helpers/paths.js';
import { ensureSampleBuild, isBuildFresh } from './helpers/sample.js';

const run = promisify(execFile);
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

async function typeCheck(project: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '--noEmit', '-p', project], { maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

test('next build of the sample passes (built only when sources changed)', { timeout: 600_000 }, async () => {
  await ensureSampleBuild();
  assert.equal(isBuildFresh(), true);
});

test('the sample type-checks with tsc --noEmit', { timeout: 300_000 }, async () => {
  assert.equal(await typeCheck(sampleDir), '');
});

test('the local identity provider type-checks with tsc --noEmit', { timeout: 300_000 }, async () => {
  assert.equal(await typeCheck(idpDir), '');
});
