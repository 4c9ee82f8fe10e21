/**
 * Where English sources and their translations live, and how a path on one
 * side maps to the other. Every other module goes through these helpers so the
 * site layout is described once.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_LOCALE = 'en';

/** English roots that hold translatable Markdown, and where each locale keeps its copy. */
const ROOTS = [
  { source: 'docs', translated: (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current` },
  { source: 'fragments', translated: (locale: string) => `i18n/${locale}/fragments` },
] as const;

export const MARKDOWN_EXTENSIONS = ['.md', '.mdx'];

export function isMarkdown(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file));
}

/** Repo-relative POSIX path, the form used in reports and in lock files. */
export function toKey(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

export function fromKey(root: string, key: string): string {
  return path.join(root, ...key.split('/'));
}

/**
 * Docusaurus makes no route for files or folders whose name starts with `_`,
 * and everything under `fragments/` is imported, never routed.
 */
export function isPage(sourceKey: string): boolean {
  const [top, ...rest] = sourceKey.split('/');
  return top === 'docs' && rest.every((segment) => !segment.startsWith('_'));
}

/** `docs/a/b.mdx` → `i18n/zh-CN/docusaurus-plugin-content-docs/current/a/b.mdx`. */
export function translatedKeyFor(sourceKey: string, locale: string): string {
  for (const root of ROOTS) {
    if (sourceKey.startsWith(`${root.source}/`)) {
      return `${root.translated(locale)}/${sourceKey.slice(root.source.length + 1)}`;
    }
  }
  throw new Error(`${sourceKey} is outside the translatable folders (${ROOTS.map((r) => r.source + '/').join(', ')})`);
}

/** The inverse of translatedKeyFor; undefined when the path is not in a translated folder. */
export function sourceKeyFor(translatedKey: string, locale: string): string | undefined {
  for (const root of ROOTS) {
    const prefix = `${root.translated(locale)}/`;
    if (translatedKey.startsWith(prefix)) return `${root.source}/${translatedKey.slice(prefix.length)}`;
  }
  return undefined;
}

/** The locale whose translated folders contain this key, if any. */
export function localeOfKey(key: string): string | undefined {
  const match = /^i18n\/([^/]+)\//.exec(key);
  return match?.[1];
}

export function sourceDirs(): string[] {
  return ROOTS.map((root) => root.source);
}

export function translatedDirs(locale: string): string[] {
  return ROOTS.map((root) => root.translated(locale));
}

/** Locales are the folders under i18n/ (the source locale excluded). */
export function discoverLocales(root: string): string[] {
  const dir = path.join(root, 'i18n');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== SOURCE_LOCALE)
    .map((entry) => entry.name)
    .sort();
}

/** Every Markdown file under the given repo-relative folders, as sorted keys. */
export function listMarkdown(root: string, dirs: string[]): string[] {
  const keys: string[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = path.join(absolute, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && isMarkdown(entry.name)) keys.push(toKey(root, child));
    }
  };
  for (const dir of dirs) {
    const absolute = fromKey(root, dir);
    if (existsSync(absolute)) walk(absolute);
  }
  return keys.sort();
}
