/**
 * `npm run check:links [-- options]`: broken links and anchors, duplicate ids
 * and headings without an explicit id, from the sources of every locale (no
 * build). Exit 1 when there is any problem; under CI=true also GitHub
 * annotations. A run on an unchanged tree prints the cached result.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFiles, inputKey, readCache, writeCache } from '../site/cache.ts';
import { EXIT, exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { checkLinks as checkLinksCli } from '../cli/commands.ts';
import { resolveFileArgs } from '../site/file-args.ts';
import { inShard, shardOption, type Shard } from '../site/shard.ts';
import { printAnnotations } from '../site/report.ts';
import { CONFIG_NAMES } from '../site/config.ts';
import type { LinksReport } from './report.ts';
import type { LinkProblem } from './check.ts';
import type { FileFacts } from './facts.ts';
import { createHash } from 'node:crypto';

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseCommandLine(checkLinksCli);
const root = path.resolve(values.root ?? path.resolve(toolDir, '../..'));
const json = values.json;
const external = values.external;
const useCache = !values['no-cache'];
const selected = resolveFileArgs(checkLinksCli, values.files, root);
const shard: Shard | undefined = values.shard === undefined ? undefined : shardOption(values.shard, (message) => exitWithUsageError(checkLinksCli, message));

// Inputs: all Markdown of every locale, the config, the names of static files and pages, and this tool's code.
const markdown = collectFiles(root, ['docs', 'fragments', 'i18n'], (file) => /\.mdx?$/.test(file));
const toolFiles = collectFiles(toolDir, ['.', '../site'], (file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => path.relative(root, path.join(toolDir, file)));
const listed = collectFiles(root, ['static', 'src/pages']);
const key = inputKey(root, [...markdown, ...CONFIG_NAMES, ...toolFiles], JSON.stringify({ listed, selected, shard }));

let report = useCache ? readCache<LinksReport>(root, 'check-links', key) : undefined;
const cached = report !== undefined;
if (report === undefined) {
  const [{ loadSiteFactsCached }, { checkLinks }, { toReport }] = await Promise.all([import('../site/config.ts'), import('./check.ts'), import('./report.ts')]);
  let site;
  try {
    site = await loadSiteFactsCached(root, useCache);
  } catch (error) {
    console.error(`check:links: cannot read the site config: ${(error as Error).message}`);
    process.exit(EXIT.usage);
  }
  // Each file's facts are cached under the hash of its text and of the code that reads them; only changed files are parsed.
  const factsVersion = inputKey(root, toolFiles.filter((file) => /(facts|markdown|layout)\.ts$/.test(file)), 'facts');
  const stored = (useCache ? readCache<Record<string, FileFacts>>(root, 'check-links-files', factsVersion) : undefined) ?? {};
  const fresh: Record<string, FileFacts> = {};
  let parse: ((file: string, text: string) => FileFacts) | undefined;
  const needParser = new Error('a file needs parsing');
  const changed = markdown.filter((file) => stored[`${file}\0${hashText(readFileSync(path.join(root, file), 'utf8'))}`] === undefined);
  if (changed.length > 0) parse = (await import('./facts.ts')).readFacts;
  const readFacts = (file: string, text: string): FileFacts => {
    const id = `${file}\0${hashText(text)}`;
    if (stored[id] === undefined && parse === undefined) throw needParser;
    const facts = stored[id] ? { ...stored[id]!, text } : parse!(file, text);
    fresh[id] = { ...facts, text: '' };
    return facts;
  };
  let result;
  try {
    result = checkLinks({ root, site, readFacts });
  } catch (error) {
    // A file outside the scanned folders (imported through @site/) changed: load the parser and run again.
    if (error !== needParser) throw error;
    parse = (await import('./facts.ts')).readFacts;
    result = checkLinks({ root, site, readFacts });
  }
  if (useCache) writeCache(root, 'check-links-files', factsVersion, fresh);
  const keep = selected === undefined ? undefined : new Set(selected);
  const inSelection = keep === undefined ? undefined : (problem: LinkProblem) => keep.has(problem.file) || (problem.pages ?? []).some((page) => keep.has(page.file)) || [...keep].some((file) => result.composedInto.get(problem.file)?.has(file));
  const ofShard = shard === undefined ? undefined : inShard(site, markdown, result.composedInto, shard);
  report = toReport(result, inSelection === undefined && ofShard === undefined ? undefined : (problem) => (inSelection?.(problem) ?? true) && (ofShard?.(problem.file) ?? true));
  if (useCache) writeCache(root, 'check-links', key, report);
}

const { formatJson, formatText } = await import('./report.ts');
console.log(json ? formatJson(report, { external }) : formatText(report, { external }));
if (!json && cached) console.log('(inputs unchanged since the last run: result from the cache; --no-cache to run again)');
printAnnotations(report.problems, { json: Boolean(json) });
process.exitCode = report.problems.length > 0 ? EXIT.problems : EXIT.ok;

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
