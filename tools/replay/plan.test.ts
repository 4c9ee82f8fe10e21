/**
 * The replay's plan of the real guides, without running it: the steps a reader
 * takes come out in page order with the guide's file and line, scaffold first.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { planGuide } from './plan.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

for (const name of ['app', 'pages'] as const) {
  test(`${name}: scaffold first, then installs and blocks in page order, with their places`, () => {
    const { steps } = planGuide(root, name);
    assert.equal(steps[0]?.kind, 'scaffold');
    assert.equal(steps[0]?.file, 'docs/quick-starts/next/_installation.mdx');
    const installs = steps.flatMap((step) => (step.kind === 'install' ? [step.command] : []));
    assert.deepEqual(installs, ['npm i @logto/next', 'npm i jose', 'npm i @logto/node redis']);
    const writes = steps.flatMap((step) => (step.kind === 'write' ? [step.path] : []));
    assert.ok(writes.indexOf('.env.local') > 0, '.env.local is written');
    const config = name === 'app' ? 'app/logto.ts' : 'libraries/logto.ts';
    assert.ok(writes.filter((file) => file === config).length >= 3, `${config} grows section by section`);
    for (const step of steps) assert.ok(step.line > 0 && step.file.endsWith('.mdx'), `${step.kind} has a place`);
    // jose is installed before the first block that imports it.
    const joseInstall = steps.findIndex((step) => step.kind === 'install' && step.command === 'npm i jose');
    const joseUse = steps.findIndex((step) => step.kind === 'write' && step.text.includes("from 'jose'"));
    assert.ok(joseInstall >= 0 && joseInstall < joseUse);
    // tsc runs where the reader tests the app, and at the end of the guide, after the last block.
    const checkpoints = steps.flatMap((step) => (step.kind === 'checkpoint' ? [step.name] : []));
    assert.ok(checkpoints.includes('"Checkpoint: test your application"'), checkpoints.join(', '));
    assert.equal(steps.at(-1)?.kind, 'checkpoint');
    assert.ok(steps.indexOf(steps.find((step) => step.kind === 'checkpoint')!) > steps.findIndex((step) => step.kind === 'write'), 'no checkpoint before the first block');
  });
}

test('the scaffold command is pinned to one create-next-app 16 release', async () => {
  const { CREATE_NEXT_APP_VERSION } = await import('./run.ts');
  assert.match(CREATE_NEXT_APP_VERSION, /^16\.\d+\.\d+$/);
  const scaffold = planGuide(root, 'app').steps[0]!;
  assert.ok(scaffold.kind === 'scaffold' && scaffold.args.includes('--app') && scaffold.appFolder === 'my-app');
});
