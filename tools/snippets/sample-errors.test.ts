/**
 * A guide mapped to a sample that is missing or whose tsconfig.json is broken:
 * the checker says which file and line to fix, and the blocks count as failed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem } from './check.ts';
import { problemsOfOneGuide } from './testing.ts';

const page = ['# Guide', '', '```ts', 'export const answer: number = 42;', '```', ''].join('\n');

/** A one-page docs tree whose guide uses `sample`; `tsconfig` undefined means no sample folder at all. */
function runWith(tsconfig: string | undefined): Problem[] {
  return problemsOfOneGuide('snippet-sample-errors-', { 'docs/guide/index.mdx': page, ...(tsconfig === undefined ? {} : { 'sample/tsconfig.json': tsconfig }) });
}

test('a guide mapped to a missing sample fails its blocks and names the config to fix', () => {
  const [problem, ...rest] = runWith(undefined);
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, 'docs/guide/index.mdx');
  assert.equal(problem?.line, 3);
  assert.equal(problem?.code, 'sample');
  assert.match(problem?.message ?? '', /the sample sample does not exist; tools\/snippets\/samples\.config\.ts maps this guide to it/);
});

test('a tsconfig.json that is not valid JSON fails the blocks with its own line and column', () => {
  const [problem] = runWith('{\n  "compilerOptions": {\n    "strict": true,,\n  }\n}\n');
  assert.equal(problem?.code, 'sample');
  assert.equal(problem?.line, 3, 'reported at the fence of the block that could not be checked');
  assert.match(problem?.message ?? '', /cannot load sample\/tsconfig\.json: .*tsconfig\.json:3:\d+ TS\d+/);
});

test('contradictory compiler options are reported at their line in tsconfig.json', () => {
  const tsconfig = ['{', '  "compilerOptions": {', '    "strict": true,', '    "jsx": "react-jsx",', '    "jsxFactory": "h"', '  }', '}', ''].join('\n');
  const problems = runWith(tsconfig).filter((problem) => problem.file === 'sample/tsconfig.json');
  assert.ok(problems.length > 0, 'the option problem is reported');
  assert.equal(problems[0]?.code, 'sample');
  assert.equal(problems[0]?.line, 5, 'the line of "jsxFactory"');
  assert.equal(problems[0]?.column, 5);
  assert.match(problems[0]?.message ?? '', /TS5089: Option 'jsxFactory' cannot be specified when option 'jsx' is 'react-jsx'/);
});
