/**
 * `npm run test:mutation [-- options] [folder…]`: mutation testing of the docs
 * tools and the site's own code with Stryker (tap runner, perTest coverage: each
 * mutant runs only the test files that reached it in the dry run, and each
 * folder is one Stryker run with only the tests beside it or covering it).
 * Writes HTML + JSON reports under reports/mutation/<folder>/ (git-ignored) and
 * prints the score per folder and overall against the targets (overall ≥ 85 %,
 * every folder ≥ 80 %). `--score` only prints the scores of the last reports.
 * Equivalent mutants are `// Stryker disable next-line <mutator>: <reason>`
 * comments in the source (see tools/mutation/README.md); `--equivalent` lists them.
 * Not part of `npm test`: a full run takes long; CI runs it as its own job.
 */
import { spawnSync } from 'node:child_process';
import { parse } from '@babel/parser';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { mutation as mutationCli } from '../cli/commands.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const reportsRoot = path.join(root, 'reports/mutation');
export const targets = { overall: 85, folder: 80 };

/**
 * Folder mutated → the test files run against its mutants. Left out everywhere:
 * tests, fixtures, testing helpers and declaration files; tools/bench (speed
 * suites, not behaviour) and tools/mutation (this harness). Left out of the test
 * lists: tools/snippets/real-docs.test.ts (the real docs are clean, so it kills
 * no mutant and costs minutes per run).
 */
export const folders: Record<string, string[]> = {
  'tools/cli': ['tools/cli/*.test.ts'],
  'tools/i18n': ['tools/i18n/*.test.ts'],
  'tools/links': ['tools/links/*.test.ts'],
  // Ports and process groups of the servers that tools and tests start.
  'tools/lib': ['tools/lib/*.test.ts'],
  'tools/replay': ['tools/replay/*.test.ts'],
  'tools/sample': ['tools/sample/*.test.ts'],
  // Shared parser, layout and report helpers: tested beside them and through the tools that use them.
  'tools/site': ['tools/site/*.test.ts', 'tools/snippets/*.test.ts', 'tools/links/*.test.ts', 'tools/i18n/*.test.ts'],
  'tools/snippets': ['tools/snippets/*.test.ts'],
  'src/remark': ['src/remark/*.test.ts'],
  'src/plugins': ['src/plugins/**/*.test.ts'],
  'src/components': ['src/components/**/*.test.ts'],
};
const neverRun = new Set(['tools/snippets/real-docs.test.ts']);

/**
 * What a folder's run needs beyond the shared settings, and why. Both are made
 * in place, in the checkout itself (Stryker puts the files back when it ends,
 * also on Ctrl-C; it also marks every TypeScript file `// @ts-nocheck` for the
 * run, so after a hard kill put all back with `git checkout -- .`, see README):
 *   - tools/sample's test starts `next dev` on each sample. In a sandbox
 *     Turbopack refuses to compile: its root is the sandbox (the samples'
 *     outputFileTracingRoot) and the sandbox's node_modules is a link out of
 *     it. One mutant at a time, as Next.js allows one dev server per folder.
 *   - tools/replay's provider test zips the provider from the files git has
 *     committed, and a sandbox (under the git-ignored reports/) has none.
 */
export const folderSettings: Record<string, { concurrency?: number; inPlace?: boolean }> = {
  'tools/sample': { concurrency: 1, inPlace: true },
  'tools/replay': { inPlace: true },
};
const notMutated = ['!**/*.test.ts', '!**/__tests__/**', '!**/fixtures/**', '!**/testing.ts', '!**/*.d.ts'];

/** Files under dir (repository-relative; with `/**` in the pattern also in subfolders) whose name ends with the pattern's end. */
function filesMatching(pattern: string): string[] {
  const [dir, rest] = pattern.split(/\/\*\*?\/?/) as [string, string];
  const ending = rest.replace(/^\*/, '');
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { recursive: pattern.includes('/**/') })
    .map((name) => path.posix.join(dir, String(name).split(path.sep).join('/')))
    .filter((file) => file.endsWith(ending) && !file.includes('node_modules/'));
}

/** The test files of a folder, as paths from the repository root. */
export function testFilesOf(folder: string): string[] {
  const files = folders[folder]!.flatMap(filesMatching);
  return [...new Set(files)].filter((file) => !neverRun.has(file) && !file.includes('/fixtures/')).sort();
}

interface ReportMutant {
  status: string;
  mutatorName: string;
  statusReason?: string;
  location: { start: { line: number } };
}
interface Report {
  files: Record<string, { mutants: ReportMutant[] }>;
}

export interface Count {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
}

