/**
 * Pages paint from their HTML and stylesheet before any script downloads
 * (src/ssg/template.ts): no page has a `<script src>` tag; its one loader
 * names the scripts Docusaurus would have deferred, which exist, in order; and
 * in Chromium the first script request starts after the first contentful
 * paint, the page then hydrates, and a guide's copy button works.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildDir, builtRoutes, locales, localePrefix, readHtml } from './built-site.ts';
import { serveSite, type ServedSite } from './served-site.ts';

/** The URLs a page's loader adds, or undefined when it has none. */
function loadedScripts(html: string): string[] | undefined {
  const loaders = [...html.matchAll(/<script>(![^<]*?)\((\[[^\]]*\])\)<\/script>/g)].filter((match) => match[1]!.includes('createElement("script")'));
  assert.ok(loaders.length <= 1, `${loaders.length} script loaders`);
  return loaders[0] ? (JSON.parse(loaders[0][2]!) as string[]) : undefined;
}

describe('server HTML', () => {
  for (const locale of locales) {
    test(`${locale}: every page loads runtime~main then main through the loader, and has no script tag with a src`, () => {
      for (const route of builtRoutes(locale)) {
        const html = readHtml(locale, route);
        assert.deepEqual(html.match(/<script[^>]*\ssrc=[^>]*>/g) ?? [], [], `${locale} ${route}: a <script src> tag downloads before the first paint`);
        const scripts = loadedScripts(html);
        assert.ok(scripts, `${locale} ${route}: no script loader, so the page never hydrates`);
        assert.deepEqual(
          scripts.map((url) => url.replace(/\.[0-9a-f]+\.js$/, '.js')),
          [`${localePrefix(locale)}/assets/js/runtime~main.js`, `${localePrefix(locale)}/assets/js/main.js`],
          `${locale} ${route}: the loader's scripts`,
        );
        for (const url of scripts) assert.ok(existsSync(path.join(buildDir, url)), `${locale} ${route}: ${url} is not in the build`);
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

  for (const route of ['/quick-starts/next-app-router', '/zh-CN/quick-starts/next']) {
    test(`${route}: the scripts start after the first contentful paint, then the page hydrates and copies code`, async () => {
      const page = await site.open(route);
      try {
        const timing = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || /\/assets\/js\//.test(entry.name))
            .map((entry) => ({ name: entry.name, start: entry.startTime })),
        }));
        assert.ok(timing.paint !== undefined, 'Chromium reported no first contentful paint');
        assert.ok(timing.scripts.some((entry) => /\/main\.[0-9a-f]+\.js$/.test(entry.name)), `main.js was not loaded: ${JSON.stringify(timing.scripts)}`);
        const early = timing.scripts.filter((entry) => entry.start < timing.paint!);
        assert.deepEqual(early, [], `requested before the first contentful paint at ${Math.round(timing.paint!)} ms`);
        const context = page.context();
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
        const block = page.locator('.theme-code-block').first();
        await block.hover();
        await block.getByRole('button', { name: /copy|复制/i }).click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.ok(copied.length > 0 && (await block.locator('code').innerText()).includes(copied.split('\n')[0]!), `copied: ${JSON.stringify(copied.slice(0, 80))}`);
      } finally {
        await page.close();
      }
    });
  }
});
