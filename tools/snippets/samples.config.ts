/**
 * Which sample each guide's code blocks are checked against, and where the
 * locales keep their pages and fragments. Fragments are not listed: they are
 * checked against the samples of every guide page that imports them.
 */
export interface GuideSample {
  /** Globs (`*`, `**`) of guide pages, relative to a locale's docs folder, so one entry covers both locales. */
  pages: string[];
  /** The sample folder, relative to the repository root; its tsconfig.json applies. */
  sample: string;
  /** Folder of the sample where a block without a title is checked, so `./x` imports resolve as in that folder. */
  scratchDir: string;
  /**
   * Set for a quick start that readers follow block by block from a fresh app:
   * its blocks must build on each other (see walkthrough-rules.ts), and
   * `npm run test:replay` replays it. `scaffoldPackages` are the packages the
   * guide's `create-next-app` command installs (the replay checks the list).
   */
  walkthrough?: { scaffoldPackages: string[] };
}

export interface LocaleFolders {
  /** Pages and guide-local fragments. */
  docs: string;
  /** Shared fragments, reached through the `@fragments/<file>` alias. */
  fragments: string;
}

export interface SnippetsConfig {
  defaultLocale: string;
  locales: Record<string, LocaleFolders>;
  guides: GuideSample[];
}

const config: SnippetsConfig = {
  defaultLocale: 'en',
  locales: {
    en: { docs: 'docs', fragments: 'fragments' },
    'zh-CN': { docs: 'i18n/zh-CN/docusaurus-plugin-content-docs/current', fragments: 'i18n/zh-CN/fragments' },
  },
  guides: [
    {
      pages: ['quick-starts/next-app-router/**'],
      sample: 'samples/next-app-router',
      scratchDir: 'app',
      walkthrough: { scaffoldPackages: ['next', 'react', 'react-dom'] },
    },
    {
      pages: ['quick-starts/next/**'],
      sample: 'samples/next-pages-router',
      scratchDir: 'pages',
      walkthrough: { scaffoldPackages: ['next', 'react', 'react-dom'] },
    },
    // Concept pages show App Router code (server actions, the same logtoConfig), so they use that sample too.
    {
      pages: ['introduction/**', 'authorization/**', 'organizations/**', 'end-user-flows/**', 'connectors/**'],
      sample: 'samples/next-app-router',
      scratchDir: 'app',
    },
  ],
};

export default config;
