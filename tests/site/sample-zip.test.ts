/**
 * The "Download sample" zip, built from the build's output the way the
 * browser builds it (src/components/DownloadSample/build-zip.ts): its files are
 * the sample's committed files minus node_modules, .next and local env files,
 * plus a .env.local with the reader's values or the placeholders; unzipped
 * into a temporary folder with the workspace's node_modules linked, it
 * type-checks with tsc. Also: the build fails, naming the guide, when a file
 * the guide shows whole differs from the zipped one.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDir, ensureBuild, localePrefix, locales, repoRoot } from './built-site.ts';
import { copySite } from './site-copy.ts';
import { sampleZip } from '../../src/components/DownloadSample/build-zip.ts';
import { fields } from '../../src/components/ReaderValues/fields.ts';
import { sampleNamed, samples as registry } from '../../samples/registry.ts';
import type { SampleFiles } from '../../tools/site/sample-files.ts';

ensureBuild();

const samples = registry.map((entry) => entry.dir);
const temporary: string[] = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function committed(sample: string): string[] {
  return execFileSync('git', ['ls-files', '--', sample], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '')
    .map((file) => path.posix.relative(sample, file))
    .filter((file) => !/(^|\/)(node_modules|\.next)\//.test(file) && !/(^|\/)\.env(\..*)?\.local$/.test(file))
    .sort();
}

function emitted(locale: (typeof locales)[number], sample: string): SampleFiles {
  return JSON.parse(readFileSync(path.join(buildDir, localePrefix(locale), 'samples', `${path.basename(sample)}.json`), 'utf8')) as SampleFiles;
}

for (const sample of samples) {
  describe(`Download sample: ${sample}`, () => {
    const name = path.basename(sample);

    test('the zip holds the committed files, a .env.local and the README, in both locales', () => {
      for (const locale of locales) {
        const zip = unzipSync(sampleZip(emitted(locale, sample), {}));
        const listed = Object.keys(zip).map((file) => file.slice(`${name}/`.length)).sort();
        assert.deepEqual(listed, [...committed(sample), '.env.local'].sort(), `${locale}: the zip's files differ from git ls-files ${sample}`);
        assert.ok(listed.includes('README.md'));
        for (const file of committed(sample)) {
          assert.equal(strFromU8(zip[`${name}/${file}`]!), readFileSync(path.join(repoRoot, sample, file), 'utf8'), `${locale}: ${file} in the zip differs from ${sample}/${file}`);
        }
      }
    });

    test('.env.local has the reader values, or the placeholders when none are set', () => {
      const files = emitted('en', sample);
      const withPlaceholders = strFromU8(unzipSync(sampleZip(files, {}))[`${name}/.env.local`]!);
      for (const field of fields.filter((candidate) => candidate.key !== 'cookieSecret')) {
        assert.match(withPlaceholders, new RegExp(`^${field.env}=${field.placeholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      }
      // No placeholder cookie secret: a fresh random one, long enough for the sample's check.
      assert.match(withPlaceholders, /^LOGTO_COOKIE_SECRET=[A-Za-z0-9_-]{43}$/m);
      const values = { endpoint: 'https://abc123.logto.app', appId: 'app-id-1', appSecret: 'secret-1', baseUrl: 'https://my.app', cookieSecret: 'c'.repeat(40) };
      const withValues = strFromU8(unzipSync(sampleZip(files, values))[`${name}/.env.local`]!);
      for (const field of fields) assert.match(withValues, new RegExp(`^${field.env}=${values[field.key].replace(/[.]/g, '\\.')}$`, 'm'));
    });

    test('unzipped into an empty folder with the workspace node_modules linked, it type-checks', () => {
      const dir = mkdtempSync(path.join(tmpdir(), `zip-${name}-`));
      temporary.push(dir);
      for (const [file, bytes] of Object.entries(unzipSync(sampleZip(emitted('en', sample), {})))) {
        const target = path.join(dir, file);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      const root = path.join(dir, name);
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { encoding: 'utf8' });
      assert.equal(result.status, 0, `tsc on the unzipped ${name} failed:\n${result.stdout}${result.stderr}`);
    });
  });
}

test('the build fails, naming the guide, when a file the guide shows differs from the zipped one', async () => {
  const { dir: sample, shownInFull } = sampleNamed('app');
  const file = shownInFull[0]!;
  const site = copySite();
  try {
    site.edit(`${sample}/${file}`, (text) => `${text}\n// drifted from the guide\n`);
    const { code, output } = await site.build('en');
    assert.notEqual(code, 0, 'the build passed with a drifted sample file');
    assert.match(output, new RegExp(`the block titled "${file.replace(/[.[\]]/g, '\\$&')}" differs from ${sample}/${file}`));
    assert.match(output, /docs\/quick-starts\/next-app-router\/_?[\w-]+\.mdx:\d+/);
  } finally {
    site.remove();
  }
});
