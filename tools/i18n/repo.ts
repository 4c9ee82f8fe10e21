/**
 * A snapshot of the files the translation tools look at: English sources with
 * their hashes, each locale's translated files, and the MDX import graph as
 * each locale's build would resolve it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashSource } from './hash.ts';
import {
  SOURCE_LOCALE,
  discoverLocales,
  fromKey,
  isMarkdown,
  isPage,
  listMarkdown,
  localeOfKey,
  sourceDirs,
  sourceKeyFor,
  translatedDirs,
  translatedKeyFor,
} from './layout.ts';
import { ImportCache } from './import-cache.ts';
import type { ImportFact, readImportSources } from './parse.ts';

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

export class Repo {
  readonly root: string;
  readonly locales: string[];
  /** English Markdown files under docs/ and fragments/. */
  readonly sources: string[];
  /** Locale → its translated Markdown files. */
  readonly translated = new Map<string, string[]>();
  private readonly existing = new Set<string>();
  private readonly hashes = new Map<string, string>();
  private readonly imports = new Map<string, ImportFact[]>();
  private readonly texts = new Map<string, string>();
  private readonly cache: ImportCache;
  private parser: typeof readImportSources | undefined;

  /** Opens a repo snapshot ready to read imports (see `ready`). */
  static async open(root: string, locales?: string[], cacheFile?: string): Promise<Repo> {
    return new Repo(root, locales, cacheFile).ready();
  }

  /** `cacheFile`: where parsed import lists persist between runs (undefined: not persisted). */
  constructor(root: string, locales?: string[], cacheFile?: string) {
    this.root = path.resolve(root);
    this.cache = new ImportCache(cacheFile);
    this.locales = locales ?? discoverLocales(this.root);
    this.sources = listMarkdown(this.root, sourceDirs());
    for (const key of this.sources) this.existing.add(key);
    for (const locale of this.locales) {
      const keys = listMarkdown(this.root, translatedDirs(locale));
      this.translated.set(locale, keys);
      for (const key of keys) this.existing.add(key);
    }
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

  pages(): string[] {
    return this.sources.filter(isPage);
  }

  /** The file a locale's build renders for an English page: its translation, else the English file. */
  rendered(sourceKey: string, locale: string): string {
    if (locale === SOURCE_LOCALE) return sourceKey;
    const translated = translatedKeyFor(sourceKey, locale);
    return this.has(translated) ? translated : sourceKey;
  }

  /** English key of any file (itself for English files). */
  sourceOf(key: string): string | undefined {
    const locale = localeOfKey(key);
    return locale ? sourceKeyFor(key, locale) : key;
  }

  private importFacts(key: string): ImportFact[] {
    let facts = this.imports.get(key);
    if (!facts) {
      const text = this.text(key);
      const parse = this.parser;
      facts = this.cache.get(text, () => {
        if (!parse) throw new Error(`internal: await Repo.ready() before reading the imports of ${key}`);
        return parse(text, key);
      });
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
      if (!this.parser && !this.cache.has(text)) this.parser = (await import('./parse.ts')).readImportSources;
      this.importFacts(key);
    }
    return this;
  }

  /** Persists newly parsed import lists for the next run. */
  saveCache(): void {
    this.cache.save();
  }

  /**
   * Where an import specifier points, the way the site's bundler resolves it:
   * relative paths from the importing file, `@site/` from the repo root, and
   * `@fragments/` to the locale's copy when it exists, else the English one.
   * Returns undefined for imports that are not local Markdown (components, packages).
   */
  resolve(importer: string, specifier: string, locale: string): { key: string } | { missing: string } | undefined {
    let candidate: string;
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      candidate = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
    } else if (specifier.startsWith('@site/')) {
      candidate = path.posix.normalize(specifier.slice('@site/'.length));
    } else if (specifier.startsWith('@fragments/')) {
      const rest = specifier.slice('@fragments/'.length);
      const localized = `i18n/${locale}/fragments/${rest}`;
      candidate = locale !== SOURCE_LOCALE && this.has(localized) ? localized : `fragments/${rest}`;
    } else {
      return undefined;
    }
    if (!isMarkdown(candidate)) {
      // Extensionless Markdown imports resolve like the bundler's extension list.
      const withExtension = ['.mdx', '.md'].map((ext) => candidate + ext).find((key) => this.has(key));
      return withExtension ? { key: withExtension } : undefined;
    }
    return this.has(candidate) ? { key: candidate } : { missing: candidate };
  }

  /** Direct Markdown imports of a file as built for a locale, and the ones that do not resolve. */
  directImports(key: string, locale: string): { resolved: ResolvedImport[]; broken: BrokenImport[] } {
    const resolved: ResolvedImport[] = [];
    const broken: BrokenImport[] = [];
    for (const fact of this.importFacts(key)) {
      const target = this.resolve(key, fact.source, locale);
      if (!target) continue;
      if ('key' in target) resolved.push({ key: target.key, line: fact.line, specifier: fact.source });
      else broken.push({ importer: key, line: fact.line, specifier: fact.source, expected: target.missing });
    }
    return { resolved, broken };
  }

  /**
   * Every Markdown file a file composes, directly or through nested imports,
   * each with the import chain that reaches it (outermost first).
   */
  composed(key: string, locale: string): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const visit = (current: string, chain: string[]): void => {
      for (const child of this.directImports(current, locale).resolved) {
        if (found.has(child.key) || child.key === key) continue;
        found.set(child.key, chain);
        visit(child.key, [...chain, child.key]);
      }
    };
    visit(key, []);
    return found;
  }
}
