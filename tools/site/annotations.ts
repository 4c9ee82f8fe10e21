/**
 * The snippet annotations that live in a code fence's meta string, e.g.
 *
 *     ```tsx title="app/page.tsx" hidden="1-3" expect-error="TS2345"
 *     ```ts skip="shows a config shape, not a file of the sample"
 *
 * Shared by the checker and the site's remark plugin (src/remark/hidden-lines.ts),
 * so both read a fence the same way. No dependencies: the site loads it too.
 */

/** The keys this tool owns; the remark plugin removes them before rendering. */
export const ANNOTATION_KEYS = ['hidden', 'expect-error', 'skip', 'excerpt', 'rewrite'] as const;

export interface MetaToken {
  /** `title`, `hidden`, ... or undefined for a `{1,3}` highlight range. */
  key: string | undefined;
  /** Undefined for a bare word like `skip` or `showLineNumbers`. */
  value: string | undefined;
  /** The token exactly as written, so it can be put back unchanged. */
  raw: string;
}

export interface Annotations {
  title?: string;
  /** 1-based line numbers within the block, sorted, unique. */
  hidden: number[];
  /** TypeScript error codes like 2345 that the block must produce. */
  expectErrors: number[];
  skip?: string;
  /**
   * `excerpt` (optionally `excerpt="what it shows"`): the block is a part of its
   * file, not the whole file. It is not applied or type-checked on its own, but
   * must appear verbatim in the file as the guide has built it so far.
   */
  excerpt?: string;
  /** `rewrite="reason"`: a whole-file block that deliberately drops what an earlier block of the file had. */
  rewrite?: string;
  /** `{1,3-4}` highlight ranges as written (they refer to the block as written). */
  highlight?: string;
  /** Problems a writer must fix; each is reported at the fence line. */
  problems: string[];
}

