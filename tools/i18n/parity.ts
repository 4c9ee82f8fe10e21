/**
 * Structural parity between an English file and its translation: heading ids,
 * imports, JSX components and props, link targets, admonition kinds, code
 * blocks (equal but for comments) and the glossary's English-kept terms. Every
 * violation names both files and lines.
 */
import { parseAnnotations } from '../site/annotations.ts';
import { compareCodeDetailed, compareCodeIgnoringComments } from '../site/compare-code.ts';
import { KEPT_TERMS, findTerm } from './glossary.ts';
import { violation, type Rule, type Violation } from './violation.ts';
import {
  admonitionsOf,
  codeBlocksOf,
  headingsOf,
  importsOf,
  inlineCodeOf,
  jsxOf,
  linksOf,
  parseMdx,
  proseOf,
  type CodeFact,
  type JsxFact,
  type MdNode,
  type ProseFact,
} from './parse.ts';

/** String props whose values are prose a translator may rewrite. */
const TRANSLATABLE_PROPS = new Set(['title', 'label', 'alt', 'description', 'placeholder', 'summary', 'heading', 'caption', 'text', 'aria-label']);

/** Pairs of equal keys in order (longest common subsequence); the rest stay unmatched. */
function align<T>(a: T[], b: T[], key: (item: T) => string): Array<[T | undefined, T | undefined]> {
  return alignBy(a, b, (x, y) => key(x) === key(y));
}

/** Pairs of items that `same` accepts, in order (longest common subsequence); the rest stay unmatched. */
function alignBy<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): Array<[T | undefined, T | undefined]> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = same(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[T | undefined, T | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) pairs.push([a[i++]!, b[j++]!]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) pairs.push([a[i++]!, undefined]);
    else pairs.push([undefined, b[j++]!]);
  }
  while (i < n) pairs.push([a[i++]!, undefined]);
  while (j < m) pairs.push([undefined, b[j++]!]);
  return pairs;
}

interface Placed {
  line: number;
}

/**
 * Reports items present on one side only. The other side's line is where the
 * item would be expected: the line of the last matched item before it.
 */
function reportUnmatched<T extends Placed>(
  pairs: Array<[T | undefined, T | undefined]>,
  files: { source: string; translated: string },
  rule: Rule,
  describe: (item: T) => string,
  out: Violation[],
): Array<[T, T]> {
  const matched: Array<[T, T]> = [];
  let lastA = 1;
  let lastB = 1;
  for (const [a, b] of pairs) {
    if (a && b) {
      matched.push([a, b]);
      lastA = a.line;
      lastB = b.line;
    } else if (a) {
      out.push(violation(rule, { file: files.source, line: a.line }, { file: files.translated, line: lastB }, `${describe(a)} is missing from the translation`));
    } else if (b) {
      out.push(violation(rule, { file: files.source, line: lastA }, { file: files.translated, line: b.line }, `${describe(b)} is in the translation but not in the English source`));
    }
  }
  return matched;
}

function describeProps(fact: JsxFact, name: string): string {
  const prop = fact.props.find((p) => p.name === name);
  if (!prop) return 'absent';
  return prop.value === undefined ? 'set with no value' : JSON.stringify(prop.value);
}

function compareProps(a: JsxFact, b: JsxFact, files: { source: string; translated: string }, out: Violation[]): void {
  const names = new Set([...a.props.map((p) => p.name), ...b.props.map((p) => p.name)]);
  for (const name of names) {
    const left = a.props.find((p) => p.name === name);
    const right = b.props.find((p) => p.name === name);
    if (left && right && (left.value === right.value || (left.literal && right.literal && TRANSLATABLE_PROPS.has(name)))) continue;
    out.push(violation('jsx-prop', { file: files.source, line: a.line }, { file: files.translated, line: b.line }, `<${a.name}> prop ${name}: English ${describeProps(a, name)}, translation ${describeProps(b, name)}`));
  }
}

function firstLineOf(facts: ProseFact[], term: string): number | undefined {
  for (const fact of facts) {
    const hits = findTerm(fact.text, term);
    if (hits.length > 0) return fact.line + (fact.text.slice(0, hits[0]).split('\n').length - 1);
  }
  return undefined;
}

