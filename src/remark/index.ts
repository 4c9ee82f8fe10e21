/**
 * The remark plugins every MDX file of the site goes through: pages of the docs
 * plugin and the shared fragments alike (see src/plugins/fragments), so a
 * fragment renders exactly as it would inside a page.
 */
import path from 'node:path';
import type { PluggableList } from 'unified';
import remarkCheckImports from './check-imports.ts';
import remarkHiddenLines from './hidden-lines.ts';
import remarkHighlightCode from '../plugins/code-highlight/remark.ts';

const siteDir = path.resolve(__dirname, '../..');

export const docsRemarkPlugins: PluggableList = [[remarkCheckImports, { siteDir }], remarkHiddenLines, remarkHighlightCode];