/** Counts the statuses of a Stryker JSON report. */
export function count(report: Report): Count {
  const result: Count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      if (status === 'Killed') result.killed++;
      else if (status === 'Timeout') result.timeout++;
      else if (status === 'Survived') result.survived++;
      else if (status === 'NoCoverage') result.noCoverage++;
      else if (status === 'Ignored') result.ignored++;
      else result.errors++;
    }
  }
  return result;
}

/** Mutation score as Stryker computes it: detected / (detected + undetected); equivalent (ignored) and erroring mutants are left out. */
export function score(c: Count): number | undefined {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

function readReport(folder: string): Report | undefined {
  const file = path.join(reportsRoot, folder, 'mutation.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Report) : undefined;
}

const percent = (value: number | undefined): string => (value === undefined ? '  n/a' : `${value.toFixed(1).padStart(5)} %`);

/** Prints the score of each folder's last report and the overall score; returns whether every target is met. */
export function printScores(minutes: Record<string, number> = {}): boolean {
  const total: Count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  let met = true;
  let missing = 0;
  console.log(`Mutation score per folder (targets: every folder ≥ ${targets.folder} %, overall ≥ ${targets.overall} %):`);
  for (const folder of Object.keys(folders)) {
    const report = readReport(folder);
    if (!report) {
      missing++;
      met = false;
      console.log(`  ${folder.padEnd(16)}    no report yet: npm run test:mutation -- ${folder}`);
      continue;
    }
    const c = count(report);
    for (const key of Object.keys(total) as Array<keyof Count>) total[key] += c[key];
    const s = score(c);
    const ok = s !== undefined && s >= targets.folder;
    met &&= ok;
    const time = minutes[folder] === undefined ? '' : `, ${minutes[folder]!.toFixed(1)} min`;
    console.log(
      `  ${folder.padEnd(16)} ${percent(s)} ${ok ? 'met   ' : 'MISSED'}  ${c.killed + c.timeout + c.survived + c.noCoverage} mutants: killed ${c.killed}, timeout ${c.timeout}, survived ${c.survived}, no coverage ${c.noCoverage}; equivalent ${c.ignored}${c.errors ? `, errors ${c.errors}` : ''}${time}`,
    );
  }
  const s = score(total);
  met &&= s !== undefined && s >= targets.overall;
  console.log(`  ${'overall'.padEnd(16)} ${percent(s)} ${s !== undefined && s >= targets.overall ? 'met   ' : 'MISSED'}${missing ? `  (${missing} folder(s) without a report)` : ''}`);
  console.log(`HTML reports: ${path.relative(root, reportsRoot)}/<folder>/index.html`);
  return met;
}

/** Prints every mutant the reports list as equivalent (a Stryker disable comment), with its reason. */
function printEquivalent(): void {
  let n = 0;
  for (const folder of Object.keys(folders)) {
    for (const [file, { mutants }] of Object.entries(readReport(folder)?.files ?? {})) {
      for (const mutant of mutants.filter((m) => m.status === 'Ignored')) {
        n++;
        console.log(`${file}:${mutant.location.start.line} ${mutant.mutatorName}: ${mutant.statusReason ?? '(no reason)'}`);
      }
    }
  }
  console.log(`${n} equivalent mutant(s)`);
}

/**
 * The disable comments of one file's text that do not say why (`// Stryker disable next-line Mutator: reason`),
 * as `file:line: …` problems. Only comments count: the words in a string (a --help text) are not one.
 */
export function disableCommentProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const comment = /(?:\/\/|\/\*|^\s*\*)\s*Stryker disable(?:-next-line| next-line)?\s+([^\n]*)/.exec(line);
    if (comment && !/^[\w,]+\s*:\s*\S/.test(comment[1]!)) problems.push(`${file}:${index + 1}: a Stryker disable comment needs a mutator and a reason: // Stryker disable next-line <Mutator>: <why no test can tell it apart>`);
  });
  return problems;
}

/**
 * Disable comments Stryker never reads. It takes a directive from the comments
 * that lead a node (as Babel, its parser, attaches them); a comment that only
 * trails code (inside a chain of calls, or last in a block, above its `}`)
 * disables nothing, and the mutants it names still count as survived.
 */
export function unreadDisableComments(file: string, text: string): string[] {
  const directive = /Stryker disable/;
  let program: ReturnType<typeof parse>;
  try {
    program = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: true });
  } catch {
    return [];
  }
  const leading = new Set<number>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { leadingComments } = node as { leadingComments?: Array<{ value: string; loc?: { start: { line: number } } | null }> };
    for (const comment of leadingComments ?? []) if (directive.test(comment.value) && comment.loc) leading.add(comment.loc.start.line);
    for (const [key, value] of Object.entries(node)) if (key !== 'leadingComments' && key !== 'trailingComments' && key !== 'innerComments' && key !== 'loc') visit(value);
  };
  visit(program.program);
  return (program.comments ?? [])
    .filter((comment) => directive.test(comment.value) && comment.loc && !leading.has(comment.loc.start.line))
    .map(
      (comment) =>
        `${file}:${comment.loc!.start.line}: Stryker does not read this disable comment: it trails the code before it (in a chain of calls, or last in a block) instead of leading a statement or expression. Put it above a statement of its own (split the chain), or above the catch or the deps array.`,
    );
}

