/** One parity violation: which rule, where in each file, and what to fix. */
export type Rule = 'heading-id' | 'import' | 'jsx' | 'jsx-prop' | 'link' | 'admonition' | 'code' | 'glossary' | 'parse';

export interface Violation {
  rule: Rule;
  source: { file: string; line: number };
  translated: { file: string; line: number };
  message: string;
}

export function formatViolation(v: Violation): string {
  return `${v.source.file}:${v.source.line} ↔ ${v.translated.file}:${v.translated.line}  [${v.rule}] ${v.message}`;
}
