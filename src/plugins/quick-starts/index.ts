/** Exposes the quick-start guides' front matter to the gallery as global data. */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadQuickStartGuides, type QuickStartGuide } from './guides';

export type { QuickStartGuide };

export default function quickStartsPlugin(context: LoadContext): Plugin<QuickStartGuide[]> {
  const docsDir = path.join(context.siteDir, 'docs');
  const localizedDocsDir = path.join(context.localizationDir, 'docusaurus-plugin-content-docs', 'current');
  return {
    name: 'site-quick-starts',
    getPathsToWatch() {
      return [`${docsDir}/quick-starts/*/index.mdx`, `${localizedDocsDir}/quick-starts/*/index.mdx`];
    },
    async loadContent() {
      return loadQuickStartGuides({
        docsDir,
        localizedDocsDir: context.i18n.currentLocale === context.i18n.defaultLocale ? undefined : localizedDocsDir,
        staticDir: path.join(context.siteDir, 'static'),
      });
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
