/**
 * A guide as a reader follows it: its steps in page order, fragments expanded
 * where the page renders them, with their props. A step is a fenced code block
 * (with its annotations), a shell command rendered by a `<CodeBlock>` JSX
 * element such as the install fragment's `npm i ${props.packageName}`, or a
 * checkpoint: a place where the reader's app, as the guide has built it so
 * far, must compile and run (see `guideSteps`).
 *
 * The snippet checker's walkthrough rules (excerpts, dropped exports, unseen
 * modules, uninstalled packages) and the guide replay (tools/replay) both read
 * guides through this module, with the parser of extract.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnnotations, type Annotations } from '../site/annotations.ts';
import { resolveImport } from './discover.ts';
import { parseMarkdownFile, parseTree, type CodeBlock } from './extract.ts';
import type { SnippetsConfig } from './samples.config.ts';

export type GuideStep =
  | { kind: 'code'; file: string; line: number; block: CodeBlock; annotations: Annotations }
  | {
      kind: 'command';
      file: string;
      line: number;
      /** The command as the page renders it, props substituted. */
      command: string;
      /** The `<TabItem value>` the command sits in (`npm`, `pnpm`, …), if any. */
      tab?: string;
    }
  | {
      kind: 'checkpoint';
      file: string;
      line: number;
      /** What the reader has reached: `"Checkpoint: test your application"`, `the end of "Integration"`. */
      name: string;
    };

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number } };
  data?: { estree?: { body: Array<Record<string, unknown>> } };
}

/**
 * The steps of a guide page, in the order the page renders them. Checkpoints
 * are the headings whose id starts with `checkpoint` (in the page or a
 * fragment), the end of each of the page's own `##` sections, and the end of
 * the page: a reader who stops there has an app that compiles and runs.
 */
export function guideSteps(root: string, config: SnippetsConfig, locale: string, page: string): GuideStep[] {
  const steps: GuideStep[] = [];
  let section: string | undefined;
  const visitFile = (file: string, props: Record<string, string>, stack: string[]) => {
    if (stack.includes(file)) throw new Error(`${file}: imports itself through ${stack.join(' → ')}`);
    const source = readFileSync(path.join(root, file), 'utf8');
    const blocks = parseMarkdownFile(file, source).blocks;
    const tree = parseTree(file, source) as unknown as MdNode;
    const fragments = new Map<string, string>();
    for (const node of tree.children ?? []) {
      if (node.type !== 'mdxjsEsm') continue;
      for (const statement of node.data?.estree?.body ?? []) {
        if (statement.type !== 'ImportDeclaration') continue;
        const specifier = (statement.source as { value: unknown }).value;
        if (typeof specifier !== 'string') continue;
        const target = resolveImport(root, config, locale, file, specifier);
        if (typeof target !== 'string') continue;
        for (const spec of statement.specifiers as Array<{ type: string; local: { name: string } }>) {
          if (spec.type === 'ImportDefaultSpecifier') fragments.set(spec.local.name, target);
        }
      }
    }
    const walk = (node: MdNode, tab: string | undefined) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'heading') {
        const { text, id } = headingText(node);
        if (id?.startsWith('checkpoint')) steps.push({ kind: 'checkpoint', file, line, name: `"${text}"` });
        if (file === page && node.depth === 2) {
          if (section !== undefined) steps.push({ kind: 'checkpoint', file, line, name: `the end of "${section}"` });
          section = text;
        }
        return;
      }
      if (node.type === 'code') {
        const block = blocks.find((candidate) => candidate.fenceLine === line);
        if (block) {
          const lineCount = block.code === '' ? 0 : block.code.split('\n').length;
          steps.push({ kind: 'code', file, line, block, annotations: parseAnnotations(block.meta, lineCount) });
        }
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const attributes = stringAttributes(node);
        const fragment = node.name ? fragments.get(node.name) : undefined;
        if (fragment !== undefined) {
          visitFile(fragment, attributes, [...stack, file]);
          return;
        }
        if (node.name === 'CodeBlock') {
          const command = renderTemplate(node, props, file, line);
          if (command !== undefined) steps.push({ kind: 'command', file, line, command, tab });
          return;
        }
        const childTab = node.name === 'TabItem' ? (attributes.value ?? tab) : tab;
        for (const child of node.children ?? []) walk(child, childTab);
        return;
      }
      for (const child of node.children ?? []) walk(child, tab);
    };
    walk(tree, undefined);
  };
  visitFile(page, {}, []);
  const lastLine = readFileSync(path.join(root, page), 'utf8').trimEnd().split('\n').length;
  steps.push({ kind: 'checkpoint', file: page, line: lastLine, name: section === undefined ? 'the end of the guide' : `the end of "${section}", the end of the guide` });
  return steps;
}

