/**
 * The site model's one MDX/Markdown parser (check:snippets, check:links, the
 * i18n tools, the translation-status plugin and the site tests): remark with
 * remark-mdx for `.mdx` and CommonMark for `.md` (like the site's
 * `markdown.format: 'detect'`), and the facts every tool reads from a tree:
 * imports with their bindings, and `<CodeBlock>` elements anywhere in the
 * tree, props included.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { esmPrefix } from './esm-prefix.ts';

const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const mdProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

/** The parts of an mdast/MDX node the tools read. */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  identifier?: string;
  depth?: number;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: string | null | { type: string; value: string; data?: { estree?: EsNode } } }>;
  data?: { estree?: EsNode };
}

/** An ESTree node as acorn gives it inside MDX: offsets are into the whole file. */
export interface EsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function parseMarkdown(file: string, source: string): { tree: Root; error?: undefined } | { tree?: undefined; error: ParseError } {
  const processor = file.endsWith('.mdx') ? mdxProcessor : mdProcessor;
  try {
    return { tree: processor.parse(source) };
  } catch (error) {
    type Point = { line?: number; column?: number };
    const e = error as { place?: Point & { start?: Point }; reason?: string };
    const point = e.place?.start ?? e.place;
    const fromReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(e.reason ?? '');
    return {
      error: {
        line: point?.line ?? (fromReason ? Number(fromReason[1]) : 1),
        column: point?.column ?? (fromReason ? Number(fromReason[2]) : 1),
        message: e.reason ?? String(error),
      },
    };
  }
}

/** A file that does not parse; the message names file, line and column. */
export class MdxParseError extends Error {}

/**
 * Trees of the texts parsed in this process, by file kind and text: several
 * checks read the same file, and no caller changes a tree.
 */
const parsedTrees = new Map<string, Root>();

/** Parses a whole file, or throws MdxParseError naming the file and line. */
export function parseOrThrow(file: string, source: string): Root {
  const cacheKey = `${file.endsWith('.mdx') ? 'mdx' : 'md'}\0${source}`;
  const known = parsedTrees.get(cacheKey);
  if (known) return known;
  const parsed = parseMarkdown(file, source);
  if (parsed.error) {
    const { line, column, message } = parsed.error;
    throw new MdxParseError(`${file}:${line}:${column}: cannot parse MDX: ${message}. Fix the syntax (run \`npm run build\` for the same error in context).`);
  }
  if (parsedTrees.size > 500) parsedTrees.clear();
  parsedTrees.set(cacheKey, parsed.tree);
  return parsed.tree;
}

export function walkTree(node: MdNode, visit: (node: MdNode, ancestors: MdNode[]) => void, ancestors: MdNode[] = []): void {
  visit(node, ancestors);
  if (!node.children) return;
  const next = [...ancestors, node];
  for (const child of node.children) walkTree(child, visit, next);
}

/** What plainText reads of a node (any mdast-like tree will do). */
export interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

