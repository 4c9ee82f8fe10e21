/**
 * The theme wrapper (index.ts) with the real theme: it keeps the theme's name,
 * routes, translations and option schema; its postBuild writes the theme's
 * index of a built page and then splits it (titles, headings and descriptions
 * first, paragraphs in the `.content.json` file); its bundler config keeps the
 * theme's own and swaps the theme's worker, on either path separator, for
 * ./worker.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { rspack } from '@rspack/core';
import webpack from 'webpack';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import Joi from 'joi';
import searchLocalTitlesFirst from './index.ts';

const siteDir = mkdtempSync(path.join(tmpdir(), 'search-local-'));
after(() => rmSync(siteDir, { recursive: true, force: true }));
mkdirSync(path.join(siteDir, 'docs'));
writeFileSync(path.join(siteDir, 'docs/guide.md'), '# Guide\n');

const options = searchLocalTitlesFirst.validateOptions({
  options: { hashed: true, language: ['en', 'zh'], indexBlog: false, indexPages: false, docsRouteBasePath: '/' },
  validate: (schema: unknown, value: unknown) => Joi.attempt(value, schema as Joi.Schema),
} as unknown as OptionValidationContext<PluginOptions, PluginOptions>);
const context = { siteDir, generatedFilesDir: path.join(siteDir, '.docusaurus'), baseUrl: '/', i18n: { currentLocale: 'en' }, siteConfig: { themeConfig: {} } } as unknown as LoadContext;
const plugin = searchLocalTitlesFirst(context, options) as Plugin & Required<Pick<Plugin, 'postBuild' | 'configureWebpack'>>;
const themeWorker = ['', 'site', 'node_modules', '@easyops-cn', 'docusaurus-search-local', 'dist', 'client', 'client', 'theme', 'worker.js'];

test("the wrapper is the theme: its name, theme components, search route, translations and option schema", async () => {
  assert.equal(plugin.name, '@easyops-cn/docusaurus-search-local');
  assert.ok(existsSync(path.join(plugin.getThemePath!(), 'SearchBar')), plugin.getThemePath!());
  assert.deepEqual(Object.keys(plugin).sort(), ['configureWebpack', 'contentLoaded', 'getDefaultCodeTranslationMessages', 'getPathsToWatch', 'getThemePath', 'name', 'postBuild']);
  assert.equal(options.searchResultLimits, 8, "the theme's defaults are filled in");
});

test("postBuild writes the theme's index of the built pages, then splits it: the paragraphs wait in the .content.json file", async () => {
  const outDir = path.join(siteDir, 'build');
  mkdirSync(outDir);
  writeFileSync(
    path.join(outDir, 'guide.html'),
    '<html><head><title>Guide | Site</title><meta name="description" content="How to sign in"></head><body><article><div class="theme-doc-markdown markdown">' +
      '<header><h1>Guide</h1></header><p>The callback route exchanges the code.</p><h2 id="install">Install the SDK</h2><p>Run npm install.</p></div></article></body></html>',
  );
  await plugin.postBuild({ routesPaths: ['/guide', '/404.html'], outDir, baseUrl: '/', siteConfig: { trailingSlash: false }, plugins: [] } as never);
  type Part = { documents: Array<{ t: string }> } | null;
  const texts = (file: string) => (JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as Part[]).map((part) => part && part.documents.map((doc) => doc.t));
  assert.deepEqual(texts('search-index.json'), [['Guide'], ['Install the SDK'], ['How to sign in'], [], []]);
  assert.deepEqual(texts('search-index.content.json'), [null, null, null, null, ['The callback route exchanges the code.', 'Run npm install.']]);
});

test("the bundler config keeps the theme's own and swaps the theme's worker, on either separator and nothing else, for worker.ts", () => {
  // With webpack, whose plugin keeps its arguments in public fields; the site builds with rspack (below).
  const config = plugin.configureWebpack({}, false, { currentBundler: { name: 'webpack', instance: webpack } } as never, undefined as never) as unknown as {
    externals?: unknown;
    plugins: Array<{ resourceRegExp: RegExp; newResource: string }>;
  };
  assert.deepEqual(config.externals, { 'open-ask-ai': 'open-ask-ai', 'open-ask-ai/styles.css': 'open-ask-ai/styles.css' }, "the theme's externals");
  assert.equal(config.plugins.length, 1);
  const [replacement] = config.plugins;
  assert.ok(replacement instanceof webpack.NormalModuleReplacementPlugin);
  assert.equal(replacement.newResource, path.join(import.meta.dirname, 'worker.ts'));
  assert.ok(existsSync(replacement.newResource));
  assert.ok(replacement.resourceRegExp.test(themeWorker.join('/')), 'POSIX path');
  assert.ok(replacement.resourceRegExp.test(`C:${themeWorker.join('\\')}`), 'Windows path');
  // The theme's path with one of its separators at a time made a letter (`@easyops-cnxdocusaurus-search-local`), and a longer file name: none is the theme's worker.
  const posix = themeWorker.join('/');
  const separators = [...posix.matchAll(/\//g)].map((match) => match.index).filter((at) => at >= posix.indexOf('/@easyops-cn'));
  assert.equal(separators.length, 7);
  for (const other of [...separators.map((at) => `${posix.slice(0, at)}x${posix.slice(at + 1)}`), `${posix}.map`]) {
    assert.equal(replacement.resourceRegExp.test(other), false, other);
  }
  const withRspack = plugin.configureWebpack({}, false, { currentBundler: { name: 'rspack', instance: rspack } } as never, undefined as never) as { plugins: unknown[] };
  assert.ok(withRspack.plugins[0] instanceof rspack.NormalModuleReplacementPlugin, "the bundler's own plugin class");
});
