/**
 * Marks translations as made from the current English source: records the
 * source's hash in the locale's lock file, after the pair passes the parity
 * checks and, in a Chinese locale, the glossary and punctuation rules of its
 * prose. A file that fails is refused and keeps its old entry; the others
 * given in the same run are still marked.
 */
import { checkPair, checksProse, proseProblems } from './check.ts';
import type { ProseProblem } from './prose-check.ts';
import { readLock, writeLock } from '../site/translation-lock.ts';
import type { MarkTarget } from './target.ts';
import type { Violation } from './violation.ts';
import type { SiteModel } from '../site/model.ts';

export interface MarkOutcome {
  marked: MarkTarget[];
  refused: Array<{ target: MarkTarget; reason: string; violations: Violation[]; prose?: ProseProblem[] }>;
}

export function markTranslated(repo: SiteModel, targets: MarkTarget[]): MarkOutcome {
  const outcome: MarkOutcome = { marked: [], refused: [] };
  for (const target of targets) {
    if (!repo.has(target.source)) {
      outcome.refused.push({ target, reason: `no English source ${target.source}`, violations: [] });
    } else if (!repo.has(target.translated)) {
      outcome.refused.push({ target, reason: `no translation at ${target.translated}`, violations: [] });
    } else {
      const violations = checkPair(repo, target.source, target.translated);
      const prose = checksProse(target.locale) ? proseProblems(repo, target.translated) : [];
      if (violations.length > 0) outcome.refused.push({ target, reason: `${violations.length} parity violation(s)`, violations, prose });
      else if (prose.length > 0) outcome.refused.push({ target, reason: `${prose.length} glossary or punctuation problem(s)`, violations, prose });
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
