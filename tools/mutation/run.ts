/**
 * `npm run test:mutation [-- --incremental] [folder…]`: mutation testing of the
 * docs tools and the site's own code with Stryker (tap runner, so each mutant
 * runs only the test files that cover it), one Stryker run per folder, each
 * with the tests beside that folder. Writes HTML + JSON reports under
 * reports/mutation/<folder>/ (git-ignored) and prints the score per folder.
 * Not part of `npm test`: a full run takes tens of minutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { mutation as mutationCli } from '../cli/commands.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reportsRoot = path.join(root, 'reports/mutation');

/** Folder mutated → the test files run against its mutants. Fixtures, benches and tests are never mutated. */
const folders: Record<string, string[]> = {
  'tools/cli': ['tools/cli/*.test.ts'],
  'tools/i18n': ['tools/i18n/*.test.ts'],
  'tools/links': ['tools/links/*.test.ts'],
  'tools/sample': ['tools/sample/plan.test.ts'],
  // Shared parser and report helpers: tested through the tools that use them.
  'tools/site': ['tools/site/*.test.ts', 'tools/snippets/*.test.ts', 'tools/links/*.test.ts', 'tools/i18n/*.test.ts'],
  'tools/snippets': ['tools/snippets/*.test.ts'],
  'src/remark': ['src/remark/*.test.ts'],
  'src/plugins': ['src/plugins/**/*.test.ts'],
  'src/components': ['src/components/**/*.test.ts'],
};

const { values, positionals } = parseCommandLine(mutationCli);
const unknownFolders = positionals.filter((folder) => !(folder in folders));
if (unknownFolders.length > 0) exitWithUsageError(mutationCli, `unknown folder ${unknownFolders.join(', ')}; use one of ${Object.keys(folders).join(', ')}`);
const chosen = positionals.length > 0 ? positionals : Object.keys(folders);

interface ReportFile {
  mutants: Array<{ status: string }>;
}

/** Mutation score as Stryker computes it: detected / (detected + undetected), equivalent-ignored mutants left out. */
function score(report: { files: Record<string, ReportFile> }) {
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      if (status === 'Killed') count.killed++;
      else if (status === 'Timeout') count.timeout++;
      else if (status === 'Survived') count.survived++;
      else if (status === 'NoCoverage') count.noCoverage++;
      else if (status === 'Ignored') count.ignored++;
      else count.errors++;
    }
  }
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? undefined : (100 * detected) / valid };
}

const rows: string[] = [];
let failed = false;
for (const folder of chosen) {
  const testFiles = folders[folder]!.filter((pattern) => existsSync(path.join(root, pattern.split('*')[0]!)));
  const out = path.join(reportsRoot, folder);
  mkdirSync(out, { recursive: true });
  const config = {
    $schema: '../../../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    packageManager: 'npm',
    testRunner: 'tap',
    plugins: ['@stryker-mutator/tap-runner'],
    tap: { testFiles, nodeArgs: ['--import', 'tsx'], forceBail: true },
    coverageAnalysis: 'perTest',
    mutate: [`${folder}/**/*.ts`, `${folder}/**/*.tsx`, '!**/*.test.ts', '!**/fixtures/**', '!**/testing.ts', '!**/*.d.ts'],
    ignorePatterns: ['build', '.docusaurus', 'reports', 'samples', '**/.next', '**/node_modules'],
    ignoreStatic: true,
    concurrency: 2,
    timeoutMS: 60000,
    incremental: values.incremental,
    incrementalFile: path.join(out, 'incremental.json'),
    reporters: ['html', 'json', 'progress'],
    htmlReporter: { fileName: path.join(out, 'index.html') },
    jsonReporter: { fileName: path.join(out, 'mutation.json') },
    tempDirName: path.join('reports/mutation/.stryker-tmp'),
    cleanTempDir: 'always',
  };
  const configFile = path.join(out, 'stryker.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== ${folder}: mutants against ${testFiles.join(', ') || '(no tests beside it)'}`);
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', configFile], { cwd: root, stdio: 'inherit' });
  const reportFile = path.join(out, 'mutation.json');
  if (run.status !== 0 || !existsSync(reportFile)) {
    failed = true;
    rows.push(`${folder.padEnd(16)} Stryker failed (exit ${run.status}); see its output above`);
    continue;
  }
  const s = score(JSON.parse(readFileSync(reportFile, 'utf8')));
  rows.push(
    `${folder.padEnd(16)} ${s.score === undefined ? '  n/a' : `${s.score.toFixed(1).padStart(5)} %`}  killed ${s.killed}, timeout ${s.timeout}, survived ${s.survived}, no coverage ${s.noCoverage}, equivalent (ignored) ${s.ignored}  → ${path.relative(root, path.join(out, 'index.html'))}`,
  );
}
console.log('\nMutation score per folder:');
for (const row of rows) console.log(`  ${row}`);
process.exit(failed ? 1 : 0);
