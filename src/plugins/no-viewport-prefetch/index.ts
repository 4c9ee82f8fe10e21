/**
 * Docusaurus plugin: no route prefetching for links that merely scroll into
 * view. Docusaurus's <Link> downloads the chunks of every internal page whose
 * link becomes visible (sidebar, pagination, footer): 50-60 KiB of gzipped
 * JavaScript on a guide page's first load, on a phone's data plan, for pages
 * the reader may never open. Its `prefetch` helper (only used for that) is
 * swapped for one that does nothing; links still load their page's chunks
 * when pointed at or touched (`preload`, untouched), so a click stays fast.
 * `window.docusaurus` is frozen, hence the swap at bundling time.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function noViewportPrefetchPlugin(): Plugin {
  return {
    name: 'no-viewport-prefetch',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/,
            path.join(__dirname, 'prefetch.ts'),
          ),
        ],
      };
    },
  };
}
