/** Turns a path given on the command line into an English/translation pair. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { toKey } from '../site/layout.ts';
import type { SiteModel } from '../site/model.ts';

export interface MarkTarget {
  locale: string;
  source: string;
  translated: string;
}

/** A command-line path that names no translatable pair. */
export class MarkError extends Error {}

/** Accepts a translated path, or an English path plus the locale; relative to the site root or cwd. */
export function resolveTarget(repo: SiteModel, file: string, locale: string | undefined): MarkTarget {
  // Relative to the site root first (the usual case), else to the working directory.
  const fromRoot = path.resolve(repo.root, file);
  const absolute = !existsSync(fromRoot) && existsSync(path.resolve(file)) ? path.resolve(file) : fromRoot;
  const key = toKey(repo.root, absolute);
  const fileLocale = repo.localeOf(key);
  if (fileLocale !== undefined && fileLocale !== repo.defaultLocale) return { locale: fileLocale, source: repo.sourceOf(key)!, translated: key };
  if (fileLocale === undefined && key.startsWith('i18n/')) throw new MarkError(`${file}: not inside a translated docs or fragments folder of a locale in docusaurus.config.ts (${repo.locales.join(', ')}).`);
  const targetLocale = locale ?? (repo.locales.length === 1 ? repo.locales[0] : undefined);
  if (!targetLocale || targetLocale === repo.defaultLocale) {
    throw new MarkError(`${file}: an English path needs --locale <locale> (known: ${repo.locales.join(', ')}).`);
  }
  return { locale: targetLocale, source: key, translated: repo.translatedKey(key, targetLocale) };
}

