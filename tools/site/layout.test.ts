// The file of a doc as the docs plugin names it: `@site/` means the site directory, and only at the start; an
// absolute path stays as it is.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { docSourceFile } from './layout.ts';

test("a doc's source names its file under the site directory; only a leading @site/ is the site", () => {
  const siteDir = path.resolve('/work/site');
  assert.equal(docSourceFile(siteDir, '@site/docs/quick-starts/next/index.mdx'), path.join(siteDir, 'docs/quick-starts/next/index.mdx'));
  assert.equal(docSourceFile(siteDir, '@site/i18n/zh-CN/docusaurus-plugin-content-docs/current/intro.mdx'), path.join(siteDir, 'i18n/zh-CN/docusaurus-plugin-content-docs/current/intro.mdx'));
  assert.equal(docSourceFile(siteDir, path.resolve('/elsewhere/@site/docs/a.mdx')), path.resolve('/elsewhere/@site/docs/a.mdx'));
  assert.equal(docSourceFile(siteDir, 'docs/@site/a.mdx'), path.join(siteDir, 'docs/@site/a.mdx'));
});
