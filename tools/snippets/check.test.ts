import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSnippets, type Problem, type RunResult } from './check.ts';
import { formatGithub, formatJson, formatText } from './report.ts';
import cleanConfig from './fixtures/clean/snippets.config.ts';
import brokenConfig from './fixtures/broken/snippets.config.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const zh = 'i18n/zh-CN/docusaurus-plugin-content-docs/current';

// Each run builds a language service; share one run per fixture across tests.
let cleanRun: RunResult | undefined;
let brokenRun: RunResult | undefined;
const clean = (): RunResult => (cleanRun ??= checkSnippets({ root: path.join(fixtures, 'clean'), config: cleanConfig }));
const broken = (): RunResult => (brokenRun ??= checkSnippets({ root: path.join(fixtures, 'broken'), config: brokenConfig }));

const at = (problems: Problem[], file: string, line: number): Problem[] => problems.filter((problem) => problem.file === file && problem.line === line);

test('clean docs: blocks in JSX, tabs, lists and admonitions of both locales pass', () => {
  const result = clean();
  assert.deepEqual(result.problems, [], formatText(result));
  assert.equal(result.stats.blocks, 15);
  assert.equal(result.stats.otherLanguages, 2, 'the bash blocks are ignored');
});

test('clean docs: skipped blocks are listed with their reasons', () => {
  assert.deepEqual(clean().skipped, [
    { file: 'docs/guide/index.mdx', line: 60, reason: 'pseudo-code: the shape of a callback, not a file' },
    { file: `${zh}/guide/index.mdx`, line: 61, reason: '伪代码：回调的形状' },
  ]);
  assert.match(formatText(clean()), /Skipped blocks:\n {2}docs\/guide\/index\.mdx:60 — pseudo-code/);
});

test('clean docs: a fragment imported by two guides is checked once; a page of no guide is listed', () => {
  const { stats, unmapped } = clean();
  // The shared fragment reached from two guides, and zh blocks identical to English ones.
  assert.ok(stats.deduplicated >= 2, `deduplicated ${stats.deduplicated}`);
  assert.ok(stats.typeChecks < stats.checked);
  assert.deepEqual(unmapped, [{ file: 'docs/other/index.mdx', line: 3 }]);
  assert.match(formatText(clean()), /identical blocks deduplicated/);
});

test('clean docs: --json carries every part of the run, skipped blocks with their reasons included', () => {
  const result = clean();
  const data = JSON.parse(formatJson(result)) as Record<string, unknown>;
  assert.deepEqual(Object.keys(data).sort(), ['errors', 'ok', 'skipped', 'stats', 'unmapped', 'warnings']);
  assert.equal(data.ok, true);
  assert.deepEqual(data.errors, []);
  assert.deepEqual(data.skipped, result.skipped);
  assert.equal((data.skipped as unknown[]).length, 2, 'the clean fixture has two skipped blocks');
  assert.deepEqual(data.unmapped, result.unmapped);
  assert.deepEqual(data.warnings, result.warnings);
  assert.deepEqual(data.stats, JSON.parse(JSON.stringify(result.stats)));
});

test('a type error inside a list, tabs and nested JSX points at the .mdx line and column', () => {
  const [problem] = at(broken().problems, 'docs/guide/index.mdx', 15);
  assert.equal(problem?.code, 'TS2322');
  assert.equal(problem?.column, 20);
  assert.deepEqual(problem?.checkedAs, ['../sample/app/typo.ts']);
});

test('a renamed import and an await outside an async function are both reported', () => {
  const problems = broken().problems;
  assert.equal(at(problems, 'docs/guide/index.mdx', 24)[0]?.code, 'TS2724');
  const awaitProblem = at(problems, 'docs/guide/index.mdx', 27)[0];
  assert.equal(awaitProblem?.code, 'TS1308');
  assert.equal(awaitProblem?.column, 19);
});

test('JSX in a block titled .ts, and a ts fence titled .js, are title errors', () => {
  const problems = broken().problems;
  const jsx = at(problems, 'docs/guide/index.mdx', 33)[0];
  assert.equal(jsx?.code, 'title');
  assert.match(jsx?.message ?? '', /rename the title to app\/widget\.tsx/);
  assert.equal(at(problems, 'docs/guide/index.mdx', 59)[0]?.code, 'title');
});

