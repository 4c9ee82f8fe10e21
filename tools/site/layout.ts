/**
 * The site model's map of files: where each locale keeps its pages, fragments
 * and theme strings (Docusaurus's `i18n/<locale>/…` tree), how a path of one
 * locale maps to the others, which files are pages, and how an MDX import
 * resolves to a Markdown file the way the site resolves it (relative paths,
 * `@site/…`, and `@fragments/<file>` with its per-file English fallback, see
 * src/plugins/fragments). Every tool, site plugin and test helper that needs
 * one of these facts asks this module; the locales come from
 * docusaurus.config.ts (see config.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface LocaleFolders {
  /** Pages and guide-local fragments. */
  docs: string;
  /** Shared fragments, reached through the `@fragments/<file>` alias. */
  fragments: string;
  /** The locale's own folder (theme strings, lock file); undefined for the default locale. */
  i18n?: string;
}

export interface SiteLayout {
  defaultLocale: string;
  locales: Record<string, LocaleFolders>;
}

/** The default locale's folders, unless the config moves the docs. */
export const SOURCE_FOLDERS: LocaleFolders = { docs: 'docs', fragments: 'fragments' };

/** Docusaurus's folders for a list of locales: `docs/` and `fragments/` for the default one, `i18n/<locale>/…` for the others. */
export function layoutFor(defaultLocale: string, locales: string[], source: LocaleFolders = SOURCE_FOLDERS): SiteLayout {
  const folders: Record<string, LocaleFolders> = {};
  for (const locale of [defaultLocale, ...locales]) {
    folders[locale] =
      locale === defaultLocale
        ? { docs: source.docs, fragments: source.fragments }
        : {
            docs: `i18n/${locale}/docusaurus-plugin-content-docs/current`,
            fragments: `i18n/${locale}/${path.posix.basename(source.fragments)}`,
            i18n: `i18n/${locale}`,
          };
  }
  return { defaultLocale, locales: folders };
}

/** Every locale but the default one: the locales a translator works on. */
export function translatedLocales(layout: SiteLayout): string[] {
  return Object.keys(layout.locales).filter((locale) => locale !== layout.defaultLocale);
}

/**
 * The layout of a folder without a docusaurus.config (tests' fixtures):
 * English by default, and one locale per folder under `i18n/`.
 */
export function discoveredLayout(root: string, defaultLocale = 'en'): SiteLayout {
  const dir = path.join(root, 'i18n');
  const found = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== defaultLocale)
        .map((entry) => entry.name)
        .sort()
    : [];
  return layoutFor(defaultLocale, found);
}

/** The areas a locale translates: pages (`docs`) and shared fragments. */
export const AREAS = ['docs', 'fragments'] as const;
export type Area = (typeof AREAS)[number];

/** Repository-relative folders a locale keeps its Markdown in. */
export function markdownDirs(layout: SiteLayout, locale: string): string[] {
  const folders = layout.locales[locale];
  return folders ? AREAS.map((area) => folders[area]) : [];
}

