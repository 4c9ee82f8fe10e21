/**
 * The replay's plan of the real guides, without running it: the steps a reader
 * takes come out in page order with the guide's file and line, scaffold first.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import config from '../snippets/samples.config.ts';
import { guideSteps } from '../snippets/walkthrough.ts';
import { planGuide, replayable, ReplayError } from './plan.ts';

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

test('the replayable guides are those whose sample names its scaffold packages: both', () => {
  assert.deepEqual(replayable, ['app', 'pages']);
});

for (const name of ['app', 'pages'] as const) {
  test(`${name}: each written line maps to the Markdown line it came from`, () => {
    const { steps } = planGuide(root, name);
    for (const step of steps) {
      if (step.kind !== 'write') continue;
      const lines = step.text.replace(/\n$/, '').split('\n');
      assert.equal(step.lineMap.length, lines.length, `${step.file}:${step.line}`);
      const source = readFileSync(path.join(root, step.file), 'utf8').split('\n');
      for (const [index, text] of lines.entries()) {
        const markdown = source[step.lineMap[index]! - 1]!;
        assert.ok(markdown.trimEnd().endsWith(text.trimEnd()), `${step.path} line ${index + 1} is ${step.file}:${step.lineMap[index]}: ${JSON.stringify(text)} vs ${JSON.stringify(markdown)}`);
      }
      // The block opens on the line before its first line of code.
      assert.ok(step.lineMap[0]! > step.line, `${step.file}:${step.line}`);
    }
  });

  test(`${name}: a checkpoint is kept only when a block was written since the one before`, () => {
    const { steps, page } = planGuide(root, name);
    let written = false;
    for (const step of steps) {
      if (step.kind === 'write') written = true;
      if (step.kind !== 'checkpoint') continue;
      assert.ok(written, `${step.name} has nothing new`);
      written = false;
    }
    const all = guideSteps(root, config, config.defaultLocale, page).filter((step) => step.kind === 'checkpoint');
    assert.ok(steps.filter((step) => step.kind === 'checkpoint').length < all.length, 'the guide has a section without a block, and its checkpoint is left out');
  });
}

/** planGuide on a copy of the docs and fragments, with `file` changed by `edit`. */
function planEdited(name: string, file: string, edit: (text: string) => string) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'replay-plan-'));
  try {
    for (const folder of ['docs', 'fragments']) cpSync(path.join(root, folder), path.join(copy, folder), { recursive: true });
    const text = readFileSync(path.join(root, file), 'utf8');
    const changed = edit(text);
    assert.notEqual(changed, text, `the edit changes ${file}`);
    writeFileSync(path.join(copy, file), changed);
    return planGuide(copy, name);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const installation = 'docs/quick-starts/next/_installation.mdx';
const scaffoldLine = readFileSync(path.join(root, installation), 'utf8').split('\n').findIndex((line) => line.includes('create-next-app')) + 1;

test('a scaffold command with no folder, a cd into another folder, an npm command the replay does not know, or no scaffold fail at the command', () => {
  const cases: Array<[string, string, string]> = [
    ['npx create-next-app@16 my-app --ts', 'npx create-next-app@16 --ts', `${installation}:${scaffoldLine} (scaffold): "npx create-next-app@16 --ts \${props.routerFlag} --yes" names no app folder`],
    ['cd my-app', 'cd other-app', `${installation}:${scaffoldLine} (cd other-app): the guide changes into other-app, but the app folder is my-app`],
    ['cd my-app', 'cd my-app\\nnpm run dev', `${installation}:${scaffoldLine} (npm run dev): the replay does not know this command; teach tools/replay/plan.ts what a reader does with it`],
    ['npx create-next-app@16 my-app --ts ${props.routerFlag} --yes\\ncd my-app', 'npm i next', `docs/quick-starts/next/index.mdx:1 (plan): the guide shows no \`npx create-next-app\` command`],
  ];
  for (const [from, to, message] of cases) {
    assert.throws(() => planEdited('pages', installation, (text) => text.replace(from, to)), (error: Error) => error instanceof ReplayError && error.message === message.replace('${props.routerFlag}', '--no-app'), message);
  }
});

test('extra spaces between the words of a command, and an npm install spelled out, are read as the reader types them', () => {
  const { steps } = planEdited('app', installation, (text) => text.replace('npx create-next-app@16 my-app', 'npx  create-next-app@16   my-app').replace('cd my-app', '  cd my-app  \\nnpm install'));
  const [scaffold, install] = steps;
  assert.ok(scaffold?.kind === 'scaffold');
  assert.equal(scaffold.appFolder, 'my-app');
  assert.deepEqual(scaffold.args, ['--ts', '--app', '--yes']);
  assert.deepEqual(install, { kind: 'install', file: installation, line: scaffoldLine, command: 'npm install' });
});

test('blocks marked excerpt or skip, and blocks without a title, are not written', () => {
  const page = 'docs/quick-starts/next/_integration.mdx';
  const source = readFileSync(path.join(root, page), 'utf8');
  const opening = source.split('\n').find((line) => /^```tsx? title="libraries\/logto\.ts"/.test(line))!;
  const writes = (plan: ReturnType<typeof planGuide>) => plan.steps.filter((step) => step.kind === 'write' && step.file === page && step.path === 'libraries/logto.ts').length;
  const before = writes(planGuide(root, 'pages'));
  assert.ok(before > 0);
  for (const changed of [`${opening} excerpt`, `${opening} skip="a test"`, opening.replace(/ title="[^"]*"/, '')]) {
    assert.equal(writes(planEdited('pages', page, (text) => text.replace(opening, changed))), before - 1, changed);
  }
});

test('a page no walkthrough guide covers is refused, naming the sample to give scaffoldPackages', () => {
  const samplesConfig = config as { guides: Array<{ walkthrough?: unknown }> };
  const saved = samplesConfig.guides.map((guide) => guide.walkthrough);
  try {
    for (const guide of samplesConfig.guides) delete guide.walkthrough;
    assert.throws(() => planGuide(root, 'app'), (error: Error) => error instanceof ReplayError && / \(plan\): no walkthrough guide covers this page; give its sample scaffoldPackages in samples\/registry\.ts$/.test(error.message));
  } finally {
    samplesConfig.guides.forEach((guide, index) => (guide.walkthrough = saved[index]));
  }
});

test('hidden lines are not written, and the lines after them keep their Markdown lines', () => {
  const page = 'docs/quick-starts/next/_integration.mdx';
  const opening = readFileSync(path.join(root, page), 'utf8').split('\n').find((line) => /^```tsx? title="libraries\/logto\.ts"/.test(line))!;
  const first = (plan: ReturnType<typeof planGuide>) => plan.steps.find((step) => step.kind === 'write' && step.path === 'libraries/logto.ts') as Extract<ReturnType<typeof planGuide>['steps'][number], { kind: 'write' }>;
  const shown = first(planGuide(root, 'pages'));
  const hidden = first(planEdited('pages', page, (text) => text.replace(opening, `${opening} hidden="2-3"`)));
  const lines = shown.text.split('\n');
  assert.equal(hidden.text, [lines[0], ...lines.slice(3)].join('\n'));
  assert.deepEqual(hidden.lineMap, [shown.lineMap[0], ...shown.lineMap.slice(3)]);
});

test('a guide without the .env.local block is refused at its page', () => {
  const page = 'docs/quick-starts/next/_integration.mdx';
  assert.throws(
    () => planEdited('pages', page, (text) => text.replace('```bash title=".env.local"', '```bash')),
    (error: Error) => error instanceof ReplayError && error.message === 'docs/quick-starts/next/index.mdx:1 (plan): the guide never shows the .env.local block the app reads its settings from',
  );
});
