// The plugin points the bundles' `react` and `react-dom` at the React 18 installed beside it (its own
// package.json says which), not at the root's React 19 that the samples and the Node tools use. That the
// built pages really carry that one React, and no other, is read from the build:
// tests/site/site-react.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import siteReactPlugin, { siteReact } from './index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string; dependencies: Record<string, string> };
const wanted = readJson(path.join(here, 'package.json')).dependencies;

test('react and react-dom resolve to the versions this folder pins, installed beside it, not the root copies', () => {
  assert.deepEqual(Object.keys(siteReact).sort(), ['react', 'react-dom']);
  for (const [name, folder] of Object.entries(siteReact)) {
    assert.equal(readJson(path.join(folder, 'package.json')).version, wanted[name], `${name} at ${folder}`);
    assert.ok(folder.startsWith(path.join(here, 'node_modules')), `${name} should be installed in ${here}, found at ${folder}`);
    assert.notEqual(readJson(path.join(root, 'node_modules', name, 'package.json')).version, wanted[name], `the root's ${name} is another major (the samples' React 19): no alias would be needed otherwise`);
  }
  assert.match(wanted.react!, /^18\.\d+\.\d+$/, 'an exact React 18 pin');
  assert.equal(wanted['react-dom'], wanted.react, 'react and react-dom at the same version');
});

test('the plugin aliases both packages (and so their subpaths) in every bundle', () => {
  const plugin = siteReactPlugin();
  assert.equal(plugin.name, 'site-react');
  for (const isServer of [false, true]) {
    const config = plugin.configureWebpack!({} as never, isServer, {} as never, undefined);
    assert.deepEqual(config, { resolve: { alias: { react: siteReact.react, 'react-dom': siteReact['react-dom'] } } });
  }
});
