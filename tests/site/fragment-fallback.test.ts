/**
 * A zh-CN fragment that is missing falls back to English: the page still
 * builds, shows the English text in its place, and `i18n:fallbacks` lists it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { htmlText, repoRoot } from './built-site';
import { copySite, type SiteCopy } from './site-copy';

let site: SiteCopy;

before(() => {
  site = copySite();
  rmSync(path.join(site.dir, 'i18n/zh-CN/fragments/_further-readings.md'));
});
after(() => site.remove());

test('the zh-CN guide builds with the English fragment in place of the missing translation', async () => {
  const { code, output } = await site.build('zh-CN');
  assert.equal(code, 0, output.slice(-3000));
  const html = readFileSync(path.join(site.dir, 'build/quick-starts/next-app-router.html'), 'utf8');
  const text = htmlText(html);
  assert.ok(text.includes('End-user flows: sign-up, sign-in and sign-out'), 'English further readings not rendered');
  assert.ok(text.includes('为你的 Next.js (App Router) 应用添加认证'), 'the page itself should stay Chinese');
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
