/**
 * Translation status per locale, part of the site model (the i18n:status
 * command and the translation-status plugin of the build both read it): each English page and fragment is up to date,
 * outdated, or missing; each translated file without an English source is
 * orphaned. Pages also carry the fragments they compose that are not up to
 * date, so a current page that renders a stale fragment is not reported clean.
 */
import { readLock } from './translation-lock.ts';
import type { BrokenImport, SiteModel } from './model.ts';

export type FileStatus = 'up to date' | 'outdated' | 'missing' | 'orphaned';
export const STATUSES: FileStatus[] = ['up to date', 'outdated', 'missing', 'orphaned'];

export interface FragmentIssue {
  /** English path of the fragment. */
  source: string;
  status: 'outdated' | 'missing';
  /** English paths of the fragments in between, outermost first (empty when imported directly). */
  via: string[];
}

export interface StatusEntry {
  kind: 'page' | 'fragment';
  /** English path; undefined for orphans. */
  source: string | undefined;
  /** Path of the translation (present or expected). */
  translated: string;
  status: FileStatus;
  /** Why a file is outdated: its English source changed, or it was never marked. */
  reason?: 'source changed' | 'not marked';
  /** Pages only: composed fragments that are outdated or missing. */
  fragments?: FragmentIssue[];
  /** Pages only: own status combined with the composed fragments'. */
  effective?: 'up to date' | 'outdated' | 'missing';
  /**
   * Pages without a translation of their own only: the translated fragments
   * the locale's build composes into the English page (English paths). A page
   * with some is partly translated.
   */
  translatedFragments?: string[];
}

export interface LocaleStatus {
  locale: string;
  entries: StatusEntry[];
  totals: Record<FileStatus, number> & { pagesAffectedByFragments: number };
  brokenImports: BrokenImport[];
}

export function fileStatus(repo: SiteModel, locale: string, lock: Record<string, string>, source: string): Pick<StatusEntry, 'status' | 'reason'> {
  if (!repo.has(repo.translatedKey(source, locale))) return { status: 'missing' };
  const recorded = lock[source];
  if (recorded === undefined) return { status: 'outdated', reason: 'not marked' };
  return recorded === repo.sourceHash(source) ? { status: 'up to date' } : { status: 'outdated', reason: 'source changed' };
}

export function localeStatus(repo: SiteModel, locale: string): LocaleStatus {
  const lock = readLock(repo.root, locale).files;
  const own = new Map<string, Pick<StatusEntry, 'status' | 'reason'>>();
  for (const source of repo.sources) own.set(source, fileStatus(repo, locale, lock, source));

  const entries: StatusEntry[] = [];
  const broken: BrokenImport[] = [];
  let pagesAffected = 0;
  for (const source of repo.sources) {
    const entry: StatusEntry = {
      kind: repo.isPage(source) ? 'page' : 'fragment',
      source,
      translated: repo.translatedKey(source, locale),
      ...own.get(source)!,
    };
    if (entry.kind === 'page') {
      const rendered = repo.rendered(source, locale);
      const fragments: FragmentIssue[] = [];
      if (entry.status !== 'missing') {
        const composed = repo.composed(rendered, locale);
        for (const [key, chain] of composed) {
          const fragmentSource = repo.sourceOf(key);
          if (!fragmentSource) continue;
          const state = own.get(fragmentSource);
          // A composed English file means the build fell back to English for it.
          const status = key === fragmentSource ? 'missing' : state?.status;
          if (status === 'outdated' || status === 'missing') {
            fragments.push({ source: fragmentSource, status, via: chain.map((link) => repo.sourceOf(link) ?? link) });
          }
        }
        // An import with no translated file to resolve to is a missing fragment too (and breaks the build).
        const importers = [[rendered, [] as string[]] as const, ...[...composed].map(([key, chain]) => [key, [...chain, key]] as const)];
        for (const [importer, chain] of importers) {
          for (const broken of repo.directImports(importer, locale).broken) {
            const missingSource = repo.sourceOf(broken.expected);
            if (missingSource && !fragments.some((f) => f.source === missingSource)) {
              fragments.push({ source: missingSource, status: 'missing', via: chain.map((link) => repo.sourceOf(link) ?? link) });
            }
          }
        }
      }
      if (entry.status === 'missing') {
        // The English page renders, but `@fragments/…` picks the locale's copy of each translated fragment.
        const translatedFragments = [...repo.composed(rendered, locale).keys()].filter((key) => repo.sourceOf(key) !== key).map((key) => repo.sourceOf(key)!);
        if (translatedFragments.length > 0) entry.translatedFragments = translatedFragments;
      }
      entry.fragments = fragments;
      entry.effective =
        entry.status === 'missing' ? 'missing' : entry.status === 'outdated' || fragments.length > 0 ? 'outdated' : 'up to date';
      if (entry.status === 'up to date' && fragments.length > 0) pagesAffected++;
    }
    entries.push(entry);
  }
  // Broken imports only matter in translated files: English ones fail the build on their own.
  for (const key of repo.translated.get(locale) ?? []) {
    broken.push(...repo.directImports(key, locale).broken);
    const source = repo.sourceOf(key);
    if (source !== undefined && repo.has(source)) continue;
    entries.push({ kind: source && repo.isPage(source) ? 'page' : 'fragment', source: undefined, translated: key, status: 'orphaned' });
  }

  const totals = { 'up to date': 0, outdated: 0, missing: 0, orphaned: 0, pagesAffectedByFragments: pagesAffected };
  for (const entry of entries) totals[entry.status]++;
  return { locale, entries, totals, brokenImports: broken };
}

export function repoStatus(repo: SiteModel): LocaleStatus[] {
  return repo.locales.map((locale) => localeStatus(repo, locale));
}

export interface UsageEntry {
  locale: string;
  /** English path of the page. */
  page: string;
  /** File the locale renders for it (translation or English fallback). */
  rendered: string;
  /** Files between the page and the fragment, outermost first. */
  via: string[];
  /** The copy of the fragment that locale's build uses. */
  uses: string;
}

/** Every page, in every locale, whose build composes the fragment (given by its English or translated path). */
export function fragmentUsage(repo: SiteModel, fragment: string, sourceLocale: string = repo.defaultLocale): UsageEntry[] {
  const source = repo.sourceOf(fragment);
  if (!source || !repo.has(source)) {
    throw new Error(`${fragment}: no English fragment at that path (expected a file under docs/ or fragments/, or its translation).`);
  }
  const usage: UsageEntry[] = [];
  for (const locale of [sourceLocale, ...repo.locales]) {
    const candidates = new Set([source, locale === sourceLocale ? source : repo.translatedKey(source, locale)]);
    for (const page of repo.pages()) {
      const rendered = repo.rendered(page, locale);
      for (const [key, chain] of repo.composed(rendered, locale)) {
        if (candidates.has(key)) usage.push({ locale, page, rendered, via: chain, uses: key });
      }
    }
  }
  return usage;
}
