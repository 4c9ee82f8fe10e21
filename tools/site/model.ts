/**
 * The site model: a snapshot of the site's Markdown as every locale's build
 * sees it. It knows the locales and their folders (from docusaurus.config.ts,
 * see config.ts and layout.ts), every locale's pages and fragments, their
 * texts and content hashes, and the MDX import graph as each locale's build
 * resolves it: which fragments a page composes (with the English fallback of
 * `@fragments/…`), and which pages a fragment reaches. The i18n tools, the
 * translation-status plugin and the site tests read the site through it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLayout } from './config.ts';
import { hashSource } from './hash.ts';
import { ImportCache } from './import-cache.ts';
import {
  fromKey,
  importCandidates,
  isPagePath,
  listMarkdown,
  localeOfPath,
  markdownDirs,
  sourcePathOf,
  translatedLocales,
  translatedPath,
  type SiteLayout,
} from './layout.ts';
import type { ImportFact, readImportSources } from './markdown.ts';

export interface ResolvedImport {
  /** Repo-relative key of the imported Markdown file. */
  key: string;
  line: number;
  specifier: string;
}

export interface BrokenImport {
  importer: string;
  line: number;
  specifier: string;
  expected: string;
}

export interface OpenOptions {
  /** The locales to load (default: every locale of the config but the default one); a locale without a folder yet has no translated files. */
  locales?: string[];
  /** The site's layout (default: read from the folder's docusaurus.config, see loadLayout). */
  layout?: SiteLayout;
  /** Where parsed import lists persist between runs (undefined: not persisted). */
  cacheFile?: string;
}

/**
 * The MDX import graph, the one walk of it the tools share: the site model
 * (i18n status, the site tests) and the snippet checker (the samples of a
 * fragment, its `--shard`); the link checker keeps a walk of its own, which
 * follows a fragment once per import, since each import renders its ids
 * again. It is built over a function giving a file's direct Markdown imports
 * as a locale's build resolves them (SiteModel.directImports, or the snippet
 * checker's own parse of the same files); each file's imports are asked once
 * per locale.
 */
export class ImportGraph {
  private readonly memo = new Map<string, string[]>();

  constructor(private readonly directOf: (key: string, locale: string) => string[]) {}

  /** The direct Markdown imports of a file as built for a locale. */
  direct(key: string, locale: string): string[] {
    const memo = `${locale}\0${key}`;
    let found = this.memo.get(memo);
    if (found === undefined) {
      found = this.directOf(key, locale);
      this.memo.set(memo, found);
    }
    return found;
  }

  /** Every file `key` composes in `locale`'s build (not `key` itself), each with the import chain that reaches it (outermost first), depth first. */
  composed(key: string, locale: string): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const visit = (current: string, chain: string[]): void => {
      for (const child of this.direct(current, locale)) {
        if (found.has(child) || child === key) continue;
        found.set(child, chain);
        visit(child, [...chain, child]);
      }
    };
    visit(key, []);
    return found;
  }

  /** The pages composing each file, for pages each built in its locale; a page composes itself. */
  composingPages(pages: Iterable<{ key: string; locale: string }>): Map<string, Set<string>> {
    const composedBy = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const file of [page.key, ...this.composed(page.key, page.locale).keys()]) {
        const set = composedBy.get(file) ?? new Set<string>();
        set.add(page.key);
        composedBy.set(file, set);
      }
    }
    return composedBy;
  }
}

/** A `--locale` the config does not declare. */
export class UnknownLocaleError extends Error {}

export class SiteModel {
  readonly root: string;
  readonly layout: SiteLayout;
  /** The translated locales this snapshot holds. */
  readonly locales: string[];
  /** Default-locale Markdown files (pages and fragments). */
  readonly sources: string[];
  /** Locale → its translated Markdown files (empty for a locale without a folder yet). */
  readonly translated = new Map<string, string[]>();
  private readonly existing = new Set<string>();
  private readonly hashes = new Map<string, string>();
  private readonly imports = new Map<string, ImportFact[]>();
  private readonly texts = new Map<string, string>();
  /** `locale \0 key` → direct imports: a snapshot's files do not change, and status asks for the same file once per page composing it. */
  private readonly direct = new Map<string, { resolved: ResolvedImport[]; broken: BrokenImport[] }>();
  private readonly cache: ImportCache;
  /** The import graph of this snapshot, over the direct imports above. */
  readonly graph = new ImportGraph((key, locale) => this.directImports(key, locale).resolved.map((child) => child.key));
  private parser: typeof readImportSources | undefined;

  /** Opens a snapshot with its imports read (see `ready`). */
  static async open(root: string, options: OpenOptions = {}): Promise<SiteModel> {
    const layout = options.layout ?? (await loadLayout(path.resolve(root)));
    const known = translatedLocales(layout);
    const unknown = (options.locales ?? []).filter((locale) => !known.includes(locale));
    if (unknown.length > 0) {
      throw new UnknownLocaleError(
        `--locale ${unknown.join(', ')}: not a translated locale of docusaurus.config.ts (i18n.locales: ${known.join(', ') || 'none but the default'}). Add it to i18n.locales first (see TRANSLATING.md, "Start a new language").`,
      );
    }
    return new SiteModel(root, layout, options.locales ?? known, options.cacheFile).ready();
  }

