/**
 * The search sections of the site: every top-level folder of docs/ that has a
 * page. The local search plugin writes one index per section
 * (`search-index-<section>.json`) besides the whole-locale one, and a reader
 * on a page of a section downloads that section's index only, on their first
 * search. Pages outside every section (the home page) keep the whole-locale
 * index. New sections need no config edit: a new folder is a new section.
 *
 * Each section is labelled in every locale (the search page's section
 * selector shows it): the `sidebar_label`, `title` or first heading of the
 * folder's index page in that locale; for a folder without one, the folder
 * name as words, translated where a sidebar category has that name; else
 * the English label.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isRoute, layoutFor, listMarkdown, SOURCE_FOLDERS } from '../../tools/site/layout.ts';
import { frontMatterOf, headingOf, parseMarkdown } from '../../tools/site/markdown.ts';

/** A section as the plugin's `searchContextByPaths` takes it: the route prefix and its label per locale. */
export interface SearchSection {
  path: string;
  label: Record<string, string>;
}

/** The folder's name as words: `end-user-flows` → `End user flows`. */
function wordsOf(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the index page of `folder` under `docsDir` calls itself, if it has one. */
function indexTitle(siteDir: string, docsDir: string, folder: string): string | undefined {
  for (const name of ['index.mdx', 'index.md']) {
    const file = path.join(siteDir, docsDir, folder, name);
    if (!existsSync(file)) continue;
    const { tree } = parseMarkdown(file, readFileSync(file, 'utf8'));
    if (tree === undefined) return undefined; // the build reports the file
    const frontMatter = frontMatterOf(tree) ?? {};
    for (const key of ['sidebar_label', 'title']) {
      const value = frontMatter[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
    const text = heading === undefined ? '' : headingOf(heading).text;
    return text === '' ? undefined : text;
  }
  return undefined;
}

/** A locale's translation of the sidebar category named `english` (its current.json), for a folder without an index page. */
function categoryLabel(siteDir: string, i18nDir: string | undefined, english: string): string | undefined {
  const file = i18nDir === undefined ? undefined : path.join(siteDir, i18nDir, 'docusaurus-plugin-content-docs/current.json');
  if (file === undefined || !existsSync(file)) return undefined;
  try {
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message?: unknown }>;
    const key = Object.keys(messages).find((name) => /^sidebar\.[^.]+\.category\./.test(name) && name.slice(name.indexOf('.category.') + '.category.'.length) === english);
    const message = key === undefined ? undefined : messages[key]?.message;
    return typeof message === 'string' && message.trim() !== '' ? message : undefined;
  } catch {
    return undefined; // i18n:check reports a file that is not JSON
  }
}

/**
 * The sections of `docsDir` (relative to `siteDir`), labelled in each locale
 * of the config's `i18n` (the default locale's pages are `docsDir`).
 */
export function searchSections(docsDir: string, i18n: { defaultLocale: string; locales: string[] } = { defaultLocale: 'en', locales: ['en'] }, siteDir = '.'): SearchSection[] {
  const { defaultLocale } = i18n;
  const layout = layoutFor(defaultLocale, i18n.locales, { ...SOURCE_FOLDERS, docs: docsDir });
  return readdirSync(path.join(siteDir, docsDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .filter((entry) => listMarkdown(path.join(siteDir, docsDir, entry.name)).some(isRoute))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const english = indexTitle(siteDir, docsDir, folder) ?? wordsOf(folder);
      const label = Object.fromEntries(
        Object.entries(layout.locales).map(([locale, folders]) => [
          locale,
          locale === defaultLocale ? english : (indexTitle(siteDir, folders.docs, folder) ?? categoryLabel(siteDir, folders.i18n, english) ?? english),
        ]),
      );
      return { path: folder, label };
    });
}
