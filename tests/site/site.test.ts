/**
 * Site-wide behaviour in the production build: the quick-start gallery, the
 * search index of each locale, the sitemap, and the zh-CN interface strings.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { CONTENT_PART, contentFileOf, readWholeIndex, type SearchIndexPart } from '../../src/plugins/search-local/split.ts';
import { FULL_TEXT_WORD, buildDir, ensureBuild, htmlText, locales, localePrefix, readHtml, type Locale } from './built-site.ts';

before(ensureBuild);

/** Every token of these index parts, in order. */
function tokensOf(parts: SearchIndexPart[]): string[] {
  return parts.flatMap((part) => part.index.invertedIndex.map(([token]) => token));
}

/** The locale's whole index: titles first and the full text put back (src/plugins/search-local/split.ts). */
function searchIndex(locale: Locale): SearchIndexPart[] {
  const file = path.join(buildDir, localePrefix(locale), 'search-index.json');
  assert.ok(existsSync(file), `no search index at ${file}`);
  assert.ok(existsSync(contentFileOf(file)), `no full-text index at ${contentFileOf(file)}`);
  return readWholeIndex(file);
}

for (const locale of locales) {
  const prefix = localePrefix(locale);

  describe(`${locale}: gallery at ${prefix}/quick-starts`, () => {
    test('shows a card per guide with logo, dark logo, framework, language and app type', () => {
      const html = readHtml(locale, '/quick-starts');
      assert.match(html, new RegExp(`href="?${prefix}/quick-starts/next-app-router"?[ >]`));
      assert.match(html, /\/img\/logos\/next\.svg/);
      assert.match(html, /\/img\/logos\/next-dark\.svg/);
      const text = htmlText(html);
      assert.ok(text.includes('Next.js (App Router)'));
      assert.ok(text.includes(locale === 'en' ? 'Traditional web' : '传统网页应用'), 'app type of the guide is missing');
      assert.ok(
        text.includes(
          locale === 'en'
            ? "Next.js App Router is a new paradigm for building applications using React's latest features."
            : 'Next.js App Router 是一种利用 React 最新特性构建应用的新范式。',
        ),
        'the guide description is missing from its card',
      );
      assert.match(html, /data-app-type-filter="?all/);
    });

    test('logos are served from static/', () => {
      for (const logo of ['next.svg', 'next-dark.svg']) {
        assert.ok(existsSync(path.join(buildDir, 'img', 'logos', logo)), `build/img/logos/${logo} missing`);
      }
    });
  });

  test(`${locale}: sitemap lists the guide`, () => {
    const sitemap = readFileSync(path.join(buildDir, prefix, 'sitemap.xml'), 'utf8');
    assert.match(sitemap, new RegExp(`<loc>[^<]*${prefix}/quick-starts/next-app-router</loc>`));
  });

  test(`${locale}: search index covers the guide`, () => {
    const parts = searchIndex(locale);
    const urls = parts.flatMap((part) => part.documents.map((doc) => doc.u));
    assert.ok(urls.some((url) => url.startsWith(`${prefix}/quick-starts/next-app-router`)), 'guide not indexed');
    const tokens = new Set(tokensOf(parts));
    assert.ok(tokens.has(locale === 'en' ? 'token' : '令牌'), 'expected search token missing');
  });
}

for (const [locale, word] of Object.entries(FULL_TEXT_WORD)) {
  test(`${locale}: the search indexes are served titles first, and "${word}" is in the full text only`, () => {
    for (const name of ['search-index.json', 'search-index-quick-starts.json']) {
      const file = path.join(buildDir, localePrefix(locale), name);
      const light = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexPart[];
      const whole = readWholeIndex(file);
      assert.equal(tokensOf(light).includes(word), false, `${name}: "${word}" is in the titles-first file, so the browser tests of the full text prove nothing`);
      assert.equal(tokensOf(whole).includes(word), true, `${name}: "${word}" is not in the full text`);
      assert.deepEqual(light[CONTENT_PART]!.documents, [], `${name}: the titles-first file carries full-text documents`);
      assert.ok(whole[CONTENT_PART]!.documents.length > 0, `${name}: no full text`);
      assert.deepEqual(light.slice(0, CONTENT_PART), whole.slice(0, CONTENT_PART));
    }
  });
}

test('zh-CN search segments Chinese into words, not one token per sentence', () => {
  const tokens = tokensOf(searchIndex('zh-CN'));
  const chinese = tokens.filter((token) => /[\u4e00-\u9fff]/.test(token));
  assert.ok(chinese.length > 100, `only ${chinese.length} Chinese tokens`);
  // jieba yields words of a few characters; whole sentences would be much longer.
  const long = chinese.filter((token) => token.length > 8);
  assert.ok(long.length < chinese.length / 20, `too many long Chinese tokens: ${long.slice(0, 5).join(', ')}`);
  for (const word of ['访问', '令牌', '组织']) assert.ok(chinese.includes(word), `word ${word} not indexed`);
});

describe('zh-CN interface', () => {
  const pages = ['/', '/quick-starts', '/quick-starts/next-app-router', '/introduction'];
  // Interface strings of the theme and of this site that must not appear untranslated.
  const englishUi = [
    'On this page',
    'Previous',
    'Next »',
    'Quick starts',
    'Get started',
    'Filter by app type',
    'Add authentication to your Next.js app',
    'Copy code',
    'Skip to main content',
    'Search',
  ];

  for (const route of pages) {
    test(`${route} shows no English interface text`, () => {
      const html = readHtml('zh-CN', route);
      // Only the interface: drop the article body, where code and product names legitimately stay English.
      const chrome = html.replace(/<article[\s\S]*<\/article>/, '');
      const text = htmlText(chrome);
      // The minified HTML leaves attribute values unquoted when it can (aria-label=搜索), so read all three forms.
      const attributes = [...chrome.matchAll(/\b(?:aria-label|title|placeholder)=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      const found = englishUi.filter((phrase) => text.includes(phrase) || attributes.includes(phrase));
      assert.deepEqual(found, [], `English interface text on /zh-CN${route}: ${found.join(', ')}`);
    });
  }
});
