/**
 * The compact highlighting format (runs.ts) on its own: the exact text the
 * build encodes (classes once, lengths in base 36, neighbours of one class
 * merged, empty runs dropped, interpolated values by index), the HTML it
 * renders back, and each way a stale or broken encoding is refused so the
 * block falls back to plain text instead of showing misplaced colours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeRuns, plainLines, renderRuns, type Run } from './runs.ts';

test('classes are listed once in first-use order; each line is class:length runs, with plain text unclassed', () => {
  const lines: Run[][] = [
    [
      { types: 'keyword', text: 'const' },
      { types: undefined, text: ' ' },
      { types: 'variable', text: 'a' },
      { types: undefined, text: ' ' },
      { types: 'operator', text: '=' },
      { types: undefined, text: ' ' },
      { types: 'number', text: '1' },
      { types: 'punctuation', text: ';' },
    ],
    [],
    [{ types: 'keyword', text: 'return' }],
  ];
  assert.equal(encodeRuns(lines), 'keyword,variable,operator,number,punctuation\n0:5 :1 1:1 :1 2:1 :1 3:1 4:1\n\n0:6');
});

test('neighbouring runs of one class merge, empty text runs are dropped, lengths and indexes are base 36', () => {
  const many = Array.from({ length: 12 }, (_, index) => ({ types: `t${index}`, text: 'x' }));
  const encoded = encodeRuns([
    [
      { types: 'string', text: '"ab' },
      { types: 'string', text: 'c"' },
      { types: undefined, text: '' },
      { types: undefined, text: ' ' },
      { types: undefined, text: ' ' },
      { types: 'comment', text: 'y'.repeat(40) },
    ],
    many,
  ]);
  assert.equal(encoded, `string,comment,${many.map((run) => run.types).join(',')}\n0:5 :2 1:14\n2:1 3:1 4:1 5:1 6:1 7:1 8:1 9:1 a:1 b:1 c:1 d:1`);
  assert.equal(encodeRuns([[{ types: 'a', text: 'x' }, { types: undefined, text: '' }, { types: 'b', text: 'y' }]]), 'a,b\n0:1 1:1', 'an empty run between two others');
});

test('an interpolated value is class*index and never merges with its neighbours', () => {
  const encoded = encodeRuns([
    [
      { types: 'function', text: 'npm' },
      { types: undefined, text: ' i ' },
      { types: undefined, value: 0 },
      { types: undefined, text: ' ' },
      { types: 'string', value: 11 },
      { types: 'string', text: '!' },
    ],
  ]);
  assert.equal(encoded, 'function,string\n0:3 :3 *0 :1 1*b 1:1');
  assert.deepEqual(renderRuns('npm i @logto/next @x!', encoded, ['@logto/next', ...Array.from({ length: 10 }, () => ''), '@x']), [
    '<span class="token function">npm</span> i @logto/next <span class="token string">@x</span><span class="token string">!</span>',
  ]);
  assert.deepEqual(renderRuns('npm i  !', encoded, []), ['<span class="token function">npm</span> i  <span class="token string"></span><span class="token string">!</span>'], 'a missing value is empty');
});

test('render gives each line its spans, escapes the text, and round-trips what was encoded', () => {
  const code = 'if (a < b && c > d) {\n  return "x";\n}';
  const lines: Run[][] = [
    [
      { types: 'keyword', text: 'if' },
      { types: undefined, text: ' ' },
      { types: 'punctuation', text: '(' },
      { types: undefined, text: 'a ' },
      { types: 'operator', text: '<' },
      { types: undefined, text: ' b ' },
      { types: 'operator', text: '&&' },
      { types: undefined, text: ' c ' },
      { types: 'operator', text: '>' },
      { types: undefined, text: ' d' },
      { types: 'punctuation', text: ')' },
      { types: undefined, text: ' ' },
      { types: 'punctuation', text: '{' },
    ],
    [
      { types: undefined, text: '  ' },
      { types: 'keyword', text: 'return' },
      { types: undefined, text: ' ' },
      { types: 'string', text: '"x"' },
      { types: 'punctuation', text: ';' },
    ],
    [{ types: 'punctuation', text: '}' }],
  ];
  assert.deepEqual(renderRuns(code, encodeRuns(lines)), [
    '<span class="token keyword">if</span> <span class="token punctuation">(</span>a <span class="token operator">&lt;</span> b <span class="token operator">&amp;&amp;</span> c <span class="token operator">&gt;</span> d<span class="token punctuation">)</span> <span class="token punctuation">{</span>',
    '  <span class="token keyword">return</span> <span class="token string">"x"</span><span class="token punctuation">;</span>',
    '<span class="token punctuation">}</span>',
  ]);
  assert.deepEqual(renderRuns('', '\n'), [''], 'an empty block is one empty line');
  assert.deepEqual(renderRuns('plain', '\n:5'), ['plain'], 'no classes at all');
});

test('encodings that do not fit the code are refused', () => {
  assert.equal(renderRuns('one\ntwo', 'keyword\n0:3'), undefined, 'fewer lines than the code');
  assert.equal(renderRuns('one', 'keyword\n0:3\n0:3'), undefined, 'more lines than the code');
  assert.equal(renderRuns('one', 'keyword\n0:2'), undefined, 'runs shorter than the line');
  assert.equal(renderRuns('one', 'keyword\n0:4'), undefined, 'runs longer than the line');
  assert.equal(renderRuns('one', 'keyword\n0-3'), undefined, 'not a run');
  assert.equal(renderRuns('one', 'keyword\n!0:3'), undefined, 'junk before a run');
  assert.equal(renderRuns('one', 'keyword\n0:3x!'), undefined, 'junk after a run');
  assert.equal(renderRuns('one', 'keyword\n0:3!'), undefined, 'junk after a run that fits');
  assert.equal(renderRuns('one', 'keyword\n0:'), undefined, 'a run without a length');
  assert.deepEqual(renderRuns('one', 'keyword\n0:3  '), ['<span class="token keyword">one</span>'], 'extra spaces between runs are nothing');
  assert.deepEqual(renderRuns('abc', 'keyword\n5:3'), ['abc'], 'an unknown class index is plain text');
  assert.deepEqual(renderRuns('abc', '\n0:3'), ['abc'], 'no classes at all: every run is plain text');
  assert.deepEqual(renderRuns('y'.repeat(40), 'comment\n0:14'), [`<span class="token comment">${'y'.repeat(40)}</span>`], 'a length of two base-36 digits');
  assert.deepEqual(renderRuns('', 'keyword\n0*0'), ['<span class="token keyword"></span>'], 'no values given: a value is empty');
});

test('plain lines are the code split at newlines and escaped', () => {
  assert.deepEqual(plainLines('a < b\n\n<x> & y'), ['a &lt; b', '', '&lt;x&gt; &amp; y']);
});
