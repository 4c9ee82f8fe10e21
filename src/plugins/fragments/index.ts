/**
 * Shared fragments: `fragments/` (English) and `i18n/<locale>/fragments/`.
 *
 * - Pages import them as `@fragments/<file>`. The alias lists the current
 *   locale's folder first and the English folder second, so the bundler
 *   resolves each file to its translation when there is one and falls back to
 *   English otherwise: a missing translation never breaks a page.
 * - Docusaurus compiles MDX outside content folders with a bare fallback loader
 *   (no site remark plugins, facebook/docusaurus#5299). This plugin registers
 *   an MDX rule for the fragment folders with the same remark plugins as the
 *   docs, so fragments get the same heading ids, code block handling and TOC.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createMDXLoaderRule } from '@docusaurus/mdx-loader';
import type { PluggableList } from 'unified';
import { layoutFor, SOURCE_FOLDERS, type SiteLayout } from '../../../tools/site/layout.ts';

export const FRAGMENTS_ALIAS = '@fragments';

export interface FragmentsPluginOptions {
  /** English fragments, relative to the site directory. */
  sourceDir: string;
  /** Same remark plugins as the docs plugin. */
  remarkPlugins: PluggableList;
}

/** Folders searched for `@fragments/x`, most specific first (the site model's layout: the locale's copy, then English). */
export function fragmentSearchPath(siteDir: string, layout: SiteLayout, locale: string): string[] {
  const english = path.resolve(siteDir, layout.locales[layout.defaultLocale]!.fragments);
  const own = layout.locales[locale]?.fragments;
  const localized = own === undefined ? english : path.resolve(siteDir, own);
  return localized !== english && existsSync(localized) ? [localized, english] : [english];
}

export default async function fragmentsPlugin(
  context: LoadContext,
  options: FragmentsPluginOptions,
): Promise<Plugin> {
  const { siteDir, siteConfig, i18n } = context;
  const layout = layoutFor(i18n.defaultLocale, i18n.locales, { ...SOURCE_FOLDERS, fragments: options.sourceDir });
  const searchPath = fragmentSearchPath(siteDir, layout, i18n.currentLocale);
  // Every locale's copies are compiled by this rule, not only the current one,
  // so that a page importing another locale's file by path still works.
  const fragmentDirs = Object.values(layout.locales).map((folders) => path.resolve(siteDir, folders.fragments) + path.sep);

  const rule = await createMDXLoaderRule({
    include: fragmentDirs,
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      remarkPlugins: options.remarkPlugins,
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      // Fragments are always partials; they never become routes.
      isMDXPartial: () => true,
      isMDXPartialFrontMatterWarningDisabled: true,
      markdownConfig: siteConfig.markdown,
    },
  });

  return {
    name: 'site-fragments',
    getPathsToWatch() {
      return fragmentDirs.map((dir) => `${dir}**/*.{md,mdx}`);
    },
    configureWebpack() {
      return {
        resolve: { alias: { [FRAGMENTS_ALIAS]: searchPath } },
        module: { rules: [rule] },
      };
    },
  };
}