test('malformed annotations are errors at the fence line', () => {
  const problems = broken().problems;
  for (const line of [36, 40]) assert.match(at(problems, 'docs/guide/index.mdx', line)[0]?.message ?? '', /`skip` needs a reason/);
  assert.match(at(problems, 'docs/guide/index.mdx', 44)[0]?.message ?? '', /runs backwards/);
  assert.match(at(problems, 'docs/guide/index.mdx', 49)[0]?.message ?? '', /line 9 does not exist/);
  assert.match(at(problems, 'docs/guide/index.mdx', 63)[0]?.message ?? '', /did you mean `hidden`/);
});

test('an expected error that no longer occurs fails the check', () => {
  const problem = at(broken().problems, 'docs/guide/index.mdx', 53)[0];
  assert.equal(problem?.code, 'expect-error');
  assert.match(problem?.message ?? '', /expected TS2345/);
});

test('an error in a hidden line is reported at its line in the .mdx and says it is hidden', () => {
  const problem = at(broken().problems, 'docs/guide/index.mdx', 68)[0];
  assert.equal(problem?.code, 'TS2305');
  assert.match(problem?.message ?? '', /\(in a hidden line\)/);
});

test('a shared fragment is checked against the sample of every guide importing it, one report listing both', () => {
  const problems = at(broken().problems, 'fragments/_only-english.mdx', 4);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.code, 'TS2339');
  assert.equal(problems[0]?.column, 41);
  assert.deepEqual(problems[0]?.checkedAs, ['../sample/app/__snippet__.ts', '../sample-two/app/__snippet__.ts']);
});

test('both samples share one program, yet `@/` resolves inside the sample of each guide', () => {
  const problems = at(broken().problems, 'fragments/_only-english.mdx', 10);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.code, 'TS2339');
  assert.match(problems[0]?.message ?? '', /Property 'scopes' does not exist/);
  assert.deepEqual(problems[0]?.checkedAs, ['../sample-two/app/__snippet__.ts'], 'only the second sample lacks scopes');
  assert.equal(broken().stats.services, 1);
});

test('zh-CN blocks are type-checked too', () => {
  assert.equal(at(broken().problems, `${zh}/guide/index.mdx`, 15)[0]?.code, 'TS2322');
});

test('translations are not compared with English here: a translated identifier is i18n:check\'s to report', () => {
  // The zh-CN guide renames signInUrl and changes a string (tools/i18n/parity.test.ts has the same cases): no problem of this tool.
  const zhSteps = broken().problems.filter((problem) => problem.file === `${zh}/guide/_steps.mdx`);
  assert.deepEqual(zhSteps, [], 'the extra block and the other hidden range of _steps.mdx are not reported here');
  for (const line of [78, 82, 83]) assert.deepEqual(at(broken().problems, `${zh}/guide/index.mdx`, line), []);
});

test('text output has the file:line:col code: message form and a code frame', () => {
  const text = formatText(broken());
  assert.match(text, /^docs\/guide\/index\.mdx:15:20 TS2322: Type 'number' is not assignable to type 'string'\.$/m);
  assert.match(text, /> 15 \| {7}export const label: string = port;\n\s+\| {20}\^/);
});

test('GitHub annotations escape their properties and messages', () => {
  const output = formatGithub([{ file: 'docs/a,b.mdx', line: 3, column: 4, code: 'TS2322', message: 'first\nsecond 100%' }]);
  assert.equal(output, '::error file=docs/a%2Cb.mdx,line=3,col=4,title=TS2322::first%0Asecond 100%25');
});

test('the CLI exits 1, prints JSON with --json, and GitHub annotations under CI=true', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'cli.ts'), '--root', path.join(fixtures, 'broken'), '--config', path.join(fixtures, 'broken/snippets.config.ts'), '--json'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  assert.equal(run.status, 1, run.stderr);
  // Standard output is exactly one JSON document; the annotations go to stderr.
  const data = JSON.parse(run.stdout) as { ok: boolean; errors: Problem[]; skipped: RunResult['skipped']; unmapped: unknown[] };
  assert.equal(data.ok, false);
  assert.equal(data.errors.length, broken().problems.length);
  assert.deepEqual(data.skipped, broken().skipped);
  assert.deepEqual(data.unmapped, broken().unmapped);
  assert.match(run.stderr, /^::error file=docs\/guide\/index\.mdx,line=15,col=20,title=TS2322::Type 'number'/m);
});
