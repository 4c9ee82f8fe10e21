// The "Your app" panel as a reader fills it in: one labelled field per value with the guides' placeholder,
// secrets masked until "Show secrets", what is typed stored for every page (and what another tab stores
// shown here), Generate for the cookie secret, the local identity provider's values on the Next.js
// guides, and Clear. Rendered in happy-dom, see ../testing.ts.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { click, during, h, render, resetPage, site, type, window, type Rendered } from '../testing.ts';
import { fields, localIdpValues } from './fields.ts';
import { readValues, setSecretsRevealed, writeValues } from './store.ts';
import ReaderValuesPanel from './index.tsx';

let page: Rendered | undefined;
beforeEach(() => {
  resetPage();
  setSecretsRevealed(false);
});
afterEach(async () => {
  await page?.unmount();
  page = undefined;
});

const input = (key: string) => page!.get<HTMLInputElement>(`input[name="${key}"]`);
const button = (text: string) => {
  const found = page!.all('button').find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`no button "${text}" in: ${page!.text()}`);
  return found;
};

test('one labelled field per value, with the placeholder the guides show, secrets masked', async () => {
  page = await render(h(ReaderValuesPanel, {}));
  assert.equal(page.get('details[data-reader-values] > summary').textContent, 'Your app: put your own values into the code');
  assert.match(page.text(), /Stored only in this browser \(localStorage\) and shared by every page\./);
  const labels = page.all<HTMLLabelElement>('label[for]');
  assert.deepEqual(labels.map((label) => label.textContent), ['Logto endpoint', 'App ID', 'App secret', 'Base URL of your app', 'Cookie secret (optional)']);
  for (const [index, field] of fields.entries()) {
    const box = input(field.key);
    assert.equal(labels[index]!.htmlFor, box.id, `the label of ${field.key} names its input`);
    assert.equal(box.placeholder, field.placeholder);
    assert.equal(box.getAttribute('type'), field.secret ? 'password' : 'text', field.key);
    assert.equal(box.getAttribute('autocomplete'), 'off');
    assert.equal(box.getAttribute('spellcheck'), 'false');
    assert.equal(box.value, '');
  }
  assert.equal(new Set(labels.map((label) => label.htmlFor)).size, fields.length, 'every input has its own id');
  assert.deepEqual(page.all('button').map((b) => b.textContent), ['Generate', 'Clear my values'], 'no local identity provider outside the Next.js guides');
  assert.equal(button('Generate').closest('.inputRow')?.querySelector('input')?.name, 'cookieSecret', 'Generate sits beside the cookie secret');
});

test('the zh-CN panel reads Chinese', async () => {
  site.locale = 'zh-CN';
  page = await render(h(ReaderValuesPanel, { router: 'app' }));
  assert.deepEqual(page.all('label[for]').map((label) => label.textContent), [
    'Logto 端点 (Endpoint)',
    '应用 ID (App ID)',
    '应用密钥 (App secret)',
    '你的应用的基础 URL (Base URL)',
    'Cookie 密钥 (Cookie secret)，可选',
  ]);
  assert.deepEqual(page.all('button').map((b) => b.textContent), ['生成', '使用本地身份提供商', '清除我的值']);
});

test('the stored values show on load, typed values are stored, and another tab\'s values show', async () => {
  writeValues({ endpoint: 'https://acme.logto.app' });
  page = await render(h(ReaderValuesPanel, {}));
  assert.equal(input('endpoint').value, 'https://acme.logto.app');
  await type(input('appId'), 'abc123');
  assert.equal(input('appId').value, 'abc123');
  assert.deepEqual(readValues(), { endpoint: 'https://acme.logto.app', appId: 'abc123' });
  await during(() => {
    window.localStorage.setItem('logto-docs:your-app', JSON.stringify({ appId: 'from-another-tab' }));
    window.dispatchEvent(new window.StorageEvent('storage', { key: 'logto-docs:your-app' }) as never);
  });
  assert.equal(input('appId').value, 'from-another-tab');
  assert.equal(input('endpoint').value, '');
});

test('Show secrets unmasks the secrets, and unticking masks them again', async () => {
  page = await render(h(ReaderValuesPanel, {}));
  const reveal = page.get<HTMLInputElement>('input[type="checkbox"]');
  assert.equal(reveal.closest('label')?.textContent, ' Show secrets');
  await click(reveal);
  assert.equal(reveal.checked, true);
  assert.deepEqual(fields.map((field) => input(field.key).type), fields.map(() => 'text'));
  await click(reveal);
  assert.equal(reveal.checked, false);
  assert.equal(input('appSecret').type, 'password');
});

test('Generate fills and stores a random 43-character cookie secret', async () => {
  page = await render(h(ReaderValuesPanel, {}));
  await click(button('Generate'));
  const secret = input('cookieSecret').value;
  assert.match(secret, /^[\w-]{43}$/);
  assert.deepEqual(readValues(), { cookieSecret: secret });
});

test('the local identity provider fills the sample\'s values and a cookie secret, keeping one already entered', async () => {
  page = await render(h(ReaderValuesPanel, { router: 'pages' }));
  await type(input('appSecret'), 'typed-over');
  const local = page.get('button[data-local-idp]');
  assert.equal(local.textContent, 'Use the local identity provider');
  await click(local);
  const { cookieSecret, ...rest } = readValues();
  assert.deepEqual(rest, localIdpValues('pages'));
  assert.match(cookieSecret ?? '', /^[\w-]{43}$/);
  assert.equal(input('appId').value, localIdpValues('pages').appId);
  await type(input('cookieSecret'), 'k'.repeat(40));
  await click(local);
  assert.equal(readValues().cookieSecret, 'k'.repeat(40));
});

test('Clear my values empties every field and the storage', async () => {
  writeValues({ endpoint: 'https://acme.logto.app', appSecret: 's3cret' });
  page = await render(h(ReaderValuesPanel, {}));
  const clear = page.get('button[data-clear-values]');
  assert.equal(clear.className, 'button button--sm button--outline button--danger');
  await click(clear);
  assert.deepEqual(fields.map((field) => input(field.key).value), fields.map(() => ''));
  assert.equal(window.localStorage.getItem('logto-docs:your-app'), null);
});

test('the server HTML (before any effect runs) has the secret fields masked too', () => {
  const html = renderToStaticMarkup(h(ReaderValuesPanel, {}));
  for (const field of fields) {
    const tag = html.match(new RegExp(`<input[^>]*name="${field.key}"[^>]*>`))?.[0];
    assert.ok(tag, `no ${field.key} input in: ${html}`);
    assert.match(tag, field.secret ? /type="password"/ : /type="text"/, field.key);
  }
});
