/**
 * Page titles as browsers, link previews and search show them: on every built
 * page of both locales, `<title>` and `og:title` carry no escaped heading-id
 * syntax (a backslash or `{#`), and neither do the titles in the search index.
 * The quick-start gallery, whose title comes from its `# heading \{#id}`, reads
 * its heading text in each locale, and the guide pages, the navbar, sidebar
 * and footer name the quick starts with the same word. Every built page also
 * has a meta description (Lighthouse's SEO audit fails without one), and the
 * theme's own pages (search, 404) describe themselves in the page's locale.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { readWholeIndex } from '../../src/plugins/search-local/split.ts';
import { attributeValues, buildDir, ensureBuild, htmlText, localePrefix, locales, readHtml, type Locale } from './built-site.ts';

before(ensureBuild);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (text: string): string => text.replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);

/** Every HTML file of a locale's build (the English build holds the other locales in subfolders: skipped). */
function builtPages(locale: Locale): string[] {
  const root = path.join(buildDir, localePrefix(locale));
  const skip = new Set(locales.filter((l) => l !== 'en').map((l) => path.join(buildDir, localePrefix(l))));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory() && !(locale === 'en' && skip.has(child)) && entry.name !== 'assets') walk(child);
      else if (entry.isFile() && entry.name.endsWith('.html')) files.push(child);
    }
  };
  walk(root);
  return files.sort();
}

/** The content of the page's `<meta name|property="…">`, decoded (attributes may be unquoted after minification). */
function metaContent(html: string, attribute: 'name' | 'property', value: string): string | undefined {
  const meta = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => m[0]).find((tag) => attributeValues(tag, attribute).includes(value));
  const content = meta === undefined ? undefined : attributeValues(meta, 'content')[0];
  return content === undefined ? undefined : decode(content);
}

/** The document title and the og:title of a page. */
function titlesOf(html: string): { title: string | undefined; ogTitle: string | undefined } {
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1];
  return { title: title === undefined ? undefined : decode(title), ogTitle: metaContent(html, 'property', 'og:title') };
}

const escapedId = /\\|\{#/;

/** The theme's pages that have no Markdown to take a description from. */
const themePages = ['/search', '/404'];

for (const locale of locales) {
  describe(`${locale}: page titles`, () => {
    test('no <title> or og:title of any built page contains a backslash or {#', () => {
      const pages = builtPages(locale);
      assert.ok(pages.length >= 15, `only ${pages.length} built pages found under ${path.join(buildDir, localePrefix(locale))}`);
      const bad: string[] = [];
      for (const file of pages) {
        const { title, ogTitle } = titlesOf(readFileSync(file, 'utf8'));
        const where = path.relative(buildDir, file);
        if (title === undefined) bad.push(`${where}: no <title>`);
        else if (escapedId.test(title)) bad.push(`${where}: <title>${title}</title>`);
        if (ogTitle !== undefined && escapedId.test(ogTitle)) bad.push(`${where}: og:title "${ogTitle}"`);
      }
      assert.deepEqual(bad, []);
    });

    test('every built page has a non-empty meta description; the search and 404 pages in this locale', () => {
      const missing = builtPages(locale)
        .filter((file) => !metaContent(readFileSync(file, 'utf8'), 'name', 'description')?.trim())
        .map((file) => path.relative(buildDir, file));
      assert.deepEqual(missing, [], 'pages without <meta name="description">');
      for (const page of themePages) {
        const description = metaContent(readHtml(locale, page), 'name', 'description') ?? '';
        if (locale === 'zh-CN') assert.match(description, /[\u4e00-\u9fff]/, `${page}: the zh-CN description is not in Chinese: "${description}"`);
        else assert.doesNotMatch(description, /[\u4e00-\u9fff]/, `${page}: "${description}"`);
      }
    });

    test('the quick-start gallery is titled by its heading text', () => {
      const { title, ogTitle } = titlesOf(readHtml(locale, '/quick-starts'));
      const heading = locale === 'en' ? 'Quick starts' : '快速入门';
      const site = locale === 'en' ? 'Logto Next.js guides' : 'Logto Next.js 指南';
      assert.equal(title, `${heading} | ${site}`);
      assert.equal(ogTitle, `${heading} | ${site}`);
    });

    test('search results show titles without the escaped id', () => {
      const file = path.join(buildDir, localePrefix(locale), 'search-index.json');
      assert.ok(existsSync(file), `no search index at ${file}`);
      const parts = readWholeIndex(file);
      const titles = parts.flatMap((part) => part.documents.map((doc) => doc.t));
      assert.ok(titles.length > 0);
      assert.deepEqual(titles.filter((t) => escapedId.test(t)), []);
    });
  });
}

test('zh-CN names the quick starts 快速入门 in the navbar, sidebar, footer, gallery title and breadcrumbs', () => {
  for (const route of ['/quick-starts', '/quick-starts/next-app-router', '/quick-starts/next']) {
    const text = htmlText(readHtml('zh-CN', route));
    assert.ok(text.includes('快速入门'), `/zh-CN${route} never says 快速入门`);
    assert.ok(!text.includes('快速开始'), `/zh-CN${route} says 快速开始`);
  }
});
