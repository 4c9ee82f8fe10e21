/**
 * Import lists keyed by a hash of the file's ESM prefix, kept between runs in
 * node_modules/.cache. Parsing is the slow part of a status run (a millisecond
 * or more per file in remark); most files do not change between runs, and a
 * translation usually shares its English file's prefix. A changed prefix has
 * a new hash, so an entry is never stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { esmPrefix } from './esm-prefix.ts';
import type { ImportFact } from './markdown.ts';

/** Bump when ImportFact or the parsing changes meaning. */
const VERSION = 3;
const MAX_ENTRIES = 100_000;

export class ImportCache {
  private readonly file: string | undefined;
  private entries = new Map<string, ImportFact[]>();
  private dirty = false;

  /** `file` undefined disables persistence (the cache then lives for one run). */
  constructor(file: string | undefined) {
    this.file = file;
    if (!file || !existsSync(file)) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, ImportFact[]> };
      if (data.version === VERSION && data.entries) this.entries = new Map(Object.entries(data.entries));
    } catch {
      // A damaged cache is only a slower run: start empty and overwrite it.
    }
  }

  /** Cache key for a file: its ESM prefix, or undefined when it has no imports at all. */
  static keyOf(text: string): string | undefined {
    const prefix = esmPrefix(text);
    return prefix === undefined ? undefined : createHash('sha1').update(prefix).digest('base64');
  }

  /** Whether the file's imports are known without parsing. */
  has(text: string): boolean {
    const key = ImportCache.keyOf(text);
    return key === undefined || this.entries.has(key);
  }

  get(text: string, compute: () => { facts: ImportFact[]; cacheable: boolean }): ImportFact[] {
    const key = ImportCache.keyOf(text);
    if (key === undefined) return [];
    const cached = this.entries.get(key);
    if (cached) return cached;
    const { facts, cacheable } = compute();
    if (cacheable) {
      this.entries.set(key, facts);
      this.dirty = true;
    }
    return facts;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    if (this.entries.size > MAX_ENTRIES) this.entries = new Map([...this.entries].slice(-MAX_ENTRIES / 2));
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename, so a concurrent run never reads half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }));
    renameSync(temporary, this.file);
    this.dirty = false;
  }
}
