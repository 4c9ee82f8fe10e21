// The code blocks of a page once the "Your app" feature has started (client.ts, after hydration), in a
// happy-dom page: the reader's values replace the placeholders in the rendered tokens (secrets masked
// until revealed), follow every change, reach code blocks that appear later, and copying, by the copy
// button or a selection inside a block, gives the full values. See ../testing.ts.
import { before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { during, until, window } from '../testing.ts';
import { maskOf } from './apply.ts';
import { onRouteDidUpdate } from './client.ts';
import { clearValues, setSecretsRevealed, writeValues } from './store.ts';

const clipboard: string[] = [];
Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void clipboard.push(text) } });
const doc = window.document;

/** A highlighted code block, one span per token, appended to `into`; `codeBlock` puts it on the page. */
function codeBlockIn(into: Element, ...tokens: string[]): HTMLElement {
  const pre = doc.createElement('pre');
  const code = doc.createElement('code');
  for (const token of tokens) {
    const span = doc.createElement('span');
    span.textContent = token;
    code.append(span);
  }
  pre.append(code);
  into.append(pre as never); // happy-dom's element type, not lib.dom's
  return pre as unknown as HTMLElement;
}
const codeBlock = (...tokens: string[]) => codeBlockIn(doc.body as unknown as Element, ...tokens);
const tokens = (pre: HTMLElement) => [...pre.querySelectorAll('span')].map((span) => span.textContent).join('|');

let first: HTMLElement;
before(async () => {
  window.localStorage.clear();
  doc.body.innerHTML = '';
  first = codeBlock("appId: '", '<your-application-id>', "',");
  writeValues({ appId: 'stored-before-start' });
  onRouteDidUpdate();
  onRouteDidUpdate(); // every route change calls it again: it starts once
});
beforeEach(() => {
  clipboard.length = 0;
});

test('on start the stored values replace the placeholders of the code blocks already there', async () => {
  await until(() => tokens(first) === "appId: '|stored-before-start|',", 'the first block shows the stored value');
});

test('a change of values shows at once, secrets masked; Show secrets unmasks them', async () => {
  const env = codeBlock('LOGTO_APP_SECRET=', 'my-next-app-secret-not-for-production');
  await during(() => writeValues({ appId: 'abc', appSecret: 'hush' }));
  await until(() => tokens(env) === `LOGTO_APP_SECRET=${maskOf('hush')}|`, 'the secret shows masked');
  assert.equal(tokens(first), "appId: '|abc|',");
  await during(() => setSecretsRevealed(true));
  await until(() => tokens(env) === 'LOGTO_APP_SECRET=hush|', 'the secret shows in full');
  await during(() => setSecretsRevealed(false));
  await until(() => tokens(env) === `LOGTO_APP_SECRET=${maskOf('hush')}|`, 'the secret is masked again');
  env.remove();
});

test('a code block that appears later (another page, a tab) gets the values too', async () => {
  await during(() => writeValues({ endpoint: 'https://acme.logto.app' }));
  const later = codeBlock("endpoint: '", 'https://your-tenant', ".logto.app'");
  await until(() => tokens(later) === "endpoint: '|https://acme.logto.app|'", 'the new block shows the endpoint');
  later.remove();
});

test('a code block added in the same batch as a removal, or deep inside an existing container, gets the values too', async () => {
  const gone = doc.createElement('p');
  doc.body.append(gone);
  await during(() => writeValues({ appId: 'batched' }));
  await until(() => tokens(first) === "appId: '|batched|',", 'the first block shows the value');
  gone.remove(); // the batch's first record adds nothing
  const batched = codeBlock("'", '<your-application-id>', "'");
  await until(() => tokens(batched) === "'|batched|'", 'the block added after a removal shows the value');
  batched.remove();
  const container = doc.createElement('div');
  const inContainer = codeBlockIn(container as unknown as Element, "'", '<your-application-id>', "'");
  doc.body.append(container);
  await until(() => tokens(inContainer) === "'|batched|'", 'the container\'s block shows the value');
  const nested = codeBlockIn(container as unknown as Element, "'", '<your-application-id>', "'"); // not a child of body
  await until(() => tokens(nested) === "'|batched|'", 'the block added inside the container shows the value');
  container.remove();
});

test('clearing the values brings the placeholders back', async () => {
  await during(() => clearValues());
  await until(() => tokens(first) === "appId: '|<your-application-id>|',", 'the placeholder is back');
});

test('the copy button (which writes the source with placeholders) copies the full values', async () => {
  await during(() => writeValues({ appId: 'abc', appSecret: 'hush' }));
  await window.navigator.clipboard.writeText("appId: '<your-application-id>', appSecret: '<your-application-secret>'");
  assert.deepEqual(clipboard, ["appId: 'abc', appSecret: 'hush'"]);
});

function copySelection(node: Node, from: number, to: number): { event: ClipboardEvent; copied: string | undefined } {
  const range = doc.createRange();
  range.setStart(node as never, from);
  range.setEnd(node as never, to);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const event = new window.ClipboardEvent('copy', { bubbles: true, cancelable: true, clipboardData: new window.DataTransfer() }) as unknown as ClipboardEvent;
  doc.dispatchEvent(event as never);
  const data = event.clipboardData?.getData('text/plain');
  return { event, copied: data === '' ? undefined : data };
}

test('a selection inside a code block copies the values behind the masks; outside a code block the browser copies as usual', async () => {
  await during(() => writeValues({ appSecret: 'hush' }));
  const env = codeBlock('LOGTO_APP_SECRET=', 'my-next-app-secret-not-for-production');
  await until(() => tokens(env) === `LOGTO_APP_SECRET=${maskOf('hush')}|`, 'the secret shows masked');
  const masked = env.querySelectorAll('span')[0]!.firstChild!;
  const inside = copySelection(masked as never, 17, 21);
  assert.equal(inside.copied, 'hush');
  assert.equal(inside.event.defaultPrevented, true);
  const inElement = copySelection(env.querySelectorAll('span')[0]! as never, 0, 1);
  assert.equal(inElement.copied, 'LOGTO_APP_SECRET=hush', 'a selection anchored at the token element itself');
  const paragraph = doc.createElement('p');
  paragraph.textContent = maskOf('hush');
  doc.body.append(paragraph);
  const outside = copySelection(paragraph.firstChild! as never, 0, 4);
  assert.equal(outside.copied, undefined);
  assert.equal(outside.event.defaultPrevented, false);
  const collapsed = copySelection(masked as never, 1, 1);
  assert.equal(collapsed.event.defaultPrevented, false, 'nothing selected: nothing to change');
});
