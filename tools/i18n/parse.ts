/**
 * The facts the translation checks compare between a page and its
 * translation: headings, JSX elements, links, admonitions, code blocks and
 * prose text. Files are parsed by the site model's one parser
 * (tools/site/markdown.ts), which also gives the imports.
 */
import { headingOf, importsOf as siteImportsOf, jsxCodeBlocksOf, parseOrThrow, walkTree, type ImportFact, type MdNode as SiteNode } from '../site/markdown.ts';

export { MdxParseError } from '../site/markdown.ts';
export type { ImportFact };

export function importsOf(tree: MdNode): ImportFact[] {
  return siteImportsOf(tree as unknown as SiteNode);
}

/** The parts of an mdast/MDX node these checks read. */
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
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Parses a whole file (MDX for `.mdx`, CommonMark for `.md`, as the build does); syntax errors name the file and line. */
export function parseMdx(text: string, fileLabel: string): MdNode {
  return parseOrThrow(fileLabel, text) as unknown as MdNode;
}

export function walk(node: MdNode, visit: (node: MdNode, ancestors: MdNode[]) => void): void {
  walkTree(node as unknown as SiteNode, visit as unknown as (node: SiteNode, ancestors: SiteNode[]) => void);
}

export function lineOf(node: MdNode): number {
  return node.position?.start.line ?? 1;
}

/** One fact per node of the tree that `read` finds one in (undefined: none), in document order. */
function factsOf<Fact>(tree: MdNode, read: (node: MdNode) => Fact | undefined): Fact[] {
  const facts: Fact[] = [];
  walk(tree, (node) => {
    const fact = read(node);
    if (fact !== undefined) facts.push(fact);
  });
  return facts;
}

export interface HeadingFact {
  depth: number;
  /** The explicit `\{#id}`, or undefined when the heading has none. */
  id: string | undefined;
  text: string;
  line: number;
}


export function headingsOf(tree: MdNode): HeadingFact[] {
  return factsOf(tree, (node) => {
    if (node.type !== 'heading') return undefined;
    const { raw, id } = headingOf(node);
    return { depth: node.depth ?? 0, id, text: raw, line: lineOf(node) };
  });
}

export interface JsxFact {
  name: string;
  props: Array<{ name: string; value: string | undefined; literal: boolean }>;
  line: number;
}

export function jsxOf(tree: MdNode): JsxFact[] {
  return factsOf(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const props = (node.attributes ?? []).map((attribute) => {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        return { name: '{...}', value: String(attribute.value ?? '').trim(), literal: false };
      }
      const value = attribute.value;
      if (value === null || value === undefined) return { name: attribute.name ?? '', value: undefined, literal: false };
      if (typeof value === 'string') return { name: attribute.name ?? '', value, literal: true };
      return { name: attribute.name ?? '', value: `{${value.value.trim()}}`, literal: false };
    });
    return { name: node.name ?? '<>', props, line: lineOf(node) };
  });
}

export interface LinkFact {
  url: string;
  line: number;
}

export function linksOf(tree: MdNode): LinkFact[] {
  return factsOf(tree, (node) => ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined ? { url: node.url, line: lineOf(node) } : undefined));
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
  return factsOf(tree, (node) => {
    const first = node.type === 'paragraph' ? node.children?.[0] : undefined;
    const match = first?.type === 'text' ? /^:{3,}([A-Za-z][\w-]*)/.exec(first.value ?? '') : null;
    return match ? { kind: match[1]!, line: lineOf(node) } : undefined;
  });
}

export interface CodeFact {
  lang: string;
  value: string;
  /** The fence's meta string (`title="…" hidden="2"`), or a `<CodeBlock>`'s string props written the same way. */
  meta: string;
  /** Line of the opening fence (of the `<CodeBlock>` element). */
  line: number;
  /** Column of the fence, where the code's lines start too (of the element). */
  column: number;
  /** A `<CodeBlock>`'s code: the file offset of its first character (after the backtick). */
  codeStart?: number;
}

export function codeBlocksOf(tree: MdNode): CodeFact[] {
  const facts: CodeFact[] = factsOf(tree, (node) => (node.type === 'code' ? { lang: node.lang ?? '', value: node.value ?? '', meta: node.meta ?? '', line: lineOf(node), column: node.position?.start.column ?? 1 } : undefined));
  // `<CodeBlock>` elements (also inside props) are code blocks too, found by the snippet checker's parser.
  for (const block of jsxCodeBlocksOf(tree as unknown as SiteNode)) {
    const meta = Object.entries(block.props)
      .filter(([name]) => name !== 'language')
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    if (block.code !== undefined) facts.push({ lang: block.props.language ?? '', value: block.code, meta, line: block.line, column: 1, codeStart: block.codeStart });
  }
  return facts.sort((a, b) => a.line - b.line);
}

export interface ProseFact {
  text: string;
  line: number;
}

/** Text a reader sees as prose: text nodes outside code and front matter. */
export function proseOf(tree: MdNode): ProseFact[] {
  return textsOf(tree, 'text');
}

export function inlineCodeOf(tree: MdNode): ProseFact[] {
  return textsOf(tree, 'inlineCode');
}

function textsOf(tree: MdNode, type: 'text' | 'inlineCode'): ProseFact[] {
  return factsOf(tree, (node) => (node.type === type && node.value ? { text: node.value, line: lineOf(node) } : undefined));
}
