/**
 * Docusaurus plugin: the site's pages (client and server bundles) run React
 * 18.3.1, not the React 19 the workspace root installs.
 *
 * Why: react-dom 19's client is 73 KiB gzip against 40 KiB for 18's, and it
 * was more than half of main.js, so a third of the JavaScript a guide page
 * loads before it is interactive on a phone (issue 10). Docusaurus 3.10
 * supports both majors, and nothing on the site uses an API new in 19.
 * Why an alias and not the root dependency: the samples need React 19 for
 * Next.js 16 and share the workspace root with the site; with 18 at the root,
 * npm hoists `next` there and it would load 18 beside the samples' 19. So
 * React 18 is installed in this folder (a workspace of its own, package.json
 * beside this file) and the bundler resolves `react` and `react-dom` (and
 * their subpaths: `react/jsx-runtime`, `react-dom/client`, `react-dom/server`)
 * to it. Node code outside the bundles (the tools, the component tests) keeps
 * the root's React 19.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const fromHere = createRequire(path.join(__dirname, 'package.json'));

/** Package name → the folder of the copy the bundles use. */
export const siteReact: Record<'react' | 'react-dom', string> = {
  react: path.dirname(fromHere.resolve('react/package.json')),
  'react-dom': path.dirname(fromHere.resolve('react-dom/package.json')),
};

export default function siteReactPlugin(): Plugin {
  return {
    name: 'site-react',
    configureWebpack() {
      return { resolve: { alias: { ...siteReact } } };
    },
  };
}
