/**
 * check:links from the sources: every page of every locale is composed from
 * its fragments (the imports it renders), and each link, image and JSX
 * href/to is resolved the way Docusaurus will (slugs, file paths,
 * routeBasePath, relative .md/.mdx links, @site paths, static files, locale
 * prefixes), each #anchor against the ids of the composed page it lands on.
 * Also: an id that appears twice in one composed page, and a heading without
 * an explicit `\{#id}`. Every problem points at its source file and line.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { isFile, isMarkdownPath, isRoute, listMarkdown, resolveImport } from '../site/layout.ts';
import type { SiteFacts } from '../site/config.ts';
import { closest } from '../site/report.ts';
import type { FileFacts } from './facts.ts';

export type LinkProblemCode = 'broken-link' | 'broken-anchor' | 'duplicate-id' | 'heading-id' | 'parse';

export interface LinkProblem {
  file: string;
  line: number;
  column: number;
  code: LinkProblemCode;
  message: string;
  /** The composed pages the problem shows on (a fragment can be in several), as route and page file. */
  pages?: Array<{ route: string; file: string }>;
}

export interface ExternalLink {
  file: string;
  line: number;
  column: number;
  url: string;
}

export interface LinksResult {
  problems: LinkProblem[];
  external: ExternalLink[];
  stats: { files: number; pages: number; links: number; totalMs: number };
  sources: Map<string, string>;
  /** Every Markdown file that was read, with the pages (file paths) that compose it. */
  composedInto: Map<string, Set<string>>;
}


interface PageEntry {
  locale: string;
  /** The file that Docusaurus builds for the locale (its translation, or the English file). */
  file: string;
  /** Route without the locale prefix, like `/quick-starts/next`. */
  route: string;
}

interface IdPlace {
  id: string;
  file: string;
  line: number;
  column: number;
}

export interface CheckLinksOptions {
  root: string;
  site: SiteFacts;
  /** Reads one file's facts (facts.ts's readFacts, or the CLI's per-file cache in front of it). */
  readFacts: (file: string, text: string) => FileFacts;
}

const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|pathname):/i;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:)?\/\//i;

