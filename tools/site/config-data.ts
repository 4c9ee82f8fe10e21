/**
 * docusaurus.config.ts as data, without loading the site's plugins. The tools
 * read only plain values of the config (locales, baseUrl, routeBasePath,
 * static folders, plugin names); importing it for real also loads every
 * plugin it imports (remark, @docusaurus/utils, …), seconds of CPU for a link
 * check. So the config is compiled by esbuild with each of its local imports
 * (`./src/…`) replaced by a stub module (STUB_MODULE), and evaluated. When that cannot
 * stand for the real thing — evaluation throws, or a value the tools read is
 * named in the config but came out undefined (it came from a local import) —
 * the config is imported as it is, through tsx.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The fields the tools read; each must come out defined when the config's text names it. */
const READ_FIELDS = ['baseUrl', 'i18n', 'defaultLocale', 'locales', 'trailingSlash', 'routeBasePath', 'staticDirectories', 'presets', 'plugins', 'themes'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function importConfigData(configFile: string): Promise<unknown> {
  const fast = await evaluateWithoutLocalImports(configFile).catch(() => undefined);
  if (fast !== undefined && namedFieldsDefined(readFileSync(configFile, 'utf8'), fast)) return fast;
  return importTypeScript(configFile);
}

/** Imports a module that may be TypeScript: directly under `node --import tsx`, else through tsx's API. */
export async function importTypeScript(file: string): Promise<unknown> {
  const url = pathToFileURL(file).href;
  try {
    return ((await import(url)) as { default: unknown }).default;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { tsImport } = await import('tsx/esm/api');
    // tsx may load the file as CommonJS, and then `default` holds the module's exports: { default: the value }.
    let value = ((await tsImport(url, import.meta.url)) as { default: unknown }).default;
    while (value !== null && typeof value === 'object' && Object.keys(value).length === 1 && 'default' in value) value = (value as { default: unknown }).default;
    return value;
  }
}

async function evaluateWithoutLocalImports(configFile: string): Promise<unknown> {
  const esbuild = await import('esbuild');
  const stubLocalImports = {
    name: 'stub-local-imports',
    setup(builder: import('esbuild').PluginBuild) {
      builder.onResolve({ filter: /^(\.|@site\/)/ }, (args) => (args.importer === configFile ? { path: args.path, namespace: 'config-import' } : undefined));
      builder.onLoad({ filter: /.*/, namespace: 'config-import' }, () => ({ contents: STUB_MODULE, loader: 'js' }));
    },
  };
  const result = await esbuild.build({
    entryPoints: [configFile],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [stubLocalImports],
  });
  const code = result.outputFiles[0]!.text;
  // Written inside this repository, so the packages the config imports resolve from its node_modules.
  const dir = path.join(repoRoot, 'node_modules/.cache/docs-tools/config');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${createHash('sha256').update(configFile).update(code).digest('hex').slice(0, 16)}.${process.pid}.mjs`);
  writeFileSync(file, code);
  try {
    const loaded = ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
    return typeof loaded === 'function' ? await (loaded as () => Promise<unknown>)() : loaded;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The module that stands for each local import of the config. It is
 * CommonJS, so esbuild's own parse of the config decides which names are
 * read: every import form (default, named, namespace, `export … from`, over
 * any number of lines) compiles to property reads of this module's exports,
 * and no list of names is needed. Every name reads as a function that
 * returns undefined, so a config that calls one (`searchSections()`) still
 * evaluates; a value the tools read that comes out as such a function counts
 * as missing (namedFieldsDefined) and the config is imported for real. The
 * names come from the prototype, where esbuild's interop object looks them
 * up; `__esModule` and `then` read as undefined, so the default import is
 * the stub itself and nothing takes the module for a promise.
 */
const STUB_MODULE = `
const stub = () => undefined;
const names = new Proxy({}, { get: (_, name) => (typeof name === 'string' && name !== '__esModule' && name !== 'then' ? stub : undefined) });
module.exports = new Proxy(stub, { getPrototypeOf: () => names, ownKeys: () => [], get: (_, name) => Reflect.get(names, name) });
`;

/** False when a field the tools read is written in the config yet evaluated to undefined. */
function namedFieldsDefined(text: string, config: unknown): boolean {
  const defined = new Set<string>();
  const collect = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      // A function stands for a stubbed import (STUB_MODULE): not a value the config really has.
      if (child !== undefined && typeof child !== 'function') defined.add(key);
      collect(child, depth + 1);
    }
  };
  collect(config, 0);
  return READ_FIELDS.every((field) => !new RegExp(`\\b${field}\\s*:`).test(text) || defined.has(field));
}
