/**
 * Which folder `--files` paths are relative to: the user's folder under
 * `npm run` (INIT_CWD), the working folder otherwise, even when an outer npm
 * process (`npm test` in another checkout) left its INIT_CWD in the environment.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { invokedFolder } from './file-args.ts';

const root = path.resolve('/work/site');

test('under npm run of this package, paths are relative to the folder the user typed the command in', () => {
  const env = { npm_package_json: path.join(root, 'package.json'), INIT_CWD: path.join(root, 'docs') };
  assert.equal(invokedFolder(root, env), path.join(root, 'docs'));
});

test('an INIT_CWD inherited from npm running another package is ignored', () => {
  const env = { npm_package_json: '/check/other/package.json', INIT_CWD: '/check/other' };
  assert.equal(invokedFolder(root, env), process.cwd());
});

test('without npm, paths are relative to the working folder', () => {
  assert.equal(invokedFolder(root, {}), process.cwd());
  assert.equal(invokedFolder(root, { INIT_CWD: '/somewhere/else' }), process.cwd());
});
