/**
 * Turns one doc page (MDX) into plain Markdown as the reader sees the page:
 * fragments inlined with their props applied, tabs as labelled sections,
 * admonitions as blockquotes naming their kind, hidden lines removed (the
 * site's own remark plugin), links absolute to the site's url, and no JSX left.
 * Parsing and printing are remark's (remark-mdx in, remark-stringify out); this
 * file only rewrites the syntax tree between the two.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import type { BlockContent, Code, Heading, Link, Paragraph, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';
import { toString } from 'mdast-util-to-string';
import remarkHiddenLines from '../../remark/hidden-lines.ts';
import { importCandidates, layoutFor, resolveImport, SOURCE_FOLDERS, toKey, type SiteLayout } from '../../../tools/site/layout.ts';

export interface TwinContext {
  siteDir: string;
  /** `i18n/<locale>` of the locale being built (Docusaurus's `localizationDir`). */
  localizationDir: string;
  /** Folder of the English shared fragments, relative to siteDir. */
  fragmentsDir: string;
  /** Origin plus the locale's base URL, without a trailing slash: `https://docs.example.com/zh-CN`. */
  siteBase: string;
  /** Absolute source path → absolute URL of the page, to rewrite `./other.mdx` links. */
  pageUrlOfSource: Map<string, string>;
  /** What `<QuickStartGallery />` lists. */
  quickStarts: Array<{ label: string; url: string; description: string }>;
  /** Labels of admonition kinds in this locale. */
  admonitionLabels: Record<string, string>;
  /** The site's layout (the site model's); by default, Docusaurus's folders for the locale of `localizationDir`. */
  layout?: SiteLayout;
}

type Props = Record<string, unknown>;

interface Scope {
  file: string;
  props: Props;
  /** Component name → absolute path of an imported Markdown file. */
  fragments: Map<string, string>;
  /** The page the fragment ends up in, for `#anchor` links. */
  pageUrl: string;
}

export class TwinError extends Error {}

/** The page or fragment a code block of the tree was written in. */
export function codeSource(code: Code): string | undefined {
  return (code.data as { sourceFile?: string } | undefined)?.sourceFile;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective).use(remarkGfm);
const printer = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-', emphasis: '_' });

function where(file: string, node: { position?: { start: { line: number } } }, ctx: TwinContext): string {
  return `${path.relative(ctx.siteDir, file)}:${node.position?.start.line ?? 1}`;
}

function parseFile(file: string): Root {
  // Stryker disable next-line StringLiteral: VFile reads the bytes as UTF-8 all the same
  const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
  const tree = parser.parse(vfile) as Root;
  // The site's own hidden-lines plugin, so the twin drops exactly what the page drops.
  remarkHiddenLines()(tree, vfile);
  return tree;
}

/** Resolves a Markdown import the way the site's bundler does, with the site model's resolver (tools/site/layout.ts). */
function resolveMarkdownImport(specifier: string, importer: string, ctx: TwinContext): string | undefined {
  // Only a file named with its Markdown extension is a fragment: an import without one (a component) is not, though the bundler would try .mdx for it.
  if (!/\.mdx?$/.test(specifier)) return undefined;
  const locale = path.basename(ctx.localizationDir);
  const layout = ctx.layout ?? layoutFor('', [locale], { ...SOURCE_FOLDERS, fragments: ctx.fragmentsDir });
  const found = resolveImport(ctx.siteDir, layout, locale, toKey(ctx.siteDir, importer), specifier);
  if (typeof found === 'string') return path.join(ctx.siteDir, found);
  // A missing file: where it was expected last (the English fallback), so the error names it.
  const expected = importCandidates(layout, locale, toKey(ctx.siteDir, importer), specifier)?.candidates.at(-1);
  return expected === undefined ? undefined : path.join(ctx.siteDir, expected);
}

function collectImports(tree: Root, file: string, ctx: TwinContext): Map<string, string> {
  const found = new Map<string, string>();
  for (const node of tree.children) {
    // Only an ESM node (`import …`) has import declarations; the program of a {…} expression has none.
    for (const statement of (node.data as { estree?: Program } | undefined)?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      const source = String(statement.source.value);
      const target = resolveMarkdownImport(source, file, ctx);
      if (target === undefined) continue;
      if (!existsSync(target)) throw new TwinError(`${where(file, node, ctx)}: cannot inline "${source}": ${path.relative(ctx.siteDir, target)} does not exist.`);
      for (const specifier of statement.specifiers) found.set(specifier.local.name, target);
    }
  }
  return found;
}

