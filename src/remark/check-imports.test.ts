// A page that imports a missing `.md`/`.mdx` fragment fails the MDX compile with the importer, the line of the
// import and the path that was looked for; imports that exist, that are not Markdown, or that are packages pass.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkCheckImports, { findMissingImport } from './check-imports.ts';
import { docsRemarkPlugins } from './index.ts';

const siteDir = mkdtempSync(path.join(tmpdir(), 'check-imports-'));
after(() => rmSync(siteDir, { recursive: true, force: true }));
mkdirSync(path.join(siteDir, 'fragments'), { recursive: true });
mkdirSync(path.join(siteDir, 'docs/guide'), { recursive: true });
writeFileSync(path.join(siteDir, 'fragments/_install.mdx'), 'Install.\n');
writeFileSync(path.join(siteDir, 'docs/guide/_local.md'), 'Local.\n');
const page = path.join(siteDir, 'docs/guide/page.mdx');

function compile(markdown: string, filePath: string | null = page): void {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckImports, { siteDir });
  processor.runSync(processor.parse(markdown), new VFile(filePath === null ? { value: markdown } : { path: filePath, value: markdown }));
}

function failure(markdown: string): Error & { line?: number; column?: number; ruleId?: string; source?: string } {
  try {
    compile(markdown);
  } catch (error) {
    return error as Error;
  }
  assert.fail('the compile should have failed');
}

test('imports of fragments and local files that exist pass', () => {
  compile(`import Install from '@fragments/_install.mdx';\nimport Local from "./_local.md";\n\n# Title\n\n<Install />\n`);
});

test('a missing shared fragment names the page, the line of the import and fragments/…', () => {
  const error = failure(`# Title\n\nimport Ok from '@fragments/_install.mdx';\nimport Missing from '@fragments/_missing.mdx';\n\n<Missing />\n`);
  assert.equal(
    error.message,
    'docs/guide/page.mdx:4: cannot import "@fragments/_missing.mdx": fragments/_missing.mdx does not exist. ' +
      'Fix the path, or create the fragment (shared fragments live in fragments/, with translations in i18n/<locale>/fragments/).',
  );
  assert.equal(error.line, 4);
  assert.equal(error.column, 1);
  assert.equal(error.ruleId, 'missing-fragment');
  assert.equal(error.source, 'check-imports');
});

test('the line is the missing import\'s own line inside a block of imports, also with extra spaces before the path', () => {
  const error = failure(`import Missing from  '@fragments/_missing.mdx';\nimport Ok from '@fragments/_install.mdx';\nimport Tabs from '@theme/Tabs';\n\n# Title\n`);
  assert.match(error.message, /^docs\/guide\/page\.mdx:1: cannot import "@fragments\/_missing\.mdx"/);
});

test('an import shown in a code block is text, not an import', () => {
  compile("```js\nimport Missing from '@fragments/_missing.mdx';\n```\n");
});

test('an import node without a position (made by another plugin) is reported at line 1 of the page', () => {
  const tree = { type: 'root', children: [{ type: 'mdxjsEsm', value: "import Missing from './_none.mdx';" }] } as unknown as Root;
  assert.throws(() => remarkCheckImports({ siteDir })(tree, new VFile({ path: page })), { message: /^docs\/guide\/page\.mdx:1: cannot import "\.\/_none\.mdx"/ });
});

test('a missing relative .md import is looked for beside the page', () => {
  const error = failure(`import Gone from './_gone.md';\n`);
  assert.match(error.message, /^docs\/guide\/page\.mdx:1: cannot import "\.\/_gone\.md": docs\/guide\/_gone\.md does not exist\./);
  const up = failure(`import { Up } from '../_up.mdx';\n`);
  assert.match(up.message, /: docs\/_up\.mdx does not exist/);
});

test('non-Markdown imports, packages and aliases other than @fragments are not checked', () => {
  compile(`import Tabs from '@theme/Tabs';\nimport data from './data.json';\nimport x from 'some-package/readme.md';\nimport y from '@site/docs/none.mdx';\n`);
  assert.equal(findMissingImport('some-package/readme.md', page, siteDir), undefined);
  assert.equal(findMissingImport('@site/none.mdx', page, siteDir), undefined);
  assert.deepEqual(findMissingImport('@fragments/_nope.mdx', page, siteDir), [path.join(siteDir, 'fragments/_nope.mdx')]);
  assert.deepEqual(findMissingImport('./_nope.md', page, siteDir), [path.join(siteDir, 'docs/guide/_nope.md')]);
  assert.equal(findMissingImport('./_local.md', page, siteDir), undefined);
});

test('a file without a path (e.g. an in-memory compile) is not checked', () => {
  compile(`import Missing from '@fragments/_missing.mdx';\n`, null);
});

test('the site runs it on every page, before hidden lines and highlighting', () => {
  const [first] = docsRemarkPlugins as Array<[unknown, { siteDir: string }]>;
  assert.equal(first![0], remarkCheckImports);
  assert.equal(first![1].siteDir, path.resolve(import.meta.dirname, '../..'));
  assert.equal(docsRemarkPlugins.length, 3);
});
