/**
 * The built site in a real browser (Debian Chromium): what a reader clicks.
 * Serves `build/` on a free loopback port and stops it afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { contentFileOf } from '../../src/plugins/search-local/names.ts';
import { FULL_TEXT_WORD } from './built-site.ts';
import { headingAfterNavigation, serveSite, type ServedSite } from './served-site.ts';

let site: ServedSite;
let origin: string;

before(async () => {
  site = await serveSite();
  origin = site.origin;
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await site?.stop();
});

function open(route: string): Promise<Page> {
  return site.open(route);
}

describe('quick-start gallery', () => {
  test('filters cards by app type', async () => {
    const page = await open('/quick-starts');
    const filters = page.locator('[data-app-type-filter]');
    const types = (await filters.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-app-type-filter'))))
      .filter((type): type is string => type !== null && type !== 'all');
    assert.ok(types.length > 0, 'no app-type filter buttons');
    const allCount = await page.locator('[data-app-type]').count();
    for (const type of types) {
      await page.click(`[data-app-type-filter="${type}"]`);
      assert.equal(await page.getAttribute(`[data-app-type-filter="${type}"]`, 'aria-pressed'), 'true');
      const shown = await page.locator('li[data-app-type]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-app-type')));
      assert.ok(shown.length > 0, `no card for ${type}`);
      assert.ok(shown.every((shownType) => shownType === type), `filter ${type} shows ${shown.join(', ')}`);
    }
    await page.click('[data-app-type-filter="all"]');
    assert.equal(await page.locator('li[data-app-type]').count(), allCount);
    await page.close();
  });

  test('a card leads to its guide', async () => {
    const page = await open('/zh-CN/quick-starts');
    await page.click('a[href="/zh-CN/quick-starts/next-app-router"]');
    const title = /为你的 Next\.js \(App Router\) 应用添加认证/;
    assert.match(await headingAfterNavigation(page, `${origin}/zh-CN/quick-starts/next-app-router`, title), title);
    await page.close();
  });
});

describe('guide page', () => {
  test('the locale dropdown keeps the reader on the same page', async () => {
    const page = await open('/quick-starts/next-app-router#installation');
    await page.hover('.navbar .dropdown:has(a[lang]) > .navbar__link, .navbar__items--right .dropdown > .navbar__link');
    await page.click('a[lang="zh-CN"]');
    await page.waitForURL((url) => url.pathname === '/zh-CN/quick-starts/next-app-router');
    assert.match((await page.textContent('h1')) ?? '', /添加认证/);
    await page.close();
  });

  test('package manager tabs remember the choice across pages (groupId)', async () => {
    const page = await open('/quick-starts/next-app-router');
    await page.click('[role="tab"]:text-is("pnpm")');
    assert.equal(await page.getAttribute('[role="tab"]:text-is("pnpm")', 'aria-selected'), 'true');
    assert.match((await page.textContent('[role="tabpanel"]:not([hidden])')) ?? '', /pnpm add @logto\/next/);
    // The choice is stored under the tabs' groupId: a fresh visit opens on pnpm.
    const other = await open('/quick-starts/next-app-router');
    await other.waitForSelector('[role="tab"][aria-selected="true"]:text-is("pnpm")');
    assert.match((await other.textContent('[role="tabpanel"]:not([hidden])')) ?? '', /pnpm add @logto\/next/);
    await page.close();
    await other.close();
  });

  test('the copy button copies the code block', async () => {
    const page = await open('/quick-starts/next-app-router');
    const block = page.locator('div[class*="codeBlockContainer"]:has(div[class*="codeBlockTitle"]:text-is("app/callback/route.ts"))');
    await block.hover();
    await block.locator('button[aria-label="Copy code to clipboard"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^import \{ handleSignIn \} from '@logto\/next\/server-actions';/);
    assert.match(copied, /redirect\('\/'\);\n\}$/);
    await page.close();
  });

  test('dark mode switches the theme and the gallery logos', async () => {
    const page = await open('/quick-starts');
    // The toggle cycles system → light → dark.
    for (let clicks = 0; clicks < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark'; clicks += 1) {
      await page.click('button[class*="toggleButton"]');
    }
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    const visibleLogos = await page
      .locator('img[src*="/img/logos/"]')
      .evaluateAll((images) => images.filter((image) => (image as HTMLElement).offsetParent !== null).map((image) => image.getAttribute('src')));
    assert.ok(visibleLogos.length > 0);
    assert.ok(visibleLogos.every((src) => src?.endsWith('-dark.svg')), `visible logos: ${visibleLogos.join(', ')}`);
    await page.close();
  });
});

describe('search', () => {
  for (const [route, query, prefix] of [
    ['/', 'organization token', '/'],
    ['/zh-CN/', '访问令牌', '/zh-CN/'],
  ] as const) {
    test(`finds "${query}" from ${route} and opens a page about it`, async () => {
      const page = await open(route);
      await page.fill('input.navbar__search-input', query);
      const first = page.locator('[role="listbox"] [role="option"]').first();
      await first.waitFor({ timeout: 15_000 });
      await first.click();
      await page.waitForURL((url) => url.pathname !== new URL(route, origin).pathname && !url.pathname.includes('/search'));
      const { pathname } = new URL(page.url());
      assert.ok(pathname.startsWith(prefix), `search on ${route} led to ${pathname}`);
      const text = ((await page.textContent('article')) ?? '').toLowerCase();
      for (const word of query.toLowerCase().split(' ')) assert.ok(text.includes(word), `${pathname} does not mention "${word}"`);
      await page.close();
    });
  }

  // The search page's section selector names each section in the page's language (src/search/contexts.ts).
  for (const [route, expected] of [
    ['/search?q=token', ['Quick starts', 'Authorization', 'Introduction']],
    ['/zh-CN/search?q=token', ['快速入门', '授权', '简介']],
  ] as const) {
    test(`the sections of ${route.split('?')[0]} are named in its language`, async () => {
      const page = await open(route);
      const selector = page.locator('#context-selector');
      await selector.waitFor({ timeout: 15_000 });
      const options = (await selector.locator('option').allTextContents()).map((text) => text.trim());
      for (const label of expected) assert.ok(options.includes(label), `${route}: no section "${label}" in ${JSON.stringify(options)}`);
      assert.equal(options.some((text) => /^[a-z]+(-[a-z]+)+$/.test(text) || text === 'authorization'), false, `${route}: a section is named by its folder: ${JSON.stringify(options)}`);
      await page.close();
    });
  }

  // docusaurus.config.ts gives each top-level docs folder its own index (searchContextByPaths).
  for (const [route, query, index] of [
    ['/quick-starts/next-app-router', 'access token', '/search-index-quick-starts.json'],
    ['/zh-CN/quick-starts/next-app-router', '访问令牌', '/zh-CN/search-index-quick-starts.json'],
  ] as const) {
    test(`on ${route} the first search downloads its locale's index of the section only, and leads to a page of it`, async () => {
      const page = await open(route);
      const fetched: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.includes('search-index')) fetched.push(pathname);
      });
      assert.deepEqual(fetched, [], 'no index before the reader uses the search box');
      await page.fill('input.navbar__search-input', query);
      const options = page.locator('[role="listbox"] [role="option"]');
      await options.first().waitFor({ timeout: 15_000 });
      // The titles-first file answers; its full text may be on its way by now (it is fetched once a search is made).
      assert.deepEqual(fetched.slice(0, 1), [index]);
      assert.deepEqual(fetched.slice(1).filter((file) => file !== contentFileOf(index)), []);
      const section = route.replace(/next-app-router$/, '');
      await options.first().click();
      await page.waitForURL((url) => url.pathname !== route && !url.pathname.includes('/search'));
      assert.ok(new URL(page.url()).pathname.startsWith(section), `the first result ${page.url()} is outside ${section}`);
      await page.close();
    });
  }

  // src/plugins/search-local: each index is served titles first; its full text is fetched once the reader searches.
  // Each word below is in the full text of a page and in no title, heading or description of the locale.
  for (const [route, query, fullTextWord, index] of [
    ['/quick-starts/next-app-router', 'access token', FULL_TEXT_WORD.en, '/search-index-quick-starts.json'],
    ['/zh-CN/quick-starts/next-app-router', '访问令牌', FULL_TEXT_WORD['zh-CN'], '/zh-CN/search-index-quick-starts.json'],
    ['/', 'organization token', FULL_TEXT_WORD.en, '/search-index.json'],
  ] as const) {
    test(`on ${route} opening search downloads the titles-first index only; the full text follows the first search, and "${fullTextWord}" is found in it`, async () => {
      const page = await open(route);
      const fetched: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.includes('search-index')) fetched.push(pathname);
      });
      const light = page.waitForRequest((request) => new URL(request.url()).pathname === index);
      await page.click('input.navbar__search-input');
      await light;
      await page.waitForLoadState('networkidle');
      assert.deepEqual(fetched, [index], 'opening the search box downloaded more than the titles-first index');
      const fullText = page.waitForRequest((request) => new URL(request.url()).pathname === contentFileOf(index), { timeout: 15_000 });
      await page.keyboard.type(query);
      const options = page.locator('[role="listbox"] [role="option"]');
      await options.first().waitFor({ timeout: 15_000 });
      await fullText;
      await page.fill('input.navbar__search-input', fullTextWord);
      await options.filter({ hasText: new RegExp(fullTextWord, 'i') }).first().waitFor({ timeout: 15_000 });
      assert.deepEqual(fetched, [index, contentFileOf(index)]);
      await page.close();
    });
  }

  for (const [route, word, index] of [
    ['/quick-starts/next-app-router', FULL_TEXT_WORD.en, '/search-index-quick-starts.json'],
    ['/zh-CN/', FULL_TEXT_WORD['zh-CN'], '/zh-CN/search-index.json'],
  ] as const) {
    test(`on ${route} a first search for "${word}", a word in no title, finds it in the full text`, async () => {
      const page = await open(route);
      const fetched: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.includes('search-index')) fetched.push(pathname);
      });
      await page.fill('input.navbar__search-input', word);
      await page.locator('[role="listbox"] [role="option"]').filter({ hasText: word }).first().waitFor({ timeout: 15_000 });
      assert.deepEqual(fetched, [index, contentFileOf(index)]);
      await page.close();
    });
  }

  for (const [route, word] of [
    ['/search', FULL_TEXT_WORD.en],
    ['/zh-CN/search', FULL_TEXT_WORD['zh-CN']],
  ] as const) {
    test(`${route}?q=${word} waits for the full text and lists the page that has the word`, async () => {
      const page = await open(`${route}?q=${encodeURIComponent(word)}`);
      const link = page.locator('.main-wrapper article h2 a').first();
      await link.waitFor({ timeout: 15_000 });
      const href = await link.getAttribute('href');
      assert.ok(href !== null);
      await link.click();
      await page.waitForURL((url) => !url.pathname.endsWith('/search'));
      const text = ((await page.textContent('article')) ?? '').toLowerCase();
      assert.ok(text.includes(word.toLowerCase()), `${page.url()}, the first result for "${word}", does not mention it`);
      await page.close();
    });
  }
});
