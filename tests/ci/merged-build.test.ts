// What CI's `build` matrix and `merge` job do (.github/workflows/docs.yml), done here: each locale built on its
// own into a separate folder (`docusaurus build --locale <l> --out-dir …`), merged with tools/site/merge-builds.ts.
// The merged site has the pages and files of the one-command build, and the built-site tests pass on it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { loadSiteFacts } from '../../tools/site/config.ts';
import { MergeConflictError, mergeBuilds } from '../../tools/site/merge-builds.ts';
import { buildDir, ensureBuild, repoRoot } from '../site/built-site.ts';
import { copySite, type SiteCopy } from '../site/site-copy.ts';

/** The built-site tests that read HTML and files (the browser ones run in CI's merge job through scripts/test-built-site.sh). */
const CORE_TESTS = ['site.test.ts', 'guide.test.ts', 'titles.test.ts', 'markdown-twins.test.ts', 'reader-features.test.ts'];

let site: SiteCopy;
let work: string;
let merged: string;
let parts: string[];

function buildLocale(dir: string, locale: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', locale, '--out-dir', outDir], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docusaurus build --locale ${locale} failed:\n${output.slice(-4000)}`))));
  });
}

/** Files of a build outside assets/ (bundle names may differ between two builds of the same sources). */
function siteFiles(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'assets') found.push(...siteFiles(dir, relative));
    } else found.push(relative);
  }
  return found.sort();
}

before(async () => {
  ensureBuild();
  site = copySite();
  work = mkdtempSync(path.join(tmpdir(), 'merged-build-'));
  const { localeList } = await loadSiteFacts(repoRoot);
  parts = localeList.map((locale) => path.join(work, `site-${locale}`));
  // One after the other, as two runners would do them side by side.
  for (const [i, locale] of localeList.entries()) await buildLocale(site.dir, locale, parts[i]!);
  merged = path.join(work, 'merged');
  mergeBuilds(merged, parts);
});

after(() => {
  site?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('each locale build writes only its own part of the site', () => {
  const [english, ...others] = parts;
  assert.ok(siteFiles(english!).includes('index.html'));
  for (const part of others) {
    const top = readdirSync(part);
    assert.equal(top.length, 1, `${part} holds only its locale folder: ${top.join(', ')}`);
  }
});

test('the merged site has the pages and files of the one-command build', () => {
  assert.deepEqual(siteFiles(merged), siteFiles(buildDir));
});

test('the built-site tests pass on the merged site', () => {
  const missing = CORE_TESTS.filter((file) => !existsSync(path.join(repoRoot, 'tests/site', file)));
  assert.deepEqual(missing, [], `CORE_TESTS names test files that do not exist in tests/site; update the list in ${path.relative(repoRoot, fileURLToPath(import.meta.url))}`);
  // Without NODE_TEST_CONTEXT (set by the runner of this test), the child runs as its own test run and prints TAP.
  const env: NodeJS.ProcessEnv = { ...process.env, DOCS_BUILD_DIR: merged };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...CORE_TESTS.map((file) => path.join(repoRoot, 'tests/site', file))], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
  });
  const summary = result.stdout.split('\n').filter((line) => /^# (tests|pass|fail)/.test(line)).join(', ');
  assert.equal(result.status, 0, `built-site tests on the merged site failed (${summary}):\n${result.stdout.split('\n').filter((line) => /not ok|Error|expected|actual/.test(line)).slice(0, 40).join('\n')}\n${result.stderr.slice(0, 2000)}`);
  assert.match(summary, /# fail 0/);
  assert.doesNotMatch(summary, /# pass 0\b/);
});

test('a file two builds write differently stops the merge and names it', () => {
  const a = path.join(work, 'conflict-a');
  const b = path.join(work, 'conflict-b');
  for (const [dir, text] of [[a, 'one'], [b, 'two']] as const) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), text);
  }
  assert.throws(() => mergeBuilds(path.join(work, 'conflict-merged'), [a, b]), (error: unknown) => error instanceof MergeConflictError && /index\.html: written differently by .*conflict-a and .*conflict-b/.test(error.message));
});
