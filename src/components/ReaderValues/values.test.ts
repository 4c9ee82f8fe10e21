// The reader's values without a browser: what is stored (trimmed, blanks dropped, shared by every page), what the
// copy button puts on the clipboard (full values for placeholders, .env lines and on-screen masks), and the
// values `npm run sample` wires the local identity provider with. Code blocks are faked as lists of token text
// nodes (what the tree walker of a rendered <pre> yields), so a placeholder split across tokens is covered too.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultIdpPort, samples } from '../../../samples/registry.ts';
import { fields, generateCookieSecret, localIdpValues } from './fields.ts';
import { clearValues, readValues, secretsRevealed, setSecretsRevealed, subscribe, writeValues } from './store.ts';
import { applyValues, maskOf, startReplacing, withValues } from './apply.ts';

const stored = new Map<string, string>();
const events: string[] = [];
const fakeWindow = Object.assign(new EventTarget(), {
  localStorage: {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  },
});
fakeWindow.addEventListener('logto-docs:your-app-changed', () => events.push('changed'));
(globalThis as { window?: unknown }).window = fakeWindow;

beforeEach(() => {
  stored.clear();
  events.length = 0;
});

test('values are stored under one key, trimmed; blank and unknown entries are dropped', () => {
  writeValues({ appId: '  my-app ', endpoint: '', appSecret: 's3cret' });
  assert.deepEqual(JSON.parse(stored.get('logto-docs:your-app')!), { appId: '  my-app ', appSecret: 's3cret' });
  assert.deepEqual(readValues(), { appId: 'my-app', appSecret: 's3cret' });
  assert.deepEqual(events, ['changed']);
  stored.set('logto-docs:your-app', JSON.stringify({ appId: ' ', baseUrl: 'http://127.0.0.1:4000', other: 'x', endpoint: 42 }));
  assert.deepEqual(readValues(), { baseUrl: 'http://127.0.0.1:4000' });
});

test('clearing removes the key; a broken or missing entry reads as no values', () => {
  writeValues({ appId: 'a' });
  clearValues();
  assert.equal(stored.has('logto-docs:your-app'), false);
  assert.deepEqual(events, ['changed', 'changed']);
  assert.deepEqual(readValues(), {});
  stored.set('logto-docs:your-app', '{not json');
  assert.deepEqual(readValues(), {});
});

test('storage that throws (blocked in some private modes) reads as no values', () => {
  const { localStorage } = fakeWindow;
  Object.defineProperty(fakeWindow, 'localStorage', { configurable: true, get: () => { throw new Error('SecurityError'); } });
  try {
    assert.deepEqual(readValues(), {});
  } finally {
    Object.defineProperty(fakeWindow, 'localStorage', { configurable: true, value: localStorage });
  }
});

test('blank and unset values are not stored; with storage blocked, writing still announces the change', () => {
  writeValues({ appId: '   ', endpoint: undefined });
  assert.equal(stored.has('logto-docs:your-app'), false, 'only blanks: nothing stored');
  writeValues({ appId: 'a', appSecret: ' \t', baseUrl: undefined });
  assert.deepEqual(JSON.parse(stored.get('logto-docs:your-app')!), { appId: 'a' });
  const { localStorage } = fakeWindow;
  Object.defineProperty(fakeWindow, 'localStorage', { configurable: true, get: () => { throw new Error('SecurityError'); } });
  try {
    events.length = 0;
    writeValues({ appId: 'b' });
    writeValues({});
    assert.deepEqual(events, ['changed', 'changed']);
  } finally {
    Object.defineProperty(fakeWindow, 'localStorage', { configurable: true, value: localStorage });
  }
});

test('revealing secrets is remembered and announced; subscribers hear changes from this tab and from others', () => {
  let heard = 0;
  const stop = subscribe(() => heard++);
  setSecretsRevealed(true);
  assert.equal(secretsRevealed(), true);
  setSecretsRevealed(false);
  assert.equal(secretsRevealed(), false);
  assert.equal(heard, 2);
  const storage = (key: string | null) => Object.assign(new Event('storage'), { key });
  fakeWindow.dispatchEvent(storage('logto-docs:your-app'));
  fakeWindow.dispatchEvent(storage(null));
  fakeWindow.dispatchEvent(storage('some-other-key'));
  assert.equal(heard, 4);
  stop();
  writeValues({ appId: 'x' });
  fakeWindow.dispatchEvent(storage(null));
  assert.equal(heard, 4);
});

