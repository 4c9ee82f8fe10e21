/**
 * Reads one Markdown/MDX file with the shared parser (tools/site/markdown.ts)
 * and returns its code blocks with exact positions: fenced blocks and
 * `<CodeBlock>` elements of `@theme/CodeBlock` (anywhere, props included),
 * plus the files it imports and code written where it cannot be checked.
 */
import ts from 'typescript';
import { visit } from 'unist-util-visit';
import type { Code } from 'mdast';
import { jsxCodeBlocksOf, lineStartsOf, parseMarkdown, positionAt, stringPropsOf, type MdNode } from '../site/markdown.ts';

export interface CodeBlock {
  /** Path of the Markdown file, relative to the repository root, with `/`. */
  file: string;
  /** 0-based index among all code blocks of the file (fences and `<CodeBlock>`s, in source order). */
  index: number;
  /** `jsx` for a `<CodeBlock>` element; its props are turned into the meta string. */
  kind?: 'fence' | 'jsx';
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence. */
  fenceLine: number;
  fenceColumn: number;
  /** 1-based line in the file of the block's first code line. */
  firstLine: number;
  /** For each code line: 1-based column in the file where it starts. */
  lineColumns: number[];
}

export interface ParsedFile {
  blocks: CodeBlock[];
  /** Module specifiers of `import` statements (MDX only). */
  imports: string[];
  /** Set when the file does not parse; the message carries line and column. */
  parseError?: { line: number; column: number; message: string };
  /** Code that cannot be type-checked where it is written (`${…}` in a CodeBlock, code in a string prop). */
  uncheckable: Array<{ line: number; column: number; message: string }>;
}

/** Languages whose JSX-written code must be checkable (install commands in bash are left alone). */
const JSX_CHECKED_LANGUAGES = new Set(['ts', 'tsx', 'js', 'jsx', 'typescript', 'javascript']);

/** The mdast tree of a Markdown/MDX file, parsed as the checker parses it (throws on a syntax error). */
export function parseTree(file: string, source: string): MdNode {
  const parsed = parseMarkdown(file, source);
  if (parsed.error) throw new Error(`${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  return parsed.tree as MdNode;
}
/** Props of `<CodeBlock>` that are annotations, written `title="…"` in a fence's meta. */
const META_PROPS = ['title', 'hidden', 'expect-error', 'skip'];


export function parseMarkdownFile(file: string, source: string, isCode: (text: string) => boolean = looksLikeCode): ParsedFile {
  const parsed = parseMarkdown(file, source);
  if (parsed.error) return { blocks: [], imports: [], uncheckable: [], parseError: parsed.error };
  const tree = parsed.tree;

  const sourceLines = source.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  const imports: string[] = [];

  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      const program = (node.data as { estree?: { body: Array<{ type: string; source?: { value: unknown } }> } } | undefined)?.estree;
      for (const statement of program?.body ?? []) {
        const isImportOrReexport =
          statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration';
        if (isImportOrReexport && typeof statement.source?.value === 'string') imports.push(statement.source.value);
      }
      return;
    }
    if (node.type !== 'code') return;
    const code = node as Code;
    const start = code.position?.start;
    const end = code.position?.end;
    if (!start || !end) return;
    // Indented code has no language, so it is never checked; keep it for block numbering.
    const codeLines = code.value === '' ? [] : code.value.split('\n');
    const firstLine = start.line + 1;
    const lineColumns = codeLines.map((text, i) => columnOf(sourceLines[firstLine - 1 + i] ?? '', text));
    blocks.push({
      file,
      index: blocks.length,
      kind: 'fence',
      lang: (code.lang ?? '').toLowerCase(),
      meta: code.meta ?? '',
      code: code.value,
      fenceLine: start.line,
      fenceColumn: start.column,
      firstLine,
      lineColumns,
    });
  });

  const uncheckable: ParsedFile['uncheckable'] = [];
  const lineStarts = lineStartsOf(source);
  for (const element of jsxCodeBlocksOf(tree as MdNode)) {
    const lang = (element.props.language ?? '').toLowerCase();
    if (!JSX_CHECKED_LANGUAGES.has(lang)) continue;
    const at = positionAt(lineStarts, element.start);
    if (element.code === undefined) {
      uncheckable.push({ ...at, message: `this <CodeBlock language="${lang}"> has no string or template literal child, so it cannot be type-checked; ${fenceAdvice(lang, element.props.title)}` });
      continue;
    }
    if (element.expressions.length > 0) {
      uncheckable.push({
        ...positionAt(lineStarts, element.expressions[0]!),
        message: `a \${…} expression in the code of a <CodeBlock language="${lang}"> cannot be type-checked; ${fenceAdvice(lang, element.props.title)}`,
      });
      continue;
    }
    const meta = META_PROPS.filter((key) => element.props[key] !== undefined)
      .map((key) => `${key}="${element.props[key]}"`)
      .join(' ');
    const codeLines = element.code.split('\n');
    const first = positionAt(lineStarts, element.codeStart);
    // A trailing newline before the closing backtick is not a code line, as in a fence.
    const code = element.code.replace(/\n$/, '');
    blocks.push({
      file,
      index: 0,
      kind: 'jsx',
      lang,
      meta,
      code,
      fenceLine: at.line,
      fenceColumn: at.column,
      firstLine: first.line,
      lineColumns: codeLines.map((_, i) => (i === 0 ? first.column : 1)),
    });
  }
  for (const prop of stringPropsOf(tree as MdNode)) {
    if (!isCode(prop.value)) continue;
    uncheckable.push({
      ...positionAt(lineStarts, prop.start),
      message: `the ${prop.prop} prop of <${prop.component}> holds code, which check:snippets cannot type-check; ${fenceAdvice('ts', undefined)}`,
    });
  }
  blocks.sort((a, b) => a.fenceLine - b.fenceLine || a.fenceColumn - b.fenceColumn);
  blocks.forEach((block, index) => (block.index = index));
  return { blocks, imports, uncheckable };
}

function fenceAdvice(lang: string, title: string | undefined): string {
  const titled = title === undefined ? '' : ` title="${title}"`;
  return `write the code out as a fenced block (\`\`\`${lang}${titled} on its own line, the code, then \`\`\`), or as <CodeBlock language="${lang}"${titled}>{\`…\`}</CodeBlock> with no \${…} inside`;
}

/**
 * The column where a code line starts in its source line. Markdown strips the
 * container prefix (list indentation, `> `, JSX indentation) from each line, so
 * the code line is a suffix of the source line.
 */
function columnOf(sourceLine: string, codeLine: string): number {
  if (codeLine === '') return 1;
  if (sourceLine.endsWith(codeLine)) return sourceLine.length - codeLine.length + 1;
  return 1;
}

/**
 * Whether a component's string prop is code: it has a statement-like shape
 * (a line break, `;`, `=>` or a leading keyword), parses cleanly as TSX, and
 * is more than a bare name or phrase.
 */
export function looksLikeCode(text: string): boolean {
  if (!/\n|;|=>|^\s*(import|export|const|let|var|function|class|await|return)\b/.test(text)) return false;
  const source = ts.createSourceFile('prop.tsx', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return false;
  return source.statements.some(
    (statement) => !ts.isExpressionStatement(statement) || !(ts.isIdentifier(statement.expression) || ts.isPropertyAccessExpression(statement.expression) || ts.isStringLiteral(statement.expression)),
  );
}
