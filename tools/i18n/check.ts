/**
 * `i18n:check`: structural parity for every English/translation pair, plus the
 * repo-level problems a build or a reader would hit: translations without an
 * English source, imports in a translation that do not resolve, and lock
 * entries for English files that no longer exist. For Chinese locales, the
 * prose of every translated file and theme JSON file goes through the glossary
 * and punctuation rules (prose-check.ts); TRANSLATING.md's glossary tables
 * must match tools/i18n/glossary.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GLOSSARY_END, GLOSSARY_START, glossaryTables } from './glossary.ts';
import { fromKey, toKey } from '../site/layout.ts';
import { lockKey, readLock } from '../site/translation-lock.ts';
import { checkParity } from './parity.ts';
import { MdxParseError } from '../site/markdown.ts';
import { checkProseFile, type ProseProblem } from './prose-check.ts';
import type { Violation } from './violation.ts';
import type { SiteModel } from '../site/model.ts';
import type { Problem } from '../site/report.ts';

export interface CheckResult {
  /**
   * Every problem of the locale, in the docs tools' shared shape: parity
   * violations (with their English place), repository problems (an orphaned
   * translation, a broken import, a stale lock entry) and, in Chinese locales,
   * glossary and punctuation problems of the prose (with their `--fix` edit).
   */
  problems: Array<Problem | Violation | ProseProblem>;
  pairs: number;
}

/** The glossary and punctuation rules are written for Chinese text. */
export function checksProse(locale: string): boolean {
  return locale.startsWith('zh');
}

/** Theme and navbar/sidebar/footer string files of a locale (everything but the lock file). */
export function translationJsonFiles(root: string, locale: string): string[] {
  const keys: string[] = [];
  const walkDir = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = path.join(absolute, entry.name);
      if (entry.isDirectory()) walkDir(child);
      else if (entry.name.endsWith('.json') && entry.name !== 'translation-lock.json') keys.push(toKey(root, child));
    }
  };
  const dir = path.join(root, 'i18n', locale);
  if (existsSync(dir)) walkDir(dir);
  return keys.sort();
}

/** Prose problems of one translated file; a file that does not parse is reported by the parity check instead. */
export function proseProblems(repo: SiteModel, key: string): ProseProblem[] {
  const text = key.endsWith('.json') ? readFileSync(fromKey(repo.root, key), 'utf8') : repo.text(key);
  try {
    return checkProseFile(text, key);
  } catch (error) {
    if (error instanceof MdxParseError) return [];
    throw error;
  }
}

export function checkLocaleProse(repo: SiteModel, locale: string): ProseProblem[] {
  if (!checksProse(locale)) return [];
  const keys = [...(repo.translated.get(locale) ?? []), ...translationJsonFiles(repo.root, locale)];
  return keys.flatMap((key) => proseProblems(repo, key));
}

/** TRANSLATING.md's generated glossary section: its current text and where it sits; undefined without markers. */
export function glossarySection(root: string): { file: string; text: string; start: number; end: number; line: number; current: boolean } | undefined {
  const file = path.join(root, 'TRANSLATING.md');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const startMarker = text.indexOf(GLOSSARY_START);
  const endMarker = text.indexOf(GLOSSARY_END);
  if (startMarker === -1 || endMarker < startMarker) return undefined;
  const start = startMarker + GLOSSARY_START.length;
  const current = text.slice(start, endMarker) === `\n${glossaryTables()}\n`;
  return { file, text, start, end: endMarker, line: text.slice(0, startMarker).split('\n').length, current };
}

/** TRANSLATING.md with its glossary tables regenerated. */
export function regeneratedGuide(section: NonNullable<ReturnType<typeof glossarySection>>): string {
  return `${section.text.slice(0, section.start)}\n${glossaryTables()}\n${section.text.slice(section.end)}`;
}

export function checkPair(repo: SiteModel, sourceKey: string, translatedKey: string): Violation[] {
  return checkParity(repo.text(sourceKey), repo.text(translatedKey), { source: sourceKey, translated: translatedKey });
}

export function checkLocale(repo: SiteModel, locale: string): CheckResult {
  const problems: CheckResult['problems'] = [];
  let pairs = 0;
  for (const translated of repo.translated.get(locale) ?? []) {
    const source = repo.sourceOf(translated);
    if (!source || !repo.has(source)) {
      problems.push({ file: translated, line: 1, column: 1, code: 'i18n/orphaned', message: `no English source ${source ?? ''}; delete it or move it next to its renamed source` });
      continue;
    }
    pairs++;
    problems.push(...checkPair(repo, source, translated));
    for (const broken of repo.directImports(translated, locale).broken) {
      problems.push({ file: broken.importer, line: broken.line, column: 1, code: 'i18n/broken-import', message: `import '${broken.specifier}' does not resolve (no ${broken.expected}); translate that fragment too, or import it through @fragments/ to fall back to English` });
    }
  }
  const lock = readLock(repo.root, locale).files;
  for (const source of Object.keys(lock)) {
    if (!repo.has(source)) {
      problems.push({ file: lockKey(locale), line: 1, column: 1, code: 'i18n/lock', message: `entry for ${source}, which no longer exists; remove the entry` });
    }
  }
  problems.push(...checkLocaleProse(repo, locale));
  return { problems, pairs };
}