export function checkLinks({ root, site, readFacts }: CheckLinksOptions): LinksResult {
  const started = performance.now();
  const facts = new Map<string, FileFacts>();
  const read = (file: string): FileFacts => {
    let found = facts.get(file);
    // Stryker disable next-line ConditionalExpression: a cache; reading the file again gives the same facts
    if (found === undefined) {
      found = readFacts(file, readFileSync(path.join(root, file), 'utf8'));
      facts.set(file, found);
    }
    return found;
  };

  // Every Markdown file of every locale is read, so headings of files no page renders are checked too.
  const defaultDocs = site.locales[site.defaultLocale]!.docs;
  for (const folders of Object.values(site.locales)) {
    for (const dir of [folders.docs, folders.fragments]) for (const local of listMarkdown(path.join(root, dir))) read(`${dir}/${local}`);
  }

  // Pages: the default locale's routed files; another locale builds its translation when there is one.
  const pages: PageEntry[] = [];
  const englishPages = listMarkdown(path.join(root, defaultDocs)).filter(isRoute);
  for (const locale of site.localeList) {
    const docsDir = site.locales[locale]!.docs;
    for (const local of englishPages) {
      const translated = `${docsDir}/${local}`;
      // The default locale's "translation" is the file itself.
      const file = isFile(path.join(root, translated)) ? translated : `${defaultDocs}/${local}`;
      pages.push({ locale, file, route: routeOf(site, local, read(file).frontMatter) });
    }
  }
  const routes = new Map<string, Map<string, PageEntry>>();
  for (const locale of site.localeList) routes.set(locale, new Map());
  for (const page of pages) routes.get(page.locale)!.set(page.route, page);
  const otherRoutes = [...site.extraRoutes, ...pageRoutes(root)];

  // Compose each page: the files it renders, transitively, and the ids a reader gets.
  const composed = new Map<PageEntry, { files: string[]; ids: Map<string, IdPlace[]> }>();
  const composedInto = new Map<string, Set<string>>();
  const compose = (page: PageEntry): { files: string[]; ids: Map<string, IdPlace[]> } => {
    let entry = composed.get(page);
    // Stryker disable next-line ConditionalExpression: a cache; composing the page again gives the same files and ids
    if (entry) return entry;
    const files: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (trail.includes(file)) return;
      files.push(file);
      for (const specifier of read(file).renders) {
        const target = resolveImport(root, site, page.locale, file, specifier);
        if (typeof target === 'string') visit(target, [...trail, file]);
      }
    };
    // Stryker disable next-line ArrayDeclaration: a trail that names no Markdown file stops no visit
    visit(page.file, []);
    const ids = new Map<string, IdPlace[]>();
    for (const file of files) {
      const fileFacts = read(file);
      for (const heading of fileFacts.headings) push(ids, heading.id, { id: heading.id, file, line: heading.line, column: heading.column });
      for (const jsx of fileFacts.jsxIds) push(ids, jsx.id, { id: jsx.id, file, line: jsx.line, column: jsx.column });
      const into = composedInto.get(file) ?? new Set<string>();
      into.add(page.file);
      composedInto.set(file, into);
    }
    entry = { files, ids };
    composed.set(page, entry);
    return entry;
  };
  for (const page of pages) compose(page);

  const problems = new ProblemSet();
  const external: ExternalLink[] = [];
  let linkCount = 0;
  const localePrefix = (locale: string): string => (locale === site.defaultLocale ? '' : `/${locale}`);
  const display = (page: PageEntry): string => `${localePrefix(page.locale)}${page.route}`;

  for (const page of pages) {
    const { files, ids } = compose(page);
    for (const file of files) {
      const fileFacts = read(file);
      for (const link of fileFacts.links) {
        linkCount++;
        const url = link.url.trim();
        if (SKIPPED_SCHEMES.test(url)) continue; // an empty URL is the page itself
        if (EXTERNAL.test(url)) {
          if (!external.some((e) => e.file === file && e.line === link.line && e.url === url)) external.push({ file, line: link.line, column: link.column, url });
          continue;
        }
        const result = resolveLink(url, file, page);
        if (result === undefined) continue;
        problems.add({ file, line: link.line, column: link.column, code: result.code, message: result.message }, { route: display(page), file: page.file }, url);
      }
    }
    // Duplicate ids on this page: each later occurrence names the first.
    for (const [id, places] of ids) {
      const first = places[0]!;
      for (const later of places.slice(1)) {
        problems.add(
          {
            file: later.file,
            line: later.line,
            column: later.column,
            code: 'duplicate-id',
            message: `"${id}" is also the id of ${first.file}:${first.line}, and both end up on one page; a link can only reach the first one, so rename one of them`,
          },
          { route: display(page), file: page.file },
          `#${id}`,
        );
      }
    }
  }

  // Headings below the title without an explicit id: the anchor would change with the text.
  for (const fileFacts of facts.values()) {
    if (fileFacts.parseError) {
      const { line, column, message } = fileFacts.parseError;
      // Stryker disable next-line StringLiteral: the code already keys a parse problem apart from the rest
      problems.add({ file: fileFacts.path, line, column, code: 'parse', message: `${message} (the site cannot build this file either)` }, undefined, 'parse');
      continue;
    }
    for (const heading of fileFacts.headings) {
      if (heading.explicit || heading.depth < 2) continue;
      problems.add(
        {
          file: fileFacts.path,
          line: heading.line,
          column: heading.column,
          code: 'heading-id',
          message: `heading "${heading.text}" has no explicit id; add one, the same in every locale: ${'#'.repeat(heading.depth)} ${heading.text} \\{#${heading.id}}`,
        },
        undefined,
        // Stryker disable next-line StringLiteral: the code already keys a heading problem apart from the rest
        'heading',
      );
    }
  }

  const sources = new Map<string, string>();
  for (const fileFacts of facts.values()) sources.set(fileFacts.path, fileFacts.text);
  return {
    problems: problems.list(),
    external: external.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
    stats: { files: facts.size, pages: pages.length, links: linkCount, totalMs: performance.now() - started },
    sources,
    composedInto,
  };

  function resolveLink(url: string, file: string, page: PageEntry): { code: LinkProblemCode; message: string } | undefined {
    const hashAt = url.indexOf('#');
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const anchor = hashAt === -1 ? undefined : decodeURIComponent(url.slice(hashAt + 1));
    const pathPart = beforeHash.split('?')[0]!;
    const localeRoutes = routes.get(page.locale)!;

    let target: PageEntry | undefined;
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty path resolved as a route is the page's own route too
    if (pathPart === '') target = page;
    else if (pathPart.startsWith('@site/') || (!pathPart.startsWith('/') && isMarkdownPath(pathPart))) {
      // A file path: a Markdown file links to its page, anything else must exist.
      const repoPath = pathPart.startsWith('@site/') ? pathPart.slice('@site/'.length) : path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart));
      if (!isFile(path.join(root, repoPath))) {
        return { code: 'broken-link', message: `${url} (no file ${repoPath}; the path is relative to ${pathPart.startsWith('@site/') ? 'the site folder' : file})` };
      }
      if (!isMarkdownPath(repoPath)) return undefined;
      const local = localPathOf(repoPath);
      // A file outside the docs folders (local undefined) matches no page: every page is in one.
      target = [...localeRoutes.values()].find((candidate) => localPathOf(candidate.file) === local);
      if (target === undefined) return { code: 'broken-link', message: `${url} (${repoPath} is not a page: it has no route, only pages under ${defaultDocs}/ whose names do not start with _ do)` };
    } else {
      const absolute = pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://site${localePrefix(page.locale)}${page.route}`).pathname;
      let route = decodeURIComponent(absolute);
      const base = site.baseUrl.replace(/\/$/, '');
      if (route.startsWith(`${base}/`)) route = route.slice(base.length);
      const prefix = localePrefix(page.locale);
      if (route === prefix || route.startsWith(`${prefix}/`)) route = route.slice(prefix.length) || '/';
      const normalized = route.length > 1 ? route.replace(/\/+$/, '') : route;
      target = localeRoutes.get(normalized);
      if (target === undefined) {
        if (otherRoutes.includes(normalized)) return undefined;
        if (site.staticDirectories.some((dir) => isFile(path.join(root, dir, route)))) return undefined;
        const suggestion = closest(normalized, [...localeRoutes.keys(), ...otherRoutes]);
        const hint = suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
        const locale = page.locale === site.defaultLocale ? '' : ` in ${page.locale}`;
        return { code: 'broken-link', message: `${url} (no page has this route${locale}${hint})` };
      }
    }
    if (anchor === undefined || anchor === '') return undefined;
    const targetIds = compose(target).ids;
    if (targetIds.has(anchor)) return undefined;
    const suggestion = closest(anchor, [...targetIds.keys()]);
    const hint = suggestion === undefined ? '' : `; did you mean #${suggestion}?`;
    return {
      code: 'broken-anchor',
      message:
        target === page
          ? `${url} (no heading or element on the page has the id "${anchor}"${hint})`
          : `${url} (no heading or element has the id "${anchor}" on ${display(target)}, built from ${target.file}${hint})`,
    };
  }

  /** A Markdown file's path relative to its locale's docs folder, if it is in one. */
  function localPathOf(repoPath: string): string | undefined {
    for (const folders of Object.values(site.locales)) {
      if (repoPath.startsWith(`${folders.docs}/`)) return repoPath.slice(folders.docs.length + 1);
    }
    return undefined;
  }
}