/** Evaluates a JSX expression of the site's own MDX (`props.packageName`, template literals) with the fragment's props. */
function evaluate(expression: string, scope: Scope, node: { position?: { start: { line: number } } }, ctx: TwinContext): unknown {
  try {
    return new Function('props', `return (${expression});`)(scope.props) as unknown;
  } catch (error) {
    throw new TwinError(`${where(scope.file, node, ctx)}: cannot evaluate {${expression}} for the Markdown twin: ${(error as Error).message}`);
  }
}

function isEmptyExpression(node: { data?: { estree?: { body?: unknown[] } | null } }): boolean {
  return (node.data?.estree?.body?.length ?? 0) === 0;
}

function attributes(element: MdxJsxFlowElement | MdxJsxTextElement, scope: Scope, ctx: TwinContext): Props {
  const props: Props = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      // `{...expression}`: the value is what the braces hold, the spread included, so it is evaluated inside an object literal.
      Object.assign(props, evaluate(`{${attribute.value}}`, scope, element, ctx));
      continue;
    }
    const { name, value } = attribute as MdxJsxAttribute;
    if (value == null) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else props[name] = evaluate(value.value, scope, element, ctx);
  }
  return props;
}

function text(value: string): Text {
  return { type: 'text', value };
}

function strongParagraph(label: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'strong', children: [text(label)] }] };
}

function absoluteUrl(url: string, scope: Scope, ctx: TwinContext): string {
  // `pathname:///downloads/x.zip`: a file the build writes, served from the site's root.
  if (url.startsWith('pathname://')) return `${ctx.siteBase}${url.slice('pathname://'.length)}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith('#')) return `${scope.pageUrl}${url}`;
  if (url.startsWith('/')) return `${ctx.siteBase}${url}`;
  const [filePart = '', hash] = url.split('#');
  const target = path.resolve(path.dirname(scope.file), decodeURIComponent(filePart));
  const page = ctx.pageUrlOfSource.get(target);
  if (page === undefined) {
    if (/\.mdx?$/.test(filePart)) throw new TwinError(`${path.relative(ctx.siteDir, scope.file)}: the link ${url} points at no doc page (${path.relative(ctx.siteDir, target)}).`);
    return url;
  }
  return hash === undefined ? page : `${page}#${hash}`;
}

const headingId = /\s*\{#[\w-]+\}\s*$/;

/** Rewrites a list of nodes; returns the nodes that replace them. */
function transformChildren(children: RootContent[], scope: Scope, ctx: TwinContext, depth: number): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) out.push(...transformNode(child, scope, ctx, depth));
  return out;
}

function transformNode(node: RootContent, scope: Scope, ctx: TwinContext, depth: number): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'yaml':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      if (isEmptyExpression(node)) return []; // {/* a comment */}
      const value = evaluate(node.value, scope, node, ctx);
      if (value === undefined || value === null || value === false) return [];
      if (typeof value === 'object') throw new TwinError(`${where(scope.file, node, ctx)}: {${node.value}} renders an element; the Markdown twin needs text.`);
      const rendered = text(String(value));
      return node.type === 'mdxFlowExpression' ? [{ type: 'paragraph', children: [rendered] }] : [rendered];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return transformElement(node, scope, ctx, depth);
    case 'containerDirective': {
      const label = ctx.admonitionLabels[node.name];
      if (label === undefined) throw new TwinError(`${where(scope.file, node, ctx)}: unknown admonition ":::${node.name}".`);
      const [first, ...rest] = node.children;
      const title = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
      const body = transformChildren(title ? rest : node.children, scope, ctx, depth) as BlockContent[];
      const heading: Paragraph = strongParagraph(label);
      if (title) heading.children.push(text(': '), ...(transformChildren(title.children, scope, ctx, depth) as Paragraph['children']));
      return [{ type: 'blockquote', children: [heading, ...body] }];
    }
    case 'leafDirective':
    case 'textDirective': {
      // `a:b` in prose, or `::b` alone on a line, that was meant as text (remark-directive reads it as a directive): written back as it was, the label in brackets.
      const label = node.children.length === 0 ? [] : [text('['), ...(transformChildren(node.children as RootContent[], scope, ctx, depth) as Paragraph['children']), text(']')];
      const parts: Paragraph['children'] = [text(`${node.type === 'leafDirective' ? '::' : ':'}${node.name}`), ...label];
      return node.type === 'leafDirective' ? [{ type: 'paragraph', children: parts }] : parts;
    }
    case 'code':
      // Remember which file (page or fragment) the block comes from, for errors about it.
      return [{ ...node, data: { ...node.data, sourceFile: scope.file } as Code['data'] }];
    case 'heading': {
      const heading: Heading = { ...node, children: transformChildren(node.children, scope, ctx, depth) as Heading['children'] };
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(headingId, '');
      return [heading];
    }
    case 'link':
    case 'definition':
    case 'image': {
      const copy = { ...node, url: absoluteUrl(node.url, scope, ctx) };
      if ('children' in copy) (copy as Link).children = transformChildren((node as Link).children, scope, ctx, depth) as Link['children'];
      return [copy];
    }
    default:
      if ('children' in node) {
        return [{ ...node, children: transformChildren(node.children as RootContent[], scope, ctx, depth) } as RootContent];
      }
      return [node];
  }
}

