/**
 * Marks translations as made from the current English source: records the
 * source's hash in the locale's lock file, after the pair passes the parity
 * checks. A file that fails is refused and keeps its old entry; the others
 * given in the same run are still marked.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { checkPair } from './check.ts';
import { SOURCE_LOCALE, localeOfKey, sourceKeyFor, toKey, translatedKeyFor } from './layout.ts';
import { readLock, writeLock } from './lock.ts';
import type { Violation } from './parity.ts';
import type { Repo } from './repo.ts';

export interface MarkTarget {
  locale: string;
  source: string;
  translated: string;
}

export class MarkError extends Error {}

/** Accepts a translated path, or an English path plus the locale; relative to cwd or the repo root. */
export function resolveTarget(repo: Repo, file: string, locale: string | undefined): MarkTarget {
  const absolute = existsSync(path.resolve(file)) ? path.resolve(file) : path.resolve(repo.root, file);
  const key = toKey(repo.root, absolute);
  const fileLocale = localeOfKey(key);
  if (fileLocale) {
    const source = sourceKeyFor(key, fileLocale);
    if (!source) throw new MarkError(`${file}: not inside a translated docs or fragments folder of ${fileLocale}.`);
    return { locale: fileLocale, source, translated: key };
  }
  const targetLocale = locale ?? (repo.locales.length === 1 ? repo.locales[0] : undefined);
  if (!targetLocale || targetLocale === SOURCE_LOCALE) {
    throw new MarkError(`${file}: an English path needs --locale <locale> (known: ${repo.locales.join(', ')}).`);
  }
  return { locale: targetLocale, source: key, translated: translatedKeyFor(key, targetLocale) };
}

export interface MarkOutcome {
  marked: MarkTarget[];
  refused: Array<{ target: MarkTarget; reason: string; violations: Violation[] }>;
}

export function markTranslated(repo: Repo, targets: MarkTarget[]): MarkOutcome {
  const outcome: MarkOutcome = { marked: [], refused: [] };
  for (const target of targets) {
    if (!repo.has(target.source)) {
      outcome.refused.push({ target, reason: `no English source ${target.source}`, violations: [] });
    } else if (!repo.has(target.translated)) {
      outcome.refused.push({ target, reason: `no translation at ${target.translated}`, violations: [] });
    } else {
      const violations = checkPair(repo, target.source, target.translated);
      if (violations.length > 0) outcome.refused.push({ target, reason: `${violations.length} parity violation(s)`, violations });
      else outcome.marked.push(target);
    }
  }
  const byLocale = new Map<string, MarkTarget[]>();
  for (const target of outcome.marked) byLocale.set(target.locale, [...(byLocale.get(target.locale) ?? []), target]);
  for (const [locale, list] of byLocale) {
    const lock = readLock(repo.root, locale);
    for (const target of list) lock.files[target.source] = repo.sourceHash(target.source);
    writeLock(repo.root, locale, lock);
  }
  return outcome;
}
