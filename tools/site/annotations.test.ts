import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnnotations, remapHighlight, stripAnnotations } from './annotations.ts';

test('reads title, hidden ranges, expected errors and a skip reason', () => {
  const result = parseAnnotations('title="app/page.tsx" hidden="1-2, 4" expect-error="TS2345 2322" {3}', 5);
  assert.equal(result.title, 'app/page.tsx');
  assert.deepEqual(result.hidden, [1, 2, 4]);
  assert.deepEqual(result.expectErrors, [2345, 2322]);
  assert.equal(result.highlight, '{3}');
  assert.deepEqual(result.problems, []);
  assert.equal(parseAnnotations("skip='the shape only'", 1).skip, 'the shape only');
});

test('explains each malformed annotation', () => {
  const problems = (meta: string, lines = 3): string[] => parseAnnotations(meta, lines).problems;
  assert.match(problems('skip')[0]!, /needs a reason/);
  assert.match(problems('hidden="a-b"')[0]!, /not a line number/);
  assert.match(problems('hidden="0"')[0]!, /start at 1/);
  assert.match(problems('hidden="1-3"')[0]!, /hides every line/);
  assert.match(problems('expect-error="oops"')[0]!, /not a TypeScript error code/);
  assert.match(problems('title=app/page.tsx')[0]!, /quote the title/);
  assert.match(problems('hidden="1" hidden="2"')[0]!, /given twice/);
  assert.match(problems('expectError="TS2345"')[0]!, /did you mean `expect-error`/);
});

test('stripping keeps Docusaurus keys and drops ours', () => {
  assert.equal(stripAnnotations('title="a.ts" hidden="1" showLineNumbers {2} skip="x y"'), 'title="a.ts" showLineNumbers {2}');
  assert.equal(remapHighlight('{2-4}', [3]), '{2,3}');
  assert.equal(remapHighlight('{1}', [1]), undefined);
});