function codeFromElement(element: MdxJsxFlowElement | MdxJsxTextElement, scope: Scope, ctx: TwinContext): Code {
  const props = attributes(element, scope, ctx);
  let value = '';
  for (const child of element.children) {
    if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') value += String(evaluate(child.value, scope, child, ctx));
    else value += toString(child); // code written as text: MDX parsed it as Markdown, its text is the code
  }
  const meta = typeof props.title === 'string' ? `title=${JSON.stringify(props.title)}` : null;
  return { type: 'code', lang: typeof props.language === 'string' ? props.language : null, meta, value: value.replace(/\n$/, ''), position: element.position, data: { sourceFile: scope.file } as Code['data'] };
}

function transformElement(element: MdxJsxFlowElement | MdxJsxTextElement, scope: Scope, ctx: TwinContext, depth: number): RootContent[] {
  const name = element.name ?? '';
  const fragment = scope.fragments.get(name);
  if (fragment !== undefined) {
    if (depth > 20) throw new TwinError(`${where(scope.file, element, ctx)}: fragments import each other in a loop (through ${name}).`);
    const tree = parseFile(fragment);
    const inner: Scope = { file: fragment, props: attributes(element, scope, ctx), fragments: collectImports(tree, fragment, ctx), pageUrl: scope.pageUrl };
    return transformChildren(tree.children, inner, ctx, depth + 1);
  }
  switch (name) {
    case 'FragmentProps':
      return [];
    case 'CodeBlock':
      return [codeFromElement(element, scope, ctx)];
    case 'Tabs':
      return transformChildren(element.children as RootContent[], scope, ctx, depth);
    case 'TabItem': {
      const props = attributes(element, scope, ctx);
      const label = String(props.label ?? props.value ?? '');
      return [strongParagraph(label), ...transformChildren(element.children as RootContent[], scope, ctx, depth)];
    }
    case 'details':
    case 'summary':
      if (name === 'summary') return [strongParagraph(toString(element))];
      return transformChildren(element.children as RootContent[], scope, ctx, depth);
    case 'QuickStartGallery':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: ctx.quickStarts.map((guide) => ({
            type: 'listItem',
            // Stryker disable next-line BooleanLiteral: an item of one paragraph prints the same, spread or not
            spread: false,
            children: [{ type: 'paragraph', children: [{ type: 'link', url: guide.url, children: [text(guide.label)] }, text(`: ${guide.description}`)] }],
          })),
        },
      ];
    default:
      throw new TwinError(
        `${where(scope.file, element, ctx)}: <${name}> has no Markdown rendering. Teach src/plugins/markdown-twins/to-markdown.ts how to write it, or use Markdown instead.`,
      );
  }
}

/** The last guard: no JSX or expression node may reach the printer (every kind is rewritten above; a new one must be too). */
export function assertNoJsx(tree: Root, file: string, ctx: TwinContext): void {
  const stack: Array<{ type: string; children?: unknown[]; position?: { start: { line: number } } }> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type.startsWith('mdx')) throw new TwinError(`${where(file, node, ctx)}: ${node.type} left in the Markdown twin.`);
    if (Array.isArray(node.children)) stack.push(...(node.children as typeof stack));
  }
}

/** The page at `file` (an absolute path), served at `pageUrl`, as the Markdown tree of its twin. */
export function pageToTree(file: string, pageUrl: string, title: string, ctx: TwinContext): Root {
  const tree = parseFile(file);
  const scope: Scope = { file, props: {}, fragments: collectImports(tree, file, ctx), pageUrl };
  const out: Root = { type: 'root', children: transformChildren(tree.children, scope, ctx, 0) };
  if (!out.children.some((node) => node.type === 'heading' && node.depth === 1)) {
    out.children.unshift({ type: 'heading', depth: 1, children: [text(title)] });
  }
  assertNoJsx(out, file, ctx);
  return out;
}

/** The Markdown twin of the page at `file` (an absolute path), served at `pageUrl`. */
export function pageToMarkdown(file: string, pageUrl: string, title: string, ctx: TwinContext): string {
  return printer.stringify(pageToTree(file, pageUrl, title, ctx));
}
