// The mutation harness's own check of Stryker disable comments: a comment without a mutator and a reason is
// named with its file and line; a reasoned one, and the same words inside a string (a --help text), pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disableCommentProblems } from './run.ts';

test('a disable comment needs a mutator and a reason; words in a string are no comment', () => {
  const text = [
    "// Stryker disable next-line StringLiteral: visiting every node is the same",
    "const a = 1; // Stryker disable next-line ConditionalExpression,Regex: both give the same",
    "flag('equivalent', 'list the mutants judged equivalent (Stryker disable comments) in the last reports'),",
    '// Stryker disable next-line StringLiteral',
    '/* Stryker disable all */',
    ' * Stryker disable next-line because',
  ].join('\n');
  assert.deepEqual(
    disableCommentProblems('x.ts', text).map((problem) => problem.split(': a Stryker')[0]),
    ['x.ts:4', 'x.ts:5', 'x.ts:6'],
  );
  assert.match(disableCommentProblems('x.ts', '// Stryker disable next-line Regex')[0]!, /needs a mutator and a reason: \/\/ Stryker disable next-line <Mutator>: <why no test can tell it apart>$/);
});
