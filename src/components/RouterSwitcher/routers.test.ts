// The router switcher's data: which guide belongs to which router, where a section lands in the other guide, and
// the remembered choice (which the gallery shows first), also when storage is blocked or holds something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/** The explicit heading ids (`\{#id}`) of a guide's folder, fragments of the guide included. */
function sectionIds(slug: string): Set<string> {
  const dir = path.join(import.meta.dirname, '../../../docs', slug);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.mdx?$/.test(file));
  return new Set(files.flatMap((file) => [...readFileSync(path.join(dir, file), 'utf8').matchAll(/\\\{#([\w-]+)\}/g)].map((match) => match[1]!)));
}

test("each mapped section is one the other guide lacks, and lands on a section the other guide has", () => {
  for (const router of ['app', 'pages'] as const) {
    const own = sectionIds(routerGuides[router].slug);
    const other = sectionIds(routerGuides[otherRouter(router)].slug);
    assert.ok(own.size > 10 && other.size > 10, 'the guides have their section ids');
    for (const [from, to] of Object.entries(sectionMapping[router])) {
      assert.ok(own.has(from) && !other.has(from), `${router}: ${from} is a section of its guide only`);
      assert.ok(other.has(to), `${router}: ${from} → ${to}, a section of the ${otherRouter(router)} guide`);
    }
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
