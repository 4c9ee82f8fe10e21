/**
 * Build-time translation status for the reader banner. For a translated
 * locale's build, `loadContent` asks the site model (tools/site, the library
 * `npm run i18n:status` is built on, called in this process) for the locale's
 * status and publishes, as global data, only the pages that need a notice:
 * fallbacks to English and outdated translations, including pages that
 * compose an outdated or missing fragment. A locale of the config with no
 * folder yet is all English, so every page gets the notice. The theme
 * component in ./theme shows the notice; readers pay nothing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { siteFactsOf, type LooseConfig } from '../../../tools/site/config.ts';
import { markdownDirs, type SiteLayout } from '../../../tools/site/layout.ts';
import { SiteModel } from '../../../tools/site/model.ts';
import { localeStatus } from '../../../tools/site/translation-status.ts';
import { lockKey } from '../../../tools/site/translation-lock.ts';

/** What the theme receives: doc path relative to the docs folder → notice to show. */
export interface TranslationStatusData {
  locale: string;
  pages: Record<string, { status: 'missing' | 'outdated'; fragments: string[] }>;
}

export default function translationStatusPlugin(context: LoadContext): Plugin<TranslationStatusData> {
  const { siteDir, i18n } = context;
  const { defaultLocale, locales }: SiteLayout = siteFactsOf(context.siteConfig as LooseConfig);
  const layout = { defaultLocale, locales };
  return {
    name: 'translation-status',

    getThemePath() {
      return fileURLToPath(new URL('theme', import.meta.url));
    },

    // In `docusaurus start`, any source, translation or lock edit refreshes the notices.
    getPathsToWatch() {
      const locales = [i18n.defaultLocale, i18n.currentLocale];
      return [
        ...locales.flatMap((locale) => markdownDirs(layout, locale)).map((dir) => `${dir}/**/*.{md,mdx}`),
        lockKey(i18n.currentLocale),
      ].map((pattern) => path.join(siteDir, pattern));
    },

    async loadContent() {
      const locale = i18n.currentLocale;
      const data: TranslationStatusData = { locale, pages: {} };
      if (locale === i18n.defaultLocale) return data;
      const cacheFile = path.join(siteDir, 'node_modules/.cache/logto-i18n/imports.json');
      const model = await SiteModel.open(siteDir, { layout, locales: [locale], cacheFile });
      const status = localeStatus(model, locale);
      model.saveCache();
      const docsDir = `${layout.locales[i18n.defaultLocale]!.docs}/`;
      for (const entry of status.entries) {
        // Only pages have an effective status (their own with their fragments').
        if (!entry.source || !entry.effective || entry.effective === 'up to date') continue;
        data.pages[entry.source.slice(docsDir.length)] = { status: entry.effective, fragments: (entry.fragments ?? []).map((f) => f.source) };
      }
      return data;
    },

    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
