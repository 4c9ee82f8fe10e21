/**
 * The App Router guide as readers get it: both locales built, every section,
 * every composed fragment, the code blocks and their titles.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { attributeValues, ensureBuild, htmlText, locales, localePrefix, readHtml } from './built-site.ts';
import { composedFragments, firstParagraph, localizedSource, titledCodeBlocks } from './mdx-source.ts';

const guideRoute = '/quick-starts/next-app-router';
const guideSource = 'docs/quick-starts/next-app-router/index.mdx';
const sectionIds = [
  'prerequisites',
  'installation',
  'integration',
  'fetch-user-information',
  'api-resources',
  'configure-logto-client',
  'fetch-access-token-for-the-api-resource',
  'fetch-organization-tokens',
  'use-external-session-storage',
  'further-readings',
];

/**
 * Fragments with no prose paragraph (only components), and the text each one
 * renders in the page, in every locale. A fragment with neither fails the test.
 */
const withoutParagraph: Record<string, string[]> = {
  'fragments/_install-package.mdx': ['npm i @logto/next', 'pnpm add @logto/next', 'yarn add @logto/next'],
};

before(ensureBuild);

for (const locale of locales) {
  describe(`${locale}: ${localePrefix(locale)}${guideRoute}`, () => {
    test('has every section id of the guide', () => {
      const ids = new Set(attributeValues(readHtml(locale, guideRoute), 'id'));
      const missing = sectionIds.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `section ids missing from the built page: ${missing.join(', ')}`);
    });

    test('lists the sections in the table of contents', () => {
      const html = readHtml(locale, guideRoute);
      const tocLinks = [...html.matchAll(/<a\s[^>]*table-of-contents__link[^>]*>/g)].map(
        (match) => /href="?#([\w-]+)/.exec(match[0])?.[1],
      );
      for (const id of sectionIds) assert.ok(tocLinks.includes(id), `#${id} is not in the table of contents`);
      // Headings that live in fragments are in the TOC too, since fragments go through the docs' MDX pipeline.
      assert.ok(tocLinks.includes('prepare-configs'), 'fragment heading #prepare-configs is missing from the TOC');
    });

    test('renders the text of every fragment it composes', () => {
      const text = htmlText(readHtml(locale, guideRoute));
      const fragments = composedFragments(locale, guideSource);
      assert.ok(fragments.length >= 10, `expected at least 10 fragments, found ${fragments.join(', ')}`);
      for (const fragment of fragments) {
        const paragraph = firstParagraph(localizedSource(locale, fragment));
        const expected = paragraph ? [paragraph] : withoutParagraph[fragment];
        assert.ok(
          expected,
          `${fragment} has no prose paragraph to look for; add the text it renders to withoutParagraph in this test`,
        );
        for (const part of expected) {
          assert.ok(text.includes(part), `text of ${fragment} not found in the page: "${part.slice(0, 80)}…"`);
        }
      }
    });

    test('shows install tabs for npm, pnpm and yarn, synced by groupId', () => {
      const html = readHtml(locale, guideRoute);
      const text = htmlText(html);
      for (const command of ['npm i @logto/next', 'pnpm add @logto/next', 'yarn add @logto/next']) {
        assert.ok(text.includes(command), `install command "${command}" missing`);
      }
      assert.match(html, /role="?tablist/);
    });

    test('shows the code blocks with their titles', () => {
      const html = readHtml(locale, guideRoute);
      const titles = [...html.matchAll(/codeBlockTitle[^>]*>([^<]+)</g)].map((match) => match[1]);
      for (const fragment of [guideSource, ...composedFragments(locale, guideSource)]) {
        for (const block of titledCodeBlocks(localizedSource(locale, fragment))) {
          assert.ok(titles.includes(block.title), `code block titled ${block.title} (from ${fragment}) is not rendered`);
        }
      }
      assert.ok(titles.includes('app/callback/route.ts'));
      assert.match(html, /getAccessTokenRSC/);
      assert.match(html, /getOrganizationTokenRSC/);
    });

    test('links to the other locale with hreflang alternates', () => {
      const html = readHtml(locale, guideRoute);
      const alternates = [...html.matchAll(/<link[^>]*rel="?alternate"?[^>]*>/g)].map((match) => match[0]);
      assert.ok(alternates.some((link) => /hreflang="?en[" >]/.test(link) && link.includes(`${guideRoute}`)));
      assert.ok(alternates.some((link) => /hreflang="?zh-CN/.test(link) && link.includes(`/zh-CN${guideRoute}`)));
    });
  });
}

test('the zh-CN guide is the translated page, with the seed title and front matter values', () => {
  const html = readHtml('zh-CN', guideRoute);
  assert.match(html, /<html[^>]*lang="?zh-CN/);
  assert.ok(htmlText(html).includes('为你的 Next.js (App Router) 应用添加认证 (Authentication)'));
});