/** Splits a meta string into `key="value"`, `key='value'`, `key=value`, `{...}` and bare words. */
export function tokenizeMeta(meta: string): MetaToken[] {
  const tokens: MetaToken[] = [];
  const pattern = /\{[^}]*\}|([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?|\S+/g;
  for (const match of meta.matchAll(pattern)) {
    const raw = match[0];
    if (raw.startsWith('{')) tokens.push({ key: undefined, value: raw, raw });
    else if (match[1] !== undefined) tokens.push({ key: match[1], value: match[2] ?? match[3] ?? match[4], raw });
    else tokens.push({ key: raw, value: undefined, raw });
  }
  return tokens;
}

/** Near misses of our keys that would otherwise be ignored silently. */
const misspellings: Record<string, string> = {
  hide: 'hidden',
  'hide-lines': 'hidden',
  'hidden-lines': 'hidden',
  hiddenlines: 'hidden',
  hiddenLines: 'hidden',
  'expect-errors': 'expect-error',
  expectError: 'expect-error',
  expectErrors: 'expect-error',
  'expected-error': 'expect-error',
  'expected-errors': 'expect-error',
  expect: 'expect-error',
  errors: 'expect-error',
  'skip-reason': 'skip',
  skipped: 'skip',
  'no-check': 'skip',
  partial: 'excerpt',
  snippet: 'excerpt',
  rewrites: 'rewrite',
  nocheck: 'skip',
};

/**
 * Reads the annotations of one fence. `lineCount` is the number of lines of
 * the block, needed to validate `hidden` ranges.
 */
export function parseAnnotations(meta: string | null | undefined, lineCount: number): Annotations {
  const result: Annotations = { hidden: [], expectErrors: [], problems: [] };
  const seen = new Set<string>();
  for (const token of tokenizeMeta(meta ?? '')) {
    if (token.key === undefined) {
      result.highlight = token.value;
      continue;
    }
    const { key, value } = token;
    const suggestion = misspellings[key];
    if (suggestion !== undefined) {
      result.problems.push(`unknown annotation \`${key}\`: did you mean \`${suggestion}\`?`);
      continue;
    }
    if (key !== 'title' && !(ANNOTATION_KEYS as readonly string[]).includes(key)) continue;
    if (seen.has(key)) {
      result.problems.push(`\`${key}\` is given twice; keep one`);
      continue;
    }
    seen.add(key);
    if (key === 'title') {
      if (value === undefined || value.trim() === '') result.problems.push('`title` needs a file path, e.g. title="app/page.tsx"');
      else if (!/^["']/.test(token.raw.slice('title='.length))) {
        // Docusaurus only shows quoted titles, so an unquoted one would also vanish from the page.
        result.problems.push(`quote the title: title="${value}"`);
      } else result.title = value;
    } else if (key === 'hidden') {
      result.hidden = parseHidden(value, lineCount, result.problems);
    } else if (key === 'expect-error') {
      result.expectErrors = parseErrorCodes(value, result.problems);
    } else if (key === 'excerpt') {
      result.excerpt = value?.trim() ?? '';
    } else if (key === 'rewrite') {
      if (value === undefined || value.trim() === '') {
        result.problems.push('`rewrite` needs the reason the block drops what earlier blocks of the file had, e.g. rewrite="the Redis variant replaces the cookie session"');
      } else result.rewrite = value.trim();
    } else if (key === 'skip') {
      if (value === undefined || value.trim() === '') {
        result.problems.push('`skip` needs a reason readers of the summary understand, e.g. skip="pseudo-code: shows the shape of the config"');
      } else result.skip = value.trim();
    }
  }
  return result;
}

function parseHidden(value: string | undefined, lineCount: number, problems: string[]): number[] {
  if (value === undefined || value.trim() === '') {
    problems.push('`hidden` needs line numbers of the block, e.g. hidden="1-3" or hidden="1,4-5"');
    return [];
  }
  const ranges = parseLineRanges(value);
  if (typeof ranges === 'string') {
    problems.push(`hidden="${value}": ${ranges}`);
    return [];
  }
  const lines = new Set<number>();
  for (const [from, to] of ranges) {
    if (to > lineCount) {
      problems.push(`hidden="${value}": the block has ${lineCount} line${lineCount === 1 ? '' : 's'}, so line ${to} does not exist`);
      return [];
    }
    for (let line = from; line <= to; line++) lines.add(line);
  }
  if (lines.size >= lineCount) {
    problems.push(`hidden="${value}" hides every line of the block; readers would see an empty block`);
    return [];
  }
  return [...lines].sort((a, b) => a - b);
}

/** Parses `1-3, 5` into [[1,3],[5,5]], or returns what is wrong. */
export function parseLineRanges(value: string): Array<[number, number]> | string {
  const ranges: Array<[number, number]> = [];
  for (const part of value.split(',').map((piece) => piece.trim())) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!match) return `\`${part}\` is not a line number or a range like 2-4`;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1) return 'line numbers start at 1';
    if (to < from) return `the range ${part} runs backwards`;
    ranges.push([from, to]);
  }
  return ranges;
}

function parseErrorCodes(value: string | undefined, problems: string[]): number[] {
  if (value === undefined || value.trim() === '') {
    problems.push('`expect-error` needs the TypeScript error codes the block shows, e.g. expect-error="TS2345"');
    return [];
  }
  const codes: number[] = [];
  for (const part of value.split(/[\s,]+/).filter(Boolean)) {
    const match = /^(?:TS)?(\d{4,5})$/i.exec(part);
    if (!match) {
      problems.push(`expect-error="${value}": \`${part}\` is not a TypeScript error code like TS2345`);
      return [];
    }
    codes.push(Number(match[1]));
  }
  return [...new Set(codes)];
}

/** The meta string without this tool's annotations, for rendering. */
export function stripAnnotations(meta: string): string {
  return tokenizeMeta(meta)
    .filter((token) => token.key === undefined || !(ANNOTATION_KEYS as readonly string[]).includes(token.key))
    .map((token) => token.raw)
    .join(' ');
}

/**
 * Renumbers a `{1,5-6}` highlight range (written against the block as in the
 * source) for the block with `hidden` lines removed. Hidden lines drop out.
 */
export function remapHighlight(highlight: string, hidden: number[]): string | undefined {
  const ranges = parseLineRanges(highlight.slice(1, -1));
  if (typeof ranges === 'string') return highlight;
  const hiddenSet = new Set(hidden);
  const shown: number[] = [];
  for (const [from, to] of ranges) {
    for (let line = from; line <= to; line++) {
      if (hiddenSet.has(line)) continue;
      shown.push(line - hidden.filter((h) => h < line).length);
    }
  }
  if (shown.length === 0) return undefined;
  return `{${[...new Set(shown)].sort((a, b) => a - b).join(',')}}`;
}
