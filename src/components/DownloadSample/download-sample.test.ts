// "Download sample" as a reader clicks it: the button is busy while the sample's files are fetched, the
// browser then downloads `<sample>.zip` whose .env.local has the values the reader entered, and a failed
// fetch says "Download failed, retry" until a retry works. Rendered in happy-dom, see ../testing.ts.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveObjectURL } from 'node:buffer';
import { strFromU8, unzipSync } from 'fflate';
import { click, h, render, resetPage, site, until, window, type Rendered } from '../testing.ts';
import { writeValues } from '../ReaderValues/store.ts';
import DownloadSample from './index.tsx';

let page: Rendered | undefined;
let downloads: Array<{ name: string; href: string; type: string; files: Promise<Record<string, string>> }>;
const stopDownload = (event: Event) => {
  const link = event.target as HTMLAnchorElement;
  if (!link.download) return;
  event.preventDefault();
  const blob = resolveObjectURL(link.href)!;
  downloads.push({ name: link.download, href: link.href, type: blob.type, files: blob.arrayBuffer().then((zip) => Object.fromEntries(Object.entries(unzipSync(new Uint8Array(zip))).map(([file, data]) => [file, strFromU8(data)]))) });
};
beforeEach(() => {
  resetPage();
  downloads = [];
  window.document.addEventListener('click', stopDownload as never);
  mock.method(console, 'error', () => {});
  // The object URL is revoked 10 s after the click: with real timers that would keep the test process waiting.
  mock.timers.enable({ apis: ['setTimeout'] });
});
afterEach(async () => {
  window.document.removeEventListener('click', stopDownload as never);
  await page?.unmount();
  page = undefined;
  mock.timers.reset();
  mock.restoreAll();
});

const sample = { name: 'next-app-router', files: [{ path: 'package.json', text: '{}' }, { path: '.env.example', text: 'LOGTO_APP_ID=x' }] };

test('the button zips the sample with the reader values and the browser downloads <sample>.zip', async () => {
  const fetched: string[] = [];
  let answer!: () => void;
  mock.method(globalThis, 'fetch', (url: string) => {
    fetched.push(url);
    return new Promise<Response>((resolve) => (answer = () => resolve(Response.json(sample))));
  });
  writeValues({ appId: 'my-own-app' });
  site.locale = 'zh-CN';
  page = await render(h(DownloadSample, { files: '/samples/next-app-router.json', className: 'button' }));
  const button = page.get('button[data-download-sample]');
  assert.equal(button.getAttribute('type'), 'button');
  assert.equal(button.className, 'button');
  assert.equal(button.textContent, '下载示例');
  assert.equal(button.getAttribute('aria-busy'), 'false');
  await click(button);
  await until(() => fetched.length > 0, 'the files are fetched');
  assert.deepEqual(fetched, ['/zh-CN/samples/next-app-router.json'], 'the files are under the locale base URL');
  assert.equal(button.getAttribute('aria-busy'), 'true', 'busy while the files load');
  answer();
  await until(() => button.getAttribute('aria-busy') === 'false', 'the button is no longer busy');
  assert.equal(downloads.length, 1);
  assert.equal(downloads[0]!.name, 'next-app-router.zip');
  assert.equal(downloads[0]!.type, 'application/zip', 'the browser is told it is a zip');
  const files = await downloads[0]!.files;
  assert.deepEqual(Object.keys(files).sort(), ['next-app-router/.env.example', 'next-app-router/.env.local', 'next-app-router/package.json']);
  assert.match(files['next-app-router/.env.local']!, /^LOGTO_APP_ID=my-own-app$/m);
  assert.equal(button.textContent, '下载示例');
  mock.timers.tick(9_999);
  assert.ok(resolveObjectURL(downloads[0]!.href), 'the zip stays downloadable while the browser saves it');
  mock.timers.tick(1);
  assert.equal(resolveObjectURL(downloads[0]!.href), undefined, 'then its memory is freed');
});

test('a failed download says so, logs why, and a retry that works says Download sample again', async () => {
  let status = 503;
  mock.method(globalThis, 'fetch', async () => (status === 200 ? Response.json(sample) : new Response('', { status, statusText: 'Service Unavailable' })));
  page = await render(h(DownloadSample, { files: '/samples/next-app-router.json' }));
  const button = page.get('button[data-download-sample]');
  assert.equal(button.textContent, 'Download sample');
  await click(button);
  await until(() => button.textContent === 'Download failed, retry', 'the button says the download failed');
  assert.equal(button.getAttribute('aria-busy'), 'false');
  assert.deepEqual(downloads, []);
  const logged = (console.error as unknown as { mock: { calls: Array<{ arguments: unknown[] }> } }).mock.calls.map((call) => String(call.arguments[0]));
  assert.deepEqual(logged, ['Error: /samples/next-app-router.json: 503 Service Unavailable']);
  status = 200;
  await click(button);
  await until(() => downloads.length === 1, 'the retry downloads the zip');
  await until(() => button.textContent === 'Download sample', 'the button says Download sample again');
});
