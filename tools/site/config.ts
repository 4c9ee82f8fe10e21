/**
 * The facts of docusaurus.config.ts the site model needs: the locales (every
 * tool, plugin and test takes them from here), the docs folder, baseUrl,
 * trailingSlash, the docs plugin's routeBasePath, static folders and
 * route-adding themes. Read from the config itself (one source of truth), so
 * the tools see the site the way the build does.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importConfigData } from './config-data.ts';
import { collectFiles, inputKey, readCache, writeCache } from './cache.ts';
import { SOURCE_FOLDERS, discoveredLayout, layoutFor, type SiteLayout } from './layout.ts';

export interface SiteFacts extends SiteLayout {
  localeList: string[];
  baseUrl: string;
  trailingSlash: boolean | undefined;
  /** The docs plugin's routeBasePath, as `/` or `/docs` (no trailing slash except the root). */
  routeBasePath: string;
  staticDirectories: string[];
  /** Routes themes add on their own (the local search page). */
  extraRoutes: string[];
  configFile: string;
}

export interface LooseConfig {
  baseUrl?: string;
  trailingSlash?: boolean;
  staticDirectories?: string[];
  i18n?: { defaultLocale?: string; locales?: string[] };
  presets?: unknown[];
  plugins?: unknown[];
  themes?: unknown[];
}

export const CONFIG_NAMES = ['docusaurus.config.ts', 'docusaurus.config.js', 'docusaurus.config.mjs'];

export async function loadSiteFacts(root: string): Promise<SiteFacts> {
  const name = CONFIG_NAMES.find((candidate) => existsSync(path.join(root, candidate)));
  if (name === undefined) throw new Error(`${root}: no docusaurus.config.ts; run the tool at the site's root or pass --root`);
  const loaded = (await importConfigData(path.join(root, name))) as LooseConfig | (() => Promise<LooseConfig>);
  const config = typeof loaded === 'function' ? await loaded() : loaded;
  return siteFactsOf(config, name);
}

/** The facts of a loaded config (a Docusaurus plugin passes `context.siteConfig`). */
export function siteFactsOf(config: LooseConfig, configFile = CONFIG_NAMES[0]!): SiteFacts {
  const defaultLocale = config.i18n?.defaultLocale ?? 'en';
  const localeList = config.i18n?.locales ?? [defaultLocale];
  const docsOptions = findOptions(config.presets, 'classic', 'docs') ?? findOptions(config.plugins, '@docusaurus/plugin-content-docs');
  const docsDir = typeof docsOptions?.path === 'string' ? docsOptions.path.replace(/^\.\/|\/+$/g, '') : 'docs';
  const rawBase = typeof docsOptions?.routeBasePath === 'string' ? docsOptions.routeBasePath : 'docs';
  const routeBasePath = `/${rawBase.replace(/^\/+|\/+$/g, '')}`;
  const themes = [...(config.themes ?? []), ...(config.plugins ?? [])].map((entry) => (Array.isArray(entry) ? entry[0] : entry));
  return {
    ...layoutFor(defaultLocale, localeList, { ...SOURCE_FOLDERS, docs: docsDir }),
    localeList,
    baseUrl: config.baseUrl ?? '/',
    trailingSlash: config.trailingSlash,
    routeBasePath,
    staticDirectories: config.staticDirectories ?? ['static'],
    extraRoutes: themes.some((theme) => typeof theme === 'string' && /(^|[\\/])(docusaurus-)?search-local([\\/]|$)/.test(theme)) ? ['/search'] : [],
    configFile,
  };
}

function findOptions(entries: unknown[] | undefined, name: string, key?: string): Record<string, unknown> | undefined {
  for (const entry of entries ?? []) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[0].includes(name)) continue;
    const options = entry[1] as Record<string, unknown> | undefined;
    return key === undefined ? options : (options?.[key] as Record<string, unknown> | undefined);
  }
  return undefined;
}

/**
 * loadSiteFacts, cached under the hash of the config and what it can import
 * (src/plugins, src/remark): importing the config loads the
 * site's plugins and costs more than checking every link, and it rarely
 * changes while the docs do.
 */
export async function loadSiteFactsCached(root: string, useCache = true): Promise<SiteFacts> {
  const inputs = [...CONFIG_NAMES, ...collectFiles(root, ['src/plugins', 'src/remark']), ...collectFiles(path.dirname(fileURLToPath(import.meta.url)), ['.'], (file) => file === 'config.ts' || file === 'layout.ts').map((file) => path.relative(root, path.join(path.dirname(fileURLToPath(import.meta.url)), file)))];
  const key = inputKey(root, inputs, 'site-facts');
  // One entry per site folder, so a temporary copy (tests) never evicts the repository's.
  const tool = `site-facts-${createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 10)}`;
  const cached = useCache ? readCache<SiteFacts>(root, tool, key) : undefined;
  if (cached !== undefined) return cached;
  const facts = await loadSiteFacts(root);
  if (useCache) writeCache(root, tool, key, facts);
  return facts;
}

/**
 * The layout of a site folder: from its docusaurus.config (cached, see
 * loadSiteFactsCached) when it has one, else one locale per folder under
 * `i18n/` (the tools' own test fixtures).
 */
export async function loadLayout(root: string, useCache = true): Promise<SiteLayout> {
  const name = CONFIG_NAMES.find((candidate) => existsSync(path.join(root, candidate)));
  if (name === undefined) return discoveredLayout(root);
  // Once per process while the config file stays the same (a tool opens the model more than once).
  const stat = statSync(path.join(root, name));
  const stamp = `${path.resolve(root)}\0${name}\0${stat.mtimeMs}\0${stat.size}`;
  const known = useCache ? layouts.get(stamp) : undefined;
  if (known) return known;
  const facts = await loadSiteFactsCached(root, useCache);
  const layout = { defaultLocale: facts.defaultLocale, locales: facts.locales };
  layouts.set(stamp, layout);
  return layout;
}

const layouts = new Map<string, SiteLayout>();
