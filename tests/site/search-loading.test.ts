/**
 * Search costs nothing until the reader opens it: a page loads neither the
 * search code (lunr, the plugin's SearchBar) nor an index until the box is
 * focused, clicked or its shortcut pressed; then it works at once. The box is
 * labelled in the page's language in the server HTML, before any script runs.
 * Real Chromium on the production build (src/theme/SearchBar).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { builtRoutes, readHtml } from './built-site.ts';
import { serveSite, type ServedSite } from './served-site.ts';

describe('server HTML', () => {
  for (const [locale, label] of [
    ['en', 'Search'],
    ['zh-CN', '搜索'],
  ] as const) {
    test(`${locale}: every page's search box is labelled "${label}" before hydration`, () => {
      for (const route of builtRoutes(locale)) {
        const inputs = readHtml(locale, route).match(/<input[^>]*navbar__search-input[^>]*>/g) ?? [];
        assert.equal(inputs.length, 1, `${locale} ${route}: ${inputs.length} search boxes in the server HTML`);
        const attribute = (name: string) => inputs[0]!.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((value) => value !== undefined);
        assert.equal(attribute('aria-label'), label, `${locale} ${route}: aria-label`);
        assert.equal(attribute('placeholder'), label, `${locale} ${route}: placeholder`);
      }
    });
  }
});

describe('in the browser', () => {
  let site: ServedSite;
  before(async () => {
    site = await serveSite();
  });
  after(async () => {
    await site?.stop();
  });

  /** Opens a route and records the URLs it requests from then on. */
  async function openRecording(route: string): Promise<{ page: Page; requested: string[] }> {
    const page = await site.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.origin}${route}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    return { page, requested };
  }

  async function scriptsMention(page: Page, urls: string[], text: string): Promise<string[]> {
    const scripts = urls.filter((url) => url.endsWith('.js'));
    const bodies = await Promise.all(scripts.map((url) => page.evaluate(async (src) => (await fetch(src)).text(), url)));
    return scripts.filter((_, index) => bodies[index]!.includes(text));
  }

  for (const route of ['/quick-starts/next-app-router', '/zh-CN/quick-starts/next-app-router']) {
    test(`${route}: no search code and no index until the reader focuses the box`, async () => {
      const { page, requested } = await openRecording(route);
      assert.deepEqual(requested.filter((url) => url.includes('search-index')), [], 'the index was fetched on load');
      // A warning of lunr's, in every bundle that carries lunr.
      assert.deepEqual(await scriptsMention(page, requested, 'registered with pipeline'), [], 'a script loaded with the page carries lunr');
      const index = page.waitForRequest((request) => request.url().includes('search-index'));
      await page.click('input.navbar__search-input');
      await index;
      assert.ok((await scriptsMention(page, requested, 'registered with pipeline')).length > 0, 'focusing the box loaded no search code');
      assert.equal(await page.evaluate(() => document.activeElement?.matches('input.navbar__search-input')), true, 'the box lost the focus when search loaded');
      await page.close();
    });
  }

  test('the keyboard shortcut opens search, and what the reader typed meanwhile is searched', async () => {
    const { page, requested } = await openRecording('/quick-starts/next-app-router');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('organization token');
    const first = page.locator('[role="listbox"] [role="option"]').first();
    await first.waitFor({ timeout: 15_000 });
    assert.ok(requested.some((url) => url.includes('search-index')), 'no index requested');
    assert.equal(await page.inputValue('input.navbar__search-input'), 'organization token');
    assert.equal(await page.getAttribute('input.navbar__search-input', 'aria-label'), 'Search');
    await page.close();
  });

  test('zh-CN: the loaded search box keeps the Chinese label', async () => {
    const { page } = await openRecording('/zh-CN/');
    await page.click('input.navbar__search-input');
    await page.waitForSelector('.navbar__search [role="combobox"], .navbar__search input[aria-autocomplete]', { state: 'attached', timeout: 15_000 });
    assert.equal(await page.getAttribute('input.navbar__search-input', 'aria-label'), '搜索');
    assert.equal(await page.getAttribute('input.navbar__search-input', 'placeholder'), '搜索');
    await page.close();
  });
});
