/**
 * Every sample of the registry (samples/registry.ts) builds with `next build`
 * and type-checks cleanly, and so does the local identity provider.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { idpDir, repoRoot } from './helpers/paths.ts';
import { ensureSampleBuild, isBuildFresh, sampleApps } from './helpers/sample.ts';

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

for (const app of sampleApps) {
  test(`${app.entry.title}: next build passes (built only when sources changed)`, { timeout: 600_000 }, async () => {
    await ensureSampleBuild(app);
    assert.equal(isBuildFresh(app), true);
  });

  test(`${app.entry.title}: tsc --noEmit passes`, { timeout: 300_000 }, async () => {
    assert.equal(await typeCheck(app.dir), '');
  });
}

test('the local identity provider type-checks with tsc --noEmit', { timeout: 300_000 }, async () => {
  assert.equal(await typeCheck(idpDir), '');
});
