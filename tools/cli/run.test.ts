// tools/cli/run.mjs: a TypeScript CLI run with plain Node from its compiled bundle gives the same output as from source,
// keeps each module's import.meta.url, is rebuilt after a source file changes, and reused when nothing changed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runner = path.join(repoRoot, 'tools/cli/run.mjs');
// Inside the repository (tmp/ is git-ignored), so the bundle resolves packages from its node_modules.
mkdirSync(path.join(repoRoot, 'tmp'), { recursive: true });
const dir = mkdtempSync(path.join(repoRoot, 'tmp/run-mjs-'));
const bundles = path.join(dir, 'bundles');
after(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  path.join(dir, 'cli.ts'),
  [
    "import { fileURLToPath } from 'node:url';",
    "import { parse } from 'yaml';",
    "import GithubSlugger from 'github-slugger';",
    "export const typescript = () => import('typescript');",
    "import { greeting } from './greeting.ts';",
    'const late: { where: string } = await import(\'./late.ts\');',
    'console.log(JSON.stringify({ greeting, args: process.argv.slice(2), here: fileURLToPath(import.meta.url), late: late.where, yaml: parse(\'a: 1\'), slug: new GithubSlugger().slug(\'Hello World\') }));',
    '',
  ].join('\n'),
);
writeFileSync(path.join(dir, 'greeting.ts'), "export const greeting: string = 'hello';\n");
writeFileSync(path.join(dir, 'late.ts'), "import { fileURLToPath } from 'node:url';\nexport const where: string = fileURLToPath(import.meta.url);\n");

function run(...args: string[]) {
  return spawnSync(process.execPath, [runner, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, DOCS_TOOLS_BUNDLE_DIR: bundles } });
}
const entry = path.relative(repoRoot, path.join(dir, 'cli.ts'));
const bundleMain = (): string => path.join(bundles, entry.replace(/\.ts$/, '').replace(/\//g, '__'), 'main.mjs');

test('a CLI runs from its bundle with its arguments, each module keeps its own import.meta.url, packages work bundled or imported', () => {
  const result = run(entry, '--json', 'a.mdx');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), {
    greeting: 'hello',
    args: ['--json', 'a.mdx'],
    here: path.join(dir, 'cli.ts'),
    late: path.join(dir, 'late.ts'),
    yaml: { a: 1 },
    slug: 'hello-world',
  });
  // Small packages (ESM like yaml, CommonJS like github-slugger) are bundled; TypeScript stays an import of the installed package.
  assert.match(readFileSync(bundleMain(), 'utf8'), /import\("typescript"\)/);
});

test('an unchanged tool reuses its bundle; a changed source file rebuilds it', () => {
  run(entry);
  const built = statSync(bundleMain()).mtimeMs;
  assert.equal(JSON.parse(run(entry).stdout).greeting, 'hello');
  assert.equal(statSync(bundleMain()).mtimeMs, built, 'nothing changed, so the bundle must not be rebuilt');
  writeFileSync(path.join(dir, 'greeting.ts'), "export const greeting: string = 'bonjour';\n");
  assert.equal(JSON.parse(run(entry).stdout).greeting, 'bonjour');
});

test('a missing entry is a usage error (exit 2) that names the file', () => {
  const result = run('tools/nothing-here/cli.ts');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /no such file tools\/nothing-here\/cli\.ts/);
});

test('from its bundle, a tool reads the real config as from source: every locale, through the fast path and through tsx', () => {
  writeFileSync(
    path.join(dir, 'config-facts.ts'),
    [
      "import { importConfigData, importTypeScript } from '../../tools/site/config-data.ts';",
      `const file = ${JSON.stringify(path.join(repoRoot, 'docusaurus.config.ts'))};`,
      'void (async () => {',
      '  const fast = (await importConfigData(file)) as { i18n: { locales: string[] } };',
      '  const real = (await importTypeScript(file)) as { i18n: { locales: string[] } };',
      '  console.log(JSON.stringify({ fast: fast.i18n.locales, real: real.i18n.locales }));',
      '})();',
      '',
    ].join('\n'),
  );
  const fromSource = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, 'config-facts.ts')], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(fromSource.status, 0, fromSource.stderr);
  const bundled = run(path.relative(repoRoot, path.join(dir, 'config-facts.ts')));
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.deepEqual(JSON.parse(bundled.stdout), JSON.parse(fromSource.stdout));
  assert.ok(JSON.parse(bundled.stdout).fast.length > 1, `the site has more than one locale: ${bundled.stdout}`);
});
