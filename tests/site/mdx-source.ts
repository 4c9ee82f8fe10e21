/**
 * Reads MDX sources the way the site composes them, so tests can check that
 * each fragment's text really reaches the built page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Locale } from './built-site';
import { repoRoot } from './built-site';
import snippetsConfig from '../../tools/snippets/samples.config';
import { guideSteps } from '../../tools/snippets/walkthrough';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

export function parseMdx(file: string): Node {
  return parser.parse(readFileSync(file, 'utf8')) as Node;
}

/** The file a locale actually renders for a source path under docs/ or fragments/. */
export function localizedSource(locale: Locale, sourcePath: string): string {
  if (locale === 'en') return path.join(repoRoot, sourcePath);
  const translated = sourcePath.startsWith('docs/')
    ? path.join(repoRoot, 'i18n', locale, 'docusaurus-plugin-content-docs/current', sourcePath.slice('docs/'.length))
    : path.join(repoRoot, 'i18n', locale, sourcePath);
  return existsSync(translated) ? translated : path.join(repoRoot, sourcePath);
}

/** Repo-relative source paths (English layout) of the MDX files a file imports. */
export function mdxImports(file: string, sourcePath: string): string[] {
  const tree = parseMdx(file);
  const imports: string[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const match of node.value.matchAll(/from\s+['"]([^'"]+\.mdx?)['"]/g)) {
      const specifier = match[1]!;
      if (specifier.startsWith('@fragments/')) imports.push(`fragments/${specifier.slice('@fragments/'.length)}`);
      else if (specifier.startsWith('.')) imports.push(path.posix.join(path.posix.dirname(sourcePath), specifier));
    }
  }
  return imports;
}

/** Every fragment a page composes, directly or through other fragments. */
export function composedFragments(locale: Locale, pageSourcePath: string): string[] {
  const seen = new Set<string>();
  const visit = (sourcePath: string) => {
    for (const imported of mdxImports(localizedSource(locale, sourcePath), sourcePath)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
    }
  };
  visit(pageSourcePath);
  return [...seen];
}

function plainText(node: Node): string | undefined {
  if (node.type === 'mdxTextExpression' || node.type === 'mdxJsxTextElement') return undefined;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  let text = '';
  for (const child of node.children ?? []) {
    const part = plainText(child);
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/** The first prose paragraph of a file as plain text, to look for in the HTML. */
export function firstParagraph(file: string): string | undefined {
  const queue: Node[] = [parseMdx(file)];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node.type === 'paragraph') {
      const text = plainText(node)?.replace(/\s+/g, ' ').trim();
      if (text && text.length >= 15) return text;
    }
    if (node.type !== 'code') queue.push(...(node.children ?? []));
  }
  return undefined;
}

/** Fenced code blocks with their `title="..."` meta. */
export function titledCodeBlocks(file: string): Array<{ title: string; code: string }> {
  const blocks: Array<{ title: string; code: string }> = [];
  const walk = (node: Node & { meta?: string | null }) => {
    if (node.type === 'code') {
      const title = /title="([^"]+)"/.exec(node.meta ?? '')?.[1];
      if (title) blocks.push({ title, code: node.value ?? '' });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseMdx(file));
  return blocks;
}

/**
 * Asserts that every code block of a guide (English, with its fragments) whose
 * title is in `shownInFull` equals that file of the sample byte for byte.
 */
export function assertShownFilesEqualSample(guideSource: string, sample: string, shownInFull: string[]): void {
  // The file as the guide leaves it: its last whole-file block in page order (earlier ones are steps on the way).
  const last = new Map<string, { code: string; place: string }>();
  for (const step of guideSteps(repoRoot, snippetsConfig, 'en', guideSource)) {
    if (step.kind !== 'code' || !step.annotations.title || step.annotations.excerpt !== undefined) continue;
    last.set(step.annotations.title, { code: step.block.code, place: `${step.file}:${step.line}` });
  }
  for (const title of shownInFull) {
    const shown = last.get(title);
    assert.ok(shown, `the guide no longer shows ${title}; update shownInFull in samples/registry.ts`);
    const actual = readFileSync(path.join(repoRoot, sample, title), 'utf8').trimEnd();
    assert.equal(shown.code.trimEnd(), actual, `the guide's last ${title} (${shown.place}) differs from ${sample}/${title}`);
  }
}
