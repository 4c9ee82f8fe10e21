/**
 * Registers the client side of the reader features: the module that puts the
 * reader's values into code blocks after hydration (src/components/ReaderValues/client.ts).
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function readerFeaturesPlugin(): Plugin {
  return {
    name: 'site-reader-features',
    getClientModules() {
      return [path.resolve(__dirname, '../../components/ReaderValues/client.ts')];
    },
  };
}
