/**
 * A reader who picks the wrong Next.js guide finds the right one at once: in a
 * real browser, the gallery's app-type filter shows both guides, and each
 * guide's tip leads to the other, in both locales. Serves `build/` on a free
 * loopback port and stops it afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { locales, localePrefix } from './built-site.ts';
import { headingAfterNavigation, serveSite, type ServedSite } from './served-site.ts';

let site: ServedSite;
let origin: string;

before(async () => {
  site = await serveSite();
  origin = site.origin;
});

after(async () => {
  await site?.stop();
});

function open(route: string): Promise<Page> {
  return site.open(route);
}

const titles: Record<string, { pages: RegExp; app: RegExp }> = {
  en: { pages: /Next\.js \(Pages Router\) application/, app: /Next\.js \(App Router\) application/ },
  'zh-CN': { pages: /Next\.js \(Pages Router\) 应用/, app: /Next\.js \(App Router\) 应用/ },
};

for (const locale of locales) {
  const prefix = localePrefix(locale);
  const appType = locale === 'en' ? 'Traditional web' : '传统网页应用';

  describe(`${locale}: choosing the Next.js router`, () => {
    test(`the "${appType}" filter shows both Next.js guides`, async () => {
      const page = await open(`${prefix}/quick-starts`);
      await page.click(`[data-app-type-filter="${appType}"]`);
      const shown = await page
        .locator('li[data-app-type] a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const route of ['/quick-starts/next', '/quick-starts/next-app-router']) {
        assert.ok(shown.includes(`${prefix}${route}`), `${prefix}${route} is not shown under ${appType}: ${shown.join(', ')}`);
      }
      await page.click(`a[href="${prefix}/quick-starts/next"]`);
      assert.match(await headingAfterNavigation(page, `${origin}${prefix}/quick-starts/next`, titles[locale]!.pages), titles[locale]!.pages);
      await page.close();
    });

    test('the Pages Router tip leads to the App Router guide, and back', async () => {
      const page = await open(`${prefix}/quick-starts/next`);
      await page.click(`.theme-admonition a[href="${prefix}/quick-starts/next-app-router"]`);
      assert.match(await headingAfterNavigation(page, `${origin}${prefix}/quick-starts/next-app-router`, titles[locale]!.app), titles[locale]!.app);
      await page.click(`.theme-admonition a[href="${prefix}/quick-starts/next"]`);
      assert.match(await headingAfterNavigation(page, `${origin}${prefix}/quick-starts/next`, titles[locale]!.pages), titles[locale]!.pages);
      await page.close();
    });
  });
}
