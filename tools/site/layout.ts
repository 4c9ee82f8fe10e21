/**
 * Where each locale keeps its pages and fragments, which files are pages, and
 * how an MDX import resolves to a Markdown file, the way the site resolves it
 * (relative paths, `@site/…`, and `@fragments/<file>` with its English
 * fallback, see src/plugins/fragments). Shared by check:snippets and
 * check:links.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface LocaleFolders {
  /** Pages and guide-local fragments. */
  docs: string;
  /** Shared fragments, reached through the `@fragments/<file>` alias. */
  fragments: string;
}

export interface SiteLayout {
  defaultLocale: string;
  locales: Record<string, LocaleFolders>;
}

/** Docusaurus's folders for a list of locales: `docs/` and `fragments/` for the default one, `i18n/<locale>/…` for the others. */
export function layoutFor(defaultLocale: string, locales: string[]): SiteLayout {
  const folders: Record<string, LocaleFolders> = {};
  for (const locale of locales) {
    folders[locale] =
      locale === defaultLocale
        ? { docs: 'docs', fragments: 'fragments' }
        : { docs: `i18n/${locale}/docusaurus-plugin-content-docs/current`, fragments: `i18n/${locale}/fragments` };
  }
  return { defaultLocale, locales: folders };
}

const markdownExtension = /\.mdx?$/;

export function isMarkdownPath(file: string): boolean {
  return markdownExtension.test(file);
}

/**
 * Resolves an MDX import to a repository-relative Markdown path. Returns null
 * for imports that are not Markdown (components, packages) and undefined for
 * a Markdown import that points at no file.
 */
export function resolveImport(root: string, layout: SiteLayout, locale: string, importer: string, specifier: string): string | null | undefined {
  let candidates: string[];
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    candidates = [path.posix.join(path.posix.dirname(importer), specifier)];
  } else if (specifier.startsWith('@fragments/')) {
    const rest = specifier.slice('@fragments/'.length);
    const own = layout.locales[locale]?.fragments;
    const fallback = layout.locales[layout.defaultLocale]?.fragments;
    candidates = [own, fallback].filter((dir): dir is string => dir !== undefined).map((dir) => path.posix.join(dir, rest));
  } else if (specifier.startsWith('@site/')) {
    candidates = [specifier.slice('@site/'.length)];
  } else {
    return null;
  }
  const hasExtension = markdownExtension.test(specifier);
  if (!hasExtension && path.posix.extname(specifier) !== '') return null;
  for (const candidate of candidates) {
    const tries = hasExtension ? [candidate] : [`${candidate}.mdx`, `${candidate}.md`];
    for (const attempt of tries) {
      if (isFile(path.join(root, attempt))) return attempt;
    }
  }
  return hasExtension ? undefined : null;
}

export function isFile(absolute: string): boolean {
  return existsSync(absolute) && statSync(absolute).isFile();
}

/** Markdown files under `dir`, relative to it, sorted; `node_modules` and dot folders skipped. */
export function listMarkdown(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listMarkdown(path.join(dir, entry.name), relative));
    else if (markdownExtension.test(entry.name)) found.push(relative);
  }
  return found;
}

/** Docusaurus makes no route for `_file.mdx`, files in `_folder/`, or tests. */
export function isRoute(localPath: string): boolean {
  return !localPath.split('/').some((part) => part.startsWith('_')) && !localPath.includes('__tests__/');
}
