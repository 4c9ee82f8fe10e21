/**
 * A new language by declaration alone: a temporary copy of the repository
 * gets a third locale (`ja`) in docusaurus.config.ts and nothing else. Then
 * the build of that locale succeeds with the fallback notice on every page,
 * in English (the theme has no Japanese strings for it); `i18n:status` lists
 * every page and fragment as missing; `i18n:check` and `check:snippets` cover
 * the locale; and once one shared fragment is translated, status shows it up
 * to date and the pages composing it as partly translated.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SiteModel } from '../../tools/site/model.ts';
import type { LocaleStatus } from '../../tools/site/translation-status.ts';
import { copySite, type SiteCopy } from './site-copy.ts';

const JA_DOCS = 'i18n/ja/docusaurus-plugin-content-docs/current';

/** Runs one of the copy's own commands (`npm run <script>` without npm), in the copy. */
function run(site: SiteCopy, script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(site.dir, script), ...args], {
    cwd: site.dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'false', DOCS_CHECKS_CACHE_DIR: path.join(site.dir, '.cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(child));
    else if (entry.name.endsWith('.html')) found.push(child);
  }
  return found;
}

describe('a third locale declared in docusaurus.config.ts only', { concurrency: false }, () => {
  let site: SiteCopy;
  let model: SiteModel;

  before(async () => {
    site = copySite();
    site.edit('docusaurus.config.ts', (text) => {
      const edited = text.replace("locales: ['en', 'zh-CN'],", "locales: ['en', 'zh-CN', 'ja'],");
      assert.notEqual(edited, text, 'the config no longer has the locales line this test edits');
      return edited;
    });
    model = await SiteModel.open(site.dir, { locales: ['ja'] });
  });

  after(() => site?.remove());

  test('the site model reads the new locale from the config', () => {
    assert.deepEqual(Object.keys(model.layout.locales).sort(), ['en', 'ja', 'zh-CN']);
    assert.deepEqual(model.translated.get('ja'), []);
  });

  test('the build of the new locale succeeds and every page carries the English fallback notice', async () => {
    const build = await site.build('ja');
    assert.equal(build.code, 0, build.output.slice(-3000));
    const out = existsSync(path.join(site.dir, 'build/ja')) ? path.join(site.dir, 'build/ja') : path.join(site.dir, 'build');
    const docPages = htmlFiles(out).filter((file) => readFileSync(file, 'utf8').includes('theme-doc-markdown'));
    assert.equal(docPages.length, model.pages().length, `one built doc page per page of the docs (${model.pages().length})`);
    for (const file of docPages) {
      const html = readFileSync(file, 'utf8');
      const notice = /<div[^>]*data-translation-status=["']?(\w+)[^>]*>([^<]*)<a/.exec(html);
      assert.ok(notice, `${path.relative(out, file)} has no translation notice`);
      assert.equal(notice[1], 'missing', path.relative(out, file));
      assert.match(notice[0], /lang=["']?en\b/, `${path.relative(out, file)}: the notice is English and says so`);
      assert.equal(notice[2], 'This page is not translated yet; it is shown in English.', path.relative(out, file));
    }
  });

  test('i18n:status lists every page and fragment of the new locale as missing', () => {
    const status = run(site, 'tools/i18n/cli.ts', ['status', '--json', '--locale', 'ja']);
    assert.equal(status.code, 0, status.stderr);
    const [ja] = JSON.parse(status.stdout) as LocaleStatus[];
    assert.equal(ja!.locale, 'ja');
    assert.equal(ja!.entries.length, model.sources.length);
    for (const entry of ja!.entries) assert.equal(entry.status, 'missing', `${entry.source} is ${entry.status}`);
    assert.ok(ja!.entries.some((entry) => entry.kind === 'fragment' && entry.source?.startsWith('fragments/')), 'shared fragments are listed');
    // Without --locale, every translated locale of the config.
    const all = run(site, 'tools/i18n/cli.ts', ['status', '--json']);
    assert.deepEqual((JSON.parse(all.stdout) as LocaleStatus[]).map((s) => s.locale).sort(), ['ja', 'zh-CN']);
  });

  test('i18n:check covers the new locale and passes while it has no files yet', () => {
    const check = run(site, 'tools/i18n/cli.ts', ['check']);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /^ja: 0 translated file\(s\) checked$/m);
    assert.match(check.stdout, /^ja theme strings: skipped \(no i18n\/ja folder yet/m);
    assert.match(check.stdout, /^zh-CN: \d+ translated file\(s\) checked$/m);
  });

  test('after one shared fragment is translated, it is up to date and the pages composing it are partly translated', () => {
    const fragment = 'fragments/_further-readings.md';
    const composing = model.pages().filter((page) => model.composed(page, 'en').has(fragment));
    assert.ok(composing.length > 0, `some page composes ${fragment}`);
    mkdirSync(path.join(site.dir, 'i18n/ja/fragments'), { recursive: true });
    const english = readFileSync(path.join(site.dir, fragment), 'utf8');
    site.write('i18n/ja/fragments/_further-readings.md', english.replace('End-user flows: sign-up, sign-in and sign-out', 'エンドユーザーフロー：サインアップ、サインイン、サインアウト'));
    const mark = run(site, 'tools/i18n/cli.ts', ['mark', 'i18n/ja/fragments/_further-readings.md']);
    assert.equal(mark.code, 0, mark.stdout + mark.stderr);

    const status = run(site, 'tools/i18n/cli.ts', ['status', '--json', '--locale', 'ja']);
    const [ja] = JSON.parse(status.stdout) as LocaleStatus[];
    assert.equal(ja!.entries.find((entry) => entry.source === fragment)?.status, 'up to date');
    for (const page of composing) {
      const entry = ja!.entries.find((e) => e.source === page);
      assert.deepEqual(entry?.translatedFragments, [fragment], `${page} composes the translated fragment`);
    }
    const text = run(site, 'tools/i18n/cli.ts', ['status', '--locale', 'ja']).stdout;
    for (const page of composing) assert.match(text, new RegExp(`partly translated\\s+page\\s+${page.replace(/[.]/g, '\\.')}`));
    assert.match(text, new RegExp(`up to date\\s+fragment\\s+${fragment.replace(/[.]/g, '\\.')}`));
  });

  test('check:snippets and i18n:check both read the new locale\'s pages', () => {
    const page = 'end-user-flows/index.mdx';
    const english = readFileSync(path.join(site.dir, 'docs', page), 'utf8');
    const fence = english.indexOf('```ts');
    assert.notEqual(fence, -1, `docs/${page} has a ts block`);
    const bodyStart = english.indexOf('\n', fence) + 1;
    const broken = `${english.slice(0, bodyStart)}const port: number = 'not a number';\n${english.slice(bodyStart)}`;
    const line = broken.slice(0, bodyStart).split('\n').length;
    mkdirSync(path.dirname(path.join(site.dir, JA_DOCS, page)), { recursive: true });
    writeFileSync(path.join(site.dir, JA_DOCS, page), broken);

    const snippets = run(site, 'tools/snippets/cli.ts', ['--json', '--no-cache']);
    assert.equal(snippets.code, 1, snippets.stderr);
    const errors = (JSON.parse(snippets.stdout) as { errors: Array<{ file: string; line: number; code: string }> }).errors;
    assert.ok(
      errors.some((error) => error.file === `${JA_DOCS}/${page}` && error.line === line && error.code === 'TS2322'),
      `a type error at ${JA_DOCS}/${page}:${line}: ${JSON.stringify(errors)}`,
    );

    const check = run(site, 'tools/i18n/cli.ts', ['check', '--no-theme', '--locale', 'ja']);
    assert.equal(check.code, 1, check.stdout + check.stderr);
    assert.match(check.stdout, new RegExp(`${JA_DOCS}/${page.replace(/[.]/g, '\\.')}:\\d+`), 'the changed code block is reported in the ja file');
  });
});
