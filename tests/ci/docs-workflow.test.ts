// .github/workflows/docs.yml parses as YAML and has the jobs and steps the README promises: npm test with Chromium,
// Redis and an npm cache, the built site as an artifact, a fast job with the three source checks split in shards,
// a matrix building one locale per runner (the locales of docusaurus.config.ts), a job merging their outputs and
// running the built-site tests on the merge, and the mutation testing job that reuses the last run's results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadSiteFacts } from '../../tools/site/config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown[]> };
  container?: string;
  'timeout-minutes'?: number;
  steps: Step[];
}
const workflow = parse(readFileSync(path.join(root, '.github/workflows/docs.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = (job: Job): string[] => job.steps.flatMap((step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean));

test('runs on push and pull request, with the five jobs', () => {
  assert.ok('push' in workflow.on && 'pull_request' in workflow.on);
  assert.deepEqual(Object.keys(workflow.jobs).sort(), ['build', 'checks', 'merge', 'mutation', 'test']);
});

test('every step uses an action or runs a command, and every npm script it names exists', () => {
  for (const [name, job] of Object.entries(workflow.jobs)) {
    assert.ok(job.steps.length > 0, name);
    for (const step of job.steps) {
      assert.ok((step.uses === undefined) !== (step.run === undefined), `${name}: a step needs exactly one of uses/run: ${JSON.stringify(step)}`);
      for (const match of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) assert.ok(scripts[match[1]!], `${name}: npm run ${match[1]} is not a script`);
    }
  }
});

test('the full job runs the README test command, installs Chromium and Redis like ensure-system-deps.sh, caches npm, uploads build/', () => {
  const job = workflow.jobs.test!;
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const testCommand = /\*\*Install and run every test:\*\*\s+```bash\n(.+)\n```/.exec(readme)?.[1];
  assert.equal(testCommand, 'npm test');
  assert.ok(runs(job).includes('npm test'));
  assert.ok(runs(job).includes('bash scripts/ensure-system-deps.sh'));
  assert.match(job.container ?? '', /bookworm/, 'Debian, where the script finds chromium and redis-server');
  const setupNode = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  assert.equal(setupNode?.with?.cache, 'npm');
  const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.with?.path, 'build/');
  assert.equal(upload?.if, '${{ always() }}');
  assert.ok(job.steps.indexOf(upload!) > job.steps.findIndex((step) => step.run === 'npm test'));
  assert.ok((job['timeout-minutes'] ?? 0) <= 90);
});

test('the fast job runs only check:snippets and check:links, each in shards of its matrix, and i18n:check once, after npm ci', () => {
  const job = workflow.jobs.checks!;
  const shards = job.strategy?.matrix?.shard;
  assert.ok(Array.isArray(shards) && shards.length >= 2, 'a shard matrix');
  assert.deepEqual(shards, Array.from({ length: shards.length }, (_, i) => i + 1), 'shards 1..n, each once');
  const commands = runs(job).filter((line) => line.startsWith('npm run '));
  const shard = `-- --shard \${{ matrix.shard }}/${shards.length}`;
  assert.deepEqual(commands, [`npm run check:snippets ${shard}`, `npm run check:links ${shard}`, 'npm run i18n:check']);
  assert.match(job.steps.find((step) => step.run === 'npm run i18n:check')?.if ?? '', /matrix\.shard == 1/, 'i18n:check runs in one shard only');
  assert.ok(runs(job).indexOf('npm ci') < runs(job).indexOf(commands[0]!));
  assert.equal(job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.cache, 'npm');
});

test('the mutation job restores the last incremental results, runs test:mutation --incremental and uploads the reports', () => {
  const job = workflow.jobs.mutation!;
  const steps = job.steps;
  const mutation = steps.findIndex((step) => /^npm run test:mutation -- --incremental( |$)/.test(step.run ?? ''));
  assert.ok(mutation > 0, 'a step runs npm run test:mutation -- --incremental');
  assert.ok(steps.findIndex((step) => step.run === 'npm ci') < mutation);
  const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
  assert.ok(cache >= 0 && cache < mutation, 'the cache is restored before the run');
  assert.match(String(steps[cache]!.with?.path), /^reports\/mutation\/\*\*\/incremental\.json$/);
  assert.ok(steps[cache]!.with?.['restore-keys'], 'restore-keys: an earlier commit\'s results are reused');
  const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.ok(upload > mutation);
  assert.match(String(steps[upload]!.with?.path), /^reports\/mutation\/$/m);
  assert.equal(steps[upload]!.if, '${{ always() }}');
  assert.equal(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.cache, 'npm');
  assert.ok(!runs(workflow.jobs.test!).some((line) => line.includes('test:mutation')), 'not part of npm test');
});

test('the build matrix builds each locale of docusaurus.config.ts on its own runner and uploads its output', async () => {
  const job = workflow.jobs.build!;
  const { localeList } = await loadSiteFacts(root);
  assert.deepEqual(job.strategy?.matrix?.locale, localeList, 'one matrix entry per locale, as in docusaurus.config.ts');
  assert.ok(runs(job).includes('npx docusaurus build --locale ${{ matrix.locale }} --out-dir build-${{ matrix.locale }}'));
  const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.with?.name, 'site-${{ matrix.locale }}');
  assert.equal(upload?.with?.path, 'build-${{ matrix.locale }}/');
});

test('the merge job waits for the matrix, merges every locale into build/ and runs the built-site tests on it', () => {
  const job = workflow.jobs.merge!;
  assert.deepEqual([job.needs].flat(), ['build']);
  const download = job.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
  assert.equal(download?.with?.pattern, 'site-*');
  const commands = runs(job);
  const merge = commands.indexOf(`node --import tsx tools/site/merge-builds.ts build ${download?.with?.path}/site-*`);
  assert.ok(merge !== -1, `merges the downloaded builds into build/: ${commands.join(' | ')}`);
  assert.ok(commands.indexOf('bash scripts/test-built-site.sh') > merge, 'the built-site tests run after the merge');
  assert.ok(commands.indexOf('bash scripts/ensure-system-deps.sh') < commands.indexOf('bash scripts/test-built-site.sh'), 'Chromium is there for the browser tests');
});
