/**
 * Compares two code blocks while ignoring comments and layout, so a translated
 * block may differ from its English original only in its comments.
 *
 * JavaScript-family code is compared token by token with the TypeScript parser
 * (JSX text, strings and template parts count as code); languages with `#`
 * comments and anything else are compared line by line.
 */
import ts from 'typescript';

export type CompareResult = { equal: true } | { equal: false; lineA: number; lineB: number; reason: string };

/** The same, plus 1-based columns of the difference (for the checker's own reports). */
export type DetailedCompareResult = { equal: true } | { equal: false; lineA: number; lineB: number; columnA: number; columnB: number; reason: string };

interface Token {
  text: string;
  /** 1-based line and column inside the block. */
  line: number;
  column: number;
}

const scriptKinds: Record<string, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  typescript: ts.ScriptKind.TS,
  mts: ts.ScriptKind.TS,
  cts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  javascript: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
  json5: ts.ScriptKind.JS,
  jsonc: ts.ScriptKind.JS,
};

const hashCommentLanguages = new Set([
  'bash', 'sh', 'shell', 'zsh', 'console', 'yaml', 'yml', 'toml', 'ini', 'dotenv', 'env', 'properties', 'python', 'py', 'dockerfile',
]);

/**
 * Returns `{ equal: true }` when `a` and `b` differ at most in comments and
 * whitespace; otherwise the 1-based lines (within each block) of the first
 * difference and a short reason a writer can act on.
 */
export function compareCodeIgnoringComments(a: string, b: string, lang: string): CompareResult {
  const result = compareCodeDetailed(a, b, lang);
  return result.equal ? result : { equal: false, lineA: result.lineA, lineB: result.lineB, reason: result.reason };
}

export function compareCodeDetailed(a: string, b: string, lang: string): DetailedCompareResult {
  const key = lang.trim().toLowerCase();
  const kind = scriptKinds[key];
  if (kind !== undefined) return compareTokens(jsTokens(a, kind), jsTokens(b, kind), a, b);
  if (hashCommentLanguages.has(key)) return compareTokens(lineTokens(a, stripHashComment), lineTokens(b, stripHashComment), a, b);
  return compareTokens(lineTokens(a, (line) => line), lineTokens(b, (line) => line), a, b);
}

function compareTokens(left: Token[], right: Token[], a: string, b: string): DetailedCompareResult {
  const count = Math.min(left.length, right.length);
  for (let i = 0; i < count; i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x.text !== y.text) {
      return { equal: false, lineA: x.line, lineB: y.line, columnA: x.column, columnB: y.column, reason: `${quote(x.text)} differs from ${quote(y.text)}` };
    }
  }
  if (left.length > count) {
    const extra = left[count]!;
    return { equal: false, lineA: extra.line, lineB: lastLine(b), columnA: extra.column, columnB: 1, reason: `${quote(extra.text)} and what follows is missing from the second block` };
  }
  if (right.length > count) {
    const extra = right[count]!;
    return { equal: false, lineA: lastLine(a), lineB: extra.line, columnA: 1, columnB: extra.column, reason: `${quote(extra.text)} and what follows is not in the first block` };
  }
  return { equal: true };
}

/** Leaf tokens of the parse tree: comments are trivia and never appear. */
function jsTokens(code: string, kind: ts.ScriptKind): Token[] {
  const extension = kind === ts.ScriptKind.TSX ? 'tsx' : kind === ts.ScriptKind.JSX ? 'jsx' : kind === ts.ScriptKind.JS ? 'js' : 'ts';
  const source = ts.createSourceFile(`block.${extension}`, code, ts.ScriptTarget.Latest, true, kind);
  const tokens: Token[] = [];
  const visit = (node: ts.Node): void => {
    // `getChildren` lists JSDoc blocks as nodes; they are comments too.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
      const start = node.getStart(source);
      let text = code.slice(start, node.getEnd());
      // JSX text keeps its line breaks and indentation; only its words matter.
      if (node.kind === ts.SyntaxKind.JsxText) {
        text = text.replace(/\s+/g, ' ').trim();
        if (text === '') return;
      }
      const place = source.getLineAndCharacterOfPosition(start);
      tokens.push({ text, line: place.line + 1, column: place.character + 1 });
      return;
    }
    for (const child of children) visit(child);
  };
  visit(source);
  return tokens;
}

function lineTokens(code: string, strip: (line: string) => string): Token[] {
  const tokens: Token[] = [];
  code.split(/\r?\n/).forEach((raw, index) => {
    const text = strip(raw).replace(/\s+/g, ' ').trim();
    if (text !== '') tokens.push({ text, line: index + 1, column: raw.length - raw.trimStart().length + 1 });
  });
  return tokens;
}

/** Drops a `#` comment that starts a line or follows whitespace outside quotes. */
function stripHashComment(line: string): string {
  let quoteChar: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoteChar !== undefined) {
      if (ch === '\\') i++;
      else if (ch === quoteChar) quoteChar = undefined;
    } else if (ch === '"' || ch === "'") {
      quoteChar = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return line.slice(0, i);
    }
  }
  return line;
}

function lastLine(code: string): number {
  return Math.max(1, code.split(/\r?\n/).length);
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `\`${short}\``;
}
