/**
 * Output of check:links: one line per problem (`file:line:col code: message`),
 * the pages a fragment's problem shows on, a code frame, and a summary; `--json`
 * gives the same as data. Each problem is written by the docs tools' shared
 * reporter (tools/site/report.ts), as in check:snippets and i18n:check.
 */
import { codeFrame, formatProblem, problemJson } from '../site/report.ts';
import type { ExternalLink, LinkProblem, LinksResult } from './check.ts';

export interface LinksReport {
  problems: LinkProblem[];
  external: ExternalLink[];
  stats: LinksResult['stats'];
  /** Code frames by problem index, computed once so a cached run needs no sources. */
  frames: string[];
}

export function toReport(result: LinksResult, keep: (problem: LinkProblem) => boolean = () => true): LinksReport {
  const problems = result.problems.filter(keep);
  return {
    problems,
    external: result.external,
    stats: result.stats,
    frames: problems.map((problem) => codeFrame(result.sources.get(problem.file), problem.line, problem.column)),
  };
}

export function formatText(report: LinksReport, { external = false }: { external?: boolean } = {}): string {
  const out: string[] = [];
  report.problems.forEach((problem, index) => {
    const pages = problem.pages ?? [];
    // A page's own problem needs no list; a fragment's (or a duplicate's) names the pages it is on.
    const listPages = pages.some((page) => page.file !== problem.file) || problem.code === 'duplicate-id';
    out.push(formatProblem(problem, { frame: report.frames[index] ?? '', notes: listPages ? [`on ${pages.map((page) => `${page.route} (${page.file})`).join(', ')}`] : [] }));
    out.push('');
  });
  if (external) {
    out.push(`External links (listed, never fetched): ${report.external.length}`);
    for (const link of report.external) out.push(`  ${link.file}:${link.line}:${link.column} ${link.url}`);
  }
  out.push(summaryLine(report));
  return out.join('\n');
}

export function summaryLine({ problems, stats, external }: LinksReport): string {
  const errors = problems.length;
  return `${errors === 0 ? 'No errors' : `${errors} error${errors === 1 ? '' : 's'}`} in ${stats.links} links of ${stats.files} files (${stats.pages} pages in all locales, ${external.length} external links not fetched; --external lists them).`;
}

export function formatJson(report: LinksReport, { external }: { external: boolean }): string {
  return JSON.stringify(
    {
      ok: report.problems.length === 0,
      errors: report.problems.map((problem, index) => ({ ...problemJson(problem), frame: report.frames[index] ?? '' })),
      ...(external ? { external: report.external } : {}),
      stats: report.stats,
    },
    null,
    2,
  );
}
