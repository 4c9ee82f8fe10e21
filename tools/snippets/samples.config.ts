/**
 * Which sample each guide's code blocks are checked against, and where the
 * locales keep their pages and fragments. Fragments are not listed: they are
 * checked against the samples of every guide page that imports them. The
 * guides come from the registry of samples (samples/registry.ts).
 */
import { checkedPages, otherCheckedPages, sampleNamed, samples } from '../../samples/registry.ts';

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
  guides: guidesOfRegistry(),
};

/** One entry per sample's guide (a walkthrough when it names its scaffold packages), then the other pages checked against a sample. */
export function guidesOfRegistry(): GuideSample[] {
  return [
    ...samples.map((entry) => ({
      pages: checkedPages(entry),
      sample: entry.dir,
      scratchDir: entry.scratchDir,
      ...(entry.guide.scaffoldPackages ? { walkthrough: { scaffoldPackages: entry.guide.scaffoldPackages } } : {}),
    })),
    ...otherCheckedPages.map(({ pages, sample }) => ({ pages, sample: sampleNamed(sample).dir, scratchDir: sampleNamed(sample).scratchDir })),
  ];
}

export default config;
