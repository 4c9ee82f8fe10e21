/**
 * Build output of the reader features: the server HTML of the quick starts
 * keeps the guides' placeholders and carries the panel, the page actions and
 * the router switcher (both locales), and every section id of one Next.js
 * guide exists in the other or is mapped to one that does
 * (src/components/RouterSwitcher/routers.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ensureBuild, htmlText, locales, readHtml } from './built-site.ts';
import { fields } from '../../src/components/ReaderValues/fields.ts';
import { otherRouters, routerGuides, sectionMapping } from '../../src/components/RouterSwitcher/routers.ts';

ensureBuild();

function sectionIds(html: string): Set<string> {
  return new Set([...html.matchAll(/<h[23][^>]*\sid="?([\w-]+)"?/g)].map((match) => match[1]!));
}

for (const locale of locales) {
  describe(`reader features in the built HTML (${locale})`, () => {
    for (const { router, slug: route } of routerGuides) {
      test(`${route} keeps every placeholder and carries the features`, () => {
        const html = readHtml(locale, route);
        const text = htmlText(html);
        for (const field of fields) assert.ok(text.includes(field.placeholder), `${route} has no ${field.placeholder} in its server HTML`);
        for (const field of fields) assert.ok(text.includes(`${field.env}=${field.guideValue}`), `${route} has no ${field.env}=${field.guideValue} in its server HTML (its .env.local block)`);
        for (const marker of ['data-reader-values', 'data-page-actions', 'data-router-switcher', 'data-download-sample', 'data-copy-page', 'data-view-markdown']) {
          assert.ok(html.includes(marker), `${route} lacks ${marker}`);
        }
      });

      test(`every section of ${route} has a place in the other guides`, () => {
        const own = sectionIds(readHtml(locale, route));
        assert.ok(own.size > 10, `${route}: found only ${[...own].join(', ')}`);
        for (const otherGuide of otherRouters(router)) {
          const other = sectionIds(readHtml(locale, otherGuide.slug));
          for (const id of own) {
            const target = sectionMapping[router]?.[id] ?? id;
            assert.ok(other.has(target), `${route}#${id} maps to #${target}, which ${otherGuide.slug} lacks; add it to sectionMapping in src/components/RouterSwitcher/routers.ts`);
          }
        }
      });
    }

    test('pages that are not quick starts have the page actions only', () => {
      const html = readHtml(locale, '/authorization/api-resources');
      assert.ok(html.includes('data-page-actions'));
      assert.ok(!html.includes('data-reader-values') && !html.includes('data-router-switcher') && !html.includes('data-download-sample'));
    });
  });
}