function checkGlossary(source: MdNode, translated: MdNode, files: { source: string; translated: string }, out: Violation[]): void {
  const sourceProse = proseOf(source);
  const translatedProse = proseOf(translated);
  // Forbidden renderings are a prose rule of the translation alone: see prose-check.ts.
  for (const { term } of KEPT_TERMS) {
    const sourceLine = firstLineOf(sourceProse, term);
    if (sourceLine !== undefined && firstLineOf(translatedProse, term) === undefined) {
      out.push(violation('glossary', { file: files.source, line: sourceLine }, { file: files.translated, line: 1 }, `"${term}" stays untranslated, but the translation never uses it`));
    }
  }
  // API names written as inline code must survive unchanged.
  const identifier = /^[A-Za-z_$][\w$.]*(\(\))?$/;
  const translatedCode = new Set(inlineCodeOf(translated).map((fact) => fact.text));
  const seen = new Set<string>();
  for (const fact of inlineCodeOf(source)) {
    if (!identifier.test(fact.text) || seen.has(fact.text)) continue;
    seen.add(fact.text);
    if (!translatedCode.has(fact.text)) {
      out.push(violation('glossary', { file: files.source, line: fact.line }, { file: files.translated, line: 1 }, `inline code \`${fact.text}\` is missing from the translation (API names stay as written)`));
    }
  }
}

interface CodeFiles {
  source: string;
  translated: string;
  sourceText: string;
  translatedText: string;
}

/**
 * Code blocks are paired by content first (equal but for comments), so one
 * missing or added block is reported as such instead of shifting every later
 * pair; the blocks left between two such pairs are compared in order.
 */
function checkCodeBlocks(english: CodeFact[], translated: CodeFact[], files: CodeFiles, out: Violation[]): void {
  const same = (a: CodeFact, b: CodeFact): boolean => a.lang === b.lang && compareCodeIgnoringComments(a.value, b.value, a.lang).equal;
  const describe = (c: CodeFact): string => `\`\`\`${c.lang || '(no language)'} code block${c.meta ? ` (${c.meta})` : ''}`;
  let lastA = 1;
  let lastB = 1;
  let runA: CodeFact[] = [];
  let runB: CodeFact[] = [];
  const flush = (): void => {
    const paired = Math.min(runA.length, runB.length);
    for (let k = 0; k < paired; k++) compareBlocks(runA[k]!, runB[k]!, files, out);
    // A missing block would follow the last translated block before it.
    const after = runB[paired - 1]?.line ?? lastB;
    for (const a of runA.slice(paired)) out.push(violation('code', { file: files.source, line: a.line }, { file: files.translated, line: after }, `${describe(a)} is missing from the translation; copy it and translate only its comments`));
    for (const b of runB.slice(paired)) out.push(violation('code', { file: files.source, line: lastA }, { file: files.translated, line: b.line }, `${describe(b)} is in the translation but not in the English source; remove it or add it to the English file too`));
    runA = [];
    runB = [];
  };
  for (const [a, b] of alignBy(english, translated, same)) {
    if (a && b) {
      flush();
      compareBlocks(a, b, files, out);
      lastA = a.line;
      lastB = b.line;
    } else if (a) runA.push(a);
    else if (b) runB.push(b);
  }
  flush();
}

/** The file line and column of a 1-based line and column inside a block's code. */
function codePosition(block: CodeFact, text: string, line: number, column: number): { line: number; column: number } {
  if (block.codeStart === undefined) return { line: block.line + line, column: block.column + column - 1 };
  // A <CodeBlock>'s template literal: its first line starts after the backtick, the others at the line's start.
  const before = text.slice(0, block.codeStart);
  const startLine = before.split('\n').length;
  const startColumn = block.codeStart - before.lastIndexOf('\n');
  return line === 1 ? { line: startLine, column: startColumn + column - 1 } : { line: startLine + line - 1, column };
}

function compareBlocks(a: CodeFact, b: CodeFact, files: CodeFiles, out: Violation[]): void {
  const english = { file: files.source, line: a.line };
  if (a.lang !== b.lang) {
    out.push(violation('code', english, { file: files.translated, line: b.line }, `the block says \`${b.lang || '(no language)'}\` but the English block says \`${a.lang || '(no language)'}\`; use the English language`));
  }
  const result = compareCodeDetailed(a.value, b.value, a.lang);
  if (!result.equal) {
    const at = codePosition(b, files.translatedText, result.lineB, result.columnB);
    const englishLine = codePosition(a, files.sourceText, result.lineA, result.columnA).line;
    out.push(violation('code', { file: files.source, line: englishLine }, { file: files.translated, ...at }, `code blocks may differ only in comments: ${result.reason}; copy the English code and translate only the comments`));
  }
  // The snippet annotations too: the same file shown, and the same code hidden, expected to fail or skipped.
  const lines = (code: string): number => (code === '' ? 0 : code.split('\n').length);
  const ours = parseAnnotations(a.meta, lines(a.value));
  const theirs = parseAnnotations(b.meta, lines(b.value));
  // Translated comments may add lines, so hidden ranges are compared by the code they hide.
  const hiddenCode = (code: string, hidden: number[]): string => hidden.map((line) => code.split('\n')[line - 1] ?? '').join('\n');
  const hiddenA = hiddenCode(a.value, ours.hidden);
  const hiddenB = hiddenCode(b.value, theirs.hidden);
  const differences = [
    (ours.title ?? '') !== (theirs.title ?? '') && `title="${theirs.title ?? ''}" differs from the English title="${ours.title ?? ''}"`,
    ((hiddenA === '') !== (hiddenB === '') || !compareCodeIgnoringComments(hiddenA, hiddenB, a.lang).equal) &&
      `hidden="${theirs.hidden.join(',')}" hides other code than the English hidden="${ours.hidden.join(',')}"`,
    ours.expectErrors.join(',') !== theirs.expectErrors.join(',') && `expected errors (${theirs.expectErrors.join(',') || 'none'}) differ from the English block's (${ours.expectErrors.join(',') || 'none'})`,
    (ours.skip === undefined) !== (theirs.skip === undefined) && `skip differs from the English block`,
  ].filter((text): text is string => typeof text === 'string');
  for (const message of differences) {
    out.push(violation('code', english, { file: files.translated, line: b.line, column: b.column }, `${message}; keep the annotations of the English block`));
  }
}

