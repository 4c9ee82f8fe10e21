/**
 * Docusaurus plugin: the updates that follow hydration render as transitions,
 * in slices the browser can interrupt, instead of one long blocking task.
 *
 * Hydration itself is already sliced (the core hydrates inside
 * startTransition). But right after it, effects of three stock modules set
 * state at the default priority, which React renders synchronously:
 * - the core's BrowserContextProvider flips `isBrowser` at the root, and React
 *   walks every fiber of the page to find the context's readers;
 * - theme-common's useWindowSize swaps 'ssr' for 'mobile' or 'desktop' (the
 *   doc layout's table of contents);
 * - theme-common's useCodeWordWrap finds each code block scrollable or not
 *   (the word-wrap button), one update per block.
 * On a guide page that was one task of 80-370 ms unthrottled, so most of
 * Lighthouse's total blocking time on a phone. Each module is swapped at
 * bundling time for a copy that makes the same update inside startTransition:
 * the same renders and DOM, in 5 ms slices. The copies follow Docusaurus
 * 3.10.2; tests/site/hydration-transitions.test.ts checks the swap happened.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stock module (as its path ends) → the copy here that replaces it. */
export const replacedModules: Record<string, string> = {
  '@docusaurus/core/lib/client/browserContext.js': 'browser-context.ts',
  '@docusaurus/theme-common/lib/hooks/useWindowSize.js': 'use-window-size.ts',
  '@docusaurus/theme-common/lib/hooks/useCodeWordWrap.js': 'use-code-word-wrap.ts',
};

export default function hydrationTransitionsPlugin(): Plugin {
  return {
    name: 'hydration-transitions',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: Object.entries(replacedModules).map(
          ([stock, copy]) =>
            new currentBundler.instance.NormalModuleReplacementPlugin(
              new RegExp(`[\\\\/]${stock.split('/').map(escape).join('[\\\\/]')}$`),
              path.join(__dirname, copy),
            ),
        ),
      };
    },
  };
}
