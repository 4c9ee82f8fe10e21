/**
 * The search worker (worker.ts) in Node, as the browser runs it: reached through
 * Comlink the way the theme's search bar does, with index files made the way a
 * build makes them (the theme's own option defaults, generated constants and
 * index builder, English and Chinese, hashed URLs; then split by ./split.ts),
 * served by a local HTTP server that logs every request. The first search is
 * answered from the first file and starts the full-text download; the searches
 * after it and the search page see the full text; a failed download is tried
 * again; another origin is refused; Chinese queries are cut with the words of
 * both files.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import Module, { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import * as Comlink from 'comlink';
import { splitSearchIndexes } from './split.ts';

const require = createRequire(import.meta.url);
const themeDir = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
const themeServer = (name: string) => require(path.join(themeDir, 'dist/server/server/utils', name));
const Joi = require('joi') as { attempt: (value: unknown, schema: unknown) => unknown };

type Worker = import('./worker.ts').SearchWorker;
interface Result {
  document: { i: number; t: string };
  type: number;
  page: { i: number } | false | undefined;
  tokens: string[];
  score: number;
}

const siteDir = mkdtempSync(path.join(tmpdir(), 'search-worker-'));
after(() => rmSync(siteDir, { recursive: true, force: true }));

// The theme's options as the site sets them (docusaurus.config.ts), validated and completed by the theme itself.
mkdirSync(path.join(siteDir, 'docs'));
writeFileSync(path.join(siteDir, 'docs/index.md'), '# Home\n');
const options = (require('@easyops-cn/docusaurus-search-local') as { validateOptions: (data: unknown) => unknown }).validateOptions({
  options: { hashed: true, language: ['en', 'zh'], indexDocs: true, indexBlog: false, indexPages: false, docsRouteBasePath: '/' },
  validate: (schema: unknown, value: unknown) => Joi.attempt(value, schema),
});
const config = themeServer('processPluginOptions.js').processPluginOptions(options, { siteDir, siteConfig: { themeConfig: {} } });
const generatedDir = path.join(siteDir, '.docusaurus');
mkdirSync(generatedDir);
themeServer('generate.js').generate(config, generatedDir);
const hash = themeServer('getIndexHash.js').getIndexHash(config) as string;

/** Titles, headings, descriptions, keywords and full text, in the theme's order, as its scan of a build gives them. */
const documents = [
  [
    { i: 1, t: 'Next.js App Router quick start', u: '/quick-starts/next-app-router' },
    { i: 2, t: 'Protect an API resource', u: '/authorization/api-resources' },
    { i: 3, t: '访问令牌与刷新令牌', u: '/zh-CN/tokens' },
  ],
  [
    { i: 4, t: 'Install the SDK', u: '/quick-starts/next-app-router', h: '#installation', p: 1 },
    { i: 5, t: 'Configure the callback', u: '/quick-starts/next-app-router', h: '#callback', p: 1 },
  ],
  [{ i: 6, t: 'Add sign-in to a Next.js app', u: '/quick-starts/next-app-router', p: 1 }],
  [],
  [
    { i: 7, t: 'The callback route exchanges the authorization code for tokens.', u: '/quick-starts/next-app-router', h: '#callback', p: 1 },
    { i: 8, t: 'Request an access token for the API resource.', u: '/authorization/api-resources', h: '', p: 2 },
    { i: 10, t: 'Each API resource has an indicator.', u: '/authorization/api-resources', h: '', p: 2 },
    { i: 9, t: '刷新令牌让会话保持有效。', u: '/zh-CN/tokens', h: '', p: 3 },
  ],
];
const outDir = path.join(siteDir, 'build');
const indexJson = JSON.stringify(themeServer('buildIndex.js').buildIndex(documents, config));
for (const dir of ['', 'zh-CN', 'broken', 'flaky']) {
  mkdirSync(path.join(outDir, dir), { recursive: true });
  writeFileSync(path.join(outDir, dir, 'search-index.json'), indexJson);
  writeFileSync(path.join(outDir, dir, 'search-index-quick-starts-next.json'), indexJson);
  splitSearchIndexes(path.join(outDir, dir));
}

/** Every path asked for, in order; paths in `failing` answer 500. */
const requests: string[] = [];
const failing = new Set<string>();
let server: Server;
let origin: string;
/** One worker module per test, so each starts with no index loaded (the browser starts one worker per page). */
let load: () => Promise<Worker>;

