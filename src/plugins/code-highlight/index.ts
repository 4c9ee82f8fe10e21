/**
 * Docusaurus plugin for code blocks highlighted at build time (see remark.ts
 * and src/theme/CodeBlock): puts the token stylesheet of both colour modes in
 * every page's head, and keeps Prism out of the browser bundles. The classic
 * theme loads Prism on every page through its `prism-include-languages` client
 * module only to register extra languages for client-side highlighting; with
 * highlighting done in Node that is 30+ KiB of gzipped JavaScript for nothing,
 * so the module is aliased to an empty one.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { prismSettings } from './prism.ts';
import { codeThemeCss } from './theme-css.ts';

const themeClassicLib = path.dirname(require.resolve('@docusaurus/theme-classic'));

export default function codeHighlightPlugin(): Plugin {
  return {
    name: 'code-highlight',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [path.join(themeClassicLib, 'prism-include-languages')]: path.join(__dirname, 'no-client-prism.ts'),
          },
        },
      };
    },
    injectHtmlTags() {
      return { headTags: [{ tagName: 'style', innerHTML: codeThemeCss(prismSettings.theme, prismSettings.darkTheme) }] };
    },
  };
}
