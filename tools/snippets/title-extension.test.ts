/**
 * A `ts` block titled with a file that is not TypeScript or JavaScript (say
 * app/settings.json) gets one clear title message at the fence, not a pile of
 * TS1005/TS1327 errors from compiling JSON as TypeScript.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem } from './check.ts';
import { problemsOfOneGuide } from './testing.ts';

const page = ['# Guide', '', '```ts title="app/settings.json"', '{ "appId": "abc", "endpoint": "http://localhost:3001" }', '```', ''].join('\n');

function problemsOf(text: string): Problem[] {
  return problemsOfOneGuide('snippet-title-ext-', {
    'docs/guide/index.mdx': text,
    'sample/tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', noEmit: true } }),
  });
}

test('a ts block titled app/settings.json gets the title message at its fence, and nothing else', () => {
  const problems = problemsOf(page);
  assert.deepEqual(
    problems.map(({ file, line, code }) => ({ file, line, code })),
    [{ file: 'docs/guide/index.mdx', line: 3, code: 'title' }],
    JSON.stringify(problems, null, 2),
  );
  assert.match(problems[0]!.message, /title="app\/settings\.json" is not a TypeScript or JavaScript file, but the fence says `ts`; fix the title or the language/);
});
