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

function site(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'config-data-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'docusaurus.config.ts'), config);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('the plugins the config imports are not loaded: a plugin that throws when imported does not stop the tools', async () => {
  const root = site(
    [
      "import heavyPlugin from './src/plugins/heavy';",
      "import { remarkPlugins } from './src/remark';",
      'export default {',
      "  baseUrl: '/docs/',",
      "  i18n: { defaultLocale: 'en', locales: ['en', 'fr'] },",
      "  presets: [['classic', { docs: { routeBasePath: 'guides', remarkPlugins } }]],",
      '  plugins: [heavyPlugin],',
      '};',
    ].join('\n'),
    {
      'src/plugins/heavy.ts': "throw new Error('the plugin was loaded');\nexport default {};\n",
      'src/remark.ts': "throw new Error('the remark plugins were loaded');\nexport const remarkPlugins = [];\n",
    },
  );
  const facts = await loadSiteFacts(root);
  assert.deepEqual(facts.localeList, ['en', 'fr']);
  assert.equal(facts.baseUrl, '/docs/');
  assert.equal(facts.routeBasePath, '/guides');
});

test('a value the tools read that comes from a local import is read by importing the config for real', async () => {
  const root = site(
    [
      "import { locales, base } from './site-facts';",
      "export default { baseUrl: base, i18n: { defaultLocale: 'en', locales } };",
    ].join('\n'),
    { 'site-facts.ts': "export const locales = ['en', 'ja'];\nexport const base = '/handbook/';\n" },
  );
  const facts = await loadSiteFacts(root);
  assert.deepEqual(facts.localeList, ['en', 'ja']);
  assert.equal(facts.baseUrl, '/handbook/');
});

test('a config that calls a function of a local import still evaluates without loading it', async () => {
  const root = site(
    [
      "import { searchSections } from './src/search/contexts';",
      'export default {',
      "  i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'] },",
      "  themes: [['search-local', { searchContextByPaths: searchSections('docs') }]],",
      '};',
    ].join('\n'),
    { 'src/search/contexts.ts': "throw new Error('the search contexts were loaded');\nexport function searchSections() { return []; }\n" },
  );
  const facts = await loadSiteFacts(root);
  assert.deepEqual(facts.localeList, ['en', 'zh-CN']);
});
