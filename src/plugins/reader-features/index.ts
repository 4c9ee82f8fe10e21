/**
 * Registers the client side of the reader features: the module that puts the
 * reader's values into code blocks after hydration (src/components/ReaderValues/client.ts).
 *
 * `DOCS_READER_FEATURES_OFF=values,page-actions,download,switcher` (or `all`)
 * builds the site with those components replaced by nothing; only the weight
 * bench (tools/bench/suites/reader-features.ts) sets it, to measure what each
 * feature adds to a guide's first load.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const components = path.resolve(__dirname, '../../components');

/** Feature → the component module that brings it onto the page. */
export const featureModules = {
  values: 'ReaderValues/index.tsx',
  'page-actions': 'PageActions/index.tsx',
  download: 'DownloadSample/index.tsx',
  switcher: 'RouterSwitcher/index.tsx',
} as const;

export type ReaderFeature = keyof typeof featureModules;

export function featuresOff(env: NodeJS.ProcessEnv = process.env): Set<ReaderFeature | 'all'> {
  const raw = env.DOCS_READER_FEATURES_OFF ?? '';
  const known = [...Object.keys(featureModules), 'all'];
  const names = raw.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`DOCS_READER_FEATURES_OFF: unknown feature(s) ${unknown.join(', ')}; use ${known.join(', ')}.`);
  return new Set(names as Array<ReaderFeature | 'all'>);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function readerFeaturesPlugin(): Plugin {
  const off = featuresOff();
  const all = off.has('all');
  return {
    name: 'site-reader-features',
    getClientModules() {
      return all || off.has('values') ? [] : [path.join(components, 'ReaderValues/client.ts')];
    },
    configureWebpack(_config, _isServer, utils) {
      if (off.size === 0) return {};
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (pattern: RegExp, resource: string) => unknown;
      };
      const replace = (modulePath: string, stub: string) =>
        new NormalModuleReplacementPlugin(new RegExp(`${escape(path.join(components, modulePath))}$`), path.join(__dirname, stub));
      const plugins = all
        ? [replace('PageTitle/index.tsx', 'off-title.tsx')]
        : [...off].map((feature) => replace(featureModules[feature as ReaderFeature], 'off.tsx'));
      return { plugins } as never;
    },
  };
}
