// A page's h1 and what comes with it: outside the docs the plain heading; on a doc page the page actions
// beside it; on a quick start with a sample also Download sample and the "Your app" panel, and on the two
// Next.js guides the router switcher and the local identity provider button. Rendered in happy-dom, see
// ../testing.ts.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { h, render, resetPage, site, type Rendered } from '../testing.ts';
import { SAMPLE_ZIP_PLUGIN } from '../../plugins/sample-zip/types.ts';
import PageTitle from './index.tsx';

let page: Rendered | undefined;
beforeEach(() => resetPage());
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

const title = () => h(PageTitle, { id: 'title', children: 'Next.js quick start' });
const samples = { '/quick-starts/next': { name: 'next-pages-router', files: '/samples/next-pages-router.json' }, '/quick-starts/other': { name: 'other', files: '/samples/other.json' } };

test('outside the docs it is the plain heading', async () => {
  page = await render(title());
  assert.equal(page.container.innerHTML, '<h1 id="title">Next.js quick start</h1>');
});

test('on a doc page without a sample: the heading with Copy page and View as Markdown beside it, nothing else', async () => {
  site.doc = { metadata: { slug: '/intro', permalink: '/intro' } };
  site.pluginData = { [SAMPLE_ZIP_PLUGIN]: samples };
  page = await render(title());
  const row = page.get('.titleRow');
  assert.deepEqual([...row.children].map((child) => child.tagName), ['H1', 'DIV']);
  assert.equal(row.querySelector('h1')?.id, 'title');
  assert.equal(page.get('a[data-view-markdown]').getAttribute('href'), '/intro.md');
  assert.equal(page.all('[data-download-sample], [data-router-switcher], [data-reader-values]').length, 0);
});

test('on a Next.js guide with a sample: Download sample, the router switcher and the panel with the local identity provider', async () => {
  site.doc = { metadata: { slug: '/quick-starts/next', permalink: '/quick-starts/next' } };
  site.pluginData = { [SAMPLE_ZIP_PLUGIN]: samples };
  page = await render(title());
  assert.equal(page.get('.titleRow [data-download-sample]').textContent, 'Download sample');
  assert.equal(page.get('[data-router-switcher] [aria-current="page"]').textContent, 'Pages Router');
  assert.equal(page.all('[data-reader-values] [data-local-idp]').length, 1);
  assert.deepEqual([...page.container.children].map((child) => child.tagName), ['DIV', 'NAV', 'DETAILS']);
});

test('on a guide with a sample that is not a Next.js one: download and panel, no switcher, no local identity provider', async () => {
  site.doc = { metadata: { slug: '/quick-starts/other', permalink: '/quick-starts/other' } };
  site.pluginData = { [SAMPLE_ZIP_PLUGIN]: samples };
  page = await render(title());
  assert.equal(page.all('[data-download-sample]').length, 1);
  assert.equal(page.all('[data-router-switcher], [data-local-idp]').length, 0);
  assert.equal(page.all('[data-reader-values]').length, 1);
});

test('on a Next.js guide without sample data: the switcher only', async () => {
  site.doc = { metadata: { slug: '/quick-starts/next-app-router', permalink: '/quick-starts/next-app-router' } };
  page = await render(title());
  assert.equal(page.get('[data-router-switcher] [aria-current="page"]').textContent, 'App Router');
  assert.equal(page.all('[data-download-sample], [data-reader-values]').length, 0);
});