test('copied text gets the full values: placeholders, the .env.local lines and the masks shown on screen', () => {
  const values = { endpoint: 'https://acme.logto.app', appId: 'abc123', appSecret: 'topsecret', baseUrl: 'https://app.example', cookieSecret: 'c'.repeat(32) };
  assert.equal(maskOf('topsecret'), '•••••••••');
  assert.equal(maskOf(''), '');
  const code = [
    "endpoint: 'https://your-tenant.logto.app',",
    "appId: '<your-application-id>',",
    "appSecret: '<your-application-secret>',",
    "baseUrl: 'http://localhost:3000', // http://localhost:3000/callback",
    "cookieSecret: 'replace-me-with-at-least-32-random-characters',",
    'LOGTO_APP_ID=my-next-app',
    'LOGTO_ENDPOINT=http://127.0.0.1:3001',
    'LOGTO_APP_SECRET=my-next-app-secret-not-for-production',
    `shown on screen: ${maskOf('topsecret')}`,
  ].join('\n');
  assert.equal(
    withValues(code, values),
    [
      "endpoint: 'https://acme.logto.app',",
      "appId: 'abc123',",
      "appSecret: 'topsecret',",
      "baseUrl: 'https://app.example', // https://app.example/callback",
      `cookieSecret: '${'c'.repeat(32)}',`,
      'LOGTO_APP_ID=abc123',
      'LOGTO_ENDPOINT=https://acme.logto.app',
      'LOGTO_APP_SECRET=topsecret',
      'shown on screen: topsecret',
    ].join('\n'),
  );
  assert.equal(withValues('LOGTO_APP_ID=my-next-app and <your-application-secret>', { appId: 'only-id' }), 'LOGTO_APP_ID=only-id and <your-application-secret>');
  assert.equal(withValues('LOGTO_COOKIE_SECRET=\nLOGTO_APP_ID=', { cookieSecret: 'k', appId: 'i' }), 'LOGTO_COOKIE_SECRET=\nLOGTO_APP_ID=', "only the guide's .env.local lines are replaced, not empty ones");
});

test('without arguments the copy uses the stored values', () => {
  writeValues({ appId: 'from-storage' });
  assert.equal(withValues('<your-application-id>'), 'from-storage');
  clearValues();
  assert.equal(withValues('<your-application-id>'), '<your-application-id>');
});

test('each field has its own placeholder and env variable; only the app and cookie secrets are secret', () => {
  assert.deepEqual(fields.map((field) => field.key), ['endpoint', 'appId', 'appSecret', 'baseUrl', 'cookieSecret']);
  assert.deepEqual(fields.filter((field) => field.secret).map((field) => field.key), ['appSecret', 'cookieSecret']);
  assert.deepEqual(fields.filter((field) => field.optional).map((field) => field.key), ['cookieSecret']);
  assert.equal(new Set(fields.map((field) => field.placeholder)).size, fields.length);
  assert.deepEqual(fields.map((field) => field.env), ['LOGTO_ENDPOINT', 'LOGTO_APP_ID', 'LOGTO_APP_SECRET', 'LOGTO_BASE_URL', 'LOGTO_COOKIE_SECRET']);
});

test('a generated cookie secret is 43 base64url characters and differs each time', () => {
  const a = generateCookieSecret();
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(generateCookieSecret(), a);
});

test('the local identity provider values are the ones npm run sample uses, per router', () => {
  for (const entry of samples) {
    assert.deepEqual(localIdpValues(entry.name), {
      endpoint: `http://127.0.0.1:${defaultIdpPort}`,
      appId: entry.client.id,
      appSecret: entry.client.secret,
      baseUrl: `http://127.0.0.1:${entry.port}`,
    });
  }
  assert.notEqual(localIdpValues('app').appId, localIdpValues('pages').appId);
});

