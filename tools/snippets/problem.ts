/**
 * What the snippet checker reports: a problem at a place in a Markdown file,
 * the languages it type-checks, and how a position inside a block maps back
 * to the file. Its own module so the checks (check.ts, walkthrough-rules.ts)
 * share it without importing each other.
 */
import type { Problem as SiteProblem } from '../site/report.ts';
import type { CodeBlock } from './extract.ts';

export type ProblemKind = 'annotation' | 'title' | 'expect-error' | 'parse' | 'sample' | 'jsx-code' | 'excerpt' | 'dropped' | 'unseen' | 'uninstalled' | 'walkthrough';

/** The docs tools' problem (tools/site/report.ts) whose code is `TS2322` for a TypeScript error, otherwise one of ProblemKind. */
export interface Problem extends SiteProblem {
  /** The sample files the block was checked as (several for a shared fragment). */
  checkedAs?: string[];
}

export const CHECKED_LANGUAGES = new Set(['ts', 'tsx', 'js', 'jsx', 'typescript', 'javascript']);

/** The file, line and column of a 0-based line and character inside a block. */
export function atCode(block: CodeBlock, line: number, character: number): { file: string; line: number; column: number } {
  return { file: block.file, line: block.firstLine + line, column: (block.lineColumns[line] ?? 1) + character };
}
