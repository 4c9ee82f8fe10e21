// The three swapped modules behave like the stock ones they replace, rendered in process with the components'
// happy-dom page (src/components/testing.ts): the browser flag is false on the server and true in the browser;
// the window size is 'ssr' on the server, then 'mobile' or 'desktop' at the breakpoint, following resizes until
// unmounted; a code block finds itself scrollable, toggles word wrap, and measures again on a resize and when
// its hidden tab is shown. The plugin swaps each stock module for its copy. That the updates are transitions
// is read from React's own lanes in the built site: tests/site/hydration-transitions.test.ts.
import { h, render, resetPage, during, window } from '../../components/testing.ts';
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import React, { useContext, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { BrowserContextProvider, Context } from './browser-context.ts';
import { useWindowSize } from './use-window-size.ts';
import { useCodeWordWrap } from './use-code-word-wrap.ts';
import hydrationTransitionsPlugin, { replacedModules } from './index.ts';

afterEach(resetPage);

function ShowBrowser(): ReactNode {
  return h('p', null, String(useContext(Context)));
}

function ShowSize({ desktopBreakpoint }: { desktopBreakpoint?: number }): ReactNode {
  return h('p', null, useWindowSize(desktopBreakpoint === undefined ? undefined : { desktopBreakpoint }));
}

function setWidth(width: number): void {
  window.happyDOM.setViewport({ width, height: 800 });
}

test('the browser flag is false in the server HTML and true once the page runs', async () => {
  assert.equal(renderToString(h(BrowserContextProvider, null, h(ShowBrowser))), '<p>false</p>');
  const page = await render(h(BrowserContextProvider, null, h(ShowBrowser)));
  assert.equal(page.text(), 'true');
});

test("the window size is 'ssr' on the server, then mobile or desktop at 996px, following resizes until unmounted", async () => {
  assert.equal(renderToString(h(ShowSize)), '<p>ssr</p>');
  setWidth(996);
  const page = await render(h(ShowSize));
  assert.equal(page.text(), 'mobile', '996px is still mobile, as in the stock hook');
  await during(() => {
    setWidth(997);
    window.dispatchEvent(new window.Event('resize'));
  });
  assert.equal(page.text(), 'desktop');
  await page.unmount();
  const removed: string[] = [];
  const remove = window.removeEventListener.bind(window);
  // A second page shows that unmounting stops listening: its listener is the one taken away.
  const second = await render(h(ShowSize, { desktopBreakpoint: 400 }));
  assert.equal(second.text(), 'desktop', 'a 997px window is desktop above a 400px breakpoint');
  window.removeEventListener = ((...args: Parameters<typeof remove>) => {
    removed.push(args[0]);
    return remove(...args);
  }) as typeof window.removeEventListener;
  try {
    await second.unmount();
  } finally {
    window.removeEventListener = remove as typeof window.removeEventListener;
  }
  assert.deepEqual(removed, ['resize']);
});

/** A code block as the theme renders it, with the widths a browser would measure. */
function Block({ widths, hiddenTab = false }: { widths: { scroll: number; client: number }; hiddenTab?: boolean }): ReactNode {
  const { codeBlockRef, isEnabled, isCodeScrollable, toggle } = useCodeWordWrap();
  const setRef = (element: HTMLPreElement | null) => {
    if (element) {
      Object.defineProperty(element, 'scrollWidth', { configurable: true, get: () => widths.scroll });
      Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => widths.client });
    }
    codeBlockRef.current = element;
  };
  const block = h(
    'div',
    null,
    h('pre', { ref: setRef }, h('code', null, 'const x = 1;')),
    h('output', null, `${isCodeScrollable ? 'scrollable' : 'fits'} ${isEnabled ? 'wrapped' : 'unwrapped'}`),
    h('button', { onClick: toggle }, 'wrap'),
  );
  return hiddenTab ? h('div', { role: 'tabpanel', hidden: true, id: 'panel' }, block) : block;
}

test('a code block wider than its box is scrollable; word wrap sets and removes the code style and keeps the button; it measures again on a resize', async () => {
  const widths = { scroll: 900, client: 300 };
  const page = await render(h(Block, { widths }));
  assert.equal(page.get('output').textContent, 'scrollable unwrapped');
  await during(() => page.get('button').click());
  const code = page.get('code');
  assert.equal(code.style.whiteSpace, 'pre-wrap');
  assert.equal(code.style.overflowWrap, 'anywhere');
  // Wrapped, the code fits its box; the block still counts as scrollable, so the button stays.
  widths.scroll = 300;
  await during(() => window.dispatchEvent(new window.Event('resize')));
  assert.equal(page.get('output').textContent, 'scrollable wrapped', 'a wrapped block keeps its button');
  await during(() => page.get('button').click());
  assert.equal(code.getAttribute('style'), null);
  assert.equal(page.get('output').textContent, 'fits unwrapped', 'unwrapping measures again');
  widths.scroll = 900;
  await during(() => window.dispatchEvent(new window.Event('resize')));
  assert.equal(page.get('output').textContent, 'scrollable unwrapped', 'a resize measures again');
  await page.unmount();
});

test('a block in a hidden tab measures itself again when the tab is shown', async () => {
  const widths = { scroll: 300, client: 300 };
  const page = await render(h(Block, { widths, hiddenTab: true }));
  assert.equal(page.get('output').textContent, 'fits unwrapped');
  widths.scroll = 800;
  await during(() => page.get('[role=tabpanel]').setAttribute('data-other', 'x'));
  assert.equal(page.get('output').textContent, 'fits unwrapped', 'another attribute is not the tab being shown');
  await during(() => page.get('[role=tabpanel]').removeAttribute('hidden'));
  // The observer's callback runs as a microtask: let it settle inside act().
  await during(() => undefined);
  assert.equal(page.get('output').textContent, 'scrollable unwrapped');
  await page.unmount();
});

test('the plugin swaps each stock module, by the end of its path on either separator, for the copy beside it', () => {
  const made: { pattern: RegExp; replacement: string }[] = [];
  class NormalModuleReplacementPlugin {
    constructor(pattern: RegExp, replacement: string) {
      made.push({ pattern, replacement });
    }
  }
  const plugin = hydrationTransitionsPlugin();
  assert.equal(plugin.name, 'hydration-transitions');
  const config = (plugin.configureWebpack as (...args: unknown[]) => { plugins: unknown[] })({}, false, { currentBundler: { instance: { NormalModuleReplacementPlugin } } });
  assert.equal(config.plugins.length, 3);
  assert.deepEqual(made.map((m) => path.basename(m.replacement)), Object.values(replacedModules));
  for (const [stock, copy] of Object.entries(replacedModules)) {
    const swap = made.find((m) => path.basename(m.replacement) === copy)!;
    assert.equal(swap.replacement, path.join(import.meta.dirname, copy));
    assert.ok(swap.pattern.test(`/site/node_modules/${stock}`), `${stock} (posix path)`);
    assert.ok(swap.pattern.test(`C:\\site\\node_modules\\${stock.replaceAll('/', '\\')}`), `${stock} (windows path)`);
    assert.ok(!swap.pattern.test(`/site/node_modules/${stock}.map`), 'only the module itself');
    assert.ok(!swap.pattern.test(`/site/node_modules/${stock.replace('.js', 'Xjs')}`), 'a dot matches only a dot');
  }
});
