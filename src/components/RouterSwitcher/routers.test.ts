// The router switcher's data: which guide belongs to which router, where a section lands in the other guide, and
// the remembered choice (which the gallery shows first), also when storage is blocked or holds something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherRouter, rememberRouter, rememberedRouter, routerChoiceKey, routerGuides, routerOfSlug, sectionMapping } from './routers';

test('each guide slug names its router; other slugs none', () => {
  assert.equal(routerOfSlug('/quick-starts/next-app-router'), 'app');
  assert.equal(routerOfSlug('/quick-starts/next'), 'pages');
  assert.equal(routerOfSlug('/quick-starts/next-app-router/'), undefined);
  assert.equal(routerOfSlug('/'), undefined);
  assert.equal(otherRouter('app'), 'pages');
  assert.equal(otherRouter('pages'), 'app');
  assert.notEqual(routerGuides.app.slug, routerGuides.pages.slug);
});

test('mapped sections point to a section of the other guide that is not itself mapped away', () => {
  assert.equal(sectionMapping.app['handle-callback'], 'prepare-api-routes');
  assert.equal(sectionMapping.pages['prepare-api-routes'], 'handle-callback');
  for (const router of ['app', 'pages'] as const) {
    for (const target of Object.values(sectionMapping[router])) assert.equal(typeof target, 'string');
  }
});

test('the choice is remembered in localStorage; anything else stored, or blocked storage, reads as none', () => {
  const stored = new Map<string, string>();
  const localStorage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
  (globalThis as { window?: unknown }).window = { localStorage };
  try {
    assert.equal(rememberedRouter(), undefined);
    rememberRouter('pages');
    assert.equal(stored.get(routerChoiceKey), 'pages');
    assert.equal(rememberedRouter(), 'pages');
    rememberRouter('app');
    assert.equal(rememberedRouter(), 'app');
    stored.set(routerChoiceKey, 'remix');
    assert.equal(rememberedRouter(), undefined);
    (globalThis as { window?: unknown }).window = {
      get localStorage(): never {
        throw new Error('SecurityError');
      },
    };
    assert.doesNotThrow(() => rememberRouter('app'));
    assert.equal(rememberedRouter(), undefined);
  } finally {
    delete (globalThis as { window?: unknown }).window;
  }
  assert.equal(routerChoiceKey, 'logto-docs:next-router');
});
