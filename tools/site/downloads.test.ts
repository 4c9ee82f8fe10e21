// What the downloads hold, on a small git repository made for the test: only the committed files of a sample
// (never node_modules, .next or local env files), a clear error outside git or for a folder git lists nothing
// in, and the local identity provider's zip: a package.json that stands alone, a README that says how to run
// the download, the registry of samples inside and the sources importing that copy, the same bytes each time.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { committedFiles } from './sample-files.ts';
import { localIdpFiles, localIdpZip } from './local-idp-zip.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'sample-zip-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** A git repository under the temp folder with these files committed. */
function repo(name: string, files: Record<string, string>): string {
  const dir = path.join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A', '-f');
  git('commit', '-q', '-m', 'fixture');
  return dir;
}

const site = repo('site', {
  'package.json': JSON.stringify({ engines: { node: '>=20.18' }, devDependencies: { tsx: '4.23.15' }, allowScripts: { esbuild: false } }),
  'samples/registry.ts': 'export const samples = [];\n',
  'samples/local-idp/package.json': JSON.stringify({ name: '@samples/local-idp', version: '0.1.0', type: 'module', description: 'A provider', scripts: { start: 'x' }, dependencies: { 'oidc-provider': '8.8.1' } }),
  'samples/local-idp/README.md': '# Local identity provider\n\nRuns on 127.0.0.1.\n',
  'samples/local-idp/src/main.ts': "import { samples } from './registry.ts';\nimport { d } from './other.js';\n",
  'samples/local-idp/src/registry.ts': "export * from '../../registry.ts';\n",
  'samples/local-idp/node_modules/x/index.js': 'committed by mistake',
  'samples/local-idp/.next/cache': 'x',
  'samples/local-idp/.env.local': 'SECRET=1',
  'samples/local-idp/.env.development.local': 'SECRET=2',
  'samples/local-idp/.env.example': 'LOGTO_ENDPOINT=',
  'samples/local-idp/src/.env.local.ts': 'export {};',
  'samples/other/file.txt': 'not the sample',
});

test('a sample holds its committed files, sorted, without node_modules, .next or local env files', () => {
  assert.deepEqual(committedFiles(site, 'samples/local-idp'), ['.env.example', 'README.md', 'package.json', 'src/.env.local.ts', 'src/main.ts', 'src/registry.ts']);
});

test('outside a git checkout, or for a folder git lists nothing in, the build stops and says why', () => {
  const plain = path.join(temp, 'plain');
  mkdirSync(path.join(plain, 'samples/x'), { recursive: true });
  assert.throws(() => committedFiles(plain, 'samples/x'), {
    message: /^tools\/site\/sample-files\.ts: cannot list the committed files of samples\/x with "git ls-files" \(Command failed: git ls-files -z -- samples\/x\)\. Build from a git checkout\.$/,
  });
  assert.throws(() => committedFiles(site, 'samples/none'), { message: 'tools/site/sample-files.ts: git lists no committed file under samples/none.' });
});

test("the local identity provider's download stands alone: its package.json, README, registry copy and imports", () => {
  const { name, files } = localIdpFiles(site);
  assert.equal(name, 'local-identity-provider');
  assert.deepEqual(files.map((file) => file.path), ['.env.example', 'package.json', 'README.md', 'registry.ts', 'src/.env.local.ts', 'src/main.ts', 'src/registry.ts']);
  const text = (file: string) => files.find((candidate) => candidate.path === file)!.text;
  assert.equal(
    text('package.json'),
    `${JSON.stringify(
      {
        name: 'local-identity-provider',
        version: '0.1.0',
        private: true,
        type: 'module',
        description: 'A provider',
        engines: { node: '>=20.18' },
        scripts: { idp: 'tsx src/main.ts', start: 'tsx src/main.ts' },
        dependencies: { 'oidc-provider': '8.8.1', tsx: '4.23.15' },
        allowScripts: { esbuild: false },
      },
      null,
      2,
    )}\n`,
  );
  const readme = text('README.md').split('\n');
  assert.equal(readme[0], '# Local identity provider');
  assert.equal(readme[1], '');
  assert.match(readme[2]!, /^Downloaded from the docs \(Local identity provider page\)\. In this folder, with Node\.js 20\.18 or later:$/);
  assert.deepEqual(readme.slice(3, 8), ['', '```bash', 'npm install', 'npm run idp -- --app-url http://localhost:3000', '```']);
  assert.match(text('README.md'), /Where the text below says "repository root", read "this folder"\.\n\nRuns on 127\.0\.0\.1\.\n$/);
  assert.equal(text('registry.ts'), 'export const samples = [];\n');
  // The sources travel unchanged; only the provider's own way to the registry points at the copy beside package.json.
  assert.equal(text('src/main.ts'), "import { samples } from './registry.ts';\nimport { d } from './other.js';\n");
  assert.match(text('src/registry.ts'), /^export \* from '\.\.\/registry\.js';$/m);
  assert.doesNotMatch(text('src/registry.ts'), /\.\.\/\.\.\/registry/);
  assert.equal(text('.env.example'), 'LOGTO_ENDPOINT=');
});

test('a root package.json that pins no tsx stops the build; without the esbuild opt-out the download has none either', () => {
  const bare = repo('bare', {
    'package.json': JSON.stringify({ devDependencies: {} }),
    'samples/registry.ts': '',
    'samples/local-idp/package.json': '{}',
    'samples/local-idp/README.md': '',
    'samples/local-idp/src/registry.ts': '',
  });
  assert.throws(() => localIdpFiles(bare), { message: /^tools\/site\/local-idp-zip\.ts: the root package\.json pins no tsx, which samples\/local-idp runs with; pin it in devDependencies\.$/ });
  writeFileSync(path.join(bare, 'package.json'), JSON.stringify({ devDependencies: { tsx: '1.0.0' }, allowScripts: { esbuild: true } }));
  const manifest = JSON.parse(localIdpFiles(bare).files.find((file) => file.path === 'package.json')!.text) as Record<string, unknown>;
  assert.equal('allowScripts' in manifest, false);
});

test('the zip holds every file under local-identity-provider/ and is the same bytes each time', () => {
  const zip = localIdpZip(site);
  assert.deepEqual(Buffer.from(localIdpZip(site)), Buffer.from(zip));
  const entries = unzipSync(zip);
  assert.deepEqual(Object.keys(entries).sort(), localIdpFiles(site).files.map((file) => `local-identity-provider/${file.path}`).sort());
  assert.equal(strFromU8(entries['local-identity-provider/registry.ts']!), 'export const samples = [];\n');
});

test("a provider without its own src/registry.ts stops the build and names the file the sources import the registry through", () => {
  const noModule = repo('no-registry-module', {
    'package.json': JSON.stringify({ devDependencies: { tsx: '1.0.0' } }),
    'samples/registry.ts': '',
    'samples/local-idp/package.json': '{}',
    'samples/local-idp/README.md': '',
    'samples/local-idp/src/main.ts': "import { samples } from '../../registry.ts';\n",
  });
  assert.throws(() => localIdpFiles(noModule), {
    message: "tools/site/local-idp-zip.ts: samples/local-idp/src/registry.ts is not committed; the provider's sources import the registry of samples through it.",
  });
});
