/**
 * The local search theme (@easyops-cn/docusaurus-search-local), with its index
 * served titles first and its full text on demand. The plugin offers one index
 * per locale and, with `searchContextByPaths`, one per section; it has no
 * option to load part of an index. At 1,000 pages per locale a section's index
 * stays small, but a page outside every section (the home page, the search
 * page) loads the whole locale's: 3.7 MB gzip, 91 % of it full text.
 *
 * So this wraps the theme, changing two things and keeping the rest (its
 * options, search bar, search page, translations and routes):
 *   - after its postBuild writes the indexes, ./split.ts splits each file into
 *     titles, headings and descriptions (the last two only while the file
 *     stays under its gzip budget), and a `.content.json` file with the rest;
 *   - its search worker is swapped at bundling time for ./worker.ts, which
 *     answers the reader's first search from the first file and fetches the
 *     second for the searches after it (the search page waits for it).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { splitSearchIndexes } from './split.ts';

/** The theme's module as it is at run time (its published types cover the options only). */
interface SearchLocalModule {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: (data: OptionValidationContext<PluginOptions, PluginOptions>) => PluginOptions;
}

const searchLocal = createRequire(path.join(__dirname, 'index.ts'))('@easyops-cn/docusaurus-search-local') as SearchLocalModule;

function searchLocalTitlesFirst(context: LoadContext, options: PluginOptions): Plugin {
  const plugin = searchLocal.default(context, options);
  return {
    ...plugin,
    async postBuild(props) {
      await plugin.postBuild?.(props);
      splitSearchIndexes(props.outDir);
    },
    configureWebpack(config, isServer, utils, content) {
      const own = plugin.configureWebpack?.(config, isServer, utils, content) ?? {};
      return {
        ...own,
        plugins: [
          ...(own.plugins ?? []),
          new utils.currentBundler.instance.NormalModuleReplacementPlugin(
            /[\\/]@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]worker\.js$/,
            path.join(__dirname, 'worker.ts'),
          ),
        ],
      };
    },
  };
}

// Docusaurus validates a plugin function's options with its `validateOptions` (the theme's own schema and defaults).
searchLocalTitlesFirst.validateOptions = searchLocal.validateOptions;

export default searchLocalTitlesFirst;