  constructor(root: string, layout: SiteLayout, locales: string[], cacheFile?: string) {
    this.root = path.resolve(root);
    this.layout = layout;
    this.cache = new ImportCache(cacheFile);
    this.locales = locales;
    this.sources = this.listKeys(this.layout.defaultLocale);
    for (const key of this.sources) this.existing.add(key);
    for (const locale of this.locales) {
      const keys = this.listKeys(locale);
      this.translated.set(locale, keys);
      for (const key of keys) this.existing.add(key);
    }
  }

  private listKeys(locale: string): string[] {
    return markdownDirs(this.layout, locale)
      .flatMap((dir) => listMarkdown(fromKey(this.root, dir)).map((local) => `${dir}/${local}`))
      .sort();
  }

  get defaultLocale(): string {
    return this.layout.defaultLocale;
  }

  has(key: string): boolean {
    return this.existing.has(key);
  }

  text(key: string): string {
    let text = this.texts.get(key);
    if (text === undefined) {
      text = readFileSync(fromKey(this.root, key), 'utf8');
      this.texts.set(key, text);
    }
    return text;
  }

  sourceHash(sourceKey: string): string {
    let hash = this.hashes.get(sourceKey);
    if (hash === undefined) {
      hash = hashSource(this.text(sourceKey));
      this.hashes.set(sourceKey, hash);
    }
    return hash;
  }

  /** Whether a default-locale file is a page (has a route) rather than a fragment. */
  isPage(sourceKey: string): boolean {
    return isPagePath(this.layout, sourceKey);
  }

  pages(): string[] {
    return this.sources.filter((key) => this.isPage(key));
  }

  /** Where a locale keeps (or will keep) the translation of a default-locale file. */
  translatedKey(sourceKey: string, locale: string): string {
    return translatedPath(this.layout, sourceKey, locale);
  }

  /** The locale of a file, from the folder it is in. */
  localeOf(key: string): string | undefined {
    return localeOfPath(this.layout, key);
  }

  /** The file a locale's build renders for a default-locale page: its translation, else the default-locale file. */
  rendered(sourceKey: string, locale: string): string {
    if (locale === this.layout.defaultLocale) return sourceKey;
    const translated = this.translatedKey(sourceKey, locale);
    return this.has(translated) ? translated : sourceKey;
  }

  /** Default-locale key of any locale's file (itself for default-locale files). */
  sourceOf(key: string): string | undefined {
    return sourcePathOf(this.layout, key) ?? key;
  }

  private importFacts(key: string): ImportFact[] {
    let facts = this.imports.get(key);
    if (!facts) {
      const text = this.text(key);
      const parse = this.parser;
      facts = key.endsWith('.mdx')
        ? this.cache.get(text, () => {
            if (!parse) throw new Error(`internal: await SiteModel.ready() before reading the imports of ${key}`);
            return parse(key, text);
          })
        : [];
      this.imports.set(key, facts);
    }
    return facts;
  }

  /**
   * Reads every file's imports up front: from the cache when its text was seen
   * before, else by parsing. The MDX parser is loaded only on a cache miss,
   * since the remark stack is a large share of a warm run's start-up.
   */
  async ready(): Promise<this> {
    for (const key of [...this.sources, ...[...this.translated.values()].flat()]) {
      if (this.imports.has(key)) continue;
      const text = this.text(key);
      if (!this.parser && key.endsWith('.mdx') && !this.cache.has(text)) this.parser = (await import('./markdown.ts')).readImportSources;
      this.importFacts(key);
    }
    return this;
  }

  /** Persists newly parsed import lists for the next run. */
  saveCache(): void {
    this.cache.save();
  }

  /**
   * Where an import specifier points, the way the site's bundler resolves it
   * (layout.ts): relative paths, `@site/`, and `@fragments/` to the locale's
   * copy when it exists, else the default locale's. Undefined for imports
   * that are not local Markdown (components, packages).
   */
  resolve(importer: string, specifier: string, locale: string): { key: string } | { missing: string } | undefined {
    const found = importCandidates(this.layout, locale, importer, specifier);
    if (found === null) return undefined;
    const hit = found.candidates.find((key) => this.has(key));
    if (hit !== undefined) return { key: hit };
    return found.hasExtension ? { missing: found.candidates[found.candidates.length - 1]! } : undefined;
  }

  /** Direct Markdown imports of a file as built for a locale, and the ones that do not resolve. */
  directImports(key: string, locale: string): { resolved: ResolvedImport[]; broken: BrokenImport[] } {
    const memo = `${locale}\0${key}`;
    const known = this.direct.get(memo);
    if (known) return known;
    const resolved: ResolvedImport[] = [];
    const broken: BrokenImport[] = [];
    for (const fact of this.importFacts(key)) {
      const target = this.resolve(key, fact.source, locale);
      if (!target) continue;
      if ('key' in target) resolved.push({ key: target.key, line: fact.line, specifier: fact.source });
      else broken.push({ importer: key, line: fact.line, specifier: fact.source, expected: target.missing });
    }
    this.direct.set(memo, { resolved, broken });
    return { resolved, broken };
  }

  /**
   * Every Markdown file a file composes, directly or through nested imports,
   * each with the import chain that reaches it (outermost first).
   */
  composed(key: string, locale: string): Map<string, string[]> {
    return this.graph.composed(key, locale);
  }

  /** The pages (default-locale paths) whose build in `locale` composes `key`. */
  pagesReaching(key: string, locale: string): string[] {
    return this.pages().filter((page) => this.composed(this.rendered(page, locale), locale).has(key));
  }
}