/** All parity violations between an English file and its translation. */
export function checkParity(
  sourceText: string,
  translatedText: string,
  files: { source: string; translated: string },
): Violation[] {
  const out: Violation[] = [];
  let source: MdNode;
  let translated: MdNode;
  try {
    source = parseMdx(sourceText, files.source);
    translated = parseMdx(translatedText, files.translated);
  } catch (error) {
    const line = Number(/:(\d+):\d+:/.exec((error as Error).message)?.[1] ?? 1);
    const inTranslation = (error as Error).message.startsWith(files.translated);
    return [
      violation('parse', { file: files.source, line: inTranslation ? 1 : line }, { file: files.translated, line: inTranslation ? line : 1 }, (error as Error).message),
    ];
  }

  const headingPairs = align(headingsOf(source), headingsOf(translated), (h) => h.id ?? `(no id, level ${h.depth})`);
  for (const [a, b] of reportUnmatched(headingPairs, files, 'heading-id', (h) => (h.id ? `heading id #${h.id}` : `level-${h.depth} heading "${h.text}" (no explicit id)`), out)) {
    if (a.depth !== b.depth) {
      out.push(violation('heading-id', { file: files.source, line: a.line }, { file: files.translated, line: b.line }, `heading #${a.id ?? '(no id)'} is level ${a.depth} in English but level ${b.depth} in the translation`));
    }
    if (!a.id && a.depth > 1) {
      out.push(violation('heading-id', { file: files.source, line: a.line }, { file: files.translated, line: b.line }, `heading "${a.text}" has no explicit id, so its anchor changes with the translated text; write it as \`${'#'.repeat(a.depth)} ${a.text} \\{#some-id}\``));
    }
  }

  // Imports are a set: their order has no effect on the page.
  const importKey = (i: { source: string; bindings: string[] }): string => `${i.source} {${i.bindings.join(', ')}}`;
  const sourceImports = importsOf(source).sort((x, y) => importKey(x).localeCompare(importKey(y)));
  const translatedImports = importsOf(translated).sort((x, y) => importKey(x).localeCompare(importKey(y)));
  reportUnmatched(align(sourceImports, translatedImports, importKey), files, 'import', (i) => `import of ${i.source} (${i.bindings.join(', ')})`, out);

  const jsxPairs = align(jsxOf(source), jsxOf(translated), (j) => j.name);
  for (const [a, b] of reportUnmatched(jsxPairs, files, 'jsx', (j) => `<${j.name}>`, out)) compareProps(a, b, files, out);

  const linkKey = (l: { url: string }): string => l.url;
  const sortedLinks = (tree: MdNode) => linksOf(tree).sort((x, y) => x.url.localeCompare(y.url) || x.line - y.line);
  for (const [a, b] of align(sortedLinks(source), sortedLinks(translated), linkKey)) {
    if (a && !b) out.push(violation('link', { file: files.source, line: a.line }, { file: files.translated, line: 1 }, `link to ${a.url} is missing from the translation`));
    if (b && !a) out.push(violation('link', { file: files.source, line: 1 }, { file: files.translated, line: b.line }, `link to ${b.url} is not in the English source`));
  }

  reportUnmatched(align(admonitionsOf(source), admonitionsOf(translated), (a) => a.kind), files, 'admonition', (a) => `:::${a.kind} admonition`, out);

  checkCodeBlocks(codeBlocksOf(source), codeBlocksOf(translated), { ...files, sourceText, translatedText }, out);

  checkGlossary(source, translated, files, out);
  return out;
}
