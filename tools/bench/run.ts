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
}

const suitesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites');
const wanted = new Set(process.argv.slice(2));
const files = readdirSync(suitesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();

for (const file of files) {
  const suite = (await import(pathToFileURL(path.join(suitesDir, file)).href)).default as BenchSuite;
  if (wanted.size > 0 && !wanted.has(suite.name)) continue;
  console.log(`\n## ${suite.name}`);
  await suite.run();
}
