/**
 * Terminology and punctuation of translated prose, never code: forbidden
 * renderings from the glossary, glosses that differ from the glossary's,
 * gloss form (`权限 (Scope)`: half-width parentheses, the English only, nothing
 * stacked after it, Chinese first) and ASCII quotes in Chinese text.
 *
 * Prose is what a reader sees as text: the text nodes of the MDX tree (parsed
 * with the same remark + remark-mdx pipeline as the other checks), the prose
 * keys of the front matter, and the `message` values of the theme JSON files.
 * Code blocks, inline code, imports, JSX attributes and expressions, link
 * targets and heading ids are masked out, so they are never flagged.
 *
 * Each problem carries the exact edit `--fix` applies; problems without one
 * (gloss form) need a person to rewrite the sentence.
 */
import { parseDocument, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { ZH_TERMS, forbiddenRenderings, type TranslatedTerm } from './glossary.ts';
import { parseMdx, walk } from './parse.ts';
import { formatProblem, type Problem } from '../site/report.ts';

export type ProseRule = 'glossary' | 'gloss' | 'quotes';

/** The docs tools' problem (tools/site/report.ts), code `i18n/<rule>`, with the edit `--fix` makes. */
export interface ProseProblem extends Problem {
  code: `i18n/${ProseRule}`;
  rule: ProseRule;
  /** The replacement `--fix` makes: source offsets [start, end) and the new text. */
  fix?: { start: number; end: number; text: string };
}

/** Front matter keys whose values readers see (page title, sidebar, gallery card). */
const PROSE_KEYS = new Set(['title', 'sidebar_label', 'description', 'app_type', 'keywords']);

const MASK = '\u0000';
const CODE_ELEMENTS = new Set(['CodeBlock', 'code', 'pre']);
const HAN = /\p{Script=Han}/u;
/** Han characters and CJK or full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** `text` with everything that is not prose replaced by MASK (newlines kept, so offsets match). */
function maskExcept(text: string, ranges: Array<[number, number]>): string {
  const keep = new Uint8Array(text.length);
  for (const [start, end] of ranges) keep.fill(1, start, end);
  let out = '';
  for (let i = 0; i < text.length; i++) out += keep[i] || text[i] === '\n' ? text[i] : MASK;
  return out;
}

function frontMatterRanges(text: string, yamlStart: number, yamlValue: string): Array<[number, number]> {
  const contentStart = text.indexOf('\n', yamlStart) + 1;
  const ranges: Array<[number, number]> = [];
  const document = parseDocument(yamlValue);
  const visit = (node: unknown, key: string | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) visit(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, key);
    } else if (isScalar(node) && key && PROSE_KEYS.has(key) && typeof node.value === 'string' && (node as YamlNode).range) {
      let [start, end] = (node as YamlNode).range!;
      // Quoted scalars: the quotes are YAML syntax, not prose.
      if (yamlValue[start] === '"' || yamlValue[start] === "'") {
        start += 1;
        end = yamlValue.lastIndexOf(yamlValue[start - 1]!, end - 1);
      }
      ranges.push([contentStart + start, contentStart + end]);
    }
  };
  visit(document.contents, undefined);
  return ranges;
}

/** Prose ranges of an MD/MDX file: text nodes (heading ids cut off) and prose front matter values. */
export function mdxProseRanges(text: string, file: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  walk(parseMdx(text, file), (node, ancestors) => {
    const start = (node.position?.start as { offset?: number } | undefined)?.offset;
    const end = (node.position?.end as { offset?: number } | undefined)?.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'yaml') ranges.push(...frontMatterRanges(text, start, node.value ?? ''));
    if (node.type !== 'text') return;
    // Text children of `<CodeBlock>`, `<code>` and `<pre>` are code.
    if (ancestors.some((a) => (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && CODE_ELEMENTS.has(a.name ?? ''))) return;
    let stop = end;
    if (ancestors.at(-1)?.type === 'heading') {
      const id = /\s*\\?\{#[^}]*\}\s*$/.exec(text.slice(start, end));
      if (id) stop = start + id.index;
    }
    ranges.push([start, stop]);
  });
  return ranges;
}

/** Prose ranges of a Docusaurus translation JSON file: the `message` strings. */
export function jsonProseRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/"message"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const start = match.index! + match[0].length - match[1]!.length - 1;
    ranges.push([start, start + match[1]!.length]);
  }
  return ranges;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const normalizeEnglish = (text: string): string => text.trim().toLowerCase().replace(/s$/, '');

