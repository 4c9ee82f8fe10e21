/**
 * `npm run bench`: runs every suite in tools/bench/suites (or those named on the
 * command line) one after another. Each suite measures its target and a baseline
 * in the same run and prints ratios, never pass/fail on wall-clock time.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { exitWithUsageError, parseCommandLine } from '../cli/args.ts';
import { bench as benchCli } from '../cli/commands.ts';

export interface BenchSuite {
  /** Short name shown in the report header. */
  name: string;
  run: () => Promise<void>;
  /** Long suites (the scale bench) run only when named: `npm run bench -- scale`. */
  onlyWhenNamed?: boolean;
}

const suitesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites');
const { positionals } = parseCommandLine(benchCli);
const wanted = new Set(positionals);
const files = readdirSync(suitesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();

const suites: BenchSuite[] = [];
for (const file of files) suites.push((await import(pathToFileURL(path.join(suitesDir, file)).href)).default as BenchSuite);
const unknown = [...wanted].filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length > 0) exitWithUsageError(benchCli, `no suite named ${unknown.join(', ')}; the suites are ${suites.map((suite) => suite.name).join(', ')}`);
for (const suite of suites) {
  if (wanted.size > 0 ? !wanted.has(suite.name) : suite.onlyWhenNamed) continue;
  console.log(`\n## ${suite.name}`);
  try {
    await suite.run();
  } catch (error) {
    // A suite's own error says what is wrong and what to do; its stack says nothing to the reader.
    console.error(`bench ${suite.name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
