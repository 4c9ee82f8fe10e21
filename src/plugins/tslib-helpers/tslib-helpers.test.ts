// The plugin's pieces without a build: which helpers a module calls, what the build reports (a missing helper
// with the file that calls it and what to do; no module using tslib at all), how the modules that use tslib
// are read from the bundler's stats, and that the alias is for the client bundle only. That the real build
// ships no unused helper: tests/site/tslib-helpers.test.ts; that it fails on a missing one was tried by hand.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import tslibHelpersPlugin, { exportedHelpers, helpersCalledIn, helpersFile, issuersOf, problemsWith, tslibHelperNames } from './index.ts';

const require = createRequire(import.meta.url);
const names = tslibHelperNames();
const here = path.relative(process.cwd(), helpersFile);

test("tslib's helper names come from tslib itself", () => {
  for (const name of ['__importDefault', '__awaiter', '__assign', '__extends']) assert.ok(names.includes(name), name);
  assert.ok(names.every((name) => name.startsWith('__')), names.join(', '));
});

test('a module calls the helpers whose names it mentions as whole words', () => {
  const source = 'const tslib_1 = require("tslib");\nexports.a = tslib_1.__importDefault(x).default;\n(0, tslib_1.__awaiter)(this);\nconst __assignments = 1;';
  assert.deepEqual(helpersCalledIn(source, names).sort(), ['__awaiter', '__importDefault']);
  assert.deepEqual(helpersCalledIn('nothing here', names), []);
});

test('a helper that is called but not exported is reported with the file that calls it and what to do', () => {
  const modules = [
    { file: 'node_modules/a/index.js', source: 'tslib_1.__importDefault(x); tslib_1.__awaiter(y)' },
    { file: 'node_modules/b/index.js', source: 'tslib_1.__importDefault(z)' },
  ];
  assert.deepEqual(problemsWith(modules, ['__importDefault'], names), [
    `node_modules/a/index.js calls tslib's __awaiter, which ${here} does not export: add it to the export list there.`,
  ]);
  assert.deepEqual(problemsWith(modules, ['__importDefault', '__awaiter'], names), []);
});

test('no module using tslib at all is reported too: the plugin is then not needed (or the stats were misread)', () => {
  assert.deepEqual(problemsWith([], ['__importDefault'], names), [`No module of the client bundle requires tslib any more: remove the tslib-helpers plugin (${here}).`]);
});

test('the modules that use tslib are the reasons of the helpers module in the stats, loaders stripped, each once', () => {
  const stats = [
    {
      identifier: `javascript/esm|${helpersFile}|84cc2d8610cbf369006989bbb0df85eb`,
      name: './src/plugins/tslib-helpers/helpers.mjs + 1 modules',
      reasons: [
        { moduleIdentifier: '/repo/node_modules/b/index.js' },
        { moduleIdentifier: 'builtin:swc-loader??ruleSet[1].rules[5].use[0]!/repo/node_modules/a/index.js' },
        { moduleIdentifier: '/repo/node_modules/a/index.js' },
        { moduleIdentifier: null },
      ],
    },
    { identifier: '/repo/node_modules/c/index.js', reasons: [{ moduleIdentifier: '/repo/node_modules/d/index.js' }] },
    { identifier: `${helpersFile}.other`, reasons: [{ moduleIdentifier: '/repo/node_modules/e/index.js' }] },
  ];
  assert.deepEqual(issuersOf(stats), ['/repo/node_modules/a/index.js', '/repo/node_modules/b/index.js'], 'sorted, so the build reports them in a stable order');
  assert.deepEqual(issuersOf([{ identifier: helpersFile }]), [], 'a module with no reasons');
});

test('helpers.mjs exports what the client modules that use tslib today call', async () => {
  const exported = await exportedHelpers();
  const utilsCommon = require.resolve('@docusaurus/utils-common');
  assert.match(readFileSync(utilsCommon, 'utf8'), /require\("tslib"\)/, 'utils-common still requires tslib');
  assert.deepEqual(problemsWith([{ file: utilsCommon, source: readFileSync(utilsCommon, 'utf8') }], exported, names), []);
  for (const name of exported) assert.ok(names.includes(name), `${name} is a tslib helper`);
});

test('the alias is for the client bundle only; the server bundle keeps all of tslib', () => {
  const plugin = tslibHelpersPlugin();
  assert.equal(plugin.name, 'tslib-helpers');
  const client = plugin.configureWebpack!({} as never, false, {} as never, undefined) as { resolve: { alias: Record<string, string> }; plugins: unknown[] };
  assert.deepEqual(client.resolve, { resolve: { alias: { tslib$: helpersFile } } }.resolve);
  assert.equal(client.plugins.length, 1);
  assert.deepEqual(plugin.configureWebpack!({} as never, true, {} as never, undefined), {});
});

test('after a client build, a module (top-level or concatenated) calling a helper helpers.mjs lacks fails the build with its file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tslib-helpers-'));
  try {
    const calls = (name: string, source: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, source);
      return file;
    };
    const top = calls('top.js', 'const tslib_1 = require("tslib"); tslib_1.__awaiter(this);');
    const nested = calls('nested.js', 'const tslib_1 = require("tslib"); tslib_1.__rest(x, []); tslib_1.__importDefault(y);');
    const clean = calls('clean.js', 'const tslib_1 = require("tslib"); tslib_1.__importDefault(y);');
    const build = async (modules: unknown[]) => {
      const client = tslibHelpersPlugin().configureWebpack!({} as never, false, {} as never, undefined) as { plugins: Array<{ apply(compiler: unknown): void }> };
      let done: ((stats: unknown) => Promise<void>) | undefined;
      let asked: unknown;
      client.plugins[0]!.apply({ hooks: { done: { tapPromise: (name: string, run: typeof done) => { assert.equal(name, 'tslib-helpers'); done = run; } } } });
      assert.ok(done, 'the plugin hooks the end of the build');
      const errors: Error[] = [];
      await done({ toJson: (options: unknown) => ((asked = options), { modules }), compilation: { errors } });
      assert.deepEqual(asked, { all: false, modules: true, reasons: true, nestedModules: true });
      return errors.map((error) => error.message);
    };
    const helpers = (...issuers: string[]) => ({ identifier: `javascript/esm|${helpersFile}|0`, reasons: issuers.map((moduleIdentifier) => ({ moduleIdentifier })) });
    const rel = (file: string) => path.relative(process.cwd(), file);
    assert.deepEqual(await build([helpers(top), { identifier: '/x/concatenated.js', modules: [helpers(nested)] }]), [
      `${rel(nested)} calls tslib's __rest, which ${here} does not export: add it to the export list there.`,
      `${rel(top)} calls tslib's __awaiter, which ${here} does not export: add it to the export list there.`,
    ], 'in the order of their paths: nested.js before top.js');
    assert.deepEqual(await build([helpers(clean)]), [], 'every helper called is exported: the build passes');
    assert.deepEqual(await build([{ identifier: '/x/other.js' }]), [`No module of the client bundle requires tslib any more: remove the tslib-helpers plugin (${here}).`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
