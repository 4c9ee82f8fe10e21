// DOCS_READER_FEATURES_OFF as the weight bench uses it: which features are switched off (unknown names are an
// error naming the allowed ones), the client module only while the values feature is on, and the component of
// each switched-off feature replaced by the empty stub in the bundle (the page title's stub for `all`).
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import readerFeaturesPlugin, { featureModules, featuresOff } from './index.ts';

const components = path.resolve(import.meta.dirname, '../../components');
const saved = process.env.DOCS_READER_FEATURES_OFF;
afterEach(() => {
  if (saved === undefined) delete process.env.DOCS_READER_FEATURES_OFF;
  else process.env.DOCS_READER_FEATURES_OFF = saved;
});

class Replacement {
  constructor(
    readonly pattern: RegExp,
    readonly resource: string,
  ) {}
}

function build(off: string | undefined) {
  if (off === undefined) delete process.env.DOCS_READER_FEATURES_OFF;
  else process.env.DOCS_READER_FEATURES_OFF = off;
  const plugin = readerFeaturesPlugin();
  const utils = { currentBundler: { instance: { NormalModuleReplacementPlugin: Replacement } } };
  const webpack = plugin.configureWebpack!({} as never, false, utils as never, undefined as never) as { plugins?: Replacement[] };
  return { plugin, replaced: webpack.plugins ?? [], clientModules: plugin.getClientModules!() };
}

test('the feature list is read from the environment, trimmed, blanks ignored', () => {
  assert.deepEqual([...featuresOff({})], []);
  assert.deepEqual([...featuresOff({ DOCS_READER_FEATURES_OFF: '' })], []);
  assert.deepEqual([...featuresOff({ DOCS_READER_FEATURES_OFF: ' values , ,download' })], ['values', 'download']);
  assert.deepEqual([...featuresOff({ DOCS_READER_FEATURES_OFF: 'all' })], ['all']);
});

test('an unknown feature names itself and the allowed ones', () => {
  assert.throws(() => featuresOff({ DOCS_READER_FEATURES_OFF: 'values,colour,x' }), {
    message: 'DOCS_READER_FEATURES_OFF: unknown feature(s) colour, x; use values, page-actions, download, switcher, all.',
  });
});

test('with every feature on: the values client module, no replacement', () => {
  const { plugin, replaced, clientModules } = build(undefined);
  assert.equal(plugin.name, 'site-reader-features');
  assert.deepEqual(clientModules, [path.join(components, 'ReaderValues/client.ts')]);
  assert.deepEqual(replaced, []);
});

test('each feature switched off is replaced by the empty stub; values off also drops the client module', () => {
  const { replaced, clientModules } = build('values,switcher');
  assert.deepEqual(clientModules, []);
  assert.deepEqual(replaced.map((r) => r.resource), [path.join(import.meta.dirname, 'off.tsx'), path.join(import.meta.dirname, 'off.tsx')]);
  const [values, switcher] = replaced;
  assert.ok(values!.pattern.test(path.join(components, featureModules.values)));
  assert.ok(!values!.pattern.test(path.join(components, featureModules.values) + '.bak'), 'anchored at the end');
  assert.ok(!values!.pattern.test(path.join(components, 'ReaderValues/indexXtsx')), 'the dot is literal');
  assert.ok(switcher!.pattern.test(path.join(components, featureModules.switcher)));
  assert.deepEqual(build('download').clientModules, [path.join(components, 'ReaderValues/client.ts')]);
});

test('all: no client module and only the page title (which holds every feature) replaced by its stub', () => {
  const { replaced, clientModules } = build('all');
  assert.deepEqual(clientModules, []);
  assert.equal(replaced.length, 1);
  assert.equal(replaced[0]!.resource, path.join(import.meta.dirname, 'off-title.tsx'));
  assert.ok(replaced[0]!.pattern.test(path.join(components, 'PageTitle/index.tsx')));
});
