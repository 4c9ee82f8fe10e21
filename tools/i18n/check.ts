/**
 * `i18n:check`: structural parity for every English/translation pair, plus the
 * repo-level problems a build or a reader would hit: translations without an
 * English source, imports in a translation that do not resolve, and lock
 * entries for English files that no longer exist.
 */
import { sourceKeyFor } from './layout.ts';
import { lockKey, readLock } from './lock.ts';
import { checkParity } from './parity.ts';
import type { Violation } from './violation.ts';
import type { Repo } from './repo.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface CheckResult {
  violations: Violation[];
  problems: Problem[];
  pairs: number;
}

export function checkPair(repo: Repo, sourceKey: string, translatedKey: string): Violation[] {
  return checkParity(repo.text(sourceKey), repo.text(translatedKey), { source: sourceKey, translated: translatedKey });
}

export function checkLocale(repo: Repo, locale: string): CheckResult {
  const violations: Violation[] = [];
  const problems: Problem[] = [];
  let pairs = 0;
  for (const translated of repo.translated.get(locale) ?? []) {
    const source = sourceKeyFor(translated, locale);
    if (!source || !repo.has(source)) {
      problems.push({ file: translated, line: 1, message: `orphaned: no English source ${source ?? ''}; delete it or move it next to its renamed source` });
      continue;
    }
    pairs++;
    violations.push(...checkPair(repo, source, translated));
    for (const broken of repo.directImports(translated, locale).broken) {
      problems.push({ file: broken.importer, line: broken.line, message: `import '${broken.specifier}' does not resolve (no ${broken.expected}); translate that fragment too, or import it through @fragments/ to fall back to English` });
    }
  }
  const lock = readLock(repo.root, locale).files;
  for (const source of Object.keys(lock)) {
    if (!repo.has(source)) {
      problems.push({ file: lockKey(locale), line: 1, message: `entry for ${source}, which no longer exists; remove the entry` });
    }
  }
  return { violations, problems, pairs };
}
