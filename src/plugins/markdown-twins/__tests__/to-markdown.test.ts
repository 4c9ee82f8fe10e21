/**
 * The Markdown twin conversion on a small fixture site: fragments (shared,
 * with props and the per-file English fallback, and guide-local) inlined,
 * tabs labelled, admonitions as blockquotes, hidden lines dropped, links
 * absolute, comments gone; and an element it cannot write fails with file and line.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pageToMarkdown, TwinError, type TwinContext } from '../to-markdown.ts';

const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/site');
const page = path.join(siteDir, 'docs/guide/index.mdx');

function context(locale: 'en' | 'zh-CN'): TwinContext {
  const base = `https://docs.test${locale === 'en' ? '' : '/zh-CN'}`;
  return {
    siteDir,
    localizationDir: path.join(siteDir, 'i18n', locale),
    fragmentsDir: 'fragments',
    siteBase: base,
    pageUrlOfSource: new Map([[path.join(siteDir, 'docs/other.mdx'), `${base}/other`]]),
    quickStarts: [],
    admonitionLabels: { caution: locale === 'en' ? 'Caution' : '警告' },
  };
}

test('an English page as Markdown', () => {
  const markdown = pageToMarkdown(page, 'https://docs.test/guide', 'Guide', context('en'));
  assert.equal(
    markdown,
    [
      '# The guide',
      '',
      'Install @scope/pkg from the English fragment.',
      '',
      '```bash',
      'npm i @scope/pkg',
      '```',
      '',
      'This fragment has no translation, so every locale shows it in English.',
      '',
      '## Steps',
      '',
      'A step from a guide-local fragment.',
      '',
      '```bash title="terminal"',
      'echo step',
      '```',
      '',
      '**First way**',
      '',
      'Do it the first way.',
      '',
      '**Second way**',
      '',
      'Do it the second way.',
      '',
      '> **Caution**: Mind this',
      '>',
      '> A careful sentence.',
      '',
      '```ts title="app/x.ts"',
      'export const x = 1;',
      '```',
      '',
      'See [the other page](https://docs.test/other#part), [an absolute one](https://docs.test/concepts) and [this section](https://docs.test/guide#steps).',
      '',
    ].join('\n'),
  );
});

test('zh-CN takes the translated shared fragment and falls back to English per file', () => {
  const markdown = pageToMarkdown(page, 'https://docs.test/zh-CN/guide', 'Guide', context('zh-CN'));
  assert.match(markdown, /^安装 @scope\/pkg（中文片段）。$/m);
  assert.match(markdown, /^This fragment has no translation/m);
  assert.match(markdown, /^> \*\*警告\*\*: Mind this$/m);
  assert.match(markdown, /\[an absolute one\]\(https:\/\/docs\.test\/zh-CN\/concepts\)/);
});

test('an element with no Markdown rendering fails with the file and line', () => {
  assert.throws(
    () => pageToMarkdown(path.join(siteDir, 'docs/broken.mdx'), 'https://docs.test/broken', 'Broken', context('en')),
    (error: unknown) => error instanceof TwinError && /^docs\/broken\.mdx:5: <Unknown> has no Markdown rendering/.test(error.message),
  );
});
