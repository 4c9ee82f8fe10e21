/**
 * The replay's rules for what it runs and reports, one at a time: the pinned
 * create-next-app for the guide's major version, the guide's .env.local with
 * this run's two addresses, and compiler output pointed at the guide line of
 * the block that wrote the failing line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReplayError, type ReplayStep } from './plan.ts';
import { CREATE_NEXT_APP_VERSION, localEnv, mapCompilerErrors, pinnedScaffold } from './run.ts';

const place = { file: 'docs/x/_installation.mdx', line: 9 };
const scaffold = (command: string): Extract<ReplayStep, { kind: 'scaffold' }> => ({ kind: 'scaffold', ...place, command, appFolder: 'my-app', args: ['--ts', '--app'] });

test('pinnedScaffold: the guide\'s major, minor or exact version, or none, runs the pinned release with the guide\'s folder and flags', () => {
  const [major, minor] = CREATE_NEXT_APP_VERSION.split('.');
  for (const asked of ['', '@latest', `@${major}`, `@${major}.${minor}`, `@${CREATE_NEXT_APP_VERSION}`]) {
    assert.deepEqual(pinnedScaffold(scaffold(`npx create-next-app${asked} my-app --ts --app`)), [`create-next-app@${CREATE_NEXT_APP_VERSION}`, 'my-app', '--ts', '--app'], asked);
  }
});

test('pinnedScaffold: another version than the pinned one fails, saying where to change the pin', () => {
  const [major, minor] = CREATE_NEXT_APP_VERSION.split('.').map(Number) as [number, number];
  // `@1` is a prefix of the pinned `16` as text, not as a version.
  for (const asked of [`${major - 1}`, `${major + 1}`, `${major}.${minor + 1}`, String(major).slice(0, 1), `${major}.${minor}.999`]) {
    assert.throws(
      () => pinnedScaffold(scaffold(`npx create-next-app@${asked} my-app --ts --app`)),
      (error: Error) =>
        error instanceof ReplayError &&
        error.message === `${place.file}:${place.line} (scaffold): the guide asks for create-next-app@${asked}, but the replay pins ${CREATE_NEXT_APP_VERSION}; update CREATE_NEXT_APP_VERSION in tools/replay/run.ts`,
      asked,
    );
  }
});

test('localEnv: LOGTO_ENDPOINT and LOGTO_BASE_URL get this run\'s addresses, every other line stays the guide\'s', () => {
  const guide = 'LOGTO_ENDPOINT=http://localhost:3001\nLOGTO_APP_ID=sample\nLOGTO_BASE_URL=http://localhost:3000\n# LOGTO_ENDPOINT=commented\nLOGTO_COOKIE_SECRET=x=y\n';
  assert.equal(
    localEnv(place, guide, 'http://127.0.0.1:4100', 4200),
    'LOGTO_ENDPOINT=http://127.0.0.1:4200\nLOGTO_APP_ID=sample\nLOGTO_BASE_URL=http://127.0.0.1:4100\n# LOGTO_ENDPOINT=commented\nLOGTO_COOKIE_SECRET=x=y\n',
  );
});

test('localEnv: a block without one of the two, or with one twice, fails at the block', () => {
  for (const text of ['LOGTO_ENDPOINT=a\n', 'LOGTO_BASE_URL=b\n', 'LOGTO_ENDPOINT=a\nLOGTO_ENDPOINT=b\n', ' LOGTO_ENDPOINT=a\nLOGTO_BASE_URL=b\n', '']) {
    assert.throws(
      () => localEnv(place, text, 'http://127.0.0.1:1', 2),
      (error: Error) => error instanceof ReplayError && error.message === `${place.file}:${place.line} (write .env.local): the block must set LOGTO_ENDPOINT and LOGTO_BASE_URL once each`,
      JSON.stringify(text),
    );
  }
});

const writer = (filePath: string, line: number, lineMap: number[]): Extract<ReplayStep, { kind: 'write' }> => ({ kind: 'write', file: 'docs/x/_integration.mdx', line, path: filePath, text: '', lineMap });
const writers = new Map([
  ['app/logto.ts', writer('app/logto.ts', 20, [22, 23, 25, 26])],
  ['pages/api/logto/[action].ts', writer('pages/api/logto/[action].ts', 40, [42, 43])],
  ['lib/redis-session.ts', writer('lib/redis-session.ts', 60, [62])],
  ['libraries/logto.ts', writer('libraries/logto.ts', 80, [82, 83])],
  ['app/page.tsx', writer('app/page.tsx', 100, Array.from({ length: 20 }, (_, index) => 102 + index))],
]);
const fallback = { file: 'docs/x/index.mdx', line: 12 };

test('mapCompilerErrors: tsc\'s file(line,column) and Next.js\'s ./file:line:column point at the block\'s line, in the four source folders', () => {
  const cases: Array<[string, string, number]> = [
    ['app/logto.ts(3,5): error TS2304: Cannot find name \'x\'.', 'app/logto.ts', 25],
    ['Failed to compile.\n\n./pages/api/logto/[action].ts:2:1\nType error: x', 'pages/api/logto/[action].ts', 43],
    ['  lib/redis-session.ts(1,1): error TS2307', 'lib/redis-session.ts', 62],
    ['libraries/logto.ts:1:9 - error', 'libraries/logto.ts', 82],
    // Lines and columns of more than one digit.
    ['app/page.tsx(12,15): error TS2322', 'app/page.tsx', 113],
    ['./app/page.tsx:14:21\nType error', 'app/page.tsx', 115],
  ];
  for (const [output, file, line] of cases) {
    const error = mapCompilerErrors(`${output}\n`, writers, fallback, 'tsc at the end');
    assert.deepEqual(error.place, { file: 'docs/x/_integration.mdx', line }, output);
    assert.equal(error.step, `tsc at the end, in ${file}`);
    assert.equal(error.message, `docs/x/_integration.mdx:${line} (tsc at the end, in ${file}): the compiler reports:\n${output.split('\n').map((text) => `    ${text}`).join('\n')}`);
  }
});

test('mapCompilerErrors: a line past the block\'s end points at the block; the first error in the output wins', () => {
  assert.deepEqual(mapCompilerErrors('app/logto.ts(9,1): error TS1', writers, fallback).place, { file: 'docs/x/_integration.mdx', line: 20 });
  const both = mapCompilerErrors('libraries/logto.ts(2,1): error TS1\napp/logto.ts(1,1): error TS2', writers, fallback);
  assert.deepEqual(both.place, { file: 'docs/x/_integration.mdx', line: 83 });
});

test('mapCompilerErrors: a file no block wrote, or output with no file, falls back to the step\'s place, with the last 30 lines', () => {
  const output = Array.from({ length: 35 }, (_, index) => (index === 0 ? 'app/layout.tsx(1,1): error TS1' : `detail ${index}`)).join('\n');
  const error = mapCompilerErrors(output, writers, fallback);
  assert.deepEqual(error.place, fallback);
  assert.equal(error.step, 'tsc');
  assert.equal(error.message.split('\n').length, 31);
  assert.equal(error.message.split('\n')[1], '    detail 5');
  for (const text of ['Type error somewhere', 'src/app/logto.ts(1,1): error', 'app/logto.css(1,1): error', 'app/logto.ts: error', 'xapp/logto.ts(1,1): error']) {
    assert.deepEqual(mapCompilerErrors(text, writers, fallback, 'next build').place, fallback, text);
  }
});
