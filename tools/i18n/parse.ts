/**
 * MDX parsing with unified + remark-parse + remark-frontmatter + remark-mdx,
 * and the facts the other modules need from a tree: imports, headings, JSX
 * elements, links, admonitions, code blocks and prose text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';

/** The parts of an mdast/MDX node these tools read. */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number }; end: { line: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  lang?: string | null;
  meta?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: JsxAttribute[];
  data?: { estree?: EsProgram };
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface EsNode {
  type: string;
  loc?: { start: { line: number } };
  source?: { value?: unknown } | null;
  specifiers?: Array<{ type: string; local?: { name: string }; imported?: { name?: string; value?: string } }>;
}

interface EsProgram {
  body: EsNode[];
}

import { MdxParseError } from './errors.ts';
import { jsxCodeBlocksOf, type MdNode as SiteNode } from '../site/markdown.ts';
import { esmPrefix } from './esm-prefix.ts';

export { MdxParseError };

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Parses a whole file; syntax errors name the file and line. */
export function parseMdx(text: string, fileLabel: string): MdNode {
  try {
    return processor.parse(text) as unknown as MdNode;
  } catch (error) {
    // vfile-message puts the position in `place` (a point or a range), older versions in line/column.
    type Point = { line?: number; column?: number };
    const e = error as Point & { place?: Point & { start?: Point }; reason?: string; message: string };
    // Errors at the end of input carry no place; their reason ends with the opening's `(line:col-line:col)`.
    const fromReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(e.reason ?? '');
    const point: Point = e.place?.start ?? e.place ?? (e.line ? e : fromReason ? { line: Number(fromReason[1]), column: Number(fromReason[2]) } : {});
    const where = point.line ? `${fileLabel}:${point.line}:${point.column ?? 1}` : fileLabel;
    throw new MdxParseError(`${where}: cannot parse MDX: ${e.reason ?? e.message}. Fix the syntax (run \`npm run build\` for the same error in context).`);
  }
}

export function walk(node: MdNode, visit: (node: MdNode, ancestors: MdNode[]) => void, ancestors: MdNode[] = []): void {
  visit(node, ancestors);
  if (!node.children) return;
  const next = [...ancestors, node];
  for (const child of node.children) walk(child, visit, next);
}

export function lineOf(node: MdNode): number {
  return node.position?.start.line ?? 1;
}

export interface ImportFact {
  source: string;
  /** Sorted `imported as local` pairs, e.g. `default as Installation`. */
  bindings: string[];
  line: number;
}

export function importsOf(tree: MdNode): ImportFact[] {
  const facts: ImportFact[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      const source = statement.source?.value;
      if (typeof source !== 'string') continue;
      const bindings = (statement.specifiers ?? [])
        .map((specifier) => {
          const imported =
            specifier.type === 'ImportDefaultSpecifier'
              ? 'default'
              : specifier.type === 'ImportNamespaceSpecifier'
                ? '*'
                : (specifier.imported?.name ?? String(specifier.imported?.value ?? ''));
          return `${imported} as ${specifier.local?.name ?? imported}`;
        })
        .sort();
      facts.push({ source, bindings, line: statement.loc?.start.line ?? lineOf(node) });
    }
  }
  return facts;
}

/**
 * Import specifiers of a file, parsing only its ESM prefix (see esm-prefix.ts).
 * `cacheable` is false when the prefix did not parse on its own and the whole
 * file had to be parsed: that result depends on more than the prefix.
 */
export function readImportSources(text: string, fileLabel: string): { facts: ImportFact[]; cacheable: boolean } {
  const prefix = esmPrefix(text);
  if (prefix === undefined) return { facts: [], cacheable: true };
  try {
    return { facts: importsOf(processor.parse(prefix) as unknown as MdNode), cacheable: true };
  } catch {
    // The cut fell inside a construct that only closes later: parse it all.
    return { facts: importsOf(parseMdx(text, fileLabel)), cacheable: false };
  }
}

