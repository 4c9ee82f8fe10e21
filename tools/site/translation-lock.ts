/**
 * The per-locale lock file, `i18n/<locale>/translation-lock.json`: for every
 * translated file, the sha256 of the normalized English source it was
 * translated from, keyed by the English path. One file per locale keeps the
 * seeded front matter untouched and makes a translation's freshness reviewable
 * in one diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TranslationLock {
  /** English source path → sha256 hex of its normalized text when translated. */
  files: Record<string, string>;
}

export class LockFileError extends Error {}

export function lockKey(locale: string): string {
  return `i18n/${locale}/translation-lock.json`;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function readLock(root: string, locale: string): TranslationLock {
  const file = path.join(root, lockKey(locale));
  if (!existsSync(file)) return { files: {} };
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFileError(
      `${lockKey(locale)}: not valid JSON (${(error as Error).message}). Fix the file by hand or restore it from git, then re-run.`,
    );
  }
  const files = (data as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new LockFileError(`${lockKey(locale)}: expected an object {"files": {"<English path>": "<sha256>"}}.`);
  }
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(files)) {
    if (typeof value !== 'string' || !HEX_SHA256.test(value)) {
      const line = text.split('\n').findIndex((row) => row.includes(JSON.stringify(key))) + 1;
      throw new LockFileError(
        `${lockKey(locale)}:${line}: the entry for ${key} is not a sha256 hex string. Remove it and mark the file again with npm run i18n:mark.`,
      );
    }
    result[key] = value;
  }
  return { files: result };
}

/** Keys are written sorted, one per line, so concurrent translators merge cleanly. */
export function writeLock(root: string, locale: string, lock: TranslationLock): void {
  const sorted = Object.fromEntries(Object.entries(lock.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const body = {
    $comment:
      'Written by `npm run i18n:mark`. English source path → sha256 of its normalized text when this translation was last checked. See TRANSLATING.md.',
    files: sorted,
  };
  // A new language's folder may not exist yet.
  mkdirSync(path.dirname(path.join(root, lockKey(locale))), { recursive: true });
  writeFileSync(path.join(root, lockKey(locale)), JSON.stringify(body, null, 2) + '\n');
}
