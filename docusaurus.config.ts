import type { Config, PluginConfig } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { docsRemarkPlugins } from './src/remark/index.ts';
import { parseFrontMatter } from './src/markdown/page-title.ts';
import fragmentsPlugin, { type FragmentsPluginOptions } from './src/plugins/fragments/index.ts';
import quickStartsPlugin from './src/plugins/quick-starts/index.ts';
import markdownTwinsPlugin, { type MarkdownTwinsOptions } from './src/plugins/markdown-twins/index.ts';
import sampleZipPlugin from './src/plugins/sample-zip/index.ts';
import readerFeaturesPlugin from './src/plugins/reader-features/index.ts';
import codeHighlightPlugin from './src/plugins/code-highlight/index.ts';
import noViewportPrefetchPlugin from './src/plugins/no-viewport-prefetch/index.ts';
import hydrationTransitionsPlugin from './src/plugins/hydration-transitions/index.ts';
import routerSwitcherPlugin from './src/plugins/router-switcher/index.ts';
import siteReactPlugin from './src/plugins/site-react/index.ts';
import tslibHelpersPlugin from './src/plugins/tslib-helpers/index.ts';
import { prismSettings } from './src/plugins/code-highlight/prism.ts';
import { searchSections } from './src/search/contexts.ts';
import { ssrTemplate } from './src/ssg/template.ts';

// `DOCS_FASTER=false` switches the Rspack/SWC toolchain off; only the
// benchmark uses it, to compare against the webpack/Babel build.
const faster = process.env.DOCS_FASTER !== 'false';

// Docusaurus loads the config once per locale with this variable set; the site
// title ends every <title>, and no translation file covers it.
const siteTitle = process.env.DOCUSAURUS_CURRENT_LOCALE === 'zh-CN' ? 'Logto Next.js 指南' : 'Logto Next.js guides';

// The locales (the search sections are labelled in each, so the config reads them twice).
const i18n = {
  defaultLocale: 'en',
  locales: ['en', 'zh-CN'],
  localeConfigs: {
    en: { label: 'English', htmlLang: 'en' },
    // Explicit, so `docusaurus build --locale zh-CN` alone (one CI runner per locale) still
    // writes build/zh-CN/ with /zh-CN/ links; a single --locale otherwise builds at the root.
    'zh-CN': { label: '简体中文', htmlLang: 'zh-CN', baseUrl: '/zh-CN/' },
  },
} satisfies Config['i18n'];

const config: Config = {
  title: siteTitle,
  tagline: 'Add authentication to your Next.js app with Logto',
  favicon: 'img/favicon.svg',
  // The canonical origin for sitemap and hreflang links; override per deployment.
  url: process.env.SITE_URL ?? 'https://docs.example.com',
  baseUrl: '/',
  trailingSlash: false,
  // Docusaurus's page template, with the scripts loaded after the first paint (see the module).
  ssrTemplate,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster,
  },

  i18n,

  markdown: {
    format: 'detect',
    mdx1Compat: { comments: false, admonitions: false, headingIds: false },
    // Inferred page titles drop the escaped heading id (`# Title \{#id}`); see the module.
    parseFrontMatter,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: docsRemarkPlugins,
          showLastUpdateTime: false,
        },
        blog: false,
        pages: {},
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          priority: 0.5,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [fragmentsPlugin, { sourceDir: 'fragments', remarkPlugins: docsRemarkPlugins } satisfies FragmentsPluginOptions] as PluginConfig,
    quickStartsPlugin as PluginConfig,
    routerSwitcherPlugin as PluginConfig,
    './src/plugins/translation-status/index.ts',
    [markdownTwinsPlugin, { fragmentsDir: 'fragments' } satisfies MarkdownTwinsOptions] as PluginConfig,
    sampleZipPlugin as PluginConfig,
    readerFeaturesPlugin as PluginConfig,
    codeHighlightPlugin as PluginConfig,
    noViewportPrefetchPlugin as PluginConfig,
    hydrationTransitionsPlugin as PluginConfig,
    siteReactPlugin as PluginConfig,
    tslibHelpersPlugin as PluginConfig,
  ],

  themes: [
    [
      // @easyops-cn/docusaurus-search-local with its index served titles first, full text on demand.
      './src/plugins/search-local/index.ts',
      {
        hashed: true,
        // jieba segments Chinese words, so "访问令牌" matches inside a sentence.
        language: ['en', 'zh'],
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        // One index per top-level docs folder: a reader on a page of that section
        // downloads its index only (at 1,000 pages the whole-locale index is
        // several MB gzip). The home page, outside every section, searches
        // everything; the search page's context selector widens a search.
        searchContextByPaths: searchSections('docs', i18n),
        useAllContextsWithNoSearchContext: true,
        // Fenced code is half the text of a guide and most of its index; headings,
        // prose and inline code stay searchable, code block titles too.
        ignoreCssSelectors: ['article pre'],
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Logto Next.js guides',
      // width/height reserve the logo's box before it loads (no layout shift).
      logo: { alt: 'Logto', src: 'img/logo.svg', srcDark: 'img/logo-dark.svg', width: 32, height: 32 },
      items: [
        { type: 'doc', docId: 'introduction/index', label: 'Introduction', position: 'left' },
        { type: 'doc', docId: 'quick-starts/index', label: 'Quick starts', position: 'left' },
        { type: 'doc', docId: 'authorization/api-resources', label: 'Authorization', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guides',
          items: [
            { label: 'Quick starts', to: '/quick-starts' },
            { label: 'Next.js (App Router)', to: '/quick-starts/next-app-router' },
          ],
        },
        {
          title: 'Concepts',
          items: [
            { label: 'API resources', to: '/authorization/api-resources' },
            { label: 'Organizations', to: '/organizations' },
          ],
        },
        {
          title: 'Logto',
          items: [
            { label: 'Website', href: 'https://logto.io' },
            { label: 'Logto docs', href: 'https://docs.logto.io' },
          ],
        },
      ],
      copyright: `Guides and samples for the Logto Next.js SDK.`,
    },
    // Code is highlighted at build time with these settings (src/plugins/code-highlight).
    prism: prismSettings,
    docs: {
      sidebar: { hideable: true },
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
