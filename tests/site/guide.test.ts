/**
 * Every quick-start guide of the registry (samples/registry.ts) as readers get
 * it, in every locale of the build: each section heading, each composed
 * fragment's text and each titled code block on the built page, in the table of
 * contents, with hreflang alternates; and every code block that shows a whole
 * sample file equal to that file byte for byte. What is known of one guide in
 * particular (its section ids, titles, words) is checked too, after the shared
 * checks; and the two Next.js guides point to each other.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { samples, type SampleEntry } from '../../samples/registry.ts';
import { attributeValues, ensureBuild, htmlText, locales, localePrefix, readHtml, repoRoot, type Locale } from './built-site.ts';
import { assertShownFilesEqualSample, composedFragments, firstParagraph, localizedSource, parseMdx, titledCodeBlocks } from './mdx-source.ts';

/** What is known of a guide beyond what its sources say, by registry name. */
const known: Record<string, { sectionIds: string[]; titles: string[]; mentions: RegExp[]; zhTitle: string }> = {
  app: {
    sectionIds: [
      'prerequisites',
      'installation',
      'integration',
      'prepare-configs',
      'fetch-user-information',
      'api-resources',
      'configure-logto-client',
      'fetch-access-token-for-the-api-resource',
      'fetch-organization-tokens',
      'use-external-session-storage',
      'further-readings',
    ],
    titles: ['app/callback/route.ts'],
    mentions: [/getAccessTokenRSC/, /getOrganizationTokenRSC/, /role="?tablist/],
    zhTitle: '为你的 Next.js (App Router) 应用添加认证 (Authentication)',
  },
  pages: {
    sectionIds: [
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
    ],
    titles: ['libraries/logto.ts', 'pages/api/logto/[action].ts', 'pages/api/edge/user.ts'],
    mentions: [/handleAuthRoutes/, /withLogtoSsr/, /@logto\/next\/edge/, /role="?tablist/],
    zhTitle: '为你的 Next.js (Pages Router) 应用添加认证 (Authentication)',
  },
};

/**
 * Fragments with no prose paragraph (only components), and the text each one
 * renders in the page, in every locale. A fragment with neither fails the test.
 */
const withoutParagraph: Record<string, string[]> = {
  'fragments/_install-package.mdx': ['npm i @logto/next', 'pnpm add @logto/next', 'yarn add @logto/next'],
};

/** The guide's route: its front matter `slug`, else the docs plugin's route of its file. */
function guideRoute(entry: SampleEntry): string {
  const slug = /^---\r?\n[\s\S]*?^slug:\s*(\S+)\s*$[\s\S]*?^---/m.exec(readFileSync(path.join(repoRoot, entry.guide.page), 'utf8'))?.[1];
  return slug ?? `/${entry.guide.page.replace(/^docs\//, '').replace(/(\/index)?\.mdx?$/, '')}`;
}

interface Heading {
  type: string;
  depth?: number;
  value?: string;
  children?: Heading[];
}

/** Explicit heading ids (`## Title \{#id}`) of the page and every fragment it composes, as the locale renders them. */
function headingIds(locale: Locale, page: string, maxDepth = 6): string[] {
  const ids: string[] = [];
  const text = (node: Heading): string => node.value ?? (node.children ?? []).map(text).join('');
  const walk = (node: Heading) => {
    if (node.type === 'heading' && (node.depth ?? 1) > 1 && (node.depth ?? 1) <= maxDepth) {
      const id = /\{#([\w-]+)\}\s*$/.exec(text(node))?.[1];
      if (id) ids.push(id);
    }
    if (node.type !== 'code') for (const child of node.children ?? []) walk(child);
  };
  for (const file of [page, ...composedFragments(locale, page)]) walk(parseMdx(localizedSource(locale, file)) as Heading);
  return [...new Set(ids)];
}

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

for (const entry of samples) {
  const route = guideRoute(entry);
  const page = entry.guide.page;
  const expected = known[entry.name];

  for (const locale of locales) {
    describe(`${entry.title} guide, ${locale}: ${localePrefix(locale)}${route}`, () => {
      test('has every section id of the guide, and lists its sections in the table of contents', () => {
        const html = readHtml(locale, route);
        const ids = new Set(attributeValues(html, 'id'));
        const wanted = [...new Set([...headingIds(locale, page), ...(expected?.sectionIds ?? [])])];
        const missing = wanted.filter((id) => !ids.has(id));
        assert.deepEqual(missing, [], `section ids missing from the built page: ${missing.join(', ')}`);
        // Headings that live in fragments are in the TOC too, since fragments go through the docs' MDX pipeline.
        const tocLinks = [...html.matchAll(/<a\s[^>]*table-of-contents__link[^>]*>/g)].map((match) => /href="?#([\w-]+)/.exec(match[0])?.[1]);
        const notListed = headingIds(locale, page, 3).filter((id) => !tocLinks.includes(id));
        assert.deepEqual(notListed, [], `sections missing from the table of contents: ${notListed.join(', ')}`);
      });

      test('renders the text of every fragment it composes', () => {
        const text = htmlText(readHtml(locale, route));
        const fragments = composedFragments(locale, page);
        assert.ok(fragments.length > 0, `${page} composes no fragment`);
        for (const fragment of fragments) {
          const paragraph = firstParagraph(localizedSource(locale, fragment));
          const parts = paragraph ? [paragraph] : withoutParagraph[fragment];
          assert.ok(parts, `${fragment} has no prose paragraph to look for; add the text it renders to withoutParagraph in this test`);
          for (const part of parts) assert.ok(text.includes(part), `text of ${fragment} not found in the page: "${part.slice(0, 80)}…"`);
        }
      });

      test('shows the code blocks with their titles', () => {
        const html = readHtml(locale, route);
        const titles = renderedTitles(html);
        for (const file of [page, ...composedFragments(locale, page)]) {
          for (const block of titledCodeBlocks(localizedSource(locale, file))) {
            assert.ok(titles.includes(block.title), `code block titled ${block.title} (from ${file}) is not rendered`);
          }
        }
        for (const title of expected?.titles ?? []) assert.ok(titles.includes(title), `code block ${title} is missing`);
        for (const mention of expected?.mentions ?? []) assert.match(html, mention);
      });

      test('links to every locale with hreflang alternates', () => {
        const alternates = [...readHtml(locale, route).matchAll(/<link[^>]*rel="?alternate"?[^>]*>/g)].map((match) => match[0]);
        for (const other of locales) {
          const href = `${localePrefix(other)}${route}`;
          assert.ok(alternates.some((link) => new RegExp(`hreflang="?${other}[" >]`).test(link) && link.includes(href)), `no hreflang ${other} alternate for ${href}`);
        }
      });
    });
  }

  test(`${entry.title} guide: the zh-CN page is the translation${expected ? ', with the Chinese title' : ''}`, () => {
    const html = readHtml('zh-CN', route);
    assert.match(html, /<html[^>]*lang="?zh-CN/);
    if (expected) assert.ok(htmlText(html).includes(expected.zhTitle), `the zh-CN page has no title "${expected.zhTitle}"`);
  });

  test(`${entry.title} guide: code blocks that show a whole sample file equal that file in ${entry.dir}`, () => {
    assertShownFilesEqualSample(page, entry.dir, entry.shownInFull);
  });
}

describe('the two Next.js guides', () => {
  const appRoute = '/quick-starts/next-app-router';
  const pagesRoute = '/quick-starts/next';

  for (const locale of locales) {
    const prefix = localePrefix(locale);

    test(`${locale}: the Pages Router guide says which router it is for, and each guide links to the other`, () => {
      const pagesHtml = readHtml(locale, pagesRoute);
      assert.ok(htmlText(pagesHtml).includes('Pages Router'));
      assert.ok(linksTo(pagesHtml, `${prefix}${appRoute}`), `${prefix}${pagesRoute} has no link to ${prefix}${appRoute}`);
      assert.ok(linksTo(readHtml(locale, appRoute), `${prefix}${pagesRoute}`), `${prefix}${appRoute} has no link to ${prefix}${pagesRoute}`);
    });

    test(`${locale}: the gallery has a card for every guide, the Next.js ones under one app-type filter`, () => {
      const html = readHtml(locale, '/quick-starts');
      for (const entry of samples) {
        assert.ok(linksTo(html, `${prefix}${guideRoute(entry)}`), `the gallery has no card for ${prefix}${guideRoute(entry)}`);
      }
      const text = htmlText(html);
      assert.ok(text.includes('Next.js (Pages Router)') && text.includes('Next.js (App Router)'));
      const appType = locale === 'en' ? 'Traditional web' : '传统网页应用';
      const cards = attributeValues(html, 'data-app-type');
      assert.ok(cards.filter((type) => type === appType).length >= 2, `expected two cards of app type ${appType}, got ${cards.join(', ')}`);
      assert.ok(attributeValues(html, 'data-app-type-filter').includes(appType), `no filter button for ${appType}`);
    });
  }
});
