/**
 * Render tests of the site's React components, in process and without a build: a happy-dom window as
 * the browser, the Docusaurus modules replaced by ./__tests__/docusaurus.tsx (through
 * ./__tests__/page.ts), and React's act() around every render and event, so a test sees the page as a
 * reader does after each click. Import this module before the components.
 */
// First: the browser globals and the Docusaurus stand-ins must be in place before react-dom and the components load.
import { window } from './__tests__/page.ts';
import React, { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { site } from './__tests__/docusaurus.tsx';

export { site, window };

export const h = React.createElement;

export interface Rendered {
  container: HTMLElement;
  /** Everything a reader reads in the rendered part, whitespace collapsed. */
  text(): string;
  get<T extends Element = HTMLElement>(selector: string): T;
  all<T extends Element = HTMLElement>(selector: string): T[];
  unmount(): Promise<void>;
}

/** Renders `element` into a fresh container of the page, effects included. Reset `site` and storage yourself or with `resetPage()`. */
export async function render(element: ReactElement): Promise<Rendered> {
  const container = window.document.createElement('div') as unknown as HTMLElement;
  window.document.body.append(container as never);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    text: () => (container.textContent ?? '').replace(/\s+/g, ' ').trim(),
    get<T extends Element>(selector: string): T {
      const found = container.querySelector<T>(selector);
      if (!found) throw new Error(`nothing matches ${selector} in: ${container.innerHTML}`);
      return found;
    },
    all: <T extends Element>(selector: string) => [...container.querySelectorAll<T>(selector)],
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Clicks like a reader (the event bubbles to React's root listener) and lets React re-render. */
export async function click(element: Element): Promise<void> {
  await act(async () => (element as HTMLElement).click());
}

/** Types `value` into a React-controlled input (through the native setter, so React sees a change). */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
  });
}

/** Runs `change` (a storage event, another component's write…) inside act(), so the page re-renders. */
export async function during(change: () => void): Promise<void> {
  await act(async () => change());
}

/** Lets pending promises of the page settle until `done()` holds (at most 1000 turns of the event loop; setImmediate, so mocked timers do not stop it). */
export async function until(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 1000 && !done(); turn++) await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
  if (!done()) throw new Error(`the page never got to: ${what}`);
}

/** A fresh page: English, no plugin data, no doc, nothing navigated, empty storage, the URL at the site's root. */
export function resetPage(): void {
  site.locale = 'en';
  site.pluginData = {};
  site.doc = undefined;
  site.pushed = [];
  window.localStorage.clear();
  window.happyDOM.setURL('http://localhost:3000/');
  window.document.body.innerHTML = '';
}
