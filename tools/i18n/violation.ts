/** One parity violation: which rule, where in each file, and what to fix. */
import type { Located } from '../site/report.ts';

export type Rule = 'heading-id' | 'import' | 'jsx' | 'jsx-prop' | 'link' | 'admonition' | 'code' | 'glossary' | 'parse';

export interface Violation {
  rule: Rule;
  source: { file: string; line: number };
  translated: { file: string; line: number };
  message: string;
}

/** A violation as the docs tools' common problem, placed in the translated file (for CI annotations). */
export function locatedViolation(v: Violation): Located {
  return { file: v.translated.file, line: v.translated.line, column: 1, code: `i18n/${v.rule}`, message: `${v.message} (English: ${v.source.file}:${v.source.line})` };
}

export function formatViolation(v: Violation): string {
  return `${v.source.file}:${v.source.line} ↔ ${v.translated.file}:${v.translated.line}  [${v.rule}] ${v.message}`;
}
