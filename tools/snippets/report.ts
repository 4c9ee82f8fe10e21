/**
 * Output of a run: readable text with code frames, JSON, and GitHub Actions
 * annotations. Positions always point into the Markdown file.
 */
import type { Problem, RunResult } from './check.ts';

export function formatText(result: RunResult): string {
  const out: string[] = [];
  for (const problem of result.problems) {
    out.push(`${problem.file}:${problem.line}:${problem.column} ${problem.code}: ${indentRest(problem.message)}`);
    if (problem.checkedAs?.length) out.push(`  checked as ${problem.checkedAs.join(', ')}`);
    const frame = codeFrame(result.sources.get(problem.file), problem.line, problem.column);
    if (frame !== '') out.push(frame);
    out.push('');
  }
  for (const warning of result.warnings) out.push(`warning: ${warning}`);
  if (result.skipped.length > 0) {
    out.push('Skipped blocks:');
    for (const block of result.skipped) out.push(`  ${block.file}:${block.line} — ${block.reason}`);
  }
  if (result.unmapped.length > 0) {
    out.push('Not checked, no guide with a sample imports these files (tools/snippets/samples.config.ts):');
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
      errors: result.problems.map((problem) => ({ ...problem, frame: codeFrame(result.sources.get(problem.file), problem.line, problem.column) })),
      skipped: result.skipped,
      unmapped: result.unmapped,
      warnings: result.warnings,
      stats: result.stats,
    },
    null,
    2,
  );
}

/** `::error file=...,line=...,col=...,title=...::message` lines for GitHub Actions. */
export function formatGithub(problems: Problem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`, `line=${problem.line}`, `col=${problem.column}`, `title=${escapeProperty(problem.code)}`];
      return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
}

/** Two lines of context, the line itself, and a caret under the column. */
export function codeFrame(source: string | undefined, line: number, column: number): string {
  if (source === undefined) return '';
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? '>' : ' ';
    out.push(`  ${marker} ${String(number).padStart(width)} | ${lines[number - 1]}`);
    if (number === line) out.push(`    ${' '.repeat(width)} | ${caretIndent(lines[number - 1]!, column)}^`);
  }
  return out.join('\n');
}

/** Keeps tabs so the caret lines up under the same character. */
function caretIndent(text: string, column: number): string {
  return [...text.slice(0, Math.max(0, column - 1))].map((ch) => (ch === '\t' ? '\t' : ' ')).join('');
}

function indentRest(message: string): string {
  return message.replace(/\n/g, '\n    ');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
