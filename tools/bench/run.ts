/**
 * `npm run bench`: runs every suite in tools/bench/suites (or those named on the
 * command line) one after another. Each suite measures its target and a baseline
 * in the same run and prints ratios, never pass/fail on wall-clock time.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export interface BenchSuite {
  /** Short name shown in the report header. */
  name: string;
  run: () => Promise<void>;
  /** Long suites (the scale bench) run only when named: `npm run bench -- scale`. */
  onlyWhenNamed?: boolean;
}

const suitesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites');
// Suite names; options (`--full`, `--sizes 100,300`) are left for the suites to read from process.argv.
const argv = process.argv.slice(2);
const wanted = new Set(argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--sizes')));
const files = readdirSync(suitesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();

for (const file of files) {
  const suite = (await import(pathToFileURL(path.join(suitesDir, file)).href)).default as BenchSuite;
  if (wanted.size > 0 ? !wanted.has(suite.name) : suite.onlyWhenNamed) continue;
  console.log(`\n## ${suite.name}`);
  await suite.run();
}
