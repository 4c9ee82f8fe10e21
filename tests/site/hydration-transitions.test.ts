/**
 * After hydration, a guide page's follow-up updates (the browser flag, the
 * window size, each code block's "scrollable" state) render as transitions,
 * sliced, not as one blocking task (src/plugins/hydration-transitions), and
 * still do what the stock modules did: on a phone the desktop table of
 * contents goes and the word-wrap button shows on every block too wide for
 * the screen. Real Chromium on the production build.
 *
 * "Rendered as a transition" is read from React's own record, not from a
 * clock: React keeps the lanes of the last transition that set a state hook
 * on the hook's update queue (`queue.lanes`, entangleTransitionUpdate in
 * react-dom 19); an update at the default priority leaves it at 0.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { replacedModules } from '../../src/plugins/hydration-transitions/index.ts';
import { repoRoot } from './built-site.ts';
import { serveSite, type ServedSite } from './served-site.ts';

const guides = ['/quick-starts/next-app-router', '/zh-CN/quick-starts/next'];
const phone = { width: 390, height: 844 };

let site: ServedSite;
before(async () => {
  site = await serveSite();
});
after(async () => {
  await site?.stop();
});

async function openOnPhone(route: string): Promise<Page> {
  const page = await site.context.newPage();
  // tsx compiles this file keeping function names (`__name(fn, "name")`); the page needs the helper too.
  await page.addInitScript('window.__name = (fn) => fn');
  await page.setViewportSize(phone);
  await page.goto(`${site.origin}${route}`);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  // The window-size transition commits after the flag: wait for the desktop TOC to go.
  await page.waitForFunction(() => document.querySelector('.theme-doc-toc-desktop') === null);
  return page;
}

/** What the page's React tree says about the three updates (see the comment at the top). */
function readUpdates(page: Page) {
  return page.evaluate(() => {
    // The transition lanes (TransitionLanes in ReactFiberLane) of react-dom 18.3, the
    // React the pages run (src/plugins/site-react).
    const transitionLanes = 4194240;
    type Hook = { memoizedState: unknown; queue: { lanes: number; dispatch?: unknown } | null; next: Hook | null };
    type Fiber = { type: unknown; child: Fiber | null; sibling: Fiber | null; return: Fiber | null; alternate: Fiber | null; memoizedState: Hook | null; memoizedProps: Record<string, unknown> | null };
    const fiberOf = (node: Element): Fiber => (node as unknown as Record<string, Fiber>)[Object.keys(node).find((key) => key.startsWith('__reactFiber$'))!]!;
    const stateHooks = (fiber: Fiber): Hook[] => {
      const hooks: Hook[] = [];
      if (typeof fiber.type !== 'function') return hooks;
      for (let hook = fiber.memoizedState; hook; hook = hook.next) if (hook.queue && typeof hook.queue.dispatch === 'function') hooks.push(hook);
      return hooks;
    };
    const inTransition = (hook: Hook | undefined) => hook !== undefined && (hook.queue!.lanes & transitionLanes) !== 0;
    /**
     * The nearest component above `node` with a state hook holding `value`.
     * A DOM node's fiber may be the older of a component's two copies
     * (current and alternate), with older state: both are read; they share
     * their update queues.
     */
    const stateAbove = (node: Element, value: unknown): Hook | undefined => {
      for (let fiber: Fiber | null = fiberOf(node); fiber; fiber = fiber.return) {
        const hook = [...stateHooks(fiber), ...(fiber.alternate ? stateHooks(fiber.alternate) : [])].find((candidate) => candidate.memoizedState === value);
        if (hook) return hook;
      }
      return undefined;
    };

    // The browser flag: the component at the top of the tree whose boolean state feeds a context provider.
    const container = document.getElementById('__docusaurus')!;
    const root = (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[Object.keys(container).find((key) => key.startsWith('__reactContainer$'))!]!.stateNode.current;
    let browserFlag: Hook | undefined;
    const queue: Fiber[] = [root];
    while (queue.length > 0 && browserFlag === undefined) {
      const fiber = queue.shift()!;
      const [first] = stateHooks(fiber);
      if (first?.memoizedState === true && fiber.child?.memoizedProps?.value === true) browserFlag = first;
      for (let child = fiber.child; child; child = child.sibling) queue.push(child);
    }

    const blocks = [...document.querySelectorAll('.theme-code-block')].map((block) => {
      const pre = block.querySelector('pre')!;
      return {
        scrollable: pre.scrollWidth > pre.clientWidth,
        wrapButton: block.querySelector('[class*="wordWrapButtonIcon"]') !== null,
        scrollableState: inTransition(stateAbove(pre, true)),
      };
    });
    const toc = document.querySelector('.theme-doc-toc-mobile');
    return {
      browserFlagFound: browserFlag !== undefined,
      browserFlag: inTransition(browserFlag),
      windowSize: toc === null ? undefined : inTransition(stateAbove(toc, 'mobile')),
      desktopToc: document.querySelector('.theme-doc-toc-desktop') !== null,
      blocks,
    };
  });
}

describe('updates after hydration', () => {
  for (const route of guides) {
    test(`${route} on a phone: the desktop TOC goes, wide code blocks get the word-wrap button, all three updates were transitions`, async () => {
      const page = await openOnPhone(route);
      const result = await readUpdates(page);
      await page.close();
      assert.equal(result.desktopToc, false, 'the desktop table of contents is still there at phone width');
      assert.notEqual(result.windowSize, undefined, 'no mobile table of contents at phone width');
      const scrollable = result.blocks.filter((block) => block.scrollable);
      assert.ok(scrollable.length >= 5, `only ${scrollable.length} code blocks are wider than a phone screen`);
      assert.deepEqual(
        result.blocks.map((block, index) => ({ index, wrapButton: block.wrapButton })),
        result.blocks.map((block, index) => ({ index, wrapButton: block.scrollable })),
        'the word-wrap button shows exactly on the blocks too wide for the screen',
      );
      assert.ok(result.browserFlagFound, 'no browser-flag state found at the top of the React tree');
      assert.equal(result.browserFlag, true, 'the browser flag (isBrowser) was set at default priority: one blocking re-render of the whole page');
      assert.equal(result.windowSize, true, 'the window size was set at default priority: a blocking re-render of the doc layout');
      const blocking = scrollable.map((block, index) => ({ index, ...block })).filter((block) => !block.scrollableState);
      assert.deepEqual(blocking, [], 'these code blocks set their scrollable state at default priority: a blocking re-render of every block');
    });
  }

});

describe('the swapped modules', () => {
  for (const [stock, copy] of Object.entries(replacedModules)) {
    test(`${copy} stands in for ${stock} and exports what it exports`, () => {
      const stockFile = path.join(repoRoot, 'node_modules', stock);
      assert.ok(existsSync(stockFile), `${stockFile} is gone: Docusaurus moved the module; update replacedModules in src/plugins/hydration-transitions/index.ts`);
      const exported = (source: string) => [...source.matchAll(/^export (?:function|const) (\w+)/gm)].map((match) => match[1]).sort();
      const copySource = readFileSync(path.join(repoRoot, 'src/plugins/hydration-transitions', copy), 'utf8');
      assert.deepEqual(exported(copySource), exported(readFileSync(stockFile, 'utf8')));
    });
  }
});