before(async () => {
  server = createServer((request, response) => {
    requests.push(request.url!);
    const { pathname } = new URL(request.url!, 'http://localhost');
    if (failing.has(pathname)) {
      response.writeHead(500).end();
      return;
    }
    try {
      const body = readFileSync(path.join(outDir, pathname));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(globalThis, { location: new URL(`${origin}/`) });

  // What the bundler gives the worker: the constants the theme generated for this site.
  const moduleInternals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolveFilename = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function (request, ...rest) {
    if (request.startsWith('@generated/@easyops-cn/docusaurus-search-local/default/')) return path.join(generatedDir, path.basename(request));
    return resolveFilename.call(this, request, ...rest);
  };
  const workerFile = require.resolve('./worker.ts');
  load = async () => {
    delete require.cache[workerFile];
    // A worker's global scope is its message endpoint: Comlink.expose listens on it and answers through it.
    const toPage = new EventTarget();
    const toWorker = new EventTarget();
    let listening = false;
    Object.assign(globalThis, {
      addEventListener: (type: string, listener: EventListener) => {
        listening ||= type === 'message';
        toWorker.addEventListener(type, listener);
      },
      removeEventListener: toWorker.removeEventListener.bind(toWorker),
      postMessage: (data: unknown) => toPage.dispatchEvent(new MessageEvent('message', { data })),
    });
    require(workerFile);
    assert.ok(listening, 'worker.ts does not expose its API (Comlink.expose): the search bar would wait forever');
    const endpoint = {
      postMessage: (data: unknown) => toWorker.dispatchEvent(new MessageEvent('message', { data })),
      addEventListener: toPage.addEventListener.bind(toPage),
      removeEventListener: toPage.removeEventListener.bind(toPage),
    };
    const Remote = Comlink.wrap<new () => Worker>(endpoint as unknown as Comlink.Endpoint);
    return (await new Remote()) as unknown as Worker;
  };
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The requests made while `run` runs. */
async function requested<T>(run: () => Promise<T>): Promise<{ value: T; paths: string[] }> {
  const first = requests.length;
  const value = await run();
  // The full text may still be on its way after the answer: let it arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { value, paths: requests.slice(first) };
}

const ids = (results: unknown[]) => (results as Result[]).map((result) => result.document.i);

test('the index URL carries the hash, the search context names the file, and opening the box downloads only the first file, once', async () => {
  assert.match(hash, /^[0-9a-f]{8}$/);
  const worker = await load();
  assert.deepEqual((await requested(() => worker.fetchIndexes(`${origin}/`, ''))).paths, [`/search-index.json?_=${hash}`]);
  assert.deepEqual((await requested(() => worker.fetchIndexes(`${origin}/`, ''))).paths, [], 'the second opening downloads nothing');
  assert.deepEqual((await requested(() => worker.fetchIndexes(`${origin}/zh-CN/`, 'quick-starts/next'))).paths, [`/zh-CN/search-index-quick-starts-next.json?_=${hash}`]);
  assert.deepEqual((await requested(() => worker.fetchIndexes(`${origin}/zh-CN/`, ''))).paths, [`/zh-CN/search-index.json?_=${hash}`], 'each base URL and context is its own index');
});

test('the first search is answered from the first file and starts the full-text download; the next one sees the full text', async () => {
  const worker = await load();
  const first = await requested(() => worker.search(`${origin}/`, '', 'callback', 8));
  assert.deepEqual(ids(first.value), [5], 'the heading, from the first file');
  assert.deepEqual(first.paths, [`/search-index.json?_=${hash}`, `/search-index.content.json?_=${hash}`]);
  const second = await requested(() => worker.search(`${origin}/`, '', 'callback', 8));
  assert.deepEqual(second.paths, [], 'both files are kept');
  const results = second.value as Result[];
  assert.deepEqual(ids(results), [5, 7], 'the heading, then the paragraph of the same section');
  assert.deepEqual(results.map((result) => result.type), [1, 4]);
  assert.equal((results[1]!.page as { i: number }).i, 1, 'a paragraph knows its page');
  assert.deepEqual(results[1]!.tokens, ['callback']);
  assert.ok(results.every((result) => result.score > 0));
});

test('a first search the first file cannot answer waits for the full text', async () => {
  const worker = await load();
  const { value, paths } = await requested(() => worker.search(`${origin}/`, '', 'exchanges', 8));
  assert.deepEqual(ids(value), [7]);
  assert.deepEqual(paths, [`/search-index.json?_=${hash}`, `/search-index.content.json?_=${hash}`]);
});

test('the search page, which asks for more results than the dropdown shows, waits for the full text at once', async () => {
  const worker = await load();
  assert.deepEqual(ids(await worker.search(`${origin}/`, '', 'callback', 9)), [5, 7]);
  const dropdown = await load();
  assert.deepEqual(ids(await dropdown.search(`${origin}/`, '', 'callback', 8)), [5], 'at the dropdown limit the first file answers');
});

test('the results stop at the limit, count each document once, and a title comes before the sections of its page', async () => {
  const worker = await load();
  await worker.fetchIndexes(`${origin}/`, '');
  const page = (await worker.search(`${origin}/`, '', 'resource', 9)) as Result[];
  assert.deepEqual(ids(page).sort((a, b) => a - b), [2, 8, 10]);
  assert.equal(ids(page)[0], 2, 'the title of the page, then its paragraphs');
  assert.equal(page[0]!.page, false, 'a title is its own page');
  assert.deepEqual(ids(await worker.search(`${origin}/`, '', 'resource', 1)), [2]);
  // The limit reached inside the second part searched: one title, then only one of the two paragraphs.
  assert.equal((await worker.search(`${origin}/`, '', 'resource', 2)).length, 2);
  // "token" is in a paragraph and in the title of the same page: prefixes of "to" match "tokens" and "token" more than once.
  const tokens = ids(await worker.search(`${origin}/`, '', 'to', 9));
  assert.equal(new Set(tokens).size, tokens.length, `a document listed twice: ${tokens.join(', ')}`);
  assert.ok(tokens.length >= 2, tokens.join(', '));
});

test('the last word of a query is a prefix: the reader is still typing it', async () => {
  const worker = await load();
  assert.deepEqual(ids(await worker.search(`${origin}/`, '', 'callb', 9)), [5, 7]);
  assert.deepEqual(ids(await worker.search(`${origin}/`, '', 'route callb', 9)), [7], 'every word of the query is in the result');
});

test('no words in the query: nothing is searched or downloaded', async () => {
  const worker = await load();
  const { value, paths } = await requested(() => worker.search(`${origin}/`, '', ' - ', 8));
  assert.deepEqual(value, []);
  assert.deepEqual(paths, []);
});

test('a failed full-text download leaves the first file working and is tried again on the next search', async () => {
  const worker = await load();
  failing.add('/flaky/search-index.content.json');
  try {
    const first = await requested(() => worker.search(`${origin}/flaky/`, '', 'callback', 8));
    assert.deepEqual(ids(first.value), [5]);
    const second = await requested(() => worker.search(`${origin}/flaky/`, '', 'exchanges', 8));
    assert.deepEqual(second.value, [], 'the first file has no paragraphs');
    assert.deepEqual(second.paths, [`/flaky/search-index.content.json?_=${hash}`], 'tried again, the first file kept');
  } finally {
    failing.delete('/flaky/search-index.content.json');
  }
  const third = await requested(() => worker.search(`${origin}/flaky/`, '', 'exchanges', 8));
  assert.deepEqual(ids(third.value), [7]);
  assert.deepEqual(third.paths, [`/flaky/search-index.content.json?_=${hash}`]);
});

test('a failed first file names its URL and status, and is downloaded again next time', async () => {
  const worker = await load();
  failing.add('/broken/search-index.json');
  try {
    await assert.rejects(worker.fetchIndexes(`${origin}/broken/`, ''), { message: `${origin}/broken/search-index.json?_=${hash}: HTTP 500` });
  } finally {
    failing.delete('/broken/search-index.json');
  }
  const { paths } = await requested(() => worker.fetchIndexes(`${origin}/broken/`, ''));
  assert.deepEqual(paths, [`/broken/search-index.json?_=${hash}`]);
});

test('an index on another origin is refused before any download', async () => {
  const worker = await load();
  const before = requests.length;
  await assert.rejects(worker.fetchIndexes('http://example.com/', ''), { message: `unexpected search index URL http://example.com/search-index.json?_=${hash}` });
  assert.equal(requests.length, before);
});

test('a Chinese query is cut into the words of the index: those of titles at once, those of the full text once it is there', async () => {
  const worker = await load();
  const title = (await worker.search(`${origin}/zh-CN/`, '', '刷新令牌', 8)) as Result[];
  assert.deepEqual(ids(title), [3]);
  assert.deepEqual(title[0]!.tokens, ['刷新', '令牌']);
  // "保持" is a word of the full text only: without it in the dictionary the query stays one unknown word.
  const content = (await worker.search(`${origin}/zh-CN/`, '', '保持有效', 8)) as Result[];
  assert.deepEqual(ids(content), [9]);
  assert.deepEqual(content[0]!.tokens, ['保持', '有效']);
  // A word of one character counts too.
  assert.deepEqual((await worker.search(`${origin}/zh-CN/`, '', '会保持', 8) as Result[]).map((result) => result.tokens), [['会', '保持']]);
});
