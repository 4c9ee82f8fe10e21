// tools/site/config-data.ts: the tools read docusaurus.config.ts without loading the plugins it imports, and still
// get the right facts when a value they read comes from one of those imports.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { loadSiteFacts } from './config.ts';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(config: string, files: Record<string, string>, configName = 'docusaurus.config.ts'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'config-data-'));
  made.push(dir);
  writeFileSync(path.join(dir, configName), config);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The facts the tools read from a config of these lines, beside these local modules. */
function factsOf(config: string[], files: Record<string, string>, configName?: string): ReturnType<typeof loadSiteFacts> {
  return loadSiteFacts(site(config.join('\n'), files, configName));
}

/** A local module that stops the tools if they load it: it must be stubbed. */
function loadingFails(what: string, exports: string): string {
  return `throw new Error('${what} was loaded');\n${exports}\n`;
}

test('the plugins the config imports are not loaded: a plugin that throws when imported does not stop the tools', async () => {
  const facts = await factsOf(
    [
      "import heavyPlugin from './src/plugins/heavy';",
      "import { remarkPlugins } from './src/remark';",
      'export default {',
      "  baseUrl: '/docs/',",
      "  i18n: { defaultLocale: 'en', locales: ['en', 'fr'] },",
      "  presets: [['classic', { docs: { routeBasePath: 'guides', remarkPlugins } }]],",
      '  plugins: [heavyPlugin],',
      '};',
    ],
    { 'src/plugins/heavy.ts': loadingFails('the plugin', 'export default {};'), 'src/remark.ts': loadingFails('remark', 'export const remarkPlugins = [];') },
  );
  assert.deepEqual(facts.localeList, ['en', 'fr']);
  assert.equal(facts.baseUrl, '/docs/');
  assert.equal(facts.routeBasePath, '/guides');
});

test('a value the tools read that comes from a local import is read by importing the config for real', async () => {
  const facts = await factsOf(["import { locales, base } from './site-facts';", "export default { baseUrl: base, i18n: { defaultLocale: 'en', locales } };"], {
    'site-facts.ts': "export const locales = ['en', 'ja'];\nexport const base = '/handbook/';\n",
  });
  assert.deepEqual(facts.localeList, ['en', 'ja']);
  assert.equal(facts.baseUrl, '/handbook/');
});

test('a config that calls a function of a local import still evaluates without loading it', async () => {
  const facts = await factsOf(
    ["import { searchSections } from './src/search/contexts';", "export default { i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'] }, themes: [['search-local', { searchContextByPaths: searchSections('docs') }]] };"],
    { 'src/search/contexts.ts': loadingFails('search', 'export function searchSections() { return []; }') },
  );
  assert.deepEqual(facts.localeList, ['en', 'zh-CN']);
});

// Every way a config writes a local import is stubbed without loading the module (each one loaded it, and so
// failed, while the stub's names were guessed from the config's text).
const plugins = { 'src/plugins/index.js': loadingFails('the plugins', 'export const heavy = () => ({}); export const light = () => ({}); export default heavy;') };
const locales = "i18n: { defaultLocale: 'en', locales: ['en', 'ko'] }";
const importForms: Array<{ form: string; configName: string; config: string[] }> = [
  {
    form: 'a namespace import whose functions the config calls',
    configName: 'docusaurus.config.ts',
    config: ["import * as plugins from './src/plugins';", `export default { ${locales}, plugins: [plugins.heavy()] };`],
  },
  {
    form: 'default and named imports in a config written without semicolons',
    configName: 'docusaurus.config.js',
    config: ["import { join } from 'node:path'", "import heavy, { light } from './src/plugins'", `export default { ${locales}, staticDirectories: [join('static')], plugins: [heavy(), light()] }`],
  },
  {
    form: 'a re-export (export … from)',
    configName: 'docusaurus.config.js',
    config: ["import heavy from './src/plugins';", "export { light } from './src/plugins';", `export default { ${locales}, plugins: [heavy()] };`],
  },
  {
    form: 'an import over several lines with comments',
    configName: 'docusaurus.config.ts',
    config: ['import {', '  heavy, // the plugin of the docs', '  light as small,', "} from './src/plugins';", `export default { ${locales}, plugins: [heavy(), small()] };`],
  },
];
for (const { form, configName, config } of importForms) {
  test(`${form} is stubbed: the module is not loaded and the locales are read`, async () => {
    assert.deepEqual((await factsOf(config, plugins, configName)).localeList, ['en', 'ko']);
  });
}
