/** Exposes the quick-start guides' front matter to the gallery as global data. */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { siteFactsOf, type LooseConfig } from '../../../tools/site/config.ts';
import { loadQuickStartGuides, type QuickStartGuide } from './guides.ts';

export type { QuickStartGuide };

export default function quickStartsPlugin(context: LoadContext): Plugin<QuickStartGuide[]> {
  // Each locale's docs folder, from the site model.
  const { locales, defaultLocale } = siteFactsOf(context.siteConfig as LooseConfig);
  const docsDir = path.join(context.siteDir, locales[defaultLocale]!.docs);
  const localizedDocsDir = path.join(context.siteDir, (locales[context.i18n.currentLocale] ?? locales[defaultLocale]!).docs);
  return {
    name: 'site-quick-starts',
    getPathsToWatch() {
      return [`${docsDir}/quick-starts/*/index.mdx`, `${localizedDocsDir}/quick-starts/*/index.mdx`];
    },
    async loadContent() {
      return loadQuickStartGuides({
        docsDir,
        // For the default locale this is the docs folder itself.
        localizedDocsDir,
        staticDir: path.join(context.siteDir, 'static'),
      });
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
