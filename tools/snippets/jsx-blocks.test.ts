// `<CodeBlock>` elements in JSX (fixtures/jsx): type-checked like fences, at their .mdx line and column (their parity with English is i18n:check's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSnippets, type RunResult } from './check.ts';
import { formatText } from './report.ts';
import { looksLikeCode } from './extract.ts';
import config from './fixtures/jsx/snippets.config.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/jsx');
const zh = 'i18n/zh-CN/docusaurus-plugin-content-docs/current';
let cached: RunResult | undefined;
const run = (): RunResult => (cached ??= checkSnippets({ root, config }));
const list = (result: RunResult): string[] => result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`);

test('every fault of the JSX fixture is reported at its .mdx line and column, and nothing else', () => {
  assert.deepEqual(list(run()), [
    'docs/guide/index.mdx:16:14 TS2322',
    'docs/guide/index.mdx:23:51 jsx-code',
    'docs/guide/index.mdx:27:10 jsx-code',
    `${zh}/guide/index.mdx:17:37 TS2339`,
    `${zh}/guide/index.mdx:24:51 jsx-code`,
    `${zh}/guide/index.mdx:28:10 jsx-code`,
  ], formatText(run()));
});

test('a CodeBlock in a prop of another component is checked as its title, inside the template literal', () => {
  const problem = run().problems.find((p) => p.code === 'TS2322')!;
  assert.deepEqual(problem.checkedAs, ['../sample/app/in-prop.ts']);
  assert.match(problem.message, /Type 'string' is not assignable to type 'number'/);
});

test('a ${} expression in a ts CodeBlock says how to write it as a fence; bash is left alone', () => {
  const problems = run().problems.filter((p) => p.code === 'jsx-code' && p.file === 'docs/guide/index.mdx');
  assert.match(problems[0]!.message, /\$\{…\} expression .*cannot be type-checked; write the code out as a fenced block \(```ts/);
  assert.match(problems[1]!.message, /the code prop of <Example> holds code/);
  assert.ok(!run().problems.some((p) => p.line === 25), 'the bash CodeBlock with ${packageName} is not reported');
});

test('annotations are props: expect-error is honoured, and the blocks count like fences', () => {
  assert.ok(!run().problems.some((p) => p.line === 33 || p.line === 34), 'the expected TS2322 is not reported');
  assert.equal(run().stats.blocks, 8);
});

test('prose props are not code', () => {
  assert.equal(looksLikeCode('Install the SDK'), false);
  assert.equal(looksLikeCode('Next.js'), false);
  assert.equal(looksLikeCode('npm install @logto/next'), false);
  assert.equal(looksLikeCode("import { a } from 'b';"), true);
  assert.equal(looksLikeCode('const x = 1;\nx + 1'), true);
});