/** The route Docusaurus's docs plugin gives a file: its slug, or its path (`index` names the folder). */
export function routeOf(site: SiteFacts, localPath: string, frontMatter: Record<string, unknown>): string {
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  const dir = path.posix.dirname(localPath) === '.' ? '' : path.posix.dirname(localPath);
  let relative: string;
  if (slug !== undefined) relative = slug.startsWith('/') ? slug : path.posix.join(dir, slug);
  else {
    const name = path.posix.basename(localPath).replace(/\.mdx?$/, '');
    const isIndex = /^(index|readme)$/i.test(name) || name === path.posix.basename(dir);
    relative = `/${isIndex ? dir : path.posix.join(dir, name)}`;
  }
  const joined = path.posix.join(site.routeBasePath, relative);
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/** Routes of the pages plugin (`src/pages`), the same in every locale. */
function pageRoutes(root: string): string[] {
  const dir = path.join(root, 'src/pages');
  const found: string[] = [];
  const walk = (absolute: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true }) as Dirent[];
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path.join(absolute, entry.name), `${prefix}/${entry.name}`);
      else if (/\.(tsx|jsx|ts|js|mdx|md)$/.test(entry.name) && !/\.(module\.css|test\.\w+|d\.ts)$/.test(entry.name)) {
        const name = entry.name.replace(/\.\w+$/, '');
        found.push(name === 'index' ? prefix || '/' : `${prefix}/${name}`);
      }
    }
  };
  walk(dir, '');
  return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Problems once per source line and target, listing every page they show on. */
class ProblemSet {
  private readonly byKey = new Map<string, LinkProblem>();

  add(problem: LinkProblem, page: { route: string; file: string } | undefined, target: string): void {
    const key = `${problem.file}:${problem.line}:${problem.code}:${target}`;
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, { ...problem, pages: page === undefined ? undefined : [page] });
    else if (page !== undefined && existing.pages && !existing.pages.some((known) => known.route === page.route)) existing.pages.push(page);
  }

  list(): LinkProblem[] {
    return [...this.byKey.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  }
}
