/**
 * Finds every Markdown/MDX file of each locale, tells pages from fragments the
 * way Docusaurus does, and works out which samples each file's code blocks are
 * checked against: a page gets the sample of its guide (samples.config.ts), a
 * fragment gets the samples of every page that imports it, transitively.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SnippetsConfig } from './samples.config.ts';
import { parseMarkdownFile, type ParsedFile } from './extract.ts';
import { isRoute, listMarkdown, resolveImport, type SiteLayout } from '../site/layout.ts';
import { ImportGraph } from '../site/model.ts';
import { assignShards, filesOfShard, type Shard } from '../site/shard.ts';

export { resolveImport };

export interface SourceFile extends ParsedFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  locale: string;
  /** `docs` (pages and guide-local fragments) or `fragments` (shared). */
  area: 'docs' | 'fragments';
  /** Relative to the locale's docs or fragments folder; the same in every locale. */
  localPath: string;
  isPage: boolean;
  text: string;
}

export interface Discovery {
  files: Map<string, SourceFile>;
  /** Repository-relative sample folders for each file; missing when no guide reaches it. */
  samplesOf: Map<string, Set<string>>;
  /** Imports of Markdown files that lead nowhere, as `file: specifier`. */
  unresolvedImports: string[];
  /** The import graph of these files (the site model's walk), each file's imports resolved for the locale of the page being built. */
  graph: ImportGraph;
}

export function discover(root: string, config: SnippetsConfig): Discovery {
  const files = new Map<string, SourceFile>();
  for (const [locale, folders] of Object.entries(config.locales)) {
    for (const area of ['docs', 'fragments'] as const) {
      const base = folders[area];
      for (const localPath of listMarkdown(path.join(root, base))) {
        const repoPath = `${base}/${localPath}`;
        const text = readFileSync(path.join(root, repoPath), 'utf8');
        files.set(repoPath, {
          ...parseMarkdownFile(repoPath, text),
          path: repoPath,
          locale,
          area,
          localPath,
          isPage: area === 'docs' && isRoute(localPath),
          text,
        });
      }
    }
  }

  const unresolvedImports: string[] = [];
  const graph = new ImportGraph((importer, locale) => {
    const targets: string[] = [];
    for (const specifier of files.get(importer)?.imports ?? []) {
      const target = resolveImport(root, config, locale, importer, specifier);
      if (target === null) continue;
      if (target === undefined) {
        const note = `${importer}: ${specifier}`;
        if (!unresolvedImports.includes(note)) unresolvedImports.push(note);
        continue;
      }
      if (!files.has(target)) {
        // A Markdown file outside the scanned folders still gets checked.
        const text = readFileSync(path.join(root, target), 'utf8');
        files.set(target, { ...parseMarkdownFile(target, text), path: target, locale, area: 'fragments', localPath: target, isPage: false, text });
      }
      targets.push(target);
    }
    return targets;
  });

  // A file gets the samples of every guide page whose build (in the page's locale) composes it. Every page is
  // walked, so the files found outside the scanned folders do not depend on which pages have a sample.
  const samplesOf = new Map<string, Set<string>>();
  for (const page of [...files.values()]) {
    if (!page.isPage) continue;
    const composed = [page.path, ...graph.composed(page.path, page.locale).keys()];
    const samples = config.guides.filter((guide) => guide.pages.some((glob) => globToRegExp(glob).test(page.localPath))).map((guide) => guide.sample);
    if (samples.length === 0) continue;
    for (const file of composed) {
      const set = samplesOf.get(file) ?? new Set<string>();
      for (const sample of samples) set.add(sample);
      samplesOf.set(file, set);
    }
  }
  return { files, samplesOf, unresolvedImports, graph };
}

export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') pattern += '[^/]*';
    else if (ch === '?') pattern += '[^/]';
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * The files `--files` selects: the named ones and every file that imports them
 * (transitively, so the pages that show a fragment are checked with it). The
 * imports are the graph discover() walked, as each page's build resolves them,
 * so nothing is resolved again.
 */
export function selectWithImporters(discovery: Discovery, named: string[]): Set<string> {
  const importers = new Map<string, Set<string>>();
  for (const page of discovery.files.values()) {
    if (!page.isPage) continue;
    for (const file of [page.path, ...discovery.graph.composed(page.path, page.locale).keys()]) {
      for (const child of discovery.graph.direct(file, page.locale)) {
        const set = importers.get(child) ?? new Set<string>();
        set.add(file);
        importers.set(child, set);
      }
    }
  }
  const selected = new Set<string>();
  const stack = [...named];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (selected.has(current)) continue;
    selected.add(current);
    stack.push(...(importers.get(current) ?? []));
  }
  return selected;
}

/** The files shard `shard` checks (see tools/site/shard.ts): pages by path, fragments with their first importing page. */
export function selectShard(discovery: Discovery, shard: Shard, layout: SiteLayout): Set<string> {
  const pages = [...discovery.files.values()].filter((file) => file.isPage).map((file) => ({ key: file.path, locale: file.locale }));
  const composedBy = discovery.graph.composingPages(pages);
  const isPage = (file: string): boolean => discovery.files.get(file)?.isPage === true;
  return filesOfShard(assignShards(layout, discovery.files.keys(), (file) => composedBy.get(file) ?? [], isPage, shard.count), shard);
}
