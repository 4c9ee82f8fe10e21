/**
 * Output of a run: readable text with code frames, JSON, and GitHub Actions
 * annotations, each problem written by the docs tools' shared reporter
 * (tools/site/report.ts). Positions always point into the Markdown file.
 */
import type { RunResult } from './check.ts';
import { formatGithub, formatProblem, problemJson } from '../site/report.ts';

export { formatGithub };

export function formatText(result: RunResult): string {
  const out: string[] = [];
  for (const problem of result.problems) {
    out.push(formatProblem(problem, { source: result.sources.get(problem.file), notes: problem.checkedAs?.length ? [`checked as ${problem.checkedAs.join(', ')}`] : [] }));
    out.push('');
  }
  for (const warning of result.warnings) out.push(`warning: ${warning}`);
  if (result.skipped.length > 0) {
    out.push('Skipped blocks:');
    for (const block of result.skipped) out.push(`  ${block.file}:${block.line} — ${block.reason}`);
  }
  if (result.unmapped.length > 0) {
    out.push('Not checked, no guide with a sample imports these files (samples/registry.ts):');
    for (const block of result.unmapped) out.push(`  ${block.file}:${block.line}`);
  }
  out.push(summaryLine(result));
  out.push(timingLine(result));
  return out.join('\n');
}

export function summaryLine(result: RunResult): string {
  const { stats } = result;
  const errors = result.problems.length;
  return [
    `${errors === 0 ? 'No errors' : `${errors} error${errors === 1 ? '' : 's'}`} in ${stats.blocks} code block${stats.blocks === 1 ? '' : 's'} of ${stats.files} file${stats.files === 1 ? '' : 's'}:`,
    `${stats.checked} checked (${stats.typeChecks} type checks, ${stats.deduplicated} identical blocks deduplicated),`,
    `${stats.skipped} skipped, ${stats.unmapped} without a sample, ${stats.otherLanguages} in other languages ignored.`,
  ].join(' ');
}

export function timingLine({ stats }: RunResult): string {
  const later = Math.max(1, stats.typeChecks - stats.services);
  const perBlock = stats.typeChecks > stats.services ? `, then ${(stats.laterChecksMs / later).toFixed(1)} ms per block` : '';
  return `Took ${(stats.totalMs / 1000).toFixed(2)} s; loading the sample and the first block ${Math.round(stats.firstCheckMs)} ms${perBlock}.`;
}

export function formatJson(result: RunResult): string {
  return JSON.stringify(
    {
      ok: result.problems.length === 0,
      errors: result.problems.map((problem) => problemJson(problem, result.sources.get(problem.file))),
      skipped: result.skipped,
      unmapped: result.unmapped,
      warnings: result.warnings,
      stats: result.stats,
    },
    null,
    2,
  );
}
