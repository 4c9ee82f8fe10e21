// The fragments plugin on a small site made for the test: `@fragments/x` resolves in the current locale's folder
// first and in English second (English alone for the default locale, and for a locale without its folder yet),
// every locale's fragment folder is compiled by the plugin's MDX rule with the docs' remark plugins, and
// `docusaurus start` watches the Markdown of every fragment folder.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { DEFAULT_CONFIG } from '@docusaurus/core/lib/server/configValidation.js';
import { layoutFor } from '../../../tools/site/layout.ts';
import fragmentsPlugin, { FRAGMENTS_ALIAS, fragmentSearchPath } from './index.ts';

const siteDir = mkdtempSync(path.join(tmpdir(), 'fragments-'));
after(() => rmSync(siteDir, { recursive: true, force: true }));
for (const dir of ['shared', 'i18n/zh-CN/shared']) mkdirSync(path.join(siteDir, dir), { recursive: true });
const english = path.join(siteDir, 'shared');
const chinese = path.join(siteDir, 'i18n/zh-CN/shared');

test('the search path is the locale\'s folder, then English; English only where the locale has no folder', () => {
  const layout = layoutFor('en', ['en', 'zh-CN', 'fr'], { docs: 'docs', fragments: 'shared' });
  assert.deepEqual(fragmentSearchPath(siteDir, layout, 'zh-CN'), [chinese, english]);
  assert.deepEqual(fragmentSearchPath(siteDir, layout, 'en'), [english]);
  assert.deepEqual(fragmentSearchPath(siteDir, layout, 'fr'), [english], 'no i18n/fr/shared yet');
  assert.deepEqual(fragmentSearchPath(siteDir, layout, 'de'), [english], 'a locale the layout does not know');
});

async function plugin(currentLocale: string) {
  const remarkPlugins = [() => () => undefined];
  const context = {
    siteDir,
    i18n: { defaultLocale: 'en', locales: ['en', 'zh-CN'], currentLocale },
    siteConfig: DEFAULT_CONFIG,
  };
  return { remarkPlugins, plugin: await fragmentsPlugin(context as unknown as LoadContext, { sourceDir: 'shared', remarkPlugins }) };
}

test('the zh-CN build resolves @fragments in zh-CN then English, compiles both folders and watches them', async () => {
  const { plugin: zh, remarkPlugins } = await plugin('zh-CN');
  assert.equal(zh.name, 'site-fragments');
  const webpack = zh.configureWebpack!({} as never, false, {} as never, {} as never) as { resolve: { alias: Record<string, string[]> }; module: { rules: Array<{ include: string[]; use: Array<{ options: Record<string, unknown> }> }> } };
  assert.deepEqual(webpack.resolve.alias, { [FRAGMENTS_ALIAS]: [chinese, english] });
  assert.equal(FRAGMENTS_ALIAS, '@fragments');
  assert.deepEqual(webpack.module.rules[0]!.include, [english + path.sep, chinese + path.sep]);
  const options = webpack.module.rules[0]!.use[0]!.options;
  assert.equal(options.remarkPlugins, remarkPlugins, "the docs' remark plugins");
  assert.deepEqual([options.admonitions, options.siteDir, options.staticDirs, options.isMDXPartialFrontMatterWarningDisabled], [true, siteDir, [path.join(siteDir, 'static')], true]);
  assert.equal((options.isMDXPartial as (file: string) => boolean)('/any/file.mdx'), true, 'a fragment is never a route');
  assert.equal(options.markdownConfig, DEFAULT_CONFIG.markdown);
  assert.equal(options.useCrossCompilerCache, DEFAULT_CONFIG.future.faster.mdxCrossCompilerCache);
  assert.deepEqual(zh.getPathsToWatch!(), [`${english}${path.sep}**/*.{md,mdx}`, `${chinese}${path.sep}**/*.{md,mdx}`]);
});

test('the English build resolves @fragments in English only', async () => {
  const { plugin: en } = await plugin('en');
  const webpack = en.configureWebpack!({} as never, false, {} as never, {} as never) as { resolve: { alias: Record<string, string[]> } };
  assert.deepEqual(webpack.resolve.alias[FRAGMENTS_ALIAS], [english]);
});
