/**
 * The one table of the tools' command lines: every CLI of tools/ with its
 * commands, their options and what they mean. Each CLI parses its arguments
 * from its entry here (tools/cli/args.ts), and `--help` prints the same rows,
 * so a new option is added in this file only.
 */
import { samples } from '../../samples/registry.ts';
import type { CliSpec, OptionSpec } from './args.ts';

/** The samples by name, from the registry (samples/registry.ts): `app: Next.js App Router sample; pages: …`. */
const sampleNames = samples.map((entry) => entry.name);
const sampleList = samples.map((entry) => `${entry.name}: ${entry.title}`).join('; ');
const replayNames = samples.filter((entry) => entry.guide.scaffoldPackages).map((entry) => entry.name);

const json: OptionSpec = { name: 'json', type: 'boolean', description: 'print the result as one JSON document on standard output (CI annotations, under CI=true, go to stderr)' };
const noCache: OptionSpec = { name: 'no-cache', type: 'boolean', description: 'ignore the cache in node_modules/.cache and do not write it' };
const root: OptionSpec = { name: 'root', type: 'string', value: '<dir>', description: 'another site folder (default: this repository; the tests use fixtures)' };
const shard: OptionSpec = { name: 'shard', type: 'string', value: '<i/n>', description: 'only shard i of n: a stable split by file, translations with their page, fragments with their first importing page (CI runners)' };
const locale: OptionSpec = { name: 'locale', type: 'string', value: '<locale>', description: 'only this locale (default: every translated locale)' };

export const checkLinks = {
  name: 'check:links',
  description: 'broken links and anchors, duplicate ids and headings without an explicit id, in every locale, from the sources (no build)',
  commands: [
    {
      name: '',
      description: 'check every page and fragment',
      run: 'npm run check:links --',
      options: [
        json,
        { name: 'external', type: 'boolean', description: 'also list every external link (they are never fetched)' },
        { name: 'files', type: 'list', value: '<file.mdx>', description: 'report only problems in these files and in the pages that compose them (pre-commit)' },
        root,
        shard,
        noCache,
      ],
    },
  ],
} as const satisfies CliSpec;

export const checkSnippets = {
  name: 'check:snippets',
  description: 'type-checks every ts/tsx/js block of the docs (fences and <CodeBlock>) against the sample of its guide, in every locale (whether a translation\'s code equals English is i18n:check\'s job)',
  commands: [
    {
      name: '',
      description: 'check every code block',
      run: 'npm run check:snippets --',
      options: [
        json,
        { name: 'files', type: 'list', value: '<file.mdx>', description: 'check only these files and the files that import them (pre-commit)' },
        root,
        { name: 'config', type: 'string', value: '<file>', description: 'the samples config module (default: tools/snippets/samples.config.ts)' },
        shard,
        noCache,
      ],
    },
  ],
} as const satisfies CliSpec;

export const i18n = {
  name: 'i18n',
  description: 'translation status, parity checks and lock records (TRANSLATING.md explains each rule)',
  run: 'node --import tsx tools/i18n/cli.ts',
  commands: [
    {
      name: 'status',
      description: 'every page and fragment per locale: up to date, stale, missing',
      run: 'npm run i18n:status --',
      options: [
        json,
        locale,
        { name: 'diff', type: 'string', value: '<file>', description: 'the English changes since the recorded version of this file and of the fragments it composes' },
        { name: 'usage', type: 'string', value: '<fragment>', description: 'the pages that compose this fragment, in every locale' },
        root,
        noCache,
      ],
    },
    {
      name: 'check',
      description: 'parity of every translated pair, the glossary, the theme strings',
      run: 'npm run i18n:check --',
      options: [
        json,
        locale,
        { name: 'no-theme', type: 'boolean', description: 'skip the theme strings check' },
        { name: 'fix', type: 'boolean', description: 'rewrite what the glossary check reports as fixable (forbidden renderings, ASCII quotes, the table in TRANSLATING.md)' },
        root,
        noCache,
      ],
    },
    {
      name: 'fallbacks',
      description: 'pages of each locale that render English, fully or partly',
      run: 'npm run i18n:fallbacks --',
      options: [json, locale, root, noCache],
    },
    {
      name: 'mark',
      description: 'record translations as made from the current English source',
      run: 'npm run i18n:mark --',
      options: [locale, { name: 'with-fragments', type: 'boolean', description: 'also the translated fragments each page composes' }, root, noCache],
      positionals: { name: '<file>…', description: 'the translated files to mark', min: 1 },
    },
    {
      name: 'theme',
      description: 'the theme strings check only',
      run: 'node --import tsx tools/i18n/cli.ts theme',
      options: [json, locale, root, noCache],
    },
  ],
} as const satisfies CliSpec;

