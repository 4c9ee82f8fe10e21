import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Code, Root } from 'mdast';
import remarkHiddenLines from './hidden-lines.ts';

function run(markdown: string): Code[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHiddenLines);
  const tree = processor.runSync(processor.parse(markdown), new VFile({ path: 'docs/page.mdx', value: markdown })) as Root;
  const blocks: Code[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'code') blocks.push(node as unknown as Code);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return blocks;
}

const fence = '```';

test('hidden lines are removed from the code readers see and copy', () => {
  const [block] = run(`${fence}ts title="app/page.tsx" hidden="1-2"\nimport a from 'a';\nimport b from 'b';\nexport const c = a + b;\n${fence}\n`);
  assert.equal(block?.value, 'export const c = a + b;');
  assert.equal(block?.meta, 'title="app/page.tsx"');
});

test('hidden lines inside JSX and lists are removed too', () => {
  const [inList, inJsx] = run(
    `1. Step\n\n   ${fence}ts hidden="1"\n   const setup = 1;\n   console.log(setup);\n   ${fence}\n\n<div>\n\n${fence}tsx hidden="2"\nconst shown = 1;\nconst hidden = 2;\n${fence}\n\n</div>\n`,
  );
  assert.equal(inList?.value, 'console.log(setup);');
  assert.equal(inJsx?.value, 'const shown = 1;');
});

test('the checker keys are stripped from the meta; other keys stay', () => {
  const [block] = run(`${fence}ts title="a.ts" expect-error="TS2345" showLineNumbers skip="why"\nx;\n${fence}\n`);
  assert.equal(block?.meta, 'title="a.ts" showLineNumbers');
  const [bare] = run(`${fence}ts skip="only a shape"\nx;\n${fence}\n`);
  assert.equal(bare?.meta, null);
});

test('highlight ranges written against the source are renumbered for the shown lines', () => {
  const [block] = run(`${fence}ts hidden="1-2" {1,3-4}\nhidden1;\nhidden2;\nshown1;\nshown2;\n${fence}\n`);
  assert.equal(block?.value, 'shown1;\nshown2;');
  assert.equal(block?.meta, '{1,2}');
});

test('a bad hidden range stops the build with the file and line', () => {
  assert.throws(() => run(`# Title\n\n${fence}ts hidden="2-9"\nx;\n${fence}\n`), (error: Error & { line?: number; file?: string }) => {
    assert.match(error.message, /the block has 1 line/);
    assert.equal(error.line, 3);
    return true;
  });
});

test('a fence without annotations keeps its meta exactly as written', () => {
  const [block] = run(`${fence}ts title="a.ts"   showLineNumbers {2}\nx;\ny;\n${fence}\n`);
  assert.equal(block?.meta, 'title="a.ts"   showLineNumbers {2}');
  assert.equal(block?.value, 'x;\ny;');
});

test('every bad hidden= stops the build (no line numbers, not a range, given twice) with the rule hidden-lines', () => {
  for (const meta of ['hidden=""', 'hidden="one"', 'hidden="1" hidden="1"']) {
    assert.throws(
      () => run(`${fence}ts ${meta}\nx;\ny;\n${fence}\n`),
      (error: Error & { ruleId?: string }) => {
        assert.match(error.message, /hidden/, meta);
        assert.match(error.message, /\(see tools\/snippets\/README\.md\)$/, meta);
        assert.equal(error.ruleId, 'hidden-lines', meta);
        return true;
      },
      meta,
    );
  }
});

test('other annotation problems do not stop the build (check:snippets reports them), and blocks without meta pass', () => {
  const [badCode, plain] = run(`${fence}ts expect-error="oops"\nx;\n${fence}\n\n${fence}ts\nconst a = 1;\n${fence}\n`);
  assert.equal(badCode?.meta, null);
  assert.equal(plain?.value, 'const a = 1;');
  assert.equal(plain?.meta, null);
});

test('a highlight range on hidden lines only disappears; ranges and keys stay as written when nothing is hidden', () => {
  const [allHidden] = run(`${fence}ts hidden="1" {1} title="a.ts"\nhidden;\nshown;\n${fence}\n`);
  assert.equal(allHidden?.meta, 'title="a.ts"');
  const [noneHidden] = run(`${fence}ts skip="a shape" {1,3-4} a2b\na;\nb;\nc;\nd;\n${fence}\n`);
  assert.equal(noneHidden?.meta, '{1,3-4} a2b');
  const [keysKept] = run(`${fence}ts hidden="1" a2b {2}\nhidden;\nshown;\n${fence}\n`);
  assert.equal(keysKept?.meta, 'a2b {1}');
});

test('an excerpt leaves the meta but stays known to later steps, with what it shows; other blocks carry no such mark', () => {
  const [named, bare, whole] = run(
    `${fence}ts title="a.ts" excerpt="the handler"\nx;\n${fence}\n\n${fence}ts title="a.ts" excerpt\ny;\n${fence}\n\n${fence}ts title="a.ts" skip="shape"\nz;\n${fence}\n`,
  );
  assert.equal(named?.meta, 'title="a.ts"');
  assert.equal((named?.data as { excerpt?: string } | undefined)?.excerpt, 'the handler');
  assert.equal((bare?.data as { excerpt?: string } | undefined)?.excerpt, '');
  assert.equal((whole?.data as { excerpt?: string } | undefined)?.excerpt, undefined);
});
