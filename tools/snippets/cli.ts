/**
 * `npm run check:snippets [-- options]`
 *
 * Type-checks every TypeScript/JavaScript code block of the docs against the
 * sample of its guide and checks zh-CN blocks against English ones. Exit 1 when
 * anything is wrong; under CI=true it also prints GitHub annotations. A run on
 * an unchanged tree (docs, samples, lockfile, config, this tool) prints the
 * cached result without loading TypeScript.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFiles, inputKey, readCache, writeCache } from '../site/cache.ts';
import { CONFIG_NAMES, loadLayout } from '../site/config.ts';
import { resolveFileArgs } from '../site/file-args.ts';
import defaultConfig, { type SnippetsConfig } from './samples.config.ts';

const OPTIONS: Array<[string, string]> = [
  ['--json', 'print the result as JSON (annotations, under CI=true, go to stderr)'],
  ['--files <a.mdx> [b.mdx …]', 'check only these files, the files that import them, and their translations (pre-commit)'],
  ['--root <dir>', 'the repository folder (default: this repository)'],
  ['--config <file>', 'the samples config module (default: tools/snippets/samples.config.ts)'],
  ['--no-cache', 'ignore and do not write the result cache'],
  ['--help', 'this table'],
];
const usage = `usage: check:snippets [options]\n${OPTIONS.map(([flag, text]) => `  ${flag.padEnd(28)} ${text}`).join('\n')}`;

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let json = false;
let useCache = true;
let configFile: string | undefined;
let only: string[] | undefined;
let root = path.resolve(toolDir, '../..');
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--json') json = true;
  else if (arg === '--no-cache') useCache = false;
  else if (arg === '--root' && args[i + 1] !== undefined) root = path.resolve(args[++i]!);
  else if (arg === '--config' && args[i + 1] !== undefined) configFile = path.resolve(args[++i]!);
  else if (arg === '--files') {
    only = [];
    while (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) only.push(args[++i]!);
  } else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else {
    console.error(`unknown argument ${arg}\n${usage}`);
    process.exit(2);
  }
}

const loadedConfig: SnippetsConfig =
  configFile === undefined ? defaultConfig : ((await import(pathToFileURL(configFile).href)) as { default: SnippetsConfig }).default;
// The locales and their folders come from the site model (docusaurus.config.ts) when the folder is a site;
// a fixture without a config keeps the locales its samples config lists.
const siteLayout = CONFIG_NAMES.some((name) => existsSync(path.join(root, name))) ? await loadLayout(root, useCache) : undefined;
const config: SnippetsConfig = siteLayout ? { ...loadedConfig, defaultLocale: siteLayout.defaultLocale, locales: siteLayout.locales } : loadedConfig;
const files = resolveFileArgs(only, root, usage);

interface CachedRun {
  text: string;
  json: string;
  github: string;
  failed: boolean;
}

// Inputs: every Markdown file of every locale, every sample file the blocks can import, the lockfile (installed types), the config and this tool.
const markdownDirs = Object.values(config.locales).flatMap((folders) => [folders.docs, folders.fragments]);
const samples = [...new Set(config.guides.map((guide) => guide.sample))];
const inputs = [
  ...collectFiles(root, markdownDirs, (file) => /\.mdx?$/.test(file)),
  ...samples.flatMap((sample) => collectFiles(root, [path.posix.normalize(sample)])),
  ...collectFiles(toolDir, ['.', '../site'], (file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => path.relative(root, path.join(toolDir, file))),
  'package-lock.json',
  ...CONFIG_NAMES,
  ...(configFile === undefined ? [] : [path.relative(root, configFile)]),
];
const key = inputKey(root, inputs, JSON.stringify({ files, locales: config.locales, config: configFile === undefined ? null : config }));

let run = useCache ? readCache<CachedRun>(root, 'check-snippets', key) : undefined;
const cached = run !== undefined;
if (run === undefined) {
  const [{ checkSnippets }, { formatGithub, formatJson, formatText }] = await Promise.all([import('./check.ts'), import('./report.ts')]);
  const result = checkSnippets({ root, config, files });
  run = { text: formatText(result), json: formatJson(result), github: formatGithub(result.problems), failed: result.problems.length > 0 };
  if (useCache) writeCache(root, 'check-snippets', key, run);
}

console.log(json ? run.json : run.text);
if (!json && cached) console.log('(inputs unchanged since the last run: result from the cache; --no-cache to run again)');
// Annotations go to stderr with --json, so standard output stays one JSON document.
if (process.env.CI === 'true' && run.failed) (json ? console.error : console.log)(run.github);
process.exitCode = run.failed ? 1 : 0;
