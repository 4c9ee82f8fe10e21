/**
 * Theme and sidebar strings that may read the same in English and in a
 * translation: product, framework and API names. A value made only of these
 * (plus punctuation and `{placeholders}`) is not reported as untranslated.
 */
import { KEPT_TERMS } from './glossary.ts';

export const SAME_IN_EVERY_LOCALE: string[] = [
  ...KEPT_TERMS.map((entry) => entry.term),
  'GitHub',
  'Discord',
  'npm',
  'pnpm',
  'yarn',
  'Node.js',
  'TypeScript',
  'JavaScript',
  'Logto docs',
];

/** Keys whose English value is kept on purpose (add with a reason in a comment). */
export const ALLOWED_KEYS: string[] = [];

export function isSameInEveryLocale(value: string): boolean {
  let rest = value.replace(/\{[^}]*\}/g, ' ');
  // Longest names first, so "Logto Cloud" goes before "Logto".
  for (const name of [...SAME_IN_EVERY_LOCALE].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return !/[A-Za-z]/.test(rest);
}
