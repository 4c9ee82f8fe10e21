// The mutation harness's own check of Stryker disable comments: a comment without a mutator and a reason is
// named with its file and line; a reasoned one, and the same words inside a string (a --help text), pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disableCommentProblems, unreadDisableComments } from './run.ts';

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

test('a disable comment Stryker would not read (trailing code instead of leading it) is named with its file and line', () => {
  const text = [
    'export function f(items: string[], n: number | undefined) {',
    '  // Stryker disable next-line ArrayDeclaration: leads the statement',
    '  const all = items ?? [];',
    '  const picked = all',
    "    .filter((item) => item !== '')",
    '    // Stryker disable next-line StringLiteral: inside a chain of calls',
    "    .map((item) => item ?? '');",
    '  try {',
    '    use(picked);',
    '    // Stryker disable next-line BlockStatement: last in a block',
    '  } catch {',
    '    return 0;',
    '  }',
    '  useEffect(() => {',
    '    use(n);',
    '  }, /* Stryker disable next-line ArrayDeclaration: leads the deps array */ []);',
    '  return picked.length; // Stryker disable next-line ConditionalExpression: leads the statement after it',
    '  if (n === undefined) return 1;',
    '}',
  ].join('\n');
  assert.deepEqual(
    unreadDisableComments('x.ts', text).map((problem) => problem.split(': Stryker does not')[0]),
    ['x.ts:6', 'x.ts:10'],
  );
  assert.match(unreadDisableComments('x.ts', text)[0]!, /Put it above a statement of its own \(split the chain\), or above the catch or the deps array\.$/);
});
