// The code-highlight plugin itself: every page's head gets the token stylesheet of both colour modes (the site's
// Prism themes), and the theme's client module that loads Prism in the browser is aliased to an empty one.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import codeHighlightPlugin from './index.ts';
import { prismSettings } from './prism.ts';
import { codeThemeCss } from './theme-css.ts';

test("the head gets the site's token stylesheet and the browser bundle gets no Prism", () => {
  const plugin = codeHighlightPlugin();
  assert.equal(plugin.name, 'code-highlight');
  const { headTags } = plugin.injectHtmlTags!({ content: undefined }) as { headTags: Array<{ tagName: string; innerHTML: string }> };
  assert.deepEqual(headTags, [{ tagName: 'style', innerHTML: codeThemeCss(prismSettings.theme, prismSettings.darkTheme) }]);
  const webpack = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as { resolve: { alias: Record<string, string> } };
  const themeLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
  assert.deepEqual(webpack.resolve.alias, { [path.join(themeLib, 'prism-include-languages')]: path.join(import.meta.dirname, 'no-client-prism.ts') });
});
