// The result cache of check:snippets (cli.ts): a hit on an unchanged tree, a miss when a sample file changes; and --files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTempDir } from './testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = (root: string, args: string[], cacheDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'cli.ts'), '--root', root, '--config', path.join(root, 'snippets.config.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '', DOCS_CHECKS_CACHE_DIR: cacheDir },
  });

test('an unchanged tree is a cache hit with the same result; a changed sample file is a miss', () => {
  withTempDir('snippets-cache-', (dir) => {
    cpSync(path.join(here, 'fixtures/jsx'), path.join(dir, 'jsx'), { recursive: true });
    cpSync(path.join(here, 'fixtures/sample'), path.join(dir, 'sample'), { recursive: true });
    const root = path.join(dir, 'jsx');
    const cache = path.join(dir, 'cache');
    const first = cli(root, [], cache);
    assert.equal(first.status, 1, first.stderr);
    assert.doesNotMatch(first.stdout, /from the cache/);
    const second = cli(root, [], cache);
    assert.equal(second.status, 1);
    assert.match(second.stdout, /result from the cache/);
    assert.equal(second.stdout.split('\n(inputs unchanged')[0], first.stdout.trimEnd());

    // The prop block assigns appConfig.appId to a number: make appId a number in the sample, and that error goes away.
    const configFile = path.join(dir, 'sample/app/config.ts');
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('appId: string;', 'appId: number;').replace("appId: 'fake-app'", 'appId: 1'));
    const third = cli(root, [], cache);
    assert.doesNotMatch(third.stdout, /from the cache/);
    assert.doesNotMatch(third.stdout, /docs\/guide\/index\.mdx:16:14 TS2322/);
    assert.match(first.stdout, /docs\/guide\/index\.mdx:16:14 TS2322/);
  });
});

test('--files checks the named file and its translation only', () => {
  withTempDir('snippets-files-', (cache) => {
    const root = path.join(here, 'fixtures/clean');
    const result = cli(root, ['--json', '--no-cache', '--files', path.join(root, 'docs/other/index.mdx')], cache);
    const data = JSON.parse(result.stdout) as { stats: { blocks: number }; unmapped: Array<{ file: string }> };
    assert.deepEqual(data.unmapped.map((block) => block.file), ['docs/other/index.mdx']);
    assert.ok(data.stats.blocks < 15, `only the selected blocks: ${data.stats.blocks}`);
  });
});
