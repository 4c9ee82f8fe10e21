/**
 * Reads MDX sources the way the site composes them, through the site model
 * (tools/site): its parser, each locale's files and the import graph, so
 * tests can check that each fragment's text really reaches the built page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOrThrow } from '../../tools/site/markdown.ts';
import { SiteModel } from '../../tools/site/model.ts';
import type { Locale } from './built-site.ts';
import { layout, repoRoot } from './built-site.ts';
import snippetsConfig from '../../tools/snippets/samples.config.ts';
import { guideSteps } from '../../tools/snippets/walkthrough.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const model = await SiteModel.open(repoRoot, { layout });

export function parseMdx(file: string): Node {
  return parseOrThrow(path.relative(repoRoot, file), readFileSync(file, 'utf8')) as unknown as Node;
}

/** The file a locale actually renders for a source path under docs/ or fragments/. */
export function localizedSource(locale: Locale, sourcePath: string): string {
  return path.join(repoRoot, model.rendered(sourcePath, locale));
}

/** Every fragment a page composes in a locale's build, directly or through other fragments, as default-locale paths. */
export function composedFragments(locale: Locale, pageSourcePath: string): string[] {
  return [...model.composed(model.rendered(pageSourcePath, locale), locale).keys()].map((key) => model.sourceOf(key)!);
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
