/**
 * `--shard i/n` for the docs checkers (check:snippets, check:links): which
 * files shard i of n checks, so CI can split a check across n runners.
 *
 * The split is by file and stable: a page goes to the shard its path hashes
 * to (the same in every locale, so a translation is checked with its
 * English page), and adding or removing other pages moves nothing else. A
 * fragment goes with its importing pages: to the shard of the first page,
 * in path order, that composes it (so it is checked once, beside a page
 * that shows it); a fragment no page composes goes by its own path. Which
 * pages compose a file is the site model's import graph (ImportGraph in
 * model.ts). Every
 * file is in exactly one shard, so the problems of the n shards together are
 * the problems of the unsharded run.
 */
import { createHash } from 'node:crypto';
import type { SiteLayout } from './layout.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardArgumentError extends Error {}

/** Parses `i/n` (1 ≤ i ≤ n); the error says what to write instead. */
export function parseShard(text: string | undefined): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new ShardArgumentError(`--shard ${text ?? ''}: write --shard i/n with 1 <= i <= n, e.g. --shard 1/4 for the first of four shards`);
  }
  return { index, count };
}

/**
 * The same file in every locale: `docs:<path>` or `fragments:<path>`
 * relative to the locale's folder; a file outside the locale folders is its
 * own group.
 */
export function groupOf(layout: SiteLayout, file: string): string {
  for (const folders of Object.values(layout.locales)) {
    for (const [area, dir] of [['docs', folders.docs], ['fragments', folders.fragments]] as const) {
      if (file.startsWith(`${dir}/`)) return `${area}:${file.slice(dir.length + 1)}`;
    }
  }
  return `file:${file}`;
}

function hashShard(group: string, count: number): number {
  // The first 6 bytes of a sha256 as a number: the same on every machine and Node version.
  return (createHash('sha256').update(group).digest().readUIntBE(0, 6) % count) + 1;
}

/**
 * The shard (1-based) of every file. `composedBy` maps each file to the page
 * files that compose it (a page composes itself); `isPage` says which files
 * are pages.
 */
export function assignShards(layout: SiteLayout, files: Iterable<string>, composedBy: (file: string) => Iterable<string>, isPage: (file: string) => boolean, count: number): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const group = groupOf(layout, file);
    groups.set(group, [...(groups.get(group) ?? []), file]);
  }
  const shardOfGroup = new Map<string, number>();
  for (const [group, members] of groups) {
    if (members.some(isPage)) {
      shardOfGroup.set(group, hashShard(group, count));
      continue;
    }
    const pageGroups = members.flatMap((member) => [...composedBy(member)].filter(isPage).map((page) => groupOf(layout, page))).sort();
    shardOfGroup.set(group, hashShard(pageGroups[0] ?? group, count));
  }
  const shards = new Map<string, number>();
  for (const [group, members] of groups) for (const member of members) shards.set(member, shardOfGroup.get(group)!);
  return shards;
}

/** The files of one shard. */
export function filesOfShard(shards: Map<string, number>, shard: Shard): Set<string> {
  return new Set([...shards].filter(([, index]) => index === shard.index).map(([file]) => file));
}

/**
 * For a checker that reads every file anyway (check:links needs every page's
 * headings to check anchors): whether a problem in `file` belongs to the
 * shard. `composedInto` maps each file to the pages composing it; a file the
 * map does not know goes by its own path.
 */
export function inShard(layout: SiteLayout, files: string[], composedInto: Map<string, Set<string>>, shard: Shard): (file: string) => boolean {
  const all = new Set([...files, ...composedInto.keys()]);
  const isPage = (file: string): boolean => composedInto.get(file)?.has(file) === true;
  const shards = assignShards(layout, all, (file) => composedInto.get(file) ?? [], isPage, shard.count);
  return (file) => (shards.get(file) ?? hashShard(groupOf(layout, file), shard.count)) === shard.index;
}

/** `--shard <text>` for a CLI: the shard, or `fail` with the reason (the CLI's usage error, exit code 2). */
export function shardOption(text: string | undefined, fail: (message: string) => never): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    return fail((error as Error).message);
  }
}