/** A heading's text without its explicit `{#id}`, and the id. */
function headingText(node: MdNode): { text: string; id?: string } {
  const raw = plain(node).trim();
  const match = /\s*\{#([^}]+)\}$/.exec(raw);
  return match ? { text: raw.slice(0, match.index), id: match[1] } : { text: raw };
}

function stringAttributes(node: MdNode): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') result[attribute.name] = attribute.value;
  }
  return result;
}

/**
 * The text of `<CodeBlock>{`npm i ${props.packageName}`}</CodeBlock>` with the
 * fragment's props filled in. Only string literals, template literals and
 * `props.x` are understood; anything else is an error naming the place.
 */
function renderTemplate(node: MdNode, props: Record<string, string>, file: string, line: number): string | undefined {
  const expression = node.children?.find((child) => child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression');
  const text = node.children?.find((child) => child.type === 'text' || child.type === 'paragraph');
  if (!expression) return text ? plain(text) : undefined;
  const estree = expression.data?.estree?.body[0] as { expression?: Record<string, unknown> } | undefined;
  const value = estree?.expression;
  if (value?.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value?.type !== 'TemplateLiteral') throw new Error(`${file}:${line}: a <CodeBlock> child must be a string or a template literal to be replayed`);
  const quasis = value.quasis as Array<{ value: { cooked: string } }>;
  const expressions = value.expressions as Array<Record<string, unknown>>;
  let out = quasis[0]!.value.cooked;
  expressions.forEach((part, index) => {
    const object = part.object as { name?: string } | undefined;
    const property = part.property as { name?: string } | undefined;
    if (part.type !== 'MemberExpression' || object?.name !== 'props' || !property?.name) {
      throw new Error(`${file}:${line}: only \${props.name} can be substituted in a <CodeBlock> template`);
    }
    const prop = props[property.name];
    if (prop === undefined) throw new Error(`${file}:${line}: the page that renders this fragment passes no \`${property.name}\` prop`);
    out += prop + quasis[index + 1]!.value.cooked;
  });
  return out;
}

function plain(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(plain).join('');
}

/** The shell commands of a guide as an npm user runs them (other package managers' tabs left out). */
export function npmCommands(steps: GuideStep[]): Array<Extract<GuideStep, { kind: 'command' }> & { commandLine: string }> {
  return steps.flatMap((step) =>
    step.kind === 'command' && (step.tab === undefined || step.tab === 'npm')
      ? step.command
          .split('\n')
          .map((commandLine) => commandLine.trim())
          .filter((commandLine) => commandLine !== '')
          .map((commandLine) => ({ ...step, commandLine }))
      : [],
  );
}

/** Packages a command line installs: `npm i a b`, `npm install -E a@1`, `pnpm add a`, `yarn add a`. */
export function installedPackages(commandLine: string): string[] {
  const words = commandLine.split(/\s+/);
  const verb = words[0] === 'npm' ? ['i', 'install', 'add'] : words[0] === 'pnpm' || words[0] === 'yarn' ? ['add'] : [];
  if (!verb.includes(words[1] ?? '')) return [];
  return words
    .slice(2)
    .filter((word) => !word.startsWith('-'))
    .map((word) => (word.startsWith('@') ? word.split('@').slice(0, 2).join('@') : word.split('@')[0]!));
}

/** `@logto/next/server-actions` → `@logto/next`; `node:fs` and relative paths → undefined. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