function disableCommentsWithoutReason(folder: string): string[] {
  const files = [...filesMatching(`${folder}/**/*.ts`), ...filesMatching(`${folder}/**/*.tsx`)].filter((file) => !/\.test\.ts$|\/fixtures\//.test(file));
  return files.flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return [...disableCommentProblems(file, text), ...unreadDisableComments(file, text)];
  });
}

function runFolder(folder: string, options: { incremental: boolean; concurrency: number }): boolean {
  const testFiles = testFilesOf(folder);
  const out = path.join(reportsRoot, folder);
  mkdirSync(out, { recursive: true });
  const config = {
    $schema: '../../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    packageManager: 'npm',
    testRunner: 'tap',
    plugins: ['@stryker-mutator/tap-runner'],
    tap: { testFiles, nodeArgs: ['--import', 'tsx'], forceBail: true },
    coverageAnalysis: 'perTest',
    mutate: [`${folder}/**/*.ts`, `${folder}/**/*.tsx`, ...notMutated],
    // Anchored at the root: an unanchored `build-*` would also drop src/components/DownloadSample/build-zip.ts.
    // The sandbox links only the root node_modules; the site's React 18 (src/plugins/site-react, a workspace of its own) is copied.
    ignorePatterns: ['/build', '/build-*', '/.docusaurus', '/reports', '/test-results', '**/.next', '**/node_modules', '!/src/plugins/site-react/node_modules'],
    inPlace: folderSettings[folder]?.inPlace ?? false,
    ignoreStatic: true,
    concurrency: Math.min(options.concurrency, folderSettings[folder]?.concurrency ?? options.concurrency),
    timeoutMS: 60000,
    // Always write incremental.json, so that the next --incremental run can reuse this one; without --incremental every mutant runs.
    incremental: true,
    force: !options.incremental,
    incrementalFile: path.join(out, 'incremental.json'),
    reporters: ['html', 'json', 'progress'],
    htmlReporter: { fileName: path.join(out, 'index.html') },
    jsonReporter: { fileName: path.join(out, 'mutation.json') },
    tempDirName: path.join('reports/mutation/.stryker-tmp'),
    cleanTempDir: 'always',
  };
  const configFile = path.join(out, 'stryker.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== ${folder}: mutants against ${testFiles.join(', ') || '(no tests beside it: every mutant counts as not covered)'}`);
  if (testFiles.length === 0) return false;
  // Mutants reached only by a CLI that a test runs in a child process count as covered by that test (see child-coverage.cjs).
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --require "${path.join(root, 'tools/mutation/child-coverage.cjs')}"`.trim();
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', configFile], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  return run.status === 0 && existsSync(path.join(out, 'mutation.json'));
}

function main(): void {
  const { values, positionals } = parseCommandLine(mutationCli);
  if (values.equivalent) return printEquivalent();
  if (values.score) {
    if (!printScores() && values.check) process.exitCode = 1;
    return;
  }
  const concurrency = Number(values.concurrency ?? '2');
  if (!Number.isInteger(concurrency) || concurrency < 1) exitWithUsageError(mutationCli, `--concurrency ${values.concurrency} is not a whole number ≥ 1`);
  const chosen = positionals.map((folder) => folder.replace(/\/+$/, ''));
  const unknownFolders = chosen.filter((folder) => !(folder in folders));
  if (unknownFolders.length > 0) exitWithUsageError(mutationCli, `unknown folder ${unknownFolders.join(', ')}; use one of ${Object.keys(folders).join(', ')}`);
  const problems = (chosen.length > 0 ? chosen : Object.keys(folders)).flatMap(disableCommentsWithoutReason);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exitCode = 2;
    return;
  }
  const minutes: Record<string, number> = {};
  const failed: string[] = [];
  const start = Date.now();
  for (const folder of chosen.length > 0 ? chosen : Object.keys(folders)) {
    const folderStart = Date.now();
    if (!runFolder(folder, { incremental: values.incremental === true, concurrency })) failed.push(folder);
    minutes[folder] = (Date.now() - folderStart) / 60000;
  }
  console.log('');
  const met = printScores(minutes);
  console.log(`Run time: ${((Date.now() - start) / 60000).toFixed(1)} min`);
  if (failed.length > 0) {
    console.error(`test:mutation: Stryker failed or had no tests for ${failed.join(', ')}; see its output above`);
    process.exitCode = 1;
  } else if (values.check && !met) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
