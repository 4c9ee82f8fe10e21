/**
 * Import lists keyed by a hash of the file's text, kept between runs in
 * node_modules/.cache. Parsing is the only slow part of a status run (about a
 * millisecond of fixed cost per file in remark), and most files do not change
 * between runs; a changed file has a new hash, so an entry is never stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportFact } from './parse.ts';

/** Bump when ImportFact or the parsing changes meaning. */
const VERSION = 1;
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

  static keyOf(text: string): string {
    return createHash('sha1').update(text).digest('base64');
  }

  has(text: string): boolean {
    return this.entries.has(ImportCache.keyOf(text));
  }

  get(text: string, compute: () => ImportFact[]): ImportFact[] {
    const key = ImportCache.keyOf(text);
    let facts = this.entries.get(key);
    if (!facts) {
      facts = compute();
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
