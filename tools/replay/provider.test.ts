/**
 * The local identity provider as the replay gets it, without the network:
 * the provider page's "Start it for your own app" links the zip the build
 * writes, its bash blocks are the commands the replay runs, and the zip holds
 * a folder where `npm install` and `npm run idp` work on their own.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { localIdpDownload, localIdpZip } from '../site/local-idp-zip.ts';
import { providerSteps } from './provider.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const page = 'docs/introduction/local-identity-provider.mdx';

test('the provider page links the zip and shows unzip, cd, npm install and npm run idp, in that order', () => {
  const steps = providerSteps(root);
  assert.equal(steps.zip.url, localIdpDownload.path);
  assert.deepEqual(
    [steps.unzip, steps.install, steps.start].map((step) => step.command),
    ['unzip local-identity-provider.zip', 'npm install', 'npm run idp'],
  );
  assert.ok(steps.zip.line < steps.unzip.line && steps.unzip.line < steps.install.line && steps.install.line < steps.start.line);
  assert.equal(steps.folder, 'local-identity-provider');
});

test('the zip holds the provider with a package.json that runs on its own', () => {
  const files = unzipSync(localIdpZip(root));
  const names = Object.keys(files);
  assert.ok(names.every((name) => name.startsWith('local-identity-provider/')), names.join(', '));
  for (const file of ['src/main.ts', 'src/provider.ts', '.env.example', 'README.md']) assert.ok(names.includes(`local-identity-provider/${file}`), `${file} is missing`);
  const manifest = JSON.parse(strFromU8(files['local-identity-provider/package.json']!)) as { scripts: Record<string, string>; dependencies: Record<string, string>; workspaces?: unknown };
  assert.equal(manifest.scripts.idp, 'tsx src/main.ts');
  const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  assert.deepEqual(manifest.dependencies, { 'oidc-provider': '8.8.1', tsx: rootManifest.devDependencies.tsx });
  // The sources are the sample's as committed; only src/registry.ts, the provider's one way to the registry of
  // samples, points at the copy of samples/registry.ts the zip carries beside package.json.
  for (const file of ['src/main.ts', 'src/provider.ts', 'src/settings.ts']) {
    assert.equal(strFromU8(files[`local-identity-provider/${file}`]!), readFileSync(path.join(root, 'samples/local-idp', file), 'utf8'), `${file} differs from the sample's`);
  }
  assert.match(strFromU8(files['local-identity-provider/src/registry.ts']!), /^export \* from '\.\.\/registry\.js';$/m);
  assert.equal(strFromU8(files['local-identity-provider/registry.ts']!), readFileSync(path.join(root, 'samples/registry.ts'), 'utf8'));
  assert.match(strFromU8(files['local-identity-provider/README.md']!), /npm install\nnpm run idp -- --app-url http:\/\/localhost:3000/);
});

test('the unzipped provider starts on its own (outside the repository) and serves its OpenID discovery document', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replay-provider-zip-'));
  let server: ChildProcess | undefined;
  try {
    for (const [name, bytes] of Object.entries(unzipSync(localIdpZip(root)))) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      if (!name.endsWith('/')) writeFileSync(path.join(dir, name), bytes);
    }
    const folder = path.join(dir, localIdpDownload.name);
    // In place of `npm install` (no network in tests): the packages the download's package.json lists, from this repository.
    symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--port', '0', '--app-url', 'http://localhost:3000'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    const issuer = await new Promise<string>((resolve, reject) => {
      let output = '';
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /local-idp listening on \S+ \(issuer (\S+)\)/.exec(output);
        if (match) resolve(match[1]!);
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.once('exit', (code) => reject(new Error(`the unzipped provider exited with ${code} before listening:\n${output}`)));
    });
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const discovery = (await response.json()) as { issuer: string; authorization_endpoint: string };
    assert.equal(discovery.issuer, issuer);
    assert.ok(discovery.authorization_endpoint.startsWith(issuer), discovery.authorization_endpoint);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

/** providerSteps on a copy of the repository's provider page, changed by `edit`. */
function stepsOfEditedPage(edit: (text: string) => string) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'replay-provider-'));
  try {
    mkdirSync(path.dirname(path.join(copy, page)), { recursive: true });
    writeFileSync(path.join(copy, page), edit(readFileSync(path.join(root, page), 'utf8')));
    return providerSteps(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The 1-based line of the first line of the page holding `text`. */
const lineOf = (text: string) => readFileSync(path.join(root, page), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

test('a provider page that no longer links the zip fails, naming the page and the section', () => {
  const line = lineOf('{#start-it-for-your-own-app}');
  const edit = (text: string) => text.replace(`(pathname://${localIdpDownload.path})`, '(https://example.com/idp.zip)');
  assert.throws(() => stepsOfEditedPage(edit), (error: Error) => error.message.startsWith(`${page}:${line} (download the local identity provider): the section does not link the zip`));
});

test('a provider page whose section lost a command, or shows another one, fails at the section or at that command', () => {
  const section = lineOf('{#start-it-for-your-own-app}');
  const cases: Array<[string, (text: string) => string, string]> = [
    ['no section', (text) => text.replace(' \\{#start-it-for-your-own-app}', ''), `${page}:1 (download the local identity provider): the page has no section {#start-it-for-your-own-app}`],
    ['no unzip', (text) => text.replace('unzip local-identity-provider.zip\n', ''), `${page}:${section} (start the local identity provider): the section shows no \`unzip\` command in a bash block`],
    ['another zip', (text) => text.replace('unzip local-identity-provider.zip', 'unzip idp.zip'), `${page}:${lineOf('unzip local-identity-provider.zip')} (unzip idp.zip): the download is local-identity-provider.zip`],
    ['no cd', (text) => text.replace('cd local-identity-provider\n', ''), `${page}:${section} (start the local identity provider): the section shows no \`cd\` command in a bash block`],
    ['another folder', (text) => text.replace('cd local-identity-provider\n', 'cd  idp \n'), `${page}:${lineOf('cd local-identity-provider')} (cd idp): the zip unpacks into local-identity-provider/`],
    ['no install', (text) => text.replace('npm install\n```', '```'), `${page}:${section} (start the local identity provider): the section shows no \`npm install\` command in a bash block`],
    ['no start', (text) => text.replace('npm run idp\n```', '```'), `${page}:${section} (start the local identity provider): the section shows no \`npm run idp\` command in a bash block`],
    ['an unknown command', (text) => text.replace('npm run idp\n```', 'npm run idp\nnpm run seed\n```'), `${page}:${lineOf('npm run idp') + 1} (npm run seed): the replay does not know this command; teach tools/replay/provider.ts what a reader does with it`],
  ];
  for (const [what, edit, message] of cases) {
    assert.throws(() => stepsOfEditedPage(edit), (error: Error) => error.message === message, `${what}: ${message}`);
  }
});

test('only bash blocks of the section count: a command in another block, or in the next section, is not the reader\'s', () => {
  // `npm ci` does what `npm install` does, and a later section's commands are not this section's.
  const later = (text: string) => `${text.trimEnd()}\n\n## Later \\{#later}\n\n\`\`\`bash\nnpm run seed\n\`\`\`\n`;
  assert.equal(stepsOfEditedPage((text) => later(text.replace('npm install\n```', 'npm ci\n```'))).install.command, 'npm ci');
  const inText = (text: string) => text.replace('```bash\nnpm run idp\n```', '```text\nnpm run idp\n```');
  assert.throws(() => stepsOfEditedPage(inText), /the section shows no `npm run idp` command in a bash block/);
  const blankLines = stepsOfEditedPage((text) => text.replace('npm install\n```', 'npm install\n\n```'));
  assert.equal(blankLines.install.command, 'npm install');
  // Spaces as a reader may type them: around a command, between its words, after the fence's language.
  const spaced = stepsOfEditedPage((text) => text.replace('npm install\n```', '  npm   install  \n```').replace('```bash\nnpm run idp', '```bash  \nnpm  run idp'));
  assert.deepEqual([spaced.install.command, spaced.start.command], ['npm install', 'npm run idp']);
  // A page that starts with the section, and one that ends in it.
  const text = readFileSync(path.join(root, page), 'utf8');
  const section = text.slice(text.indexOf('## Start it for your own app'));
  const unzipLine = section.split('\n').findIndex((line) => line.startsWith('unzip ')) + 1;
  assert.equal(stepsOfEditedPage(() => section).unzip.line, unzipLine);
  const endsInIt = stepsOfEditedPage(() => section.slice(0, section.indexOf('\n## ') + 1).trimEnd());
  assert.deepEqual([endsInIt.unzip.line, endsInIt.start.command], [unzipLine, 'npm run idp']);
});
