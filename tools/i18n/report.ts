/** Text rendering of status, usage and check results for the terminal. */
import type { CheckResult } from './check.ts';
import { formatProseProblem, type ProseProblem } from './prose-check.ts';
import { formatProblem } from '../site/report.ts';
import type { LocaleStatus, StatusEntry, UsageEntry } from '../site/translation-status.ts';

function describeEntry(entry: StatusEntry): string {
  const shown = entry.translatedFragments ? 'partly translated' : (entry.effective ?? entry.status);
  const file = entry.status === 'orphaned' ? entry.translated : entry.source!;
  const notes: string[] = [];
  if (entry.translatedFragments) notes.push(`English page composing translated ${entry.translatedFragments.join(', ')}`);
  else if (entry.status === 'missing') notes.push(entry.kind === 'page' ? 'falls back to English' : 'no translation; English is used');
  if (entry.status === 'orphaned') notes.push('no English source');
  if (entry.reason === 'not marked') notes.push('never marked as translated');
  if (entry.reason === 'source changed') notes.push('English changed since translation');
  if (entry.kind === 'page' && entry.status === 'up to date' && entry.fragments!.length > 0) notes.push('own file current');
  for (const fragment of entry.fragments ?? []) {
    const via = fragment.via.length > 0 ? ` via ${fragment.via.join(' → ')}` : '';
    notes.push(`composes ${fragment.status} fragment ${fragment.source}${via}`);
  }
  return `  ${shown.padEnd(entry.translatedFragments ? 17 : 10)}  ${entry.kind.padEnd(8)}  ${file}${notes.length > 0 ? `  (${notes.join('; ')})` : ''}`;
}

export function formatStatus(statuses: LocaleStatus[]): string {
  const lines: string[] = [];
  for (const status of statuses) {
    lines.push(`${status.locale}:`);
    for (const entry of status.entries) lines.push(describeEntry(entry));
    for (const broken of status.brokenImports) {
      lines.push(`  broken import  ${broken.importer}:${broken.line}  '${broken.specifier}' (no ${broken.expected})`);
    }
    const t = status.totals;
    lines.push(
      `  totals: ${t['up to date']} up to date, ${t.outdated} outdated, ${t.missing} missing, ${t.orphaned} orphaned` +
        ` (files); ${t.pagesAffectedByFragments} page(s) current themselves but composing outdated or missing fragments`,
    );
    lines.push('');
  }
  return lines.join('\n');
}

export function formatUsage(fragment: string, usage: UsageEntry[]): string {
  if (usage.length === 0) return `No page composes ${fragment}.`;
  const lines = [`Pages composing ${fragment}:`];
  for (const entry of usage) {
    const via = entry.via.length > 0 ? ` via ${entry.via.join(' → ')}` : ' (directly)';
    lines.push(`  ${entry.locale.padEnd(6)}  ${entry.rendered}${via}; uses ${entry.uses}`);
  }
  return lines.join('\n');
}

export function formatCheck(locale: string, result: CheckResult): string {
  const lines = [`${locale}: ${result.pairs} translated file(s) checked`];
  // One line per problem, `file:line:col code: message`, as every docs tool writes it (tools/site/report.ts).
  for (const problem of result.problems) lines.push(`  ${'rule' in problem ? formatProseProblem(problem as ProseProblem) : formatProblem(problem, { frame: '' })}`);
  if (result.problems.length === 0) lines.push('  no problems');
  return lines.join('\n');
}
