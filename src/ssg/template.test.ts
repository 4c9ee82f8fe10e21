// The page template's script loader (src/ssg/template.ts), run as the page runs it, in a small fake of the
// browser APIs it touches: when it adds the scripts (after the first contentful paint, at once in a hidden tab,
// after a frame where Paint Timing is missing, after 3 s at the latest), in which order and how (async = false,
// into the head), and never twice. That built pages use it and Chromium requests nothing before the first paint:
// tests/site/scripts-after-paint.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
// Docusaurus's own template and compiler (the package has no exports map; this is the module the build uses).
import { compileSSGTemplate } from '@docusaurus/core/lib/ssg/ssgTemplate.js';
import stockTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html.js';
import { loadScriptsAfterPaint, ssrTemplate } from './template.ts';

interface FakePage {
  added: { src: string; async: boolean }[];
  /** Runs the timers that are due at `ms` after the loader ran (or all of them), in order. */
  advance(ms?: number): void;
  frame(): void;
  paint(name: string): void;
  observers: number;
}

function runLoader(options: { visibility?: string; paintTiming?: boolean } = {}): FakePage {
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const frames: (() => void)[] = [];
  const observers: { callback: (list: unknown, observer: unknown) => void; connected: boolean }[] = [];
  const added: FakePage['added'] = [];
  class PerformanceObserver {
    static supportedEntryTypes = options.paintTiming === false ? ['resource', 'navigation'] : ['resource', 'paint'];
    entry: (typeof observers)[number];
    constructor(callback: (list: unknown, observer: unknown) => void) {
      this.entry = { callback, connected: false };
      observers.push(this.entry);
    }
    observe(init: { type: string; buffered: boolean }) {
      assert.deepEqual({ ...init }, { type: 'paint', buffered: true });
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const document = {
    visibilityState: options.visibility ?? 'visible',
    createElement(tag: string) {
      assert.equal(tag, 'script');
      return { src: '', async: true };
    },
    head: { appendChild: (element: { src: string; async: boolean }) => added.push({ ...element }) },
  };
  const sandbox: Record<string, unknown> = {
    document,
    setTimeout: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
  };
  sandbox.PerformanceObserver = PerformanceObserver;
  sandbox.self = sandbox;
  vm.runInNewContext(`${loadScriptsAfterPaint}(["/assets/js/runtime~main.1.js","/assets/js/main.2.js"])`, sandbox);
  return {
    added,
    get observers() {
      return observers.filter((observer) => observer.connected).length;
    },
    advance(ms = Number.POSITIVE_INFINITY) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers.splice(timers.indexOf(due), 1);
        now = due.at;
        due.run();
      }
      if (Number.isFinite(until)) now = until;
    },
    frame() {
      for (const run of frames.splice(0)) run();
    },
    paint(name) {
      for (const observer of observers.filter((candidate) => candidate.connected)) {
        const self = { disconnect: () => (observer.connected = false) };
        observer.callback({ getEntries: () => [{ name }] }, self);
      }
    },
  };
}

const inOrder = [
  { src: '/assets/js/runtime~main.1.js', async: false },
  { src: '/assets/js/main.2.js', async: false },
];

test('a visible page adds its scripts, in order and not async, only after the first contentful paint', () => {
  const page = runLoader();
  page.frame();
  page.advance(0);
  assert.deepEqual(page.added, [], 'a frame without a paint adds nothing');
  page.paint('first-paint');
  page.advance(0);
  assert.deepEqual(page.added, [], 'a first paint without content adds nothing');
  page.paint('first-contentful-paint');
  assert.deepEqual(page.added, [], 'the scripts are added from a task after the paint, not in the observer');
  assert.equal(page.observers, 0, 'the observer stops at the first contentful paint');
  page.advance(0);
  assert.deepEqual(page.added, inOrder);
  page.advance();
  assert.deepEqual(page.added, inOrder, 'the 3 s backstop adds nothing more');
});

test('a page that reports no paint gets its scripts after 3 s, once', () => {
  const page = runLoader();
  page.advance(2999);
  assert.deepEqual(page.added, []);
  page.advance(1);
  assert.deepEqual(page.added, inOrder);
  page.paint('first-contentful-paint');
  page.advance();
  assert.deepEqual(page.added, inOrder);
});

test('a page opened in a hidden tab adds its scripts at once, with no observer or timer', () => {
  const page = runLoader({ visibility: 'hidden' });
  assert.deepEqual(page.added, inOrder);
  assert.equal(page.observers, 0);
  page.advance();
  page.frame();
  assert.deepEqual(page.added, inOrder);
});

test('without Paint Timing the scripts wait for the first frame, then a task', () => {
  const page = runLoader({ paintTiming: false });
  assert.equal(page.observers, 0);
  page.advance(0);
  assert.deepEqual(page.added, []);
  page.frame();
  assert.deepEqual(page.added, []);
  page.advance(0);
  assert.deepEqual(page.added, inOrder);
});

test("the template renders as Docusaurus's own, with the loader at the end of the body in place of the deferred scripts", async () => {
  const data = {
    htmlAttributes: 'lang="en"',
    bodyAttributes: 'class="b"',
    metaAttributes: ['<title>T</title>'],
    headTags: '<meta name="h">',
    stylesheets: ['assets/css/styles.1.css'],
    scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js'],
    baseUrl: '/zh-CN/',
    preBodyTags: '<script>pre()</script>',
    postBodyTags: '<div id="post"></div>',
    appHtml: '<main>app</main>',
    version: '3.10.2',
    noIndex: false,
  };
  const ours = (await compileSSGTemplate(ssrTemplate))(data);
  const stock = (await compileSSGTemplate((stockTemplate as unknown as { default?: string }).default ?? (stockTemplate as unknown as string)))(data);
  const deferred = '<script src="/zh-CN/assets/js/runtime~main.1.js" defer></script>\n<script src="/zh-CN/assets/js/main.2.js" defer></script>\n';
  assert.ok(stock.includes(deferred), `Docusaurus's template changed; compare it with src/ssg/template.ts:\n${stock}`);
  const loader = `<script>${loadScriptsAfterPaint}(["/zh-CN/assets/js/runtime~main.1.js","/zh-CN/assets/js/main.2.js"])</script>\n`;
  assert.equal(ours, stock.replace(deferred, '').replace('<main>app</main></div>\n', `<main>app</main></div>\n${loader}`));
});
