// The check:links command on copies of its fixture site: the exit status of a clean site, which changes
// make the cached result stale (a page, a fragment, a translation, a static file, a pages route), what
// --no-cache leaves behind, and which problems --files keeps (those of the files a named page composes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTempDir } from '../snippets/testing.ts';
import { runLinksCli as cli } from './testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures/site');


/** A copy of the fixture with its faults fixed: a site check:links passes. */
function cleanSite(dir: string): string {
  const site = path.join(dir, 'site');
  cpSync(fixture, site, { recursive: true });
  const zh = path.join(site, 'i18n/zh-CN/docusaurus-plugin-content-docs/current/guide');
  writeFileSync(path.join(site, 'fragments/_shared.mdx'), '### Shared configs \\{#shared-configs}\n\nSee [the other page](/other/page) and [the setup](#set-up).\n');
  writeFileSync(path.join(site, 'docs/other/page.mdx'), "import Shared from '@fragments/_shared.mdx';\n\n# Other page\n\n## Details \\{#details}\n\n## Set up \\{#set-up}\n\n<Shared />\n");
  writeFileSync(path.join(site, 'docs/guide/index.mdx'), "---\nslug: /guides/first\n---\n\nimport Shared from '@fragments/_shared.mdx';\n\n# First guide\n\n## Set up \\{#set-up}\n\n<Shared />\n");
  writeFileSync(path.join(zh, 'index.mdx'), "---\nslug: /guides/first\n---\n\nimport Shared from '@fragments/_shared.mdx';\n\n# 第一个指南\n\n## 设置 \\{#set-up}\n\n<Shared />\n");
  return site;
}

test('a clean site exits 0 with the summary; a change to a page, fragment or translation, or a new static file or pages route, is seen on the next run', () => {
  withTempDir('links-cli-', (dir) => {
    const site = cleanSite(dir);
    const env = { DOCS_CHECKS_CACHE_DIR: path.join(dir, 'cache') };
    const clean = cli(['--root', site], env);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /^No errors in \d+ links of \d+ files/m);
    assert.match(cli(['--root', site], env).stdout, /from the cache/);

    const edits: Array<[string, () => void, RegExp]> = [
      ['a shared fragment', () => appendFileSync(path.join(site, 'fragments/_shared.mdx'), '\n[gone](/gone-fragment)\n'), /fragments\/_shared\.mdx:5:1 broken-link/],
      ['a translation', () => appendFileSync(path.join(site, 'i18n/zh-CN/docusaurus-plugin-content-docs/current/guide/index.mdx'), '\n[gone](/gone-zh)\n'), /current\/guide\/index\.mdx:\d+:1 broken-link: \/gone-zh/],
      ['a .md page', () => writeFileSync(path.join(site, 'docs/notes.md'), '# Notes\n\n[gone](/gone-md)\n'), /docs\/notes\.md:3:1 broken-link/],
    ];
    for (const [what, edit, expected] of edits) {
      edit();
      const run = cli(['--root', site], env);
      assert.doesNotMatch(run.stdout, /from the cache/, `a change in ${what} must be a cache miss`);
      assert.match(run.stdout, expected, what);
      assert.equal(run.status, 1);
    }
    // Links to a static file and a pages route that do not exist yet, then do.
    writeFileSync(path.join(site, 'docs/notes.md'), '# Notes\n\n[pdf](/files/a.pdf) [about](/about)\n');
    const missing = cli(['--root', site], env);
    assert.match(missing.stdout, /\/files\/a\.pdf \(no page has this route/);
    mkdirSync(path.join(site, 'static/files'));
    writeFileSync(path.join(site, 'static/files/a.pdf'), 'pdf');
    const withStatic = cli(['--root', site], env);
    assert.doesNotMatch(withStatic.stdout, /from the cache/, 'a new static file is a cache miss');
    assert.doesNotMatch(withStatic.stdout, /\/files\/a\.pdf \(no page/);
    assert.match(withStatic.stdout, /\/about \(no page has this route/);
    writeFileSync(path.join(site, 'src/pages/about.tsx'), 'export default function About(): null {\n  return null;\n}\n');
    const withPage = cli(['--root', site], env);
    assert.doesNotMatch(withPage.stdout, /from the cache/, 'a new pages route is a cache miss');
    assert.doesNotMatch(withPage.stdout, /\/about \(no page/);
  });
});

test('--no-cache runs again and leaves no cache behind', () => {
  withTempDir('links-nocache-', (dir) => {
    const site = cleanSite(dir);
    const cache = path.join(dir, 'cache');
    const env = { DOCS_CHECKS_CACHE_DIR: cache };
    assert.equal(cli(['--root', site, '--no-cache'], env).status, 0);
    let written: string[] = [];
    try {
      written = readdirSync(cache, { recursive: true }).map(String);
    } catch {
      // no cache folder at all
    }
    assert.deepEqual(written.filter((name) => /check-links/.test(name)), []);
    assert.doesNotMatch(cli(['--root', site], env).stdout, /from the cache/);
    assert.deepEqual(readdirSync(cache).filter((name) => /check-links/.test(name)).sort(), ['check-links-files.json', 'check-links.json'], 'a run with the cache writes both files');
  });
});

test('--files keeps the problems of the named page and of the files it composes, also those that belong to no page', () => {
  withTempDir('links-files-', (dir) => {
    const site = cleanSite(dir);
    // A heading without an id in the fragment: its problem names no page, and still belongs to the pages composing it.
    appendFileSync(path.join(site, 'fragments/_shared.mdx'), '\n## No id in the fragment\n');
    appendFileSync(path.join(site, 'docs/guide/index.mdx'), '\n[guide only](/guide-only-broken)\n');
    appendFileSync(path.join(site, 'docs/other/page.mdx'), '\n[gone](/gone)\n');
    const result = cli(['--root', site, '--no-cache', '--json', '--files', path.join(site, 'docs/other/page.mdx')]);
    const errors = (JSON.parse(result.stdout) as { errors: Array<{ file: string; code: string }> }).errors;
    assert.deepEqual(
      errors.map((error) => `${error.file} ${error.code}`),
      ['docs/other/page.mdx broken-link', 'fragments/_shared.mdx heading-id'],
      "the named page's own problem and its fragment's, not the other guide's",
    );
    assert.equal(result.status, 1);
  });
});
