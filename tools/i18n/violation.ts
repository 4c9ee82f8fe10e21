/**
 * One parity violation of a translation: the docs tools' problem
 * (tools/site/report.ts) placed in the translated file, its code `i18n/<rule>`,
 * and the English place it was compared with, which the message names too.
 */
import type { Problem } from '../site/report.ts';

export type Rule = 'heading-id' | 'import' | 'jsx' | 'jsx-prop' | 'link' | 'admonition' | 'code' | 'glossary' | 'parse';

export interface Violation extends Problem {
  code: `i18n/${Rule}`;
  /** Where in the English source the compared item is (or where the missing one would be). */
  english: { file: string; line: number };
}

/** A violation at `translated` (column 1 unless known), compared with `english`; the message says what differs and what to do. */
export function violation(rule: Rule, english: { file: string; line: number }, translated: { file: string; line: number; column?: number }, message: string): Violation {
  return {
    file: translated.file,
    line: translated.line,
    column: translated.column ?? 1,
    code: `i18n/${rule}`,
    message: `${message} (English: ${english.file}:${english.line})`,
    english: { file: english.file, line: english.line },
  };
}
