/**
 * Content-hash caches for the docs checkers. A run's key is the sha256 of
 * every input's path and bytes (the pages, their fragments, the sample files,
 * the config, the tool's own source as its version, and the arguments); a
 * second run with the same key prints the stored result without parsing or
 * type-checking anything. Stored in node_modules/.cache/docs-checks/ (or
 * $DOCS_CHECKS_CACHE_DIR), one file per tool; `--no-cache` skips it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Repository-relative files under `dirs` whose path passes `keep`; node_modules, build output and dot folders are skipped. */
export function collectFiles(root: string, dirs: string[], keep: (relative: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'build') continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && keep(child)) found.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return [...new Set(found)].sort();
}

/** The key of a run: every file's path and content, then the extra text (arguments, options). */
export function inputKey(root: string, files: string[], extra: string): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(file);
    hash.update('\0');
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  hash.update(extra);
  return hash.digest('hex');
}

export function cacheFile(root: string, tool: string): string {
  const dir = process.env.DOCS_CHECKS_CACHE_DIR ?? path.join(root, 'node_modules/.cache/docs-checks');
  return path.join(dir, `${tool}.json`);
}

export function readCache<T>(root: string, tool: string, key: string): T | undefined {
  const file = cacheFile(root, tool);
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    return stored.key === key ? stored.value : undefined;
  } catch {
    // A damaged cache is a miss.
    return undefined;
  }
}

export function writeCache(root: string, tool: string, key: string, value: unknown): void {
  const file = cacheFile(root, tool);
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a run that is interrupted never leaves half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ key, value }));
  renameSync(temporary, file);
}