export const bench = {
  name: 'bench',
  description: 'speed, weight and memory targets, each measured against a baseline in the same run and printed as ratios',
  exit1: 'a suite could not run',
  commands: [
    {
      name: '',
      description: 'run the suites of tools/bench/suites',
      run: 'npm run bench --',
      options: [
        { name: 'full', type: 'boolean', description: 'scale: also measure 1,000 pages per locale (long)' },
        { name: 'sizes', type: 'string', value: '<n,n…>', description: 'scale: these page counts per locale instead of 100,300' },
        { name: 'keep', type: 'boolean', description: 'scale: keep the generated sites' },
      ],
      positionals: { name: 'suite…', description: 'only these suites, by name (default: all but those run only when named, like scale)' },
    },
  ],
} as const satisfies CliSpec;

export const replay = {
  name: 'test:replay',
  description: 'replays the quick starts from an empty folder as a reader follows them (tools/replay/README.md)',
  exit1: 'a guide failed; the message names its file, line and step',
  commands: [
    {
      name: '',
      description: 'replay every quick start, or the ones named',
      run: 'npm run test:replay --',
      options: [],
      positionals: { name: replayNames.join('|'), description: `the guide of each sample named (${sampleList}; default: all)`, max: replayNames.length },
    },
  ],
} as const satisfies CliSpec;

export const mutation = {
  name: 'test:mutation',
  description: 'mutation testing of the docs tools and the site code with Stryker, one run per folder; reports under reports/mutation',
  exit1: 'a Stryker run failed, or (with --check) a score target is missed',
  commands: [
    {
      name: '',
      description: 'mutate every folder, or the ones named',
      run: 'npm run test:mutation --',
      options: [
        { name: 'incremental', type: 'boolean', description: 'reuse reports/mutation/<folder>/incremental.json: only mutants in changed code, or covered by changed tests, run again' },
        { name: 'concurrency', type: 'string', value: '<n>', description: 'test processes at once (default 2; the machine is shared)' },
        { name: 'score', type: 'boolean', description: 'print the scores of the last reports, run nothing' },
        { name: 'equivalent', type: 'boolean', description: 'list the mutants judged equivalent (Stryker disable comments) in the last reports' },
        { name: 'check', type: 'boolean', description: 'exit 1 when a target is missed (overall ≥ 85 %, every folder ≥ 80 %)' },
      ],
      positionals: { name: 'folder…', description: 'only these folders, like tools/links (default: all of them)' },
    },
  ],
} as const satisfies CliSpec;

export const sample = {
  name: 'sample',
  description: 'starts the local identity provider and a Next.js sample wired to it (only the sample when LOGTO_ENDPOINT is set)',
  exit1: 'a server could not start or stopped on its own',
  commands: [
    {
      name: '',
      description: 'start the first sample of the registry, or the one named',
      run: 'npm run sample --',
      options: [],
      positionals: { name: sampleNames.join('|'), description: `${sampleList} (default: ${sampleNames[0]})`, max: 1 },
    },
  ],
} as const satisfies CliSpec;

/** Every CLI with the file that runs it, for the tests. */
export const allClis = [
  { spec: checkLinks, entry: 'tools/links/cli.ts' },
  { spec: checkSnippets, entry: 'tools/snippets/cli.ts' },
  { spec: i18n, entry: 'tools/i18n/cli.ts' },
  { spec: bench, entry: 'tools/bench/run.ts' },
  { spec: replay, entry: 'tools/replay/cli.ts' },
  { spec: mutation, entry: 'tools/mutation/run.ts' },
  { spec: sample, entry: 'tools/sample/run-sample.ts' },
] as const;
