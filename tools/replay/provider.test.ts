/**
 * The local identity provider as the replay gets it, without the network:
 * the provider page's "Start it for your own app" links the zip the build
 * writes, its bash blocks are the commands the replay runs, and the zip holds
 * a folder where `npm install` and `npm run idp` work on their own.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { localIdpDownload, localIdpZip } from '../../src/plugins/sample-zip/local-idp.ts';
import { providerSteps } from './run.ts';

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
  // The sources are the sample's, except that they import the registry of samples the zip carries beside package.json.
  const main = readFileSync(path.join(root, 'samples/local-idp/src/main.ts'), 'utf8');
  assert.ok(main.includes("from '../../registry.js'"), 'samples/local-idp/src/main.ts imports samples/registry.ts');
  assert.equal(strFromU8(files['local-identity-provider/src/main.ts']!), main.replace("from '../../registry.js'", "from '../registry.js'"));
  assert.equal(strFromU8(files['local-identity-provider/registry.ts']!), readFileSync(path.join(root, 'samples/registry.ts'), 'utf8'));
  assert.match(strFromU8(files['local-identity-provider/README.md']!), /npm install\nnpm run idp -- --app-url http:\/\/localhost:3000/);
});

test('a provider page that no longer links the zip fails, naming the page and the section', () => {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'replay-provider-'));
  try {
    cpSync(path.join(root, page), path.join(copy, page), { recursive: true });
    const text = readFileSync(path.join(copy, page), 'utf8').replace(`(pathname://${localIdpDownload.path})`, '(https://example.com/idp.zip)');
    writeFileSync(path.join(copy, page), text);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('{#start-it-for-your-own-app}')) + 1;
    assert.throws(() => providerSteps(copy), (error: Error) => error.message.startsWith(`${page}:${line} (download the local identity provider): the section does not link the zip`));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
