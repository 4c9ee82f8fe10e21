// The page actions beside a doc's title, as a reader uses them: "Copy page" puts the page's Markdown twin on
// the clipboard and says so (or that it failed) for two seconds, "View as Markdown" opens the twin, and
// "Download sample" is there only when the guide has a sample. Rendered in happy-dom, see ../testing.ts.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { click, h, render, resetPage, site, until, type Rendered } from '../testing.ts';
import PageActions, { twinUrl } from './index.tsx';

let page: Rendered | undefined;
let clipboard: string[];
let fetched: string[];
beforeEach(() => {
  resetPage();
  clipboard = [];
  fetched = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void clipboard.push(text) } });
  mock.method(console, 'error', () => {});
});
afterEach(async () => {
  await page?.unmount();
  page = undefined;
  mock.timers.reset();
  mock.restoreAll();
});

function serve(status: number, body: string): void {
  mock.method(globalThis, 'fetch', async (url: string) => {
    fetched.push(url);
    return new Response(body, { status });
  });
}

test("the twin of a page is its permalink with .md, a folder's is its index.md", () => {
  assert.equal(twinUrl('/quick-starts/next'), '/quick-starts/next.md');
  assert.equal(twinUrl('/zh-CN/docs/'), '/zh-CN/docs/index.md');
});

test('a page without a sample: Copy page and View as Markdown, no download', async () => {
  page = await render(h(PageActions, { permalink: '/quick-starts/next' }));
  assert.equal(page.text(), 'Copy pageView as Markdown');
  const copy = page.get('button[data-copy-page]');
  assert.equal(copy.getAttribute('type'), 'button');
  assert.equal(copy.getAttribute('aria-live'), 'polite', 'a screen reader hears "Copied"');
  assert.equal(copy.className, 'button button--sm button--secondary');
  const view = page.get('a[data-view-markdown]');
  assert.equal(view.getAttribute('href'), '/quick-starts/next.md');
  assert.equal(view.getAttribute('target'), '_blank');
  assert.equal(view.getAttribute('rel'), 'noopener');
  assert.equal(view.className, 'button button--sm button--secondary');
  assert.equal(page.all('[data-download-sample]').length, 0);
  assert.equal(page.get('[data-page-actions]').className, 'actions');
});

test('a guide with a sample also gets Download sample, styled like the others; zh-CN readers read Chinese', async () => {
  site.locale = 'zh-CN';
  page = await render(h(PageActions, { permalink: '/zh-CN/quick-starts/next', sampleFiles: '/samples/next-pages-router.json' }));
  assert.equal(page.text(), '复制页面以 Markdown 查看下载示例');
  assert.equal(page.get('a[data-view-markdown]').getAttribute('href'), '/zh-CN/quick-starts/next.md');
  assert.equal(page.get('[data-download-sample]').className, 'button button--sm button--secondary');
});

test('Copy page copies the Markdown twin, says Copied, and goes back to Copy page after two seconds', async () => {
  serve(200, '# Next.js quick start\n');
  mock.timers.enable({ apis: ['setTimeout'] });
  page = await render(h(PageActions, { permalink: '/quick-starts/next' }));
  const copy = page.get('button[data-copy-page]');
  await click(copy);
  await until(() => copy.textContent === 'Copied', 'the button says Copied');
  assert.deepEqual(fetched, ['/quick-starts/next.md']);
  assert.deepEqual(clipboard, ['# Next.js quick start\n']);
  mock.timers.tick(1999);
  assert.equal(copy.textContent, 'Copied');
  await until(() => (mock.timers.tick(1), copy.textContent === 'Copy page'), 'the button says Copy page again');
});

test('a missing twin: nothing is copied, the button says Copy failed and the console names the URL and status', async () => {
  serve(404, 'Not found');
  site.locale = 'zh-CN';
  page = await render(h(PageActions, { permalink: '/zh-CN/intro' }));
  const copy = page.get('button[data-copy-page]');
  await click(copy);
  await until(() => copy.textContent === '复制失败', 'the button says the copy failed');
  assert.deepEqual(clipboard, []);
  const logged = (console.error as unknown as { mock: { calls: Array<{ arguments: unknown[] }> } }).mock.calls.map((call) => String(call.arguments[0]));
  assert.deepEqual(logged, ['Error: /zh-CN/intro.md: 404']);
});

test('a blocked clipboard says Copy failed too', async () => {
  serve(200, '# Intro');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
  page = await render(h(PageActions, { permalink: '/intro' }));
  const copy = page.get('button[data-copy-page]');
  await click(copy);
  await until(() => copy.textContent === 'Copy failed', 'the button says Copy failed');
});
