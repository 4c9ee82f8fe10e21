// The router switcher's data: every guide of the registry of samples with its route, where a section lands in
// another guide, and the remembered choice (which the gallery shows first), also when storage is blocked or holds something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { samples } from '../../../samples/registry.ts';
import { guideSlug, otherRouters, rememberRouter, rememberedRouter, routerChoiceKey, routerGuide, routerGuides, routerOfSlug, sectionMapping } from './routers.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

test('every registry entry is a guide of the switcher, at the route of its page; other slugs are none', () => {
  assert.deepEqual(routerGuides.map((guide) => guide.router), samples.map((entry) => entry.name));
  assert.equal(routerOfSlug('/quick-starts/next-app-router'), 'app');
  assert.equal(routerOfSlug('/quick-starts/next'), 'pages');
  assert.equal(routerOfSlug('/quick-starts/next-app-router/'), undefined);
  assert.equal(routerOfSlug('/'), undefined);
  assert.deepEqual(otherRouters('app').map((guide) => guide.router), ['pages']);
  assert.deepEqual(otherRouters('pages').map((guide) => guide.router), ['app']);
  assert.equal(routerGuide('app')?.label, 'App Router');
  assert.equal(guideSlug({ guide: { page: 'docs/quick-starts/next-mini/index.mdx' } }), '/quick-starts/next-mini');
  assert.equal(guideSlug({ guide: { page: 'docs/guides/one.md' } }), '/guides/one');
});

test('a guide route drops only the leading docs/, the trailing extension and a final index', () => {
  assert.equal(guideSlug({ guide: { page: 'docs/index.mdx' } }), '/', 'the docs index is the root');
  assert.equal(guideSlug({ guide: { page: 'more/docs/page.mdx' } }), '/more/docs/page', 'a docs/ that does not lead stays');
  assert.equal(guideSlug({ guide: { page: 'docs/v1.md-notes/page.mdx' } }), '/v1.md-notes/page');
  assert.equal(guideSlug({ guide: { page: 'docs/index-of-guides/next.mdx' } }), '/index-of-guides/next');
  assert.equal(guideSlug({ guide: { page: 'docs/a/reindex.mdx' } }), '/a/reindex');
});

test("each guide's route is the slug its front matter gives", () => {
  for (const entry of samples) {
    const slug = /^slug:\s*(\S+)\s*$/m.exec(readFileSync(path.join(root, entry.guide.page), 'utf8'))?.[1];
    assert.equal(routerGuide(entry.name)?.slug, slug ?? guideSlug(entry), `${entry.guide.page}: the switcher links to ${guideSlug(entry)}, the page is at ${slug}`);
  }
});

test('mapped sections point to a section of the other guide that is not itself mapped away', () => {
  assert.equal(sectionMapping.app?.['handle-callback'], 'prepare-api-routes');
  assert.equal(sectionMapping.pages?.['prepare-api-routes'], 'handle-callback');
  for (const router of Object.keys(sectionMapping)) {
    assert.ok(routerGuide(router), `sectionMapping names ${router}, which samples/registry.ts does not have`);
    for (const target of Object.values(sectionMapping[router]!)) assert.equal(typeof target, 'string');
  }
});

/** The explicit heading ids (`\{#id}`) of a guide's folder, fragments of the guide included. */
function sectionIds(slug: string): Set<string> {
  const dir = path.join(root, 'docs', slug);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.mdx?$/.test(file));
  return new Set(files.flatMap((file) => [...readFileSync(path.join(dir, file), 'utf8').matchAll(/\\\{#([\w-]+)\}/g)].map((match) => match[1]!)));
}

test('each mapped section is one the other guides lack, and lands on a section each of them has', () => {
  for (const [router, mapping] of Object.entries(sectionMapping)) {
    const own = sectionIds(routerGuide(router)!.slug);
    assert.ok(own.size > 10, `the ${router} guide has its section ids`);
    for (const other of otherRouters(router)) {
      const theirs = sectionIds(other.slug);
      for (const [from, to] of Object.entries(mapping)) {
        assert.ok(own.has(from) && !theirs.has(from), `${router}: ${from} is a section of its guide and not of the ${other.router} guide`);
        assert.ok(theirs.has(to), `${router}: ${from} → ${to}, a section of the ${other.router} guide`);
      }
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