export interface HeadingFact {
  depth: number;
  /** The explicit `\{#id}`, or undefined when the heading has none. */
  id: string | undefined;
  text: string;
  line: number;
}

export function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

export function headingsOf(tree: MdNode): HeadingFact[] {
  const facts: HeadingFact[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const text = plainText(node).trim();
    const match = /\{#([^}\s]+)\}\s*$/.exec(text);
    facts.push({ depth: node.depth ?? 0, id: match?.[1], text, line: lineOf(node) });
  });
  return facts;
}

export interface JsxFact {
  name: string;
  props: Array<{ name: string; value: string | undefined; literal: boolean }>;
  line: number;
}

export function jsxOf(tree: MdNode): JsxFact[] {
  const facts: JsxFact[] = [];
  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const props = (node.attributes ?? []).map((attribute) => {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        return { name: '{...}', value: String(attribute.value ?? '').trim(), literal: false };
      }
      const value = attribute.value;
      if (value === null || value === undefined) return { name: attribute.name ?? '', value: undefined, literal: false };
      if (typeof value === 'string') return { name: attribute.name ?? '', value, literal: true };
      return { name: attribute.name ?? '', value: `{${value.value.trim()}}`, literal: false };
    });
    facts.push({ name: node.name ?? '<>', props, line: lineOf(node) });
  });
  return facts;
}

export interface LinkFact {
  url: string;
  line: number;
}

export function linksOf(tree: MdNode): LinkFact[] {
  const facts: LinkFact[] = [];
  walk(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      facts.push({ url: node.url, line: lineOf(node) });
    }
  });
  return facts;
}

export interface AdmonitionFact {
  kind: string;
  line: number;
}

/**
 * Docusaurus admonitions (`:::tip`) come from remark-directive, which these
 * tools do not load; without it the opening fence is a paragraph whose text
 * starts with `:::kind`, and that is what is read here.
 */
export function admonitionsOf(tree: MdNode): AdmonitionFact[] {
  const facts: AdmonitionFact[] = [];
  walk(tree, (node) => {
    if (node.type !== 'paragraph') return;
    const first = node.children?.[0];
    if (first?.type !== 'text') return;
    const match = /^:{3,}([A-Za-z][\w-]*)/.exec(first.value ?? '');
    if (match) facts.push({ kind: match[1]!, line: lineOf(node) });
  });
  return facts;
}

export interface CodeFact {
  lang: string;
  value: string;
  /** Line of the opening fence. */
  line: number;
}

export function codeBlocksOf(tree: MdNode): CodeFact[] {
  const facts: CodeFact[] = [];
  walk(tree, (node) => {
    if (node.type === 'code') facts.push({ lang: node.lang ?? '', value: node.value ?? '', line: lineOf(node) });
  });
  // `<CodeBlock>` elements (also inside props) are code blocks too, found by the snippet checker's parser.
  for (const block of jsxCodeBlocksOf(tree as unknown as SiteNode)) {
    if (block.code !== undefined) facts.push({ lang: block.props.language ?? '', value: block.code, line: block.line });
  }
  return facts.sort((a, b) => a.line - b.line);
}

export interface ProseFact {
  text: string;
  line: number;
}

/** Text a reader sees as prose: text nodes outside code and front matter. */
export function proseOf(tree: MdNode): ProseFact[] {
  const facts: ProseFact[] = [];
  walk(tree, (node) => {
    if (node.type === 'text' && node.value) facts.push({ text: node.value, line: lineOf(node) });
  });
  return facts;
}

export function inlineCodeOf(tree: MdNode): ProseFact[] {
  const facts: ProseFact[] = [];
  walk(tree, (node) => {
    if (node.type === 'inlineCode' && node.value) facts.push({ text: node.value, line: lineOf(node) });
  });
  return facts;
}
