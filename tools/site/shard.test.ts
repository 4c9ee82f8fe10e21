// `--shard i/n` of check:snippets and check:links: the split is stable and keeps fragments with their pages,
// and on the real docs (with mistakes planted in pages, shared fragments and translations) and on a generated
// tree, the problems of the shards together are exactly those of the unsharded run, each found by one shard.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { copySources, generateScaleSite } from '../bench/scale/generate.ts';
import { layoutFor } from './layout.ts';
import { assignShards, parseShard } from './shard.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const layout = layoutFor('en', ['en', 'zh-CN']);

describe('parseShard', () => {
  test('takes i/n and refuses what is not a shard, saying what to write', () => {
    assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', undefined]) {
      assert.throws(() => parseShard(bad), /write --shard i\/n with 1 <= i <= n/, String(bad));
    }
  });
});

describe('assignShards', () => {
  const pages = Array.from({ length: 40 }, (_, i) => `docs/guide-${i}.mdx`);
  const translated = pages.map((page) => page.replace('docs/', 'i18n/zh-CN/docusaurus-plugin-content-docs/current/'));
  const shared = 'fragments/_shared.mdx';
  const composedBy = (file: string): string[] => (file === shared || file === 'i18n/zh-CN/fragments/_shared.mdx' ? [pages[7]!, pages[3]!, translated[3]!] : [file]);
  const isPage = (file: string): boolean => !file.includes('/_');
  const all = [...pages, ...translated, shared, 'i18n/zh-CN/fragments/_shared.mdx'];

  test('a translation is in the shard of its English page; a fragment in that of its first importing page', () => {
    const shards = assignShards(layout, all, composedBy, isPage, 4);
    pages.forEach((page, i) => assert.equal(shards.get(translated[i]!), shards.get(page)));
    assert.equal(shards.get(shared), shards.get(pages[3]!), 'guide-3 comes before guide-7 in path order');
    assert.equal(shards.get('i18n/zh-CN/fragments/_shared.mdx'), shards.get(shared));
    assert.equal(new Set(shards.values()).size, 4, 'forty pages fill four shards');
  });

  test('adding or removing pages moves no other file', () => {
    const before = assignShards(layout, all, composedBy, isPage, 4);
    const after = assignShards(layout, [...all.filter((file) => file !== pages[20]), 'docs/new-page.mdx'], composedBy, isPage, 4);
    for (const file of all) if (file !== pages[20]) assert.equal(after.get(file), before.get(file), file);
  });
});

interface Found {
  file: string;
  line: number;
  code: string;
  message: string;
}

function runCheck(tool: 'snippets' | 'links', dir: string, extra: string[]): { errors: Found[]; blocks?: number } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, `tools/${tool}/cli.ts`), '--root', dir, '--json', '--no-cache', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '', DOCS_CHECKS_CACHE_DIR: path.join(dir, '.checks-cache') },
  });
  assert.ok(result.status === 0 || result.status === 1, `check:${tool} ${extra.join(' ')} exited ${result.status}: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { errors: Found[]; stats: { blocks?: number } };
  return { errors: parsed.errors.map(({ file, line, code, message }) => ({ file, line, code, message })), blocks: parsed.stats.blocks };
}

const key = (found: Found): string => `${found.file}:${found.line} ${found.code} ${found.message}`;

/** The unsharded run against shards 1..n: same problems, each in one shard, and (for snippets) every block checked once. */
function assertUnion(tool: 'snippets' | 'links', dir: string, extra: string[], count: number): Found[] {
  const full = runCheck(tool, dir, extra);
  const shards = Array.from({ length: count }, (_, i) => runCheck(tool, dir, [...extra, '--shard', `${i + 1}/${count}`]));
  const union = shards.flatMap((shard) => shard.errors.map(key));
  assert.deepEqual([...union].sort(), full.errors.map(key).sort(), `check:${tool}: the shards together report what the full run reports`);
  assert.equal(new Set(union).size, union.length, `check:${tool}: no problem is reported by two shards`);
  if (tool === 'snippets') {
    assert.equal(shards.reduce((sum, shard) => sum + shard.blocks!, 0), full.blocks, 'every code block is checked by exactly one shard');
    for (const shard of shards) assert.ok(shard.blocks! > 0 && shard.blocks! < full.blocks!, `a shard checks part of the blocks (${shard.blocks} of ${full.blocks})`);
  }
  return full.errors;
}

const brokenBlock = "\n\n```ts\nconst port: number = 'three thousand';\n```\n";

describe('the real docs with planted mistakes', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'shard-real-'));
    copySources(dir);
    // A shared fragment, a guide-local fragment, an English page and a zh-CN page, each with a wrong block and a broken link.
    for (const file of ['fragments/_further-readings.md', 'docs/quick-starts/next-app-router/_guide-tip.mdx', 'docs/authorization/api-resources.mdx', 'i18n/zh-CN/docusaurus-plugin-content-docs/current/organizations/index.mdx']) {
      appendFileSync(path.join(dir, file), `${file.endsWith('.md') ? '' : brokenBlock}\n\nSee [the missing page](/no-such-page) and [a missing section](/quick-starts/next#no-such-section).\n`);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('check:links: the union of 3 shards is the full run', () => {
    const errors = assertUnion('links', dir, [], 3);
    assert.ok(errors.filter((error) => error.code === 'broken-link').length >= 4, `planted broken links found: ${errors.map(key).join('\n')}`);
  });

  test('check:snippets: the union of 2 shards is the full run', () => {
    const errors = assertUnion('snippets', dir, [], 2);
    assert.ok(errors.some((error) => error.file === 'docs/quick-starts/next-app-router/_guide-tip.mdx'), 'the fragment mistake is found');
    assert.ok(errors.some((error) => error.file === 'docs/authorization/api-resources.mdx'), 'the page mistake is found');
  });
});

describe('a generated tree (40 pages per locale, three locales)', () => {
  let dir: string;
  let config: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'shard-generated-'));
    const site = generateScaleSite(dir, { pagesPerLocale: 40 });
    config = site.snippetsConfig;
    // The shared fragment every copy of the App Router guide imports gets a wrong block.
    appendFileSync(path.join(dir, 'docs/quick-starts/next-app-router/_guide-tip.mdx'), brokenBlock);
    appendFileSync(path.join(dir, 'docs/scale-s01/api-resources-0003.mdx'), '\n\nSee [the missing page](/no-such-page).\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('check:links: the union of 4 shards is the full run', () => {
    assert.ok(assertUnion('links', dir, [], 4).length > 0);
  });

  test('check:snippets: the union of 2 shards is the full run', () => {
    assert.ok(assertUnion('snippets', dir, ['--config', config], 2).length > 0);
  });
});
