/**
 * Reads one Markdown/MDX file with remark (MDX files with remark-mdx, as
 * Docusaurus does with `markdown.format: 'detect'`) and returns its code blocks
 * with exact positions, plus the files it imports.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';

export interface CodeBlock {
  /** Path of the Markdown file, relative to the repository root, with `/`. */
  file: string;
  /** 0-based index among all fenced code blocks of the file. */
  index: number;
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
}

const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const mdProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The mdast tree of a Markdown/MDX file, parsed as the checker parses it (throws on a syntax error). */
export function parseTree(file: string, source: string): Root {
  return (file.endsWith('.mdx') ? mdxProcessor : mdProcessor).parse(source);
}

export function parseMarkdownFile(file: string, source: string): ParsedFile {
  const processor = file.endsWith('.mdx') ? mdxProcessor : mdProcessor;
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place?.start ?? place;
    return {
      blocks: [],
      imports: [],
      parseError: {
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        message: (error as { reason?: string }).reason ?? String(error),
      },
    };
  }

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
      lang: (code.lang ?? '').toLowerCase(),
      meta: code.meta ?? '',
      code: code.value,
      fenceLine: start.line,
      fenceColumn: start.column,
      firstLine,
      lineColumns,
    });
  });

  return { blocks, imports };
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
