/**
 * The real guides, in both locales, against the real sample: no errors.
 * On failure the message is the checker's own report, so it names each block.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSnippets } from './check.ts';
import { discover, selectWithImporters } from './discover.ts';
import { formatText } from './report.ts';
import config from './samples.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('every TypeScript/JavaScript block of docs/, fragments/ and i18n/zh-CN/ passes the snippet check', () => {
  const result = checkSnippets({ root, config });
  assert.ok(result.stats.checked > 0, 'no block was type-checked: is samples.config.ts pointing at the guides?');
  const failing = result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.code}`);
  assert.deepEqual(failing, [], `failing blocks:\n${formatText(result)}`);
});

test('--files on a shared fragment selects it, the fragments that import it and the pages that show them, in each locale', () => {
  const selected = selectWithImporters(discover(root, config), ['fragments/_install-package.mdx', 'i18n/zh-CN/fragments/_install-package.mdx']);
  for (const file of [
    'fragments/_install-package.mdx',
    'docs/quick-starts/next/_installation.mdx',
    'docs/quick-starts/next/index.mdx',
    'docs/quick-starts/next-app-router/index.mdx',
    'i18n/zh-CN/docusaurus-plugin-content-docs/current/quick-starts/next/_installation.mdx',
    'i18n/zh-CN/docusaurus-plugin-content-docs/current/quick-starts/next-app-router/index.mdx',
  ]) {
    assert.ok(selected.has(file), `${file} is not selected: ${[...selected].join(', ')}`);
  }
  assert.equal(selected.has('docs/introduction/index.mdx'), false, 'a page that does not show the fragment is not selected');
});
