/**
 * Access to the production build in `build/` for the site tests. The build is
 * made once (by `npm test`, or here when it is missing) and read as a reader's
 * browser would get it: HTML files, with tags stripped where text matters.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLayout } from '../../tools/site/config.ts';
import { translatedLocales } from '../../tools/site/layout.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// DOCS_BUILD_DIR points the tests at another build (the CI merge of per-locale builds, tests/ci/merged-build.test.ts).
export const buildDir = process.env.DOCS_BUILD_DIR ? path.resolve(process.env.DOCS_BUILD_DIR) : path.join(repoRoot, 'build');
/** The site's locales, from docusaurus.config.ts (the site model), the default one first. */
export const layout = await loadLayout(repoRoot);
export const defaultLocale = layout.defaultLocale;
/** Per locale, a word in the full text of the guides and in no title, heading or description (the search tests find it once the full text is loaded). */
export const FULL_TEXT_WORD = { en: 'encrypt', 'zh-CN': '浏览器' } as const;
export const locales: readonly string[] = [defaultLocale, ...translatedLocales(layout)];
export type Locale = string;

export function ensureBuild(): void {
  if (locales.every((locale) => existsSync(path.join(buildDir, localePrefix(locale), 'index.html')))) return;
  if (process.env.DOCS_BUILD_DIR) throw new Error(`DOCS_BUILD_DIR=${process.env.DOCS_BUILD_DIR} holds no build of every locale (${locales.map((locale) => path.posix.join(localePrefix(locale).slice(1), 'index.html')).join(', ')})`);
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Route prefix of a locale: '' for the default locale, '/zh-CN' for the others. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The HTML file Docusaurus writes for a route (trailingSlash: false). */
export function builtFile(locale: Locale, route: string): string {
  const base = path.join(buildDir, localePrefix(locale));
  if (route === '/') return path.join(base, 'index.html');
  return path.join(base, `${route.replace(/^\//, '')}.html`);
}

export function readHtml(locale: Locale, route: string): string {
  const file = builtFile(locale, route);
  if (!existsSync(file)) throw new Error(`The build has no page for ${localePrefix(locale)}${route} (${file}).`);
  return readFileSync(file, 'utf8');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? (name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole));
}

/** Visible text of an HTML document, whitespace collapsed (scripts and styles dropped). */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
}

/**
 * The lines of the code block titled `title` as a reader sees them: line
 * breaks kept (a token-line element, a <br> or a newline each start a line),
 * tags stripped, entities decoded, empty lines dropped. Throws when the page
 * has no block with that title.
 */
export function codeBlockLines(html: string, title: string): string[] {
  const titleAt = html.search(new RegExp(`codeBlockTitle[^>]*>${title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}<`));
  if (titleAt === -1) throw new Error(`no code block titled ${title} in the page`);
  const codeStart = html.indexOf('<code', titleAt);
  const codeEnd = html.indexOf('</code>', codeStart);
  if (codeStart === -1 || codeEnd === -1) throw new Error(`the code block titled ${title} has no <code> element`);
  const inner = html.slice(html.indexOf('>', codeStart) + 1, codeEnd);
  return decodeEntities(inner.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*token-line[^>]*>/g, '\n').replace(/<[^>]+>/g, ''))
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Values of an attribute on every element of the document (quoted or not, as the minifier left it). */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** Every route of a locale's build, from its HTML files (`/`, `/quick-starts/next`, …; other locales' folders skipped). */
export function builtRoutes(locale: Locale): string[] {
  const base = path.join(buildDir, localePrefix(locale));
  const otherLocales = locales.filter((other) => other !== locale && other !== defaultLocale).map((other) => path.join(buildDir, other));
  const routes: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets' && !otherLocales.includes(full)) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const route = `/${path.relative(base, full).replace(/\.html$/, '')}`.replace(/\/?index$/, '');
        routes.push(route === '' ? '/' : route);
      }
    }
  };
  walk(base);
  return routes.sort();
}
