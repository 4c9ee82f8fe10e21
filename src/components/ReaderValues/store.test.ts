// The reveal switch starts off on every page load, and only storage events for the values' key (or a cleared
// storage, key null) reach subscribers: another site feature writing its own key in another tab does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretsRevealed, subscribe } from './store.ts';

test('secrets start masked', () => {
  assert.equal(secretsRevealed(), false);
});

test('only storage events for the values key, or a cleared storage, reach subscribers', () => {
  (globalThis as { window?: unknown }).window = new EventTarget();
  const heard: Array<string | null> = [];
  let key: string | null = null;
  const stop = subscribe(() => heard.push(key));
  for (key of ['logto-docs:next-router', 'logto-docs:your-app', 'other', null, 'logto-docs:your-app-changed']) {
    (globalThis as unknown as { window: EventTarget }).window.dispatchEvent(Object.assign(new Event('storage'), { key }));
  }
  stop();
  assert.deepEqual(heard, ['logto-docs:your-app', null]);
});
