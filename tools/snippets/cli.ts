/**
 * `npm run check:snippets [-- options]`
 *
 * Type-checks every TypeScript/JavaScript code block of the docs, in every
 * locale, against the sample of its guide (that a translation's code equals the
 * English blocks is i18n:check's). Exit 1 when anything is wrong; under CI=true
 * it also prints GitHub annotations. A run on
 * an unchanged tree (docs, samples, lockfile, config, this tool) prints the
 * cached result without loading TypeScript.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from '../site/config-data.ts';
import { collectFiles, inputKey, readCache, writeCache } from '../site/cache.ts';
import { EXIT, exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { checkSnippets as checkSnippetsCli } from '../cli/commands.ts';
import { CONFIG_NAMES, loadLayout } from '../site/config.ts';
import { resolveFileArgs } from '../site/file-args.ts';
import { shardOption, type Shard } from '../site/shard.ts';
import { printAnnotations, type Problem } from '../site/report.ts';
import defaultConfig, { type SnippetsConfig } from './samples.config.ts';

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseCommandLine(checkSnippetsCli);
const json = values.json;
const useCache = !values['no-cache'];
const configFile = values.config === undefined ? undefined : path.resolve(values.config);
const root = path.resolve(values.root ?? path.resolve(toolDir, '../..'));
const shard: Shard | undefined = values.shard === undefined ? undefined : shardOption(values.shard, (message) => exitWithUsageError(checkSnippetsCli, message));

const loadedConfig: SnippetsConfig =
  configFile === undefined ? defaultConfig : ((await importTypeScript(configFile)) as SnippetsConfig);
// The locales and their folders come from the site model (docusaurus.config.ts) when the folder is a site;
// a fixture without a config keeps the locales its samples config lists.
const siteLayout = CONFIG_NAMES.some((name) => existsSync(path.join(root, name))) ? await loadLayout(root, useCache) : undefined;
const config: SnippetsConfig = siteLayout ? { ...loadedConfig, defaultLocale: siteLayout.defaultLocale, locales: siteLayout.locales } : loadedConfig;
const files = resolveFileArgs(checkSnippetsCli, values.files, root);

interface CachedRun {
  text: string;
  json: string;
  /** The problems' places, codes and messages, for the CI annotations. */
  problems: Problem[];
}

// Inputs: every Markdown file of every locale, every sample file the blocks can import, the lockfile (installed types), the registry of samples, the config and this tool.
const markdownDirs = Object.values(config.locales).flatMap((folders) => [folders.docs, folders.fragments]);
const samples = [...new Set(config.guides.map((guide) => guide.sample))];
const inputs = [
  ...collectFiles(root, markdownDirs, (file) => /\.mdx?$/.test(file)),
  ...samples.flatMap((sample) => collectFiles(root, [path.posix.normalize(sample)])),
  ...collectFiles(toolDir, ['.', '../site'], (file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => path.relative(root, path.join(toolDir, file))),
  'package-lock.json',
  'samples/registry.ts',
  ...CONFIG_NAMES,
  ...(configFile === undefined ? [] : [path.relative(root, configFile)]),
];
const key = inputKey(root, inputs, JSON.stringify({ files, shard, locales: config.locales, config: configFile === undefined ? null : config }));

let run = useCache ? readCache<CachedRun>(root, 'check-snippets', key) : undefined;
const cached = run !== undefined;
if (run === undefined) {
  const [{ checkSnippets }, { formatJson, formatText }] = await Promise.all([import('./check.ts'), import('./report.ts')]);
  const result = checkSnippets({ root, config, files, shard });
  const problems = result.problems.map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));
  run = { text: formatText(result), json: formatJson(result), problems };
  if (useCache) writeCache(root, 'check-snippets', key, run);
}

console.log(json ? run.json : run.text);
if (!json && cached) console.log('(inputs unchanged since the last run: result from the cache; --no-cache to run again)');
printAnnotations(run.problems, { json: Boolean(json) });
process.exitCode = run.problems.length > 0 ? EXIT.problems : EXIT.ok;
