/**
 * Structural parity between an English file and its translation: heading ids,
 * imports, JSX components and props, link targets, admonition kinds, code
 * blocks (equal but for comments) and the glossary's English-kept terms. Every
 * violation names both files and lines.
 */
import { parseAnnotations } from '../site/annotations.ts';
import { compareCodeIgnoringComments } from '../site/compare-code.ts';
import { KEPT_TERMS, findTerm } from './glossary.ts';
import type { Rule, Violation } from './violation.ts';
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
  type JsxFact,
  type MdNode,
  type ProseFact,
} from './parse.ts';

/** String props whose values are prose a translator may rewrite. */
const TRANSLATABLE_PROPS = new Set(['title', 'label', 'alt', 'description', 'placeholder', 'summary', 'heading', 'caption', 'text', 'aria-label']);

/** Pairs of equal keys in order (longest common subsequence); the rest stay unmatched. */
function align<T>(a: T[], b: T[], key: (item: T) => string): Array<[T | undefined, T | undefined]> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = key(a[i]!) === key(b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: Array<[T | undefined, T | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]!) === key(b[j]!)) pairs.push([a[i++]!, b[j++]!]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) pairs.push([a[i++]!, undefined]);
    else pairs.push([undefined, b[j++]!]);
  }
  while (i < n) pairs.push([a[i++]!, undefined]);
  while (j < m) pairs.push([undefined, b[j++]!]);
  return pairs;
}

interface Located {
  line: number;
}

/**
 * Reports items present on one side only. The other side's line is where the
 * item would be expected: the line of the last matched item before it.
 */
function reportUnmatched<T extends Located>(
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
      out.push({ rule, source: { file: files.source, line: a.line }, translated: { file: files.translated, line: lastB }, message: `${describe(a)} is missing from the translation` });
    } else if (b) {
      out.push({ rule, source: { file: files.source, line: lastA }, translated: { file: files.translated, line: b.line }, message: `${describe(b)} is in the translation but not in the English source` });
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
    out.push({
      rule: 'jsx-prop',
      source: { file: files.source, line: a.line },
      translated: { file: files.translated, line: b.line },
      message: `<${a.name}> prop ${name}: English ${describeProps(a, name)}, translation ${describeProps(b, name)}`,
    });
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
      out.push({
        rule: 'glossary',
        source: { file: files.source, line: sourceLine },
        translated: { file: files.translated, line: 1 },
        message: `"${term}" stays untranslated, but the translation never uses it`,
      });
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
      out.push({
        rule: 'glossary',
        source: { file: files.source, line: fact.line },
        translated: { file: files.translated, line: 1 },
        message: `inline code \`${fact.text}\` is missing from the translation (API names stay as written)`,
      });
    }
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
      {
        rule: 'parse',
        source: { file: files.source, line: inTranslation ? 1 : line },
        translated: { file: files.translated, line: inTranslation ? line : 1 },
        message: (error as Error).message,
      },
    ];
  }

  const headingPairs = align(headingsOf(source), headingsOf(translated), (h) => h.id ?? `(no id, level ${h.depth})`);
  for (const [a, b] of reportUnmatched(headingPairs, files, 'heading-id', (h) => (h.id ? `heading id #${h.id}` : `level-${h.depth} heading "${h.text}" (no explicit id)`), out)) {
    if (a.depth !== b.depth) {
      out.push({ rule: 'heading-id', source: { file: files.source, line: a.line }, translated: { file: files.translated, line: b.line }, message: `heading #${a.id ?? '(no id)'} is level ${a.depth} in English but level ${b.depth} in the translation` });
    }
    if (!a.id && a.depth > 1) {
      out.push({ rule: 'heading-id', source: { file: files.source, line: a.line }, translated: { file: files.translated, line: b.line }, message: `heading "${a.text}" has no explicit id, so its anchor changes with the translated text; write it as \`${'#'.repeat(a.depth)} ${a.text} \\{#some-id}\`` });
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
    if (a && !b) out.push({ rule: 'link', source: { file: files.source, line: a.line }, translated: { file: files.translated, line: 1 }, message: `link to ${a.url} is missing from the translation` });
    if (b && !a) out.push({ rule: 'link', source: { file: files.source, line: 1 }, translated: { file: files.translated, line: b.line }, message: `link to ${b.url} is not in the English source` });
  }

  reportUnmatched(align(admonitionsOf(source), admonitionsOf(translated), (a) => a.kind), files, 'admonition', (a) => `:::${a.kind} admonition`, out);

  const codePairs = align(codeBlocksOf(source), codeBlocksOf(translated), (c) => c.lang);
  for (const [a, b] of reportUnmatched(codePairs, files, 'code', (c) => `\`\`\`${c.lang || '(no language)'} code block`, out)) {
    const result = compareCodeIgnoringComments(a.value, b.value, a.lang);
    if (!result.equal) {
      out.push({
        rule: 'code',
        // +1: the block's first line follows the opening fence.
        source: { file: files.source, line: a.line + result.lineA },
        translated: { file: files.translated, line: b.line + result.lineB },
        message: `code blocks may differ only in comments: ${result.reason}`,
      });
    }
    // The snippet annotations too: the same file shown, and the same code hidden, expected to fail or skipped.
    const lines = (code: string): number => (code === '' ? 0 : code.split('\n').length);
    const ours = parseAnnotations(a.meta, lines(a.value));
    const theirs = parseAnnotations(b.meta, lines(b.value));
    const hiddenCode = (code: string, hidden: number[]): string => hidden.map((line) => code.split('\n')[line - 1] ?? '').join('\n');
    const differences = [
      (ours.title ?? '') !== (theirs.title ?? '') && `title="${theirs.title ?? ''}" differs from the English title="${ours.title ?? ''}"`,
      !compareCodeIgnoringComments(hiddenCode(a.value, ours.hidden), hiddenCode(b.value, theirs.hidden), a.lang).equal &&
        `hidden="${theirs.hidden.join(',')}" hides other code than the English hidden="${ours.hidden.join(',')}"`,
      ours.expectErrors.join(',') !== theirs.expectErrors.join(',') && `expected errors (${theirs.expectErrors.join(',') || 'none'}) differ from the English block's (${ours.expectErrors.join(',') || 'none'})`,
      (ours.skip === undefined) !== (theirs.skip === undefined) && `skip differs from the English block`,
    ].filter((text): text is string => typeof text === 'string');
    for (const message of differences) {
      out.push({ rule: 'code', source: { file: files.source, line: a.line }, translated: { file: files.translated, line: b.line }, message: `${message}; keep the annotations of the English block` });
    }
  }

  checkGlossary(source, translated, files, out);
  return out;
}