/** Where a repository path sits: its locale, area and path inside the area; undefined outside every locale's Markdown folders. */
export function placeOf(layout: SiteLayout, key: string): { locale: string; area: Area; local: string } | undefined {
  let best: { locale: string; area: Area; local: string; length: number } | undefined;
  for (const [locale, folders] of Object.entries(layout.locales)) {
    for (const area of AREAS) {
      const prefix = `${folders[area]}/`;
      // The longest folder wins: `docs` must not claim `docs-extra/…`, and translated folders sit deeper.
      if (key.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = { locale, area, local: key.slice(prefix.length), length: prefix.length };
    }
  }
  return best && { locale: best.locale, area: best.area, local: best.local };
}

/** `docs/a/b.mdx` → `i18n/<locale>/docusaurus-plugin-content-docs/current/a/b.mdx` (the same path for the default locale). */
export function translatedPath(layout: SiteLayout, sourceKey: string, locale: string): string {
  const place = placeOf(layout, sourceKey);
  const folders = layout.locales[locale];
  if (!place || place.locale !== layout.defaultLocale || !folders) {
    const roots = Object.values(layout.locales[layout.defaultLocale] ?? SOURCE_FOLDERS).map((dir) => `${dir}/`);
    throw new Error(`${sourceKey} is outside the translatable folders (${roots.join(', ')})${folders ? '' : `, or ${locale} is not a locale of the config`}`);
  }
  return `${folders[place.area]}/${place.local}`;
}

/** The default locale's path of any locale's file (itself for the default locale); undefined outside the Markdown folders. */
export function sourcePathOf(layout: SiteLayout, key: string): string | undefined {
  const place = placeOf(layout, key);
  if (!place) return undefined;
  return `${layout.locales[layout.defaultLocale]![place.area]}/${place.local}`;
}

/** The locale whose folders hold this path. */
export function localeOfPath(layout: SiteLayout, key: string): string | undefined {
  return placeOf(layout, key)?.locale;
}

/** A default-locale file that Docusaurus makes a route for (not a fragment). */
export function isPagePath(layout: SiteLayout, sourceKey: string): boolean {
  const place = placeOf(layout, sourceKey);
  return place !== undefined && place.area === 'docs' && isRoute(place.local);
}

/** The file of a doc as the docs plugin names it (`@site/docs/a.mdx`, or an absolute path), under the site directory. */
export function docSourceFile(siteDir: string, source: string): string {
  return path.resolve(siteDir, source.replace(/^@site\//, ''));
}

/** Repo-relative POSIX path, the form used in reports and lock files. */
export function toKey(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

export function fromKey(root: string, key: string): string {
  return path.join(root, ...key.split('/'));
}

const markdownExtension = /\.mdx?$/;

export function isMarkdownPath(file: string): boolean {
  return markdownExtension.test(file);
}

/**
 * The files an MDX import can mean, most specific first: relative to the
 * importer, `@site/…` from the root, and for `@fragments/<file>` the locale's
 * copy, then the default locale's (the per-file English fallback). Null for
 * imports that are not Markdown (components, packages). An import without an
 * extension tries `.mdx`, then `.md`, like the bundler.
 */
export function importCandidates(layout: SiteLayout, locale: string, importer: string, specifier: string): { candidates: string[]; hasExtension: boolean } | null {
  let bases: string[];
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    bases = [path.posix.join(path.posix.dirname(importer), specifier)];
  } else if (specifier.startsWith('@fragments/')) {
    const rest = specifier.slice('@fragments/'.length);
    const own = layout.locales[locale]?.fragments;
    const fallback = layout.locales[layout.defaultLocale]?.fragments ?? SOURCE_FOLDERS.fragments;
    bases = [...new Set([own, fallback].filter((dir): dir is string => dir !== undefined))].map((dir) => path.posix.join(dir, rest));
  } else if (specifier.startsWith('@site/')) {
    bases = [path.posix.normalize(specifier.slice('@site/'.length))];
  } else {
    return null;
  }
  const hasExtension = markdownExtension.test(specifier);
  if (!hasExtension && path.posix.extname(specifier) !== '') return null;
  return { candidates: hasExtension ? bases : bases.flatMap((base) => [`${base}.mdx`, `${base}.md`]), hasExtension };
}

/**
 * Resolves an MDX import to a repository-relative Markdown path. Returns null
 * for imports that are not Markdown (components, packages) and undefined for
 * a Markdown import that points at no file. `exists` answers for a path
 * (default: the disk); the site model passes its own file list.
 */
export function resolveImport(
  root: string,
  layout: SiteLayout,
  locale: string,
  importer: string,
  specifier: string,
  exists: (key: string) => boolean = (key) => isFile(path.join(root, key)),
): string | null | undefined {
  const found = importCandidates(layout, locale, importer, specifier);
  if (found === null) return null;
  const hit = found.candidates.find(exists);
  if (hit !== undefined) return hit;
  return found.hasExtension ? undefined : null;
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
