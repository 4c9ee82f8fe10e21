// The fragment prop check: a page that composes a fragment without the props it declares fails the build
// with the fragment's path, each missing or mistyped prop, and an example of passing them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import FragmentProps, { findPropProblems } from './index.tsx';

test('a fragment composed without its props fails, naming the fragment, each problem and how to pass them', () => {
  assert.deepEqual(findPropProblems({ router: 'app', port: 3000 }, { router: 'string', port: 'number' }), []);
  assert.deepEqual(findPropProblems(undefined, { router: 'string' }), ['missing prop `router` (string)']);
  assert.deepEqual(findPropProblems({ a: null, b: '', c: 1 }, { a: 'string', b: 'string', c: 'boolean' }), [
    'missing prop `a` (string)',
    'missing prop `b` (string)',
    'prop `c` must be a boolean, got number',
  ]);
  assert.equal(FragmentProps({ fragment: 'docs/_f.mdx', props: { router: 'app' }, spec: { router: 'string' } }), null);
  assert.throws(
    () => FragmentProps({ fragment: 'docs/_f.mdx', props: {}, spec: { router: 'string', port: 'number' } }),
    { message: 'docs/_f.mdx: missing prop `router` (string); missing prop `port` (number). Pass it where the page composes the fragment, e.g. <Fragment router="..." port="..." />.' },
  );
});
