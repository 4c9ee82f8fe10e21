/**
 * A zh-CN fragment that is missing falls back to English: the page still
 * builds, shows the English text in its place, and `i18n:fallbacks` lists it.
 * The other direction too: a fragment that is translated renders its
 * translation, never the English (a swapped search order would show English).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { htmlText, repoRoot } from './built-site.ts';
import { composedFragments, firstParagraph } from './mdx-source.ts';
import { copySite, type SiteCopy } from './site-copy.ts';

let site: SiteCopy;

let text = '';

before(async () => {
  site = copySite();
  rmSync(path.join(site.dir, 'i18n/zh-CN/fragments/_further-readings.md'));
  const { code, output } = await site.build('zh-CN');
  assert.equal(code, 0, output.slice(-3000));
  // zh-CN's baseUrl is /zh-CN/ in docusaurus.config.ts, so a zh-CN-only build writes build/zh-CN/ as the full build does.
  text = htmlText(readFileSync(path.join(site.dir, 'build/zh-CN/quick-starts/next-app-router.html'), 'utf8'));
});
after(() => site.remove());

test('the zh-CN guide builds with the English fragment in place of the missing translation', () => {
  assert.ok(text.includes('End-user flows: sign-up, sign-in and sign-out'), 'English further readings not rendered');
  assert.ok(text.includes('为你的 Next.js (App Router) 应用添加认证'), 'the page itself should stay Chinese');
});

test('the shared fragments that are translated render in Chinese, not in English', () => {
  const shared = composedFragments('en', 'docs/quick-starts/next-app-router/index.mdx').filter(
    (fragment) => fragment.startsWith('fragments/') && existsSync(path.join(site.dir, 'i18n/zh-CN', fragment)),
  );
  const checked = shared.flatMap((fragment) => {
    const chinese = firstParagraph(path.join(site.dir, 'i18n/zh-CN', fragment));
    const english = firstParagraph(path.join(site.dir, fragment));
    if (!chinese || !english) return [];
    assert.ok(text.includes(chinese), `${fragment}: the zh-CN text is not in the page: "${chinese.slice(0, 60)}…"`);
    assert.ok(!text.includes(english), `${fragment}: the English text is in the zh-CN page although a translation exists`);
    return [fragment];
  });
  assert.ok(checked.length >= 1, `no translated shared fragment with a paragraph to compare (looked at ${shared.join(', ')})`);
});

test('npm run i18n:fallbacks names the page and the missing fragment', () => {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'tools/i18n/cli.ts'), 'fallbacks', '--root', site.dir],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  assert.match(output, /fragments\/_further-readings\.md/);
  assert.match(output, /quick-starts\/next-app-router\/index\.mdx/);
});
