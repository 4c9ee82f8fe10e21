/**
 * The browser of the component render tests, set up on import (../testing.ts imports it before
 * react-dom, which decides at load whether it runs in a browser): a happy-dom window as the page's
 * globals, and require() of the Docusaurus and theme modules answered by the stand-ins of
 * ./docusaurus.tsx, of CSS modules by an object that names each class after its key (`styles.card` is
 * class "card").
 */
import Module from 'node:module';
import { Window } from 'happy-dom';
import * as stubs from './docusaurus.tsx';

export const window = new Window({ url: 'http://localhost:3000/' });
const globals: Record<string, unknown> = {
  window,
  document: window.document,
  navigator: window.navigator,
  localStorage: window.localStorage,
  Event: window.Event,
  StorageEvent: window.StorageEvent,
  MouseEvent: window.MouseEvent,
  HTMLElement: window.HTMLElement,
  HTMLInputElement: window.HTMLInputElement,
  Node: window.Node,
  Element: window.Element,
  NodeFilter: window.NodeFilter,
  MutationObserver: window.MutationObserver,
  getComputedStyle: window.getComputedStyle.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  IS_REACT_ACT_ENVIRONMENT: true,
};
for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });

/** Import specifier → the stand-in that is its default export. */
const defaults: Record<string, unknown> = {
  '@docusaurus/ExecutionEnvironment': stubs.ExecutionEnvironment,
  '@docusaurus/Translate': stubs.Translate,
  '@docusaurus/useBaseUrl': stubs.useBaseUrl,
  '@docusaurus/Link': stubs.Link,
  '@docusaurus/useGlobalData': stubs.useGlobalData,
  '@docusaurus/plugin-content-docs/client': stubs.useDoc,
  '@docusaurus/router': stubs.useHistory,
  '@docusaurus/useDocusaurusContext': stubs.useDocusaurusContext,
  '@docusaurus/theme-common/internal': stubs.useAlternatePageUtils,
  '@theme-init/DocItem/Content': stubs.DocItemContent,
  '@theme/Heading': stubs.Heading,
  '@theme/ThemedImage': stubs.ThemedImage,
};
const classNames = { __esModule: true, default: new Proxy({}, { get: (_, key) => String(key) }) };

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  if (request in defaults) return { ...stubs, __esModule: true, default: defaults[request] };
  if (request.endsWith('.module.css')) return classNames;
  if (/^@(docusaurus|theme|theme-init)\//.test(request)) {
    throw new Error(`${request}: no stand-in for it; add one to src/components/__tests__/docusaurus.tsx and src/components/__tests__/page.ts`);
  }
  return load.call(this, request, ...rest);
};
