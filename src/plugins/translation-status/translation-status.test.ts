// The translation-status plugin on a copy of the banner fixture site (tools/i18n/fixtures/banner-site): the
// English build publishes no notice; the zh-CN build publishes one for each page shown in English and each
// outdated translation (also a page whose fragment is outdated, with that fragment), none for an up-to-date
// page; `docusaurus start` watches both locales' Markdown and the lock file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { copyFixture } from '../../../tools/i18n/testing.ts';
import { layoutFor } from '../../../tools/site/layout.ts';
import { SiteModel } from '../../../tools/site/model.ts';
import { readLock, writeLock } from '../../../tools/site/translation-lock.ts';
import translationStatusPlugin, { type TranslationStatusData } from './index.ts';

let dir = '';
let cleanup = (): void => {};
before(async () => {
  ({ dir, cleanup } = copyFixture('banner-site'));
  // Translated from the current English (as `npm run i18n:mark` records it), then English moves on in one page and one nested fragment.
  const model = await SiteModel.open(dir, { layout: layoutFor('en', ['en', 'zh-CN']) });
  const lock = readLock(dir, 'zh-CN');
  for (const file of ['up-to-date.mdx', 'outdated.mdx', 'guide/index.mdx', 'guide/_step.mdx', 'guide/_detail.mdx']) lock.files[`docs/${file}`] = model.sourceHash(`docs/${file}`);
  writeLock(dir, 'zh-CN', lock);
  appendFileSync(path.join(dir, 'docs/outdated.mdx'), '\nA paragraph added later.\n');
  appendFileSync(path.join(dir, 'docs/guide/_detail.mdx'), '\nA sentence added later.\n');
});
after(() => cleanup());

function plugin(currentLocale: string) {
  const i18n = { defaultLocale: 'en', locales: ['en', 'zh-CN'], currentLocale };
  return translationStatusPlugin({ siteDir: dir, i18n, siteConfig: { i18n } } as unknown as LoadContext);
}

test('the zh-CN build publishes a notice for the English fallback and each outdated page, none for the up-to-date one', async () => {
  const zh = plugin('zh-CN');
  assert.equal(zh.name, 'translation-status');
  const data = await zh.loadContent!();
  assert.deepEqual(data, {
    locale: 'zh-CN',
    pages: {
      'fallback.mdx': { status: 'missing', fragments: [] },
      'outdated.mdx': { status: 'outdated', fragments: [] },
      'guide/index.mdx': { status: 'outdated', fragments: ['docs/guide/_detail.mdx'] },
    },
  } satisfies TranslationStatusData);
  let published: unknown;
  await zh.contentLoaded!({ content: data, actions: { setGlobalData: (value: unknown) => (published = value) } } as never);
  assert.equal(published, data);
});

test('the English build publishes no notice', async () => {
  assert.deepEqual(await plugin('en').loadContent!(), { locale: 'en', pages: {} });
});

test("it watches both locales' Markdown and the locale's lock file, and brings the notice's theme component", () => {
  const zh = plugin('zh-CN');
  assert.deepEqual(zh.getPathsToWatch!(), [
    path.join(dir, 'docs/**/*.{md,mdx}'),
    path.join(dir, 'fragments/**/*.{md,mdx}'),
    path.join(dir, 'i18n/zh-CN/docusaurus-plugin-content-docs/current/**/*.{md,mdx}'),
    path.join(dir, 'i18n/zh-CN/fragments/**/*.{md,mdx}'),
    path.join(dir, 'i18n/zh-CN/translation-lock.json'),
  ]);
  assert.equal(zh.getThemePath!(), path.join(import.meta.dirname, 'theme'));
});
