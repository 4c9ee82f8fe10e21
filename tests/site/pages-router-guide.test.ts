/**
 * The Pages Router guide as readers get it: both locales built with every
 * section, fragment and code block; listed in the gallery next to the App
 * Router guide; each Next.js guide pointing to the other; and the code blocks
 * that show a whole sample file equal to samples/next-pages-router.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { attributeValues, ensureBuild, htmlText, locales, localePrefix, readHtml } from './built-site.ts';
import { shownInFull as shownInFullBySample } from '../../src/plugins/sample-zip/shown-in-full.ts';
import { assertShownFilesEqualSample, composedFragments, firstParagraph, localizedSource, titledCodeBlocks } from './mdx-source.ts';

const guideRoute = '/quick-starts/next';
const guideSource = 'docs/quick-starts/next/index.mdx';
const appRouterRoute = '/quick-starts/next-app-router';

const sectionIds = [
  'prerequisites',
  'installation',
  'integration',
  'prepare-configs',
  'configure-redirect-uris',
  'prepare-api-routes',
  'implement-sign-in-and-sign-out',
  'fetch-user-information',
  'server-side-rendering',
  'protect-api-routes',
  'api-resources',
  'configure-logto-client',
  'fetch-access-token-for-the-api-resource',
  'fetch-organization-tokens',
  'edge-runtime',
  'use-external-session-storage',
  'further-readings',
];

// Files the guide shows in full, as the build checks them (src/plugins/sample-zip).
const shownInFull = shownInFullBySample['samples/next-pages-router'] ?? [];

/** Titles of the rendered code blocks of a built page. */
function renderedTitles(html: string): string[] {
  return [...html.matchAll(/codeBlockTitle[^>]*>([^<]+)</g)].map((match) => match[1]!);
}

/** Whether the page links to a route (the minifier may leave the href unquoted). */
function linksTo(html: string, href: string): boolean {
  const escaped = href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`href="?${escaped}(?:"|[ >#])`).test(html);
}

before(ensureBuild);

for (const locale of locales) {
  const prefix = localePrefix(locale);

  describe(`${locale}: ${prefix}${guideRoute}`, () => {
    test('has every section id of the guide', () => {
      const ids = new Set(attributeValues(readHtml(locale, guideRoute), 'id'));
      const missing = sectionIds.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `section ids missing from the built page: ${missing.join(', ')}`);
    });

    test('renders the text of every fragment it composes, shared ones included', () => {
      const text = htmlText(readHtml(locale, guideRoute));
      const fragments = composedFragments(locale, guideSource);
      for (const shared of ['docs/quick-starts/next/_installation.mdx', 'docs/quick-starts/next/_external-storage.mdx']) {
        assert.ok(fragments.includes(shared), `the guide no longer composes ${shared}`);
      }
      for (const fragment of fragments) {
        const paragraph = firstParagraph(localizedSource(locale, fragment));
        if (!paragraph) continue;
        assert.ok(text.includes(paragraph), `text of ${fragment} not found in the page: "${paragraph.slice(0, 80)}…"`);
      }
    });

    test('shows the code blocks with their titles, and the install tabs', () => {
      const html = readHtml(locale, guideRoute);
      const titles = renderedTitles(html);
      for (const fragment of [guideSource, ...composedFragments(locale, guideSource)]) {
        for (const block of titledCodeBlocks(localizedSource(locale, fragment))) {
          assert.ok(titles.includes(block.title), `code block titled ${block.title} (from ${fragment}) is not rendered`);
        }
      }
      for (const title of ['libraries/logto.ts', 'pages/api/logto/[action].ts', 'pages/api/edge/user.ts']) {
        assert.ok(titles.includes(title), `code block ${title} is missing`);
      }
      assert.match(html, /handleAuthRoutes/);
      assert.match(html, /withLogtoSsr/);
      assert.match(html, /@logto\/next\/edge/);
      assert.ok(htmlText(html).includes('npm i @logto/next'), 'install command missing');
    });

    test('says which router it is for and links to the App Router guide', () => {
      const html = readHtml(locale, guideRoute);
      assert.ok(htmlText(html).includes('Pages Router'));
      assert.ok(linksTo(html, `${prefix}${appRouterRoute}`), `no link to ${prefix}${appRouterRoute}`);
    });

    test('the App Router guide links to this guide', () => {
      const html = readHtml(locale, appRouterRoute);
      assert.ok(linksTo(html, `${prefix}${guideRoute}`), `${prefix}${appRouterRoute} has no link to ${prefix}${guideRoute}`);
    });

    test('the gallery lists both Next.js guides under one app-type filter', () => {
      const html = readHtml(locale, '/quick-starts');
      const text = htmlText(html);
      assert.ok(linksTo(html, `${prefix}${guideRoute}`), 'the gallery has no card for the Pages Router guide');
      assert.ok(linksTo(html, `${prefix}${appRouterRoute}`), 'the gallery has no card for the App Router guide');
      assert.ok(text.includes('Next.js (Pages Router)') && text.includes('Next.js (App Router)'));
      const appType = locale === 'en' ? 'Traditional web' : '传统网页应用';
      const cards = attributeValues(html, 'data-app-type');
      assert.ok(cards.filter((type) => type === appType).length >= 2, `expected two cards of app type ${appType}, got ${cards.join(', ')}`);
      assert.ok(attributeValues(html, 'data-app-type-filter').includes(appType), `no filter button for ${appType}`);
    });
  });
}

test('the zh-CN page is the translation, with the Chinese title and app type', () => {
  const html = readHtml('zh-CN', guideRoute);
  assert.match(html, /<html[^>]*lang="?zh-CN/);
  assert.ok(htmlText(html).includes('为你的 Next.js (Pages Router) 应用添加认证 (Authentication)'));
});

test('code blocks that show a whole sample file equal that file in samples/next-pages-router', () => {
  assertShownFilesEqualSample(guideSource, 'samples/next-pages-router', shownInFull);
});
