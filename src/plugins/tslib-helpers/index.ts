/**
 * Docusaurus plugin: the client bundle carries only the tslib helpers its
 * modules call, not all of tslib.
 *
 * Why: @docusaurus/utils-common is CommonJS and does
 * `const tslib_1 = require("tslib")` to call `__importDefault`. A require of a
 * whole module cannot be tree-shaken, so all of tslib (3.5 KiB gzip) sat in
 * main.js, on every page, before it is interactive (issue 10). Here `tslib`
 * resolves, in the client bundle only, to helpers.mjs, which re-exports the
 * helpers that are called. After each client build the plugin reads every
 * module that requires or imports tslib and fails the build, naming the file,
 * if it calls a helper helpers.mjs does not export (a newer Docusaurus, a new
 * dependency), because that would only fail in the reader's browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const helpersUrl = new URL('helpers.mjs', import.meta.url);
export const helpersFile = fileURLToPath(helpersUrl);

/** The helpers helpers.mjs exports (so the client bundle has). */
export async function exportedHelpers(): Promise<string[]> {
  return Object.keys((await import(helpersUrl.href)) as object);
}

/** tslib's helpers, by name (`__awaiter`, `__importDefault`, …): everything tslib exports. */
export function tslibHelperNames(): string[] {
  return Object.keys(createRequire(helpersFile)('tslib') as object);
}

/** The helpers a module's source calls: tslib helper names it mentions. */
export function helpersCalledIn(source: string, helperNames: readonly string[]): string[] {
  const mentioned = new Set(source.match(/\b__[A-Za-z]+\b/g));
  return helperNames.filter((name) => mentioned.has(name));
}

/** Problems to report: a helper a module calls that helpers.mjs does not export, or no module using tslib at all. */
export function problemsWith(modules: ReadonlyArray<{ file: string; source: string }>, exported: readonly string[], helperNames: readonly string[]): string[] {
  const here = path.relative(process.cwd(), helpersFile);
  if (modules.length === 0) return [`No module of the client bundle requires tslib any more: remove the tslib-helpers plugin (${here}).`];
  return modules.flatMap(({ file, source }) =>
    helpersCalledIn(source, helperNames)
      .filter((name) => !exported.includes(name))
      .map((name) => `${file} calls tslib's ${name}, which ${here} does not export: add it to the export list there.`),
  );
}

interface StatsModule {
  identifier?: string;
  reasons?: Array<{ moduleIdentifier?: string | null }>;
}

/** The files of the modules that require or import helpers.mjs, from the build's stats (loaders stripped). */
export function issuersOf(modules: readonly StatsModule[]): string[] {
  // One statement per step: Stryker reads a disable comment only where it leads a statement, not inside a chain of calls.
  const helpers = modules.filter((module) => {
    // Stryker disable next-line StringLiteral: whatever stands in for no identifier names no helpers.mjs either
    const identifier = module.identifier ?? '';
    return identifier.split('!').pop()!.split('|').includes(helpersFile);
  });
  // Stryker disable next-line ArrayDeclaration: whatever stands in for no reasons is not an absolute path, and is dropped below
  const reasons = helpers.flatMap((module) => module.reasons ?? []);
  const files = reasons.map((reason) => {
    // Stryker disable next-line StringLiteral: whatever stands in for no issuer is not an absolute path, and is dropped below
    const identifier = reason.moduleIdentifier ?? '';
    return identifier.split('!').pop()!;
  });
  return [...new Set(files.filter((file) => path.isAbsolute(file)))].sort();
}

export default function tslibHelpersPlugin(): Plugin {
  return {
    name: 'tslib-helpers',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: { alias: { tslib$: helpersFile } },
        plugins: [
          {
            apply(compiler: { hooks: { done: { tapPromise: (name: string, run: (stats: CompilerStats) => Promise<void>) => void } } }) {
              compiler.hooks.done.tapPromise('tslib-helpers', async (stats) => {
                const json = stats.toJson({ all: false, modules: true, reasons: true, nestedModules: true });
                // Stryker disable next-line ArrayDeclaration: a placeholder module has no identifier, so issuersOf drops it
                const modules = [...(json.modules ?? []), ...(json.modules ?? []).flatMap((module) => module.modules ?? [])];
                const exported = await exportedHelpers();
                const issuers = issuersOf(modules).map((file) => ({ file: path.relative(process.cwd(), file), source: readFileSync(file, 'utf8') }));
                for (const problem of problemsWith(issuers, exported, tslibHelperNames())) stats.compilation.errors.push(new Error(problem));
              });
            },
          },
        ],
      };
    },
  };
}

interface CompilerStats {
  toJson(options: object): { modules?: Array<StatsModule & { modules?: StatsModule[] }> };
  compilation: { errors: Error[] };
}
