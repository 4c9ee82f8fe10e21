// "Router: App Router | Pages Router" as a reader uses it: the current router is marked, the other one
// links to the other guide, and switching lands on the section being read (the last heading scrolled past
// the navbar, else the URL's hash; mapped where the ids differ) and is remembered for the gallery.
// Rendered in happy-dom, see ../testing.ts.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import React, { act } from 'react';
import { click, h, render, resetPage, site, window, type Rendered } from '../testing.ts';
import { rememberedRouter } from './routers.ts';
import RouterSwitcher from './index.tsx';

let page: Rendered | undefined;
beforeEach(() => resetPage());
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

/** Puts the guide's headings on the page, each `top` pixels below the top of the window, and a navbar of `navbar` pixels (none if undefined). */
function layout(headings: Array<{ tag: string; id?: string; top: number; outside?: boolean }>, navbar?: number): void {
  const doc = window.document;
  const markdown = doc.createElement('div');
  markdown.className = 'theme-doc-markdown';
  const sidebar = doc.createElement('div');
  for (const { tag, id, top, outside } of headings) {
    const heading = doc.createElement(tag);
    if (id) heading.id = id;
    heading.getBoundingClientRect = () => ({ top, height: 30 }) as never;
    (outside ? sidebar : markdown).append(heading);
  }
  if (navbar !== undefined) {
    const bar = doc.createElement('nav');
    bar.className = 'navbar';
    bar.getBoundingClientRect = () => ({ top: 0, height: navbar }) as never;
    doc.body.append(bar);
  }
  doc.body.append(sidebar, markdown);
}

test('on the App Router guide: App Router is current, Pages Router links to the other guide, and the choice is remembered', async () => {
  page = await render(h(RouterSwitcher, { router: 'app' }));
  const nav = page.get('nav[data-router-switcher]');
  assert.equal(nav.getAttribute('aria-label'), 'Next.js router');
  assert.equal(page.text(), 'Router:App RouterPages Router');
  assert.equal(page.get('[aria-current="page"]').textContent, 'App Router');
  const other = page.get('a[data-router]');
  assert.equal(other.getAttribute('data-router'), 'pages');
  assert.equal(other.getAttribute('href'), '/quick-starts/next');
  assert.equal(rememberedRouter(), 'app');
});

test('on the zh-CN Pages Router guide it reads Chinese and links to the zh-CN App Router guide', async () => {
  site.locale = 'zh-CN';
  page = await render(h(RouterSwitcher, { router: 'pages' }));
  assert.equal(page.get('nav').getAttribute('aria-label'), 'Next.js 路由');
  assert.equal(page.text(), '路由：Pages RouterApp Router');
  assert.equal(page.get('a[data-router]').getAttribute('href'), '/zh-CN/quick-starts/next-app-router');
  assert.equal(rememberedRouter(), 'pages');
});

test('switching at the top of the page goes to the other guide without a section, and remembers the new router', async () => {
  window.happyDOM.setURL('http://localhost:3000/quick-starts/next-app-router#');
  layout([{ tag: 'h2', id: 'installation', top: 200 }]);
  page = await render(h(RouterSwitcher, { router: 'app' }));
  await click(page.get('a[data-router]'));
  assert.deepEqual(site.pushed, ['/quick-starts/next']);
  assert.equal(rememberedRouter(), 'pages');
});

test('switching lands on the last guide heading scrolled past the navbar, mapped when the other guide names it differently', async () => {
  layout(
    [
      { tag: 'h2', id: 'outside-the-guide', top: -50, outside: true },
      { tag: 'h2', id: 'installation', top: -400 },
      { tag: 'h3', id: 'handle-callback', top: 88 },
      { tag: 'h2', top: 50 },
      { tag: 'h2', id: 'sign-in', top: 89 },
      { tag: 'h4', id: 'deeper', top: 10 },
    ],
    80,
  );
  page = await render(h(RouterSwitcher, { router: 'app' }));
  await click(page.get('a[data-router]'));
  assert.deepEqual(site.pushed, ['/quick-starts/next#prepare-api-routes'], 'handle-callback is at the navbar (80 px) + 8; sign-in is below it');
});

test('without a navbar the line is 68 px down, and an id both guides share is kept', async () => {
  layout([
    { tag: 'h2', id: 'installation', top: 60 },
    { tag: 'h2', id: 'sign-in', top: 70 },
  ]);
  site.locale = 'zh-CN';
  page = await render(h(RouterSwitcher, { router: 'app' }));
  await click(page.get('a[data-router]'));
  assert.deepEqual(site.pushed, ['/zh-CN/quick-starts/next#installation']);
});

test("above the first heading the URL's hash is the section, mapped to the App Router guide's", async () => {
  window.happyDOM.setURL('http://localhost:3000/quick-starts/next#edge-runtime');
  layout([{ tag: 'h2', id: 'installation', top: 500 }], 60);
  page = await render(h(RouterSwitcher, { router: 'pages' }));
  await click(page.get('a[data-router]'));
  assert.deepEqual(site.pushed, ['/quick-starts/next-app-router#use-external-session-storage']);
  assert.equal(rememberedRouter(), 'app');
});

test('when the page changes guides without remounting the switcher (client navigation), the new router is remembered', async () => {
  let show!: (router: 'app' | 'pages') => void;
  function Host(): React.JSX.Element {
    const [router, setRouter] = React.useState<'app' | 'pages'>('app');
    show = setRouter;
    return h(RouterSwitcher, { router });
  }
  page = await render(h(Host));
  assert.equal(rememberedRouter(), 'app');
  window.localStorage.clear();
  await act(async () => show('pages'));
  assert.equal(page.get('[aria-current="page"]').textContent, 'Pages Router');
  assert.equal(rememberedRouter(), 'pages');
});

test('a router with no section mapping (a sample added without one) keeps the section id as it is', async () => {
  layout([{ tag: 'h2', id: 'installation', top: 10 }]);
  page = await render(h(RouterSwitcher, { router: 'spa' }));
  const links = page.all('a[data-router]');
  assert.deepEqual(links.map((link) => link.getAttribute('data-router')), ['app', 'pages']);
  await click(links[1]!);
  assert.deepEqual(site.pushed, ['/quick-starts/next#installation']);
});
