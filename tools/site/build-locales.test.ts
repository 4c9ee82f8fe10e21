// `npm run build` (tools/site/build-locales.ts): one `docusaurus build --locale <l>` process per locale of the
// config, the default first, options passed on; a failed locale stops the build with its exit status and name.
// The spawned runs use a stand-in `docusaurus` in a temporary site that records its arguments, so the test
// checks the command lines, not Docusaurus; the real build's output is what every built-site test reads.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HEAP_CAP_MB, buildEnv, buildSteps } from './build-locales.ts';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build-locales.ts');
const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('buildSteps', () => {
  test('one run per locale, the default locale first, each with the options given', () => {
    assert.deepEqual(buildSteps(['--out-dir', 'out', '--no-minify'], 'fr', ['en', 'fr', 'zh-CN']), [
      { locale: 'fr', args: ['--locale', 'fr', '--out-dir', 'out', '--no-minify'] },
      { locale: 'en', args: ['--locale', 'en', '--out-dir', 'out', '--no-minify'] },
      { locale: 'zh-CN', args: ['--locale', 'zh-CN', '--out-dir', 'out', '--no-minify'] },
    ]);
  });

  test('a locale or help asked for is one plain run with the options unchanged', () => {
    for (const args of [['--locale', 'zh-CN'], ['-l', 'en'], ['--locale=en', '--out-dir', 'x'], ['--help'], ['-h']]) {
      assert.deepEqual(buildSteps(args, 'en', ['en', 'zh-CN']), [{ locale: undefined, args }], args.join(' '));
    }
  });
});

/** A site folder whose `docusaurus` writes its arguments to calls.txt and fails for the locale in FAIL_LOCALE. */
function fakeSite(config: string | undefined): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-locales-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  if (config !== undefined) writeFileSync(path.join(dir, 'docusaurus.config.ts'), config);
  const bin = path.join(dir, 'node_modules/@docusaurus/core/bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(dir, 'node_modules/@docusaurus/core/package.json'), '{"name":"@docusaurus/core","type":"module"}\n');
  writeFileSync(
    path.join(bin, 'docusaurus.mjs'),
    [
      "import { appendFileSync } from 'node:fs';",
      'const args = process.argv.slice(2);',
      "appendFileSync('calls.txt', args.join(' ') + '\\n');",
      "appendFileSync('node-options.txt', (process.env.NODE_OPTIONS ?? '') + '\\n');",
      "if (args[args.indexOf('--locale') + 1] === process.env.FAIL_LOCALE) process.exit(3);",
    ].join('\n'),
  );
  return dir;
}

function run(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  let calls: string[] = [];
  try {
    calls = readFileSync(path.join(dir, 'calls.txt'), 'utf8').trim().split('\n');
  } catch {
    // No run happened.
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

const threeLocales = "export default { i18n: { defaultLocale: 'de', locales: ['en', 'de', 'ja'] } };\n";

describe('buildEnv', () => {
  test('adds the heap cap to NODE_OPTIONS, and keeps a cap the caller set', () => {
    assert.equal(buildEnv({ PATH: '/bin' }).NODE_OPTIONS, `--max-old-space-size=${HEAP_CAP_MB}`);
    assert.deepEqual(buildEnv({ PATH: '/bin', NODE_OPTIONS: '--trace-warnings' }), { PATH: '/bin', NODE_OPTIONS: `--trace-warnings --max-old-space-size=${HEAP_CAP_MB}` });
    for (const options of ['--max-old-space-size=8192', '--trace-warnings --max-old-space-size 1024']) assert.equal(buildEnv({ NODE_OPTIONS: options }).NODE_OPTIONS, options);
  });
});

describe('npm run build', () => {
  test('builds each locale of docusaurus.config.ts in its own process, default first', () => {
    const dir = fakeSite(threeLocales);
    const result = run(dir, ['--out-dir', 'site']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.calls, ['build --locale de --out-dir site', 'build --locale en --out-dir site', 'build --locale ja --out-dir site']);
    assert.match(result.stdout, /build: locale de \(1 of 3\), its own process/);
    assert.match(result.stdout, /build: locale ja \(3 of 3\), its own process/);
    const nodeOptions = readFileSync(path.join(dir, 'node-options.txt'), 'utf8').trim().split('\n');
    assert.deepEqual(nodeOptions, Array(3).fill(buildEnv(process.env).NODE_OPTIONS), 'each build process runs with the heap cap');
    assert.ok(nodeOptions[0]!.includes('--max-old-space-size='));
  });

  test('a failed locale stops the build with its exit status and says which locale and what was skipped', () => {
    const dir = fakeSite(threeLocales);
    const result = run(dir, [], { FAIL_LOCALE: 'en' });
    assert.equal(result.status, 3);
    assert.deepEqual(result.calls, ['build --locale de', 'build --locale en']);
    assert.match(result.stderr, /build: the build of locale en failed \(above\); the locales after it were not built/);
  });

  test('--locale builds that locale alone', () => {
    const dir = fakeSite(threeLocales);
    const result = run(dir, ['--locale', 'ja']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.calls, ['build --locale ja']);
  });

  test('a folder without a config is one line naming the folder and what to do, and nothing runs', () => {
    const dir = fakeSite(undefined);
    const result = run(dir, []);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), `build: ${dir}: no docusaurus.config.ts; run npm run build at the site's root`);
    assert.deepEqual(result.calls, []);
  });
});
