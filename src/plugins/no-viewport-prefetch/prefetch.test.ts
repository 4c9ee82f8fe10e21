// Links that scroll into view prefetch nothing: the bundler swaps @docusaurus/core's client prefetch helper (and
// only it, with either path separator) for ./prefetch.ts, which resolves at once without loading anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import noViewportPrefetchPlugin from './index.ts';
import prefetch from './prefetch.ts';

class Replacement {
  constructor(
    readonly pattern: RegExp,
    readonly replacement: string,
  ) {}
}

test("the bundle's prefetch helper is replaced by one that does nothing", async () => {
  const plugin = noViewportPrefetchPlugin();
  assert.equal(plugin.name, 'no-viewport-prefetch');
  const config = plugin.configureWebpack!({} as never, false, { currentBundler: { instance: { NormalModuleReplacementPlugin: Replacement } } } as never, {} as never) as unknown as { plugins: Replacement[] };
  assert.equal(config.plugins.length, 1);
  const [swap] = config.plugins;
  assert.ok(swap instanceof Replacement);
  assert.equal(swap.replacement, path.join(import.meta.dirname, 'prefetch.ts'));
  assert.equal(swap.pattern.test('/site/node_modules/@docusaurus/core/lib/client/prefetch.js'), true);
  assert.equal(swap.pattern.test('C:\\site\\node_modules\\@docusaurus\\core\\lib\\client\\prefetch.js'), true);
  for (const other of ['/site/node_modules/@docusaurus/core/lib/client/preload.js', '/site/node_modules/@docusaurus/core/lib/client/prefetch.js.map', '/site/src/prefetch.js']) {
    assert.equal(swap.pattern.test(other), false, other);
  }
  // The stock helper's contract, which docusaurus.prefetch collects with Promise.all: a promise, resolved with nothing.
  const pending = prefetch();
  assert.ok(pending instanceof Promise);
  assert.equal(await pending, undefined);
});