const LATIN = /[A-Za-z0-9]/;

/**
 * The edit replacing text[start, end) with `use`, with the spacing rule kept:
 * a space between Chinese and Latin text, none between two Chinese characters
 * (`Logto Console 中` → `Logto 控制台中`, `应用路由器中` → `App Router 中`).
 */
function spaced(text: string, start: number, end: number, use: string): { start: number; end: number; text: string } {
  let replacement = use;
  const first = use[0] ?? '';
  const last = use.at(-1) ?? '';
  if (HAN.test(first) && text[start - 1] === ' ' && HAN.test(text[start - 2] ?? '')) start -= 1;
  else if (LATIN.test(first) && HAN.test(text[start - 1] ?? '')) replacement = ` ${replacement}`;
  if (HAN.test(last) && text[end] === ' ' && HAN.test(text[end + 1] ?? '')) end += 1;
  else if (LATIN.test(last) && HAN.test(text[end] ?? '')) replacement = `${replacement} `;
  return { start, end, text: replacement };
}

/** Checks one translated file's prose. `ranges` says where the prose is (mdxProseRanges or jsonProseRanges). */
export function checkProseText(text: string, file: string, ranges: Array<[number, number]>, terms: TranslatedTerm[] = ZH_TERMS): ProseProblem[] {
  const prose = maskExcept(text, ranges);
  const problems: ProseProblem[] = [];
  const claimed = new Uint8Array(text.length);
  const report = (rule: ProseRule, at: number, message: string, fix?: ProseProblem['fix']): void => {
    problems.push({ file, ...lineColumn(text, at), code: `i18n/${rule}`, rule, message, fix });
  };
  const free = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (claimed[i] || prose[i] === MASK) return false;
    return true;
  };

  // Correct glosses are protected: `传统网页应用 (Traditional web)` holds the English on purpose.
  for (const term of terms) {
    if (!term.gloss) continue;
    for (let at = prose.indexOf(term.gloss); at !== -1; at = prose.indexOf(term.gloss, at + 1)) claimed.fill(1, at, at + term.gloss.length);
  }

  for (const rendering of forbiddenRenderings()) {
    for (let at = prose.indexOf(rendering.text); at !== -1; at = prose.indexOf(rendering.text, at + 1)) {
      const end = at + rendering.text.length;
      if (!free(at, end)) continue;
      claimed.fill(1, at, end);
      report('glossary', at, `"${rendering.text}" → use "${rendering.use}" (glossary: ${rendering.entry})`, spaced(text, at, end, rendering.use));
    }
  }

  // A gloss of a glossary term that is not the glossary's: `权限 (Permission)` for `权限 (Scope)`.
  for (const term of terms) {
    if (!term.gloss) continue;
    const english = /\((.*)\)$/.exec(term.gloss)![1]!;
    const pattern = new RegExp(`${term.preferred.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ?\\(([^()\\n${MASK}]*)\\)`, 'g');
    for (const match of prose.matchAll(pattern)) {
      const at = match.index!;
      if (!free(at, at + match[0].length) || HAN.test(prose[at - 1] ?? '')) continue;
      if (normalizeEnglish(match[1]!).endsWith(normalizeEnglish(english)) || /[\p{Script=Han}，、；：。]/u.test(match[1]!)) continue;
      claimed.fill(1, at, at + match[0].length);
      report('glossary', at, `"${match[0]}" → use "${term.gloss}" (glossary: ${term.id})`, { start: at, end: at + match[0].length, text: term.gloss });
    }
  }

  // Gloss form. Half-width parentheses hold the English term only. A gloss follows a
  // Chinese term, which may end in Latin letters (`重定向 URI (Redirect URI)`).
  for (const match of prose.matchAll(/([\p{Script=Han}A-Za-z]) ?\(([^()\n]*)\)/gu)) {
    if (!HAN.test(match[1]!) && !HAN.test(prose.slice(Math.max(0, match.index! - 8), match.index!))) continue;
    const open = match.index! + match[1]!.length + (match[0][match[1]!.length] === ' ' ? 1 : 0);
    const inside = match[2]!;
    if (/[\p{Script=Han}，、；：。]/u.test(inside.replaceAll(MASK, ''))) {
      report('gloss', open, `"${match[0].slice(match[1]!.length).trim().replaceAll(MASK, '…')}": a gloss in half-width parentheses holds only the English term (\`权限 (Scope)\`); put a Chinese aside in its own sentence or in full-width （…）`);
      continue;
    }
    const after = /^ ?[（(]/.exec(prose.slice(match.index! + match[0].length));
    if (after && !inside.includes(MASK)) {
      report('gloss', open, `"${match[0].slice(match[1]!.length).trim()}${after[0].trim()}": nothing is stacked after a gloss; move the aside into the sentence`);
    }
  }
  // An English term (`Scope`, `Access token`; not an acronym aside like `（HTTPS）`) in full-width parentheses.
  for (const match of prose.matchAll(/(\p{Script=Han}) ?（([A-Z][a-z][A-Za-z0-9 .,'/-]*)）/gu)) {
    report('gloss', match.index! + match[1]!.length, `"${match[0].slice(match[1]!.length).trim()}": a gloss uses half-width parentheses after a space: " (${match[2]})"`);
  }
  // An English UI name glossed with Chinese, `Roles（角色）`: the order is flipped. Asides (`SDK（例如…）`) hold more than a word.
  for (const match of prose.matchAll(/([A-Za-z][A-Za-z0-9 .'/-]*)（(\p{Script=Han}+)）/gu)) {
    report('gloss', match.index!, `"${match[0]}": the gloss order is Chinese first, English in half-width parentheses: "${match[2]} (${match[1]!.trim()})"`);
  }

  // ASCII double quotes touching Chinese text become “…”.
  // `\"` is a JSON escape, not a quote a reader sees.
  for (const match of prose.matchAll(/( ?)(?<!\\)"([^"\n\u0000\\]*)"( ?)/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    const before = prose[start - 1] ?? '';
    const after = prose[end] ?? '';
    const inner = match[2]!;
    const touchesCjk = CJK.test(before) || CJK.test(after) || HAN.test(inner);
    if (!touchesCjk) continue;
    // Spaces between Chinese text and the quotes go; a space next to Latin text stays.
    const lead = CJK.test(before) || before === '' ? '' : match[1]!;
    const trail = CJK.test(after) || after === '' || after === '\n' ? '' : match[3]!;
    report('quotes', start + match[1]!.length, `"${inner}" in ASCII quotes → use “${inner}” (style: no ASCII quotes in Chinese text)`, {
      start,
      end,
      text: `${lead}“${inner}”${trail}`,
    });
  }

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function checkProseFile(text: string, file: string): ProseProblem[] {
  return checkProseText(text, file, file.endsWith('.json') ? jsonProseRanges(text) : mdxProseRanges(text, file));
}

/**
 * Applies the fixes of the given problems (those of one file), back to front.
 * Of two overlapping edits only the later one is made; the other problem is
 * left out of `applied`, and the next check reports it again.
 */
export function applyFixes(text: string, problems: ProseProblem[]): { text: string; applied: ProseProblem[] } {
  const fixable = problems.filter((p) => p.fix).sort((a, b) => b.fix!.start - a.fix!.start);
  let out = text;
  let limit = Infinity;
  const applied: ProseProblem[] = [];
  for (const problem of fixable) {
    const fix = problem.fix!;
    if (fix.end > limit) continue;
    out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
    limit = fix.start;
    applied.unshift(problem);
  }
  return { text: out, applied };
}

export function formatProseProblem(problem: ProseProblem): string {
  return `${formatProblem(problem, { frame: '' })}${problem.fix ? '' : ' (not fixed by --fix)'}`;
}
