/**
 * The problem type of the docs tools (check:snippets, check:links, i18n:check)
 * and its one output: the `file:line:col code: message` text line with a code
 * frame, the `--json` form, and GitHub Actions `::error` annotations under
 * CI=true; also the nearest known name for a typo. Positions always point into
 * the Markdown file.
 */

/** What every problem of the docs tools has: a place in a file, a code and a message that says what to do. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/**
 * `file:line:col code: message` (later message lines indented), then the notes
 * (`  checked as …`, `  on …`), then the code frame when the source is known.
 */
export function formatProblem(problem: Problem, { source, frame = codeFrame(source, problem.line, problem.column), notes = [] }: { source?: string; frame?: string; notes?: string[] } = {}): string {
  const head = `${problem.file}:${problem.line}:${problem.column} ${problem.code}: ${problem.message.replace(/\n/g, '\n    ')}`;
  return [head, ...notes.map((note) => `  ${note}`), ...(frame === '' ? [] : [frame])].join('\n');
}

/** A problem as `--json` gives it: its fields and its code frame. */
export function problemJson<T extends Problem>(problem: T, source?: string): T & { frame: string } {
  return { ...problem, frame: codeFrame(source, problem.line, problem.column) };
}

/**
 * Under CI=true, the GitHub annotations of the problems: on standard output,
 * or on standard error with --json so that standard output stays one JSON document.
 */
export function printAnnotations(problems: Problem[], { json }: { json: boolean }): void {
  if (process.env.CI !== 'true' || problems.length === 0) return;
  (json ? console.error : console.log)(formatGithub(problems));
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

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The nearest candidate by edit distance, if it is close enough to be a likely typo (a route, an anchor, an option). */
export function closest(value: string, candidates: Iterable<string>, maxDistance = Math.max(3, Math.floor(value.length / 2))): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= maxDistance ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
