// The translation notice atop a doc page, as a reader of a translated locale sees it: on an English fallback and
// on an outdated translation, a note in the reader's language (English, with lang="en", where the locale's
// code.json does not translate it) linking to the English page; nothing on an up-to-date page or in English.
// Rendered with the components' happy-dom page, see src/components/testing.ts.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { h, render, resetPage, site, type Rendered } from '../../components/testing.ts';
import type { TranslationStatusData } from './index.ts';
import ContentWrapper from './theme/DocItem/Content/index.tsx';

let page: Rendered | undefined;
beforeEach(() => resetPage());
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

const zhDocs = '@site/i18n/zh-CN/docusaurus-plugin-content-docs/current';
function on(locale: 'zh-CN' | 'fr', permalink: string, source: string, pages: TranslationStatusData['pages']): void {
  site.locale = locale;
  site.doc = { metadata: { slug: permalink, permalink: `/${locale}${permalink}`, source } };
  site.pluginData = { 'translation-status': { locale, pages } satisfies TranslationStatusData };
}
const content = () => h(ContentWrapper, { children: h('p', null, 'The page.') } as never);

test('an English fallback on the zh-CN site: a Chinese note linking to the English page, above the content', async () => {
  on('zh-CN', '/quick-starts/next', '@site/docs/quick-starts/next/index.mdx', { 'quick-starts/next/index.mdx': { status: 'missing', fragments: [] } });
  page = await render(content());
  const note = page.get('[role="note"]');
  assert.equal(note.getAttribute('data-translation-status'), 'missing');
  assert.equal(note.getAttribute('lang'), 'zh-CN');
  assert.equal(note.className, 'notice');
  assert.equal(note.textContent, '本页尚未翻译为中文，以下显示的是英文原文。查看英文页面');
  const link = note.querySelector('a')!;
  assert.deepEqual([link.getAttribute('href'), link.getAttribute('hreflang'), link.getAttribute('target'), link.className], ['/quick-starts/next', 'en', '_self', 'link']);
  assert.deepEqual([...page.container.children].map((child) => child.tagName), ['DIV', 'ARTICLE']);
  assert.equal(page.get('[data-doc-content]').textContent, 'The page.');
});

test('an outdated translation on the zh-CN site says so and links to the current English page', async () => {
  on('zh-CN', '/intro', `${zhDocs}/intro.mdx`, { 'intro.mdx': { status: 'outdated', fragments: ['docs/_a.mdx'] } });
  page = await render(content());
  assert.equal(page.get('[role="note"]').textContent, '英文原文在本页翻译之后有更新，此中文翻译可能已过时。查看最新的英文页面');
  assert.equal(page.get('[role="note"]').getAttribute('data-translation-status'), 'outdated');
  assert.equal(page.get('[role="note"] a').getAttribute('href'), '/intro');
});

test('a locale whose code.json has no notice strings shows them in English, marked lang="en"', async () => {
  on('fr', '/intro', '@site/i18n/fr/docusaurus-plugin-content-docs/current/intro.mdx', { 'intro.mdx': { status: 'outdated', fragments: [] } });
  page = await render(content());
  const note = page.get('[role="note"]');
  assert.equal(note.getAttribute('lang'), 'en');
  assert.equal(note.textContent, 'The English page has changed since this translation was made; it may be out of date.Open the current English page');
  on('fr', '/start', '@site/docs/start.mdx', { 'start.mdx': { status: 'missing', fragments: [] } });
  await page.unmount();
  page = await render(content());
  assert.equal(page.get('[role="note"]').textContent, 'This page is not translated yet; it is shown in English.Open the English page');
  assert.equal(page.get('[role="note"]').getAttribute('lang'), 'en');
});

test('an up-to-date page, a page the data does not name and a site without the data show the content only', async () => {
  on('zh-CN', '/intro', `${zhDocs}/intro.mdx`, { 'other.mdx': { status: 'missing', fragments: [] } });
  page = await render(content());
  assert.equal(page.all('[role="note"]').length, 0);
  assert.equal(page.text(), 'The page.');
  await page.unmount();
  site.pluginData = {};
  page = await render(content());
  assert.equal(page.all('[role="note"]').length, 0);
});
