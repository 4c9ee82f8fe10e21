/**
 * The switcher's guide names are one translation file with a key per entry of
 * the registry of samples, and a locale's translated file renames the guides
 * in that locale's build (a missing key keeps the registry's name).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { samples } from '../../../samples/registry.ts';
import routerSwitcherPlugin, { type SwitcherLabels } from './index.ts';

const plugin = routerSwitcherPlugin();

test('every sample of the registry has a translatable switcher name, the registry label in English', async () => {
  const content = (await plugin.loadContent!()) as SwitcherLabels;
  assert.deepEqual(Object.keys(content), samples.map((entry) => entry.name));
  assert.equal(content.app, 'App Router');
  assert.equal(content.pages, 'Pages Router');
  const files = await plugin.getTranslationFiles!({ content } as never);
  assert.equal(files.length, 1);
  assert.equal(files[0]!.path, 'labels');
  assert.deepEqual(Object.keys(files[0]!.content), samples.map((entry) => entry.name));
  assert.equal(files[0]!.content.app!.message, 'App Router');
  assert.match(files[0]!.content.app!.description!, /samples\/registry\.ts/);
});

test("a locale's file renames the guides it translates and keeps the others", async () => {
  const content = (await plugin.loadContent!()) as SwitcherLabels;
  const translated = plugin.translateContent!({ content, translationFiles: [{ path: 'labels', content: { pages: { message: 'Pages ルーター' } } }] } as never) as SwitcherLabels;
  assert.equal(translated.pages, 'Pages ルーター');
  assert.equal(translated.app, 'App Router');
  let published: unknown;
  await plugin.contentLoaded!({ content: translated, actions: { setGlobalData: (data: unknown) => (published = data) } } as never);
  assert.deepEqual(published, translated);
});