/** The text of a node as a reader sees it in a heading: its text and inline code. */
export function plainText(node: TextNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** A heading's text (`raw` keeps its explicit id), and the explicit `\{#id}`, undefined when it has none. */
export function headingOf(node: TextNode): { raw: string; text: string; id: string | undefined } {
  const raw = plainText(node).trim();
  const match = /\s*\{#([^}\s]+)\}\s*$/.exec(raw);
  return { raw, text: match ? raw.slice(0, match.index) : raw, id: match?.[1] };
}

/** Every ESTree node under `node` (depth first). */
export function walkEstree(node: unknown, visit: (node: EsNode) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walkEstree(child, visit);
    return;
  }
  const es = node as EsNode;
  if (typeof es.type === 'string') visit(es);
  for (const [key, value] of Object.entries(es)) {
    if (key === 'loc' || key === 'range' || key === 'parent') continue;
    if (value !== null && typeof value === 'object') walkEstree(value, visit);
  }
}

/** Every ESTree program of a tree: ESM, `{expressions}`, and expression props. */
export function estreesOf(tree: MdNode): EsNode[] {
  const programs: EsNode[] = [];
  walkTree(tree, (node) => {
    if (node.data?.estree) programs.push(node.data.estree);
    for (const attribute of node.attributes ?? []) {
      const value = attribute.value;
      if (value !== null && typeof value === 'object' && value.data?.estree) programs.push(value.data.estree);
    }
  });
  return programs;
}

export interface ImportFact {
  source: string;
  /** Local names bound by the statement (`Installation` in `import Installation from './_installation.mdx'`). */
  locals: string[];
  /** Sorted `imported as local` pairs, e.g. `default as Installation`. */
  bindings: string[];
  line: number;
}

interface EsStatement {
  type: string;
  source?: { value?: unknown } | null;
  specifiers?: Array<{ type: string; local?: { name?: string }; imported?: { name?: string; value?: string } }>;
  loc?: { start: { line: number } };
}

/** Imports and re-exports with a source, from the file's ESM blocks. */
export function importsOf(tree: MdNode): ImportFact[] {
  const facts: ImportFact[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = (node.data?.estree as { body?: EsStatement[] } | undefined)?.body;
    for (const statement of body ?? []) {
      const isImportOrReexport = statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration';
      if (!isImportOrReexport || typeof statement.source?.value !== 'string') continue;
      const specifiers = statement.specifiers ?? [];
      const locals = statement.type === 'ImportDeclaration' ? specifiers.map((s) => s.local?.name ?? '').filter(Boolean) : [];
      const bindings = specifiers
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
      facts.push({ source: statement.source.value, locals, bindings, line: statement.loc?.start.line ?? node.position?.start.line ?? 1 });
    }
  }
  return facts;
}

/**
 * Imports of a file, parsing only its ESM prefix (see esm-prefix.ts), for the
 * import graph. `cacheable` is false when the prefix did not parse on its own
 * and the whole file had to be parsed: that result depends on more than the
 * prefix. A `.md` file is CommonMark (no imports), like in the build.
 */
export function readImportSources(file: string, text: string): { facts: ImportFact[]; cacheable: boolean } {
  if (!file.endsWith('.mdx')) return { facts: [], cacheable: true };
  const prefix = esmPrefix(text);
  if (prefix === undefined) return { facts: [], cacheable: true };
  try {
    return { facts: importsOf(mdxProcessor.parse(prefix) as unknown as MdNode), cacheable: true };
  } catch {
    // The cut fell inside a construct that only closes later: parse it all.
    return { facts: importsOf(parseOrThrow(file, text) as unknown as MdNode), cacheable: false };
  }
}

/**
 * The front matter of a tree as data: undefined when the file has none, null
 * when it is not a YAML mapping (or not YAML at all; the build reports that).
 */
export function frontMatterOf(tree: { children?: ReadonlyArray<{ type: string; value?: string }> }): Record<string, unknown> | null | undefined {
  const node = (tree.children ?? []).find((child) => child.type === 'yaml');
  if (node === undefined) return undefined;
  try {
    const value = parseYaml(node.value ?? '') as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** 1-based line and column of a 0-based offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

export const CODE_BLOCK_MODULE = '@theme/CodeBlock';

/** A `<CodeBlock>` element found in MDX, as JSX in the Markdown or inside an expression or prop. */
export interface JsxCodeBlock {
  /** Offset of the element's `<`, and its 1-based line. */
  start: number;
  line: number;
  /** String props (`language`, `title`, `hidden`, ...). */
  props: Record<string, string>;
  /** The code, or undefined when the child is not a plain string or template literal. */
  code: string | undefined;
  /** Offset in the file of the code's first character (after the backtick or quote). */
  codeStart: number;
  /** Offsets of `${…}` expressions inside the template literal, if any. */
  expressions: number[];
}

/** Local names under which a file imports `@theme/CodeBlock`. */
export function codeBlockNames(tree: MdNode): Set<string> {
  const names = new Set<string>();
  for (const fact of importsOf(tree)) if (fact.source === CODE_BLOCK_MODULE) for (const local of fact.locals) names.add(local);
  return names;
}

/**
 * Every `<CodeBlock>` of a file: MDX JSX elements (`<CodeBlock language="ts">{`…`}</CodeBlock>`)
 * and JSX inside expressions and props (`snippet={<CodeBlock …>{`…`}</CodeBlock>}`), in source order.
 */
export function jsxCodeBlocksOf(tree: MdNode): JsxCodeBlock[] {
  const names = codeBlockNames(tree);
  if (names.size === 0) return [];
  const found: JsxCodeBlock[] = [];
  walkTree(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && names.has(node.name)) {
      const props: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
      }
      const children = (node.children ?? []).filter((child) => !(child.type === 'text' && (child.value ?? '').trim() === ''));
      const child = children.length === 1 ? children[0]! : undefined;
      const expression = (child?.data?.estree as { body?: Array<{ expression?: EsNode }> } | undefined)?.body?.[0]?.expression;
      found.push({ start: node.position?.start.offset ?? 0, line: node.position?.start.line ?? 1, props, ...literalCode(expression) });
    }
  });
  for (const program of estreesOf(tree)) {
    walkEstree(program, (es) => {
      if (es.type !== 'JSXElement') return;
      const opening = es.openingElement as { name: { type: string; name?: string }; attributes: Array<{ type: string; name?: { name?: string }; value?: { type: string; value?: unknown } }> };
      if (opening.name.type !== 'JSXIdentifier' || !names.has(opening.name.name ?? '')) return;
      const props: Record<string, string> = {};
      for (const attribute of opening.attributes) {
        if (attribute.type === 'JSXAttribute' && attribute.name?.name && attribute.value?.type === 'Literal' && typeof attribute.value.value === 'string') {
          props[attribute.name.name] = attribute.value.value;
        }
      }
      const children = (es.children as EsNode[]).filter((child) => !(child.type === 'JSXText' && String(child.value).trim() === ''));
      const child = children.length === 1 ? children[0]! : undefined;
      const expression = child?.type === 'JSXExpressionContainer' ? (child.expression as EsNode) : child;
      found.push({ start: es.start, line: (es.loc as { start: { line: number } } | undefined)?.start.line ?? 1, props, ...literalCode(expression) });
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function literalCode(expression: EsNode | undefined): Pick<JsxCodeBlock, 'code' | 'codeStart' | 'expressions'> {
  if (expression?.type === 'TemplateLiteral') {
    const quasis = expression.quasis as Array<EsNode & { value: { cooked: string | null; raw: string } }>;
    const expressions = (expression.expressions as EsNode[]).map((e) => e.start);
    return { code: quasis.map((q) => q.value.cooked ?? q.value.raw).join('${…}'), codeStart: quasis[0]!.start, expressions };
  }
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return { code: expression.value, codeStart: expression.start + 1, expressions: [] };
  if (expression?.type === 'JSXText') return { code: String(expression.value), codeStart: expression.start, expressions: [] };
  return { code: undefined, codeStart: expression?.start ?? 0, expressions: [] };
}

/**
 * String props of components other than CodeBlock whose value is code (it
 * parses as a program and has more than a bare name in it). `isCode` decides;
 * callers pass a TypeScript-based check so this module needs no compiler.
 */
export interface CodeProp {
  component: string;
  prop: string;
  value: string;
  start: number;
}

export function stringPropsOf(tree: MdNode): CodeProp[] {
  const names = codeBlockNames(tree);
  const found: CodeProp[] = [];
  walkTree(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || names.has(node.name)) return;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      const value = attribute.value;
      const at = (attribute as { position?: { start: { offset?: number } } }).position?.start.offset ?? node.position?.start.offset ?? 0;
      if (typeof value === 'string') found.push({ component: node.name, prop: attribute.name, value, start: at });
      else if (value !== null && typeof value === 'object') {
        const expression = (value.data?.estree as { body?: Array<{ expression?: EsNode }> } | undefined)?.body?.[0]?.expression;
        if (expression?.type === 'TemplateLiteral' || (expression?.type === 'Literal' && typeof expression.value === 'string')) {
          const literal = literalCode(expression);
          found.push({ component: node.name, prop: attribute.name, value: literal.code ?? '', start: expression.start });
        }
      }
    }
  });
  for (const program of estreesOf(tree)) {
    walkEstree(program, (es) => {
      if (es.type !== 'JSXOpeningElement') return;
      const name = es.name as { type: string; name?: string };
      if (name.type !== 'JSXIdentifier' || names.has(name.name ?? '')) return;
      for (const attribute of es.attributes as Array<{ type: string; name?: { name?: string }; value?: EsNode & { expression?: EsNode; value?: unknown } }>) {
        if (attribute.type !== 'JSXAttribute' || !attribute.name?.name || !attribute.value) continue;
        const expression = attribute.value.type === 'JSXExpressionContainer' ? attribute.value.expression! : attribute.value;
        if (expression.type === 'TemplateLiteral' || (expression.type === 'Literal' && typeof expression.value === 'string')) {
          found.push({ component: name.name!, prop: attribute.name.name, value: literalCode(expression).code ?? '', start: expression.start });
        }
      }
    });
  }
  return found;
}
