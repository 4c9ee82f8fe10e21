/**
 * The Markdown twins and llms.txt files of the build (src/plugins/markdown-twins):
 * every doc page has its `.md` next to its HTML, with the shared fragments'
 * text inlined and no JSX left outside code, and each locale's `llms.txt` and
 * `llms-full.txt` list every page.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildDir, ensureBuild, localePrefix, locales, repoRoot, type Locale } from './built-site.ts';

ensureBuild();

const notDocs = new Set(['index.html', '404.html', 'search.html']);

/** Routes of the doc pages of a locale, from the HTML files of the build. */
function docRoutes(locale: Locale): string[] {
  const base = path.join(buildDir, localePrefix(locale));
  const routes: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // zh-CN is a locale of its own, and assets/ holds no pages.
        if (prefix === '' && (entry.name === 'zh-CN' || entry.name === 'assets')) continue;
        walk(path.join(dir, entry.name), `${prefix}/${entry.name}`);
      } else if (entry.name.endsWith('.html') && !(prefix === '' && notDocs.has(entry.name))) {
        routes.push(`${prefix}/${entry.name.replace(/\.html$/, '')}`);
      }
    }
  };
  walk(base, '');
  return routes.sort();
}

function twin(locale: Locale, route: string): string {
  const file = path.join(buildDir, localePrefix(locale), `${route.slice(1)}.md`);
  assert.ok(existsSync(file), `no Markdown twin for ${localePrefix(locale)}${route} (expected ${path.relative(repoRoot, file)})`);
  return readFileSync(file, 'utf8');
}

/** The text outside fenced code blocks and inline code. */
function prose(markdown: string): string {
  return markdown.replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?\n\1\s*$/gm, '').replace(/`+[^`\n]*`+/g, '');
}

const firstSentence = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8').split('\n')[0]!.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').split(/[.。]/)[0]!;

for (const locale of locales) {
  describe(`Markdown twins (${locale})`, () => {
    const routes = docRoutes(locale);

    test('the build has doc pages to check', () => {
      assert.ok(routes.includes('/quick-starts/next-app-router') && routes.length >= 10, `found ${routes.join(', ')}`);
    });

    test('every doc page has a twin with no JSX tag outside code', () => {
      for (const route of routes) {
        const text = prose(twin(locale, route));
        const tag = /<\/?[A-Za-z][\w.]*(\s[^>]*)?\/?>/.exec(text);
        assert.equal(tag, null, `${localePrefix(locale)}${route}.md has ${tag?.[0]} outside code`);
        assert.doesNotMatch(text, /\{#[\w-]+\}/, `${localePrefix(locale)}${route}.md keeps a heading id`);
        assert.doesNotMatch(text, /^import .* from /m, `${localePrefix(locale)}${route}.md keeps an import`);
      }
    });

    test('the guide twin inlines fragments with their props, tabs as labelled sections, admonitions as blockquotes', () => {
      const guide = twin(locale, '/quick-starts/next-app-router');
      const shared = locale === 'en' ? 'fragments/_api-resources-description.md' : 'i18n/zh-CN/fragments/_api-resources-description.md';
      const sentence = firstSentence(shared);
      assert.ok(sentence.length > 20);
      assert.ok(guide.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').includes(sentence), `the twin lacks "${sentence}" from ${shared}`);
      // _install-package.mdx gets packageName="@logto/next" from the guide.
      assert.match(guide, /\*\*npm\*\*\n\n```bash\nnpm i @logto\/next\n```/);
      assert.match(guide, /\*\*pnpm\*\*\n\n```bash\npnpm add @logto\/next\n```/);
      assert.match(guide, locale === 'en' ? /^> \*\*Caution\*\*$/m : /^> \*\*警告\*\*$/m);
      assert.match(guide, /```ts title="app\/logto\.ts"\n/);
    });

    test('links are absolute to the site url', () => {
      const guide = twin(locale, '/quick-starts/next-app-router');
      const origin = 'https://docs.example.com';
      assert.ok(guide.includes(`](${origin}${localePrefix(locale)}/introduction/set-up-logto-oss)`), 'the link to set-up-logto-oss is not absolute');
      assert.doesNotMatch(guide, /\]\(\/(?!\/)/, 'a root-relative link is left');
    });

    test('llms.txt and llms-full.txt list every page', () => {
      const base = path.join(buildDir, localePrefix(locale));
      const index = readFileSync(path.join(base, 'llms.txt'), 'utf8');
      const full = readFileSync(path.join(base, 'llms-full.txt'), 'utf8');
      assert.match(index, /^# .+\n\n> .+\n/);
      assert.match(index, /^## /m);
      for (const route of routes) {
        const url = `https://docs.example.com${localePrefix(locale)}${route}.md`;
        assert.ok(index.includes(`](${url})`), `llms.txt does not link ${url}`);
        assert.ok(full.includes(`Source: ${url}\n`), `llms-full.txt does not hold ${url}`);
        const title = /^# (.+)$/m.exec(twin(locale, route))?.[1];
        assert.ok(title && full.includes(`\n# ${title}\n`), `llms-full.txt lacks the page "${title}"`);
      }
    });
  });
}