/** A rendered code block: one text node per highlighted token. */
function block(...tokens: string[]): { nodes: Array<{ data: string }>; text: () => string } {
  const nodes = tokens.map((data) => ({ data }));
  return { nodes, text: () => nodes.map((node) => node.data).join('|') };
}
function page(...blocks: Array<ReturnType<typeof block>>): ParentNode {
  (globalThis as { NodeFilter?: unknown }).NodeFilter = { SHOW_TEXT: 4 };
  (globalThis as { document?: unknown }).document = {
    createTreeWalker: (root: { nodes: Array<{ data: string }> }, what: number) => {
      assert.equal(what, 4);
      let at = -1;
      return {
        nextNode: () => ++at < root.nodes.length,
        get currentNode() {
          return root.nodes[at];
        },
      };
    },
  };
  return { querySelectorAll: (selector: string) => (selector === 'pre' ? blocks : []) } as unknown as ParentNode;
}

test('code blocks show the values in place of the placeholders, secrets masked until revealed, and get them back when cleared', () => {
  const split = block("appId: '<your-appli", "cation-id>', ", 'x');
  const env = block('LOGTO_APP_SECRET=', 'my-next-app-secret-not-for-production');
  const untouched = block('const a = 1;');
  const root = page(split, env, untouched);
  applyValues(root); // nothing stored: nothing to do
  assert.equal(split.text(), "appId: '<your-appli|cation-id>', |x");
  writeValues({ appId: 'abc', appSecret: 'hush' });
  applyValues(root);
  assert.equal(split.text(), "appId: 'abc|', |x", 'the value goes where its placeholder begins, the rest of the split token is emptied');
  assert.equal(env.nodes.map((node) => node.data).join(''), `LOGTO_APP_SECRET=${maskOf('hush')}`);
  setSecretsRevealed(true);
  applyValues(root);
  assert.equal(env.nodes.map((node) => node.data).join(''), 'LOGTO_APP_SECRET=hush');
  setSecretsRevealed(false);
  writeValues({ appId: 'other' });
  applyValues(root);
  assert.equal(split.text(), "appId: 'other|', |x", 'new values replace the original placeholders, not the old values');
  assert.equal(env.text(), 'LOGTO_APP_SECRET=|my-next-app-secret-not-for-production');
  clearValues();
  applyValues(root);
  assert.equal(split.text(), "appId: '<your-appli|cation-id>', |x");
  assert.equal(untouched.text(), 'const a = 1;');
});

test('two placeholders in one token and overlapping placeholders: the longest wins, each replaced once', () => {
  const one = block('http://localhost:3000/a http://localhost:3000/b');
  const env = block('LOGTO_BASE_URL=http://localhost:3000');
  const root = page(one, env);
  writeValues({ baseUrl: 'https://x.example' });
  applyValues(root);
  assert.equal(one.text(), 'https://x.example/a https://x.example/b');
  assert.equal(env.text(), 'LOGTO_BASE_URL=https://x.example');
  clearValues();
  applyValues(root);
  assert.equal(one.text(), 'http://localhost:3000/a http://localhost:3000/b');
});

test('a placeholder inside a longer one split across tokens: the longer (the .env.local line) wins', () => {
  const env = block('LOGTO_BASE_URL=', 'http://localhost:3000');
  const root = page(env);
  writeValues({ baseUrl: 'https://x.example' });
  applyValues(root);
  assert.equal(env.text(), 'LOGTO_BASE_URL=https://x.example|', 'the whole line goes where it begins, not the URL alone into the second token');
  clearValues();
  applyValues(root);
});

test('placeholders in any order and side by side are each replaced, in place', () => {
  const earlierShorter = block('http://localhost:3000 <your-application-secret>');
  const adjacent = block('<your-application-id>http://localhost:3000');
  const reversed = block('http://localhost:3000<your-application-id>');
  const root = page(earlierShorter, adjacent, reversed);
  writeValues({ baseUrl: 'https://x.example', appId: 'abc', appSecret: 'hush' });
  applyValues(root);
  assert.equal(earlierShorter.text(), `https://x.example ${maskOf('hush')}`);
  assert.equal(adjacent.text(), 'abchttps://x.example');
  assert.equal(reversed.text(), 'https://x.exampleabc');
  clearValues();
  applyValues(root);
  assert.equal(adjacent.text(), '<your-application-id>http://localhost:3000');
});

test('outside a browser (server rendering) starting does nothing and does not throw', () => {
  const saved = (globalThis as { window?: unknown }).window;
  delete (globalThis as { window?: unknown }).window;
  try {
    assert.doesNotThrow(() => startReplacing());
  } finally {
    (globalThis as { window?: unknown }).window = saved;
  }
});
