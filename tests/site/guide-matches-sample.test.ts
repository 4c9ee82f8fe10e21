/**
 * The guide shows the sample's files. Where a code block is the whole file
 * (same title, not a variant of it for one step of the guide), it must equal
 * the sample's file byte for byte, so the reader copies what the tests ran.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './built-site';
import { composedFragments, parseMdx } from './mdx-source';

const sampleDir = path.join(repoRoot, 'samples/next-app-router');
const guideSource = 'docs/quick-starts/next-app-router/index.mdx';
// Files the guide shows in full. Others (app/logto.ts, app/page.tsx) appear
// in simplified variants for single steps and are type-checked instead.
const shownInFull = [
  'app/callback/route.ts',
  'app/sign-in.tsx',
  'app/sign-out.tsx',
  'app/profile/page.tsx',
  'app/products/actions.ts',
  'app/products/load-products.tsx',
  'app/api/products/route.ts',
  'app/api/organization-token/route.ts',
  'lib/redis-session.ts',
];

interface CodeNode {
  type: string;
  meta?: string | null;
  value?: string;
  children?: CodeNode[];
}

function blocksByTitle(): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const walk = (node: CodeNode) => {
    if (node.type === 'code') {
      const title = /title="([^"]+)"/.exec(node.meta ?? '')?.[1];
      if (title) blocks.set(title, [...(blocks.get(title) ?? []), node.value ?? '']);
    }
    node.children?.forEach(walk);
  };
  for (const file of [guideSource, ...composedFragments('en', guideSource)]) {
    walk(parseMdx(path.join(repoRoot, file)) as CodeNode);
  }
  return blocks;
}

test('code blocks that show a whole sample file equal that file', () => {
  const blocks = blocksByTitle();
  for (const title of shownInFull) {
    const shown = blocks.get(title);
    assert.ok(shown, `the guide no longer shows ${title}; update the list in this test`);
    const actual = readFileSync(path.join(sampleDir, title), 'utf8').trimEnd();
    for (const block of shown) {
      assert.equal(block.trimEnd(), actual, `the guide's ${title} differs from samples/next-app-router/${title}`);
    }
  }
});
