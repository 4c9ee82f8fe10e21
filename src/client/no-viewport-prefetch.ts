/**
 * Client module: no route prefetching for links that merely scroll into view.
 * Docusaurus's <Link> downloads the chunks of every internal page whose link
 * is visible (the sidebar, the footer, the pagination), which on a guide page
 * is another 40-50 KiB of gzipped JavaScript the reader may never use, on a
 * phone's data plan. Links still preload on hover or touch (`preload`, kept),
 * so a click stays fast. `window.docusaurus` exists once the app has started,
 * before any link's IntersectionObserver reports, hence the patch in the first
 * route lifecycle call.
 */
import type { ClientModule } from '@docusaurus/types';

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    const docusaurus = (window as unknown as { docusaurus?: { prefetch: (path: string) => false | Promise<void[]> } }).docusaurus;
    if (docusaurus) docusaurus.prefetch = () => false;
  },
};

export default clientModule;
