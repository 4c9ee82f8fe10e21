/**
 * What check:links needs from one Markdown file, read with the shared parser
 * (tools/site/markdown.ts): front matter, heading ids (explicit `\{#id}` or
 * the github-slugger id Docusaurus gives), JSX ids, links with their places,
 * and the Markdown imports the file renders. Plain data, so the CLI can cache
 * it per file content.
 */
import GithubSlugger from 'github-slugger';
import { frontMatterOf, headingOf, importsOf, lineStartsOf, parseMarkdown, positionAt, walkEstree, estreesOf, walkTree, type MdNode } from '../site/markdown.ts';
import { isMarkdownPath } from '../site/layout.ts';

interface Place {
  line: number;
  column: number;
}

export interface FileFacts {
  path: string;
  text: string;
  parseError?: Place & { message: string };
  frontMatter: Record<string, unknown>;
  headings: Array<Place & { depth: number; id: string; explicit: boolean; text: string }>;
  jsxIds: Array<Place & { id: string }>;
  links: Array<Place & { url: string; kind: 'link' | 'image' }>;
  /** Markdown imports that the file renders as components, as specifiers. */
  renders: string[];
}

export function readFacts(file: string, text: string): FileFacts {
  const facts: FileFacts = { path: file, text, frontMatter: {}, headings: [], jsxIds: [], links: [], renders: [] };
  const parsed = parseMarkdown(file, text);
  if (parsed.error) {
    facts.parseError = parsed.error;
    return facts;
  }
  const tree = parsed.tree as MdNode;
  const lineStarts = lineStartsOf(text);
  const slugger = new GithubSlugger();
  const importedComponents = new Map<string, string>();
  for (const fact of importsOf(tree)) {
    if (isMarkdownPath(fact.source) || fact.source.startsWith('@fragments/') || fact.source.startsWith('./') || fact.source.startsWith('../')) {
      for (const local of fact.locals) importedComponents.set(local, fact.source);
    }
  }
  const rendered = new Set<string>();
  walkTree(tree, (node) => {
    // Stryker disable next-line OptionalChaining: the parser gives every node a position
    const start = node.position?.start;
    // Stryker disable next-line OptionalChaining: the parser gives every node a position
    const place = { line: start?.line ?? 1, column: start?.column ?? 1 };
    switch (node.type) {
      case 'yaml': {
        // Invalid front matter is the build's to report.
        facts.frontMatter = frontMatterOf(tree) ?? {};
        break;
      }
      case 'heading': {
        const { text: textOnly, id } = headingOf(node);
        facts.headings.push({ ...place, depth: node.depth ?? 0, id: id ?? slugger.slug(textOnly), explicit: id !== undefined, text: textOnly });
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        // Stryker disable next-line ConditionalExpression: mdast links, images and definitions always have a url
        if (node.url !== undefined) facts.links.push({ ...place, url: node.url, kind: node.type === 'image' ? 'image' : 'link' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && importedComponents.has(node.name)) rendered.add(node.name);
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          if (attribute.name === 'id') facts.jsxIds.push({ ...place, id: attribute.value });
          if (attribute.name === 'href' || attribute.name === 'to' || (attribute.name === 'src' && node.name === 'img')) facts.links.push({ ...place, url: attribute.value, kind: 'link' });
        }
        break;
      }
    }
  });
  // JSX inside expressions and props: ids, links and rendered fragments.
  for (const program of estreesOf(tree)) {
    walkEstree(program, (es) => {
      if (es.type === 'JSXOpeningElement') {
        const name = (es.name as { name?: string }).name;
        if (name && importedComponents.has(name)) rendered.add(name);
        for (const attribute of es.attributes as Array<{ type: string; name?: { name?: string }; value?: { type: string; value?: unknown; start: number } }>) {
          if (attribute.type !== 'JSXAttribute' || attribute.value?.type !== 'Literal' || typeof attribute.value.value !== 'string') continue;
          const at = positionAt(lineStarts, attribute.value.start);
          // Stryker disable next-line OptionalChaining: a JSXAttribute always has a name
          if (attribute.name?.name === 'id') facts.jsxIds.push({ ...at, id: attribute.value.value });
          // Stryker disable next-line OptionalChaining: a JSXAttribute always has a name
          if (attribute.name?.name === 'href' || attribute.name?.name === 'to') facts.links.push({ ...at, url: attribute.value.value, kind: 'link' });
        }
      }
    });
  }
  for (const name of rendered) facts.renders.push(importedComponents.get(name)!);
  return facts;
}

