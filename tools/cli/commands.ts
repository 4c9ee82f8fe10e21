/**
 * The one table of the tools' command lines: every CLI of tools/ with its
 * commands, their options and what they mean. Each CLI parses its arguments
 * from its entry here (tools/cli/args.ts), and `--help` prints the same rows,
 * so a new option is added in this file only.
 */
import { samples } from '../../samples/registry.ts';
import type { CliSpec, CommandSpec, OptionSpec } from './args.ts';

/** The samples by name, from the registry (samples/registry.ts): `app: Next.js App Router sample; pages: …`. */
/** Option rows: `--name` alone, `--name <value>`, `--name <value>…`. */
const flag = <const Name extends string>(name: Name, description: string) => ({ name, type: 'boolean', description }) as const;
const text = <const Name extends string>(name: Name, value: string, description: string) => ({ name, type: 'string', value, description }) as const;
const list = <const Name extends string>(name: Name, value: string, description: string) => ({ name, type: 'list', value, description }) as const;

const sampleNames = samples.map((entry) => entry.name);
const sampleList = samples.map((entry) => `${entry.name}: ${entry.title}`).join('; ');
const replayNames = samples.filter((entry) => entry.guide.scaffoldPackages).map((entry) => entry.name);

const json = flag('json', 'print the result as one JSON document on standard output (CI annotations, under CI=true, go to stderr)');
const noCache = flag('no-cache', 'ignore the cache in node_modules/.cache and do not write it');
const root = text('root', '<dir>', 'another site folder (default: this repository; the tests use fixtures)');
const shard = text('shard', '<i/n>', 'only shard i of n: a stable split by file, translations with their page, fragments with their first importing page (CI runners)');
const locale = text('locale', '<locale>', 'only this locale (default: every translated locale)');

/**
 * A CLI without subcommands (`npm run <name> -- …`): its one command is named
 * '' and runs `what`; `options` default to none. The option rows keep their
 * literal types, so parseCommandLine types the values from them.
 */
function singleCommand<const Options extends readonly OptionSpec[] = readonly []>(
  name: string,
  description: string,
  command: { what: string; options?: Options; positionals?: CommandSpec['positionals']; exit1?: string },
) {
  const { what, options = [] as unknown as Options, positionals, exit1 } = command;
  return { name, description, exit1, commands: [{ name: '', description: what, run: `npm run ${name} --`, options, positionals }] } as const satisfies CliSpec;
}

export const checkLinks = singleCommand('check:links', 'broken links and anchors, duplicate ids and headings without an explicit id, in every locale, from the sources (no build)', {
  what: 'check every page and fragment',
  options: [
    json,
    flag('external', 'also list every external link (they are never fetched)'),
    list('files', '<file.mdx>', 'report only problems in these files and in the pages that compose them (pre-commit)'),
    root,
    shard,
    noCache,
  ],
});

export const checkSnippets = singleCommand('check:snippets', 'type-checks every ts/tsx/js block of the docs (fences and <CodeBlock>) against the sample of its guide, in every locale (whether a translation\'s code equals English is i18n:check\'s job)', {
  what: 'check every code block',
  options: [
    json,
    list('files', '<file.mdx>', 'check only these files and the files that import them (pre-commit)'),
    root,
    text('config', '<file>', 'the samples config module (default: tools/snippets/samples.config.ts)'),
    shard,
    noCache,
  ],
});

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
        text('diff', '<file>', 'the English changes since the recorded version of this file and of the fragments it composes'),
        text('usage', '<fragment>', 'the pages that compose this fragment, in every locale'),
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
        flag('no-theme', 'skip the theme strings check'),
        flag('fix', 'rewrite what the glossary check reports as fixable (forbidden renderings, ASCII quotes, the table in TRANSLATING.md)'),
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
      options: [locale, flag('with-fragments', 'also the translated fragments each page composes'), root, noCache],
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

export const bench = singleCommand('bench', 'speed, weight and memory targets, each measured against a baseline in the same run and printed as ratios', {
  exit1: 'a suite could not run',
  what: 'run the suites of tools/bench/suites',
  options: [flag('full', 'scale: also measure 1,000 pages per locale (long)'), text('sizes', '<n,n…>', 'scale: these page counts per locale instead of 100,300'), flag('keep', 'scale: keep the generated sites')],
  positionals: { name: 'suite…', description: 'only these suites, by name (default: all but those run only when named, like scale)' },
});

export const replay = singleCommand('test:replay', 'replays the quick starts from an empty folder as a reader follows them (tools/replay/README.md)', {
  exit1: 'a guide failed; the message names its file, line and step',
  what: 'replay every quick start, or the ones named',
  positionals: { name: replayNames.join('|'), description: `the guide of each sample named (${sampleList}; default: all)`, max: replayNames.length },
});

export const mutation = singleCommand('test:mutation', 'mutation testing of the docs tools and the site code with Stryker, one run per folder; reports under reports/mutation', {
  exit1: 'a Stryker run failed, or (with --check) a score target is missed',
  what: 'mutate every folder, or the ones named',
  options: [
    flag('incremental', 'reuse reports/mutation/<folder>/incremental.json: only mutants in changed code, or covered by changed tests, run again'),
    text('concurrency', '<n>', 'test processes at once (default 2; the machine is shared)'),
    flag('score', 'print the scores of the last reports, run nothing'),
    flag('equivalent', 'list the mutants judged equivalent (Stryker disable comments) in the last reports'),
    flag('check', 'exit 1 when a target is missed (overall ≥ 85 %, every folder ≥ 80 %)'),
  ],
  positionals: { name: 'folder…', description: 'only these folders, like tools/links (default: all of them)' },
});

export const sample = singleCommand('sample', 'starts the local identity provider and a Next.js sample wired to it (only the sample when LOGTO_ENDPOINT is set)', {
  exit1: 'a server could not start or stopped on its own',
  what: 'start the first sample of the registry, or the one named',
  positionals: { name: sampleNames.join('|'), description: `${sampleList} (default: ${sampleNames[0]})`, max: 1 },
});

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
