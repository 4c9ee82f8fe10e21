/**
 * The search sections of the site: every top-level folder of docs/ that has a
 * page. The local search plugin writes one index per section
 * (`search-index-<section>.json`) besides the whole-locale one, and a reader
 * on a page of a section downloads that section's index only, on their first
 * search. Pages outside every section (the home page) keep the whole-locale
 * index. New sections need no config edit: a new folder is a new section.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isRoute, listMarkdown } from '../../tools/site/layout.ts';

export function searchSections(docsDir: string): string[] {
  return readdirSync(docsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .filter((entry) => listMarkdown(path.join(docsDir, entry.name)).some(isRoute))
    .map((entry) => entry.name)
    .sort();
}
