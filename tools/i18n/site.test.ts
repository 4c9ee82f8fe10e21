/**
 * The reader-facing side, on a real two-locale Docusaurus build of the banner
 * fixture: the notice in the built HTML of a fallback page, an outdated page
 * and a page whose nested fragment is outdated; none on an up-to-date page or
 * on English pages. Also the theme strings check, which runs
 * `docusaurus write-translations` on the same fixture.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkThemeStrings } from './theme-strings.ts';
import { ZH_DOCS, copyFixture, repoRoot, runCli } from './testing.ts';

let dir = '';
let cleanup = (): void => {};

before(() => {
  ({ dir, cleanup } = copyFixture('banner-site'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The fixture's config loads the plugin from this repo.
  process.env.I18N_REPO_ROOT = repoRoot;
});

after(() => cleanup());

describe('theme strings check', () => {
  it('fails on missing files and keys and on English left in place, allowing product names', () => {
    const result = checkThemeStrings(dir, 'zh-CN');
    assert.equal(result.ok, false);
    const lines = result.problems.map((p) => `${p.file} ${p.key}`);
    assert.ok(lines.includes('i18n/zh-CN/code.json *'), `code.json reported missing: ${lines.join(', ')}`);
    assert.ok(lines.includes('i18n/zh-CN/docusaurus-plugin-content-docs/current.json version.label'));
    assert.ok(lines.includes('i18n/zh-CN/docusaurus-theme-classic/navbar.json item.label.Guide'));
    assert.ok(!lines.some((line) => line.endsWith(' item.label.Logto')), 'Logto is a product name and may stay English');
    assert.ok(!lines.some((line) => line.endsWith(' title')), 'the translated navbar title passes');
    const guide = result.problems.find((p) => p.key === 'item.label.Guide')!;
    assert.equal(guide.line, 6);
  });
});

describe('translation notice in the built site', () => {
  let built = '';

  before(() => {
    // The notice's strings, translated as a translator does in code.json (without them the notice is English).
    const strings = {
      'translationStatus.missing.text': '本页尚未翻译为中文，以下显示的是英文原文。',
      'translationStatus.missing.link': '查看英文页面',
      'translationStatus.outdated.text': '英文原文在本页翻译之后有更新，此中文翻译可能已过时。',
      'translationStatus.outdated.link': '查看最新的英文页面',
    };
    writeFileSync(path.join(dir, 'i18n/zh-CN/code.json'), JSON.stringify(Object.fromEntries(Object.entries(strings).map(([key, message]) => [key, { message }])), null, 2));
    const marked = runCli(dir, [
      'mark',
      `${ZH_DOCS}/up-to-date.mdx`,
      `${ZH_DOCS}/outdated.mdx`,
      `${ZH_DOCS}/guide/index.mdx`,
      `${ZH_DOCS}/guide/_step.mdx`,
      `${ZH_DOCS}/guide/_detail.mdx`,
    ]);
    assert.equal(marked.code, 0, marked.stderr);
    // English moves on after translation: one page, and a fragment two imports deep.
    appendFileSync(path.join(dir, 'docs/outdated.mdx'), '\nA paragraph added later.\n');
    appendFileSync(path.join(dir, 'docs/guide/_detail.mdx'), '\nA sentence added later.\n');
    built = path.join(dir, 'build');
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', built], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, I18N_REPO_ROOT: repoRoot },
    });
    assert.equal(build.status, 0, build.stderr);
  });

  function notice(route: string): { status: string; text: string; href: string } | undefined {
    const html = readFileSync(path.join(built, route, 'index.html'), 'utf8');
    const match = /<div[^>]*data-translation-status=(\w+)[^>]*>([^<]*)<a href=([^\s>]+)[^>]*>([^<]*)<\/a><\/div>/.exec(html);
    return match ? { status: match[1]!, text: match[2]! + match[4]!, href: match[3]! } : undefined;
  }

  it('shows a Chinese notice linking to English on a fallback page', () => {
    assert.deepEqual(notice('zh-CN/fallback'), { status: 'missing', text: '本页尚未翻译为中文，以下显示的是英文原文。查看英文页面', href: '/fallback' });
  });

  it('shows an outdated notice on an outdated page', () => {
    assert.deepEqual(notice('zh-CN/outdated'), {
      status: 'outdated',
      text: '英文原文在本页翻译之后有更新，此中文翻译可能已过时。查看最新的英文页面',
      href: '/outdated',
    });
  });

  it('shows the outdated notice on a current page whose nested fragment is outdated', () => {
    assert.equal(notice('zh-CN/guide')?.status, 'outdated');
  });

  it('shows nothing on an up-to-date page or on English pages', () => {
    assert.equal(notice('zh-CN/up-to-date'), undefined);
    for (const route of ['fallback', 'outdated', 'guide', 'up-to-date']) assert.equal(notice(route), undefined, route);
  });
});
