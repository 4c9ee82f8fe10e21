/**
 * The router switcher's guide names as translatable strings, one per entry of
 * samples/registry.ts. A name built at run time (`translate({ id: variable })`)
 * is invisible to `docusaurus write-translations`, so a new guide's name would
 * reach no translator; as this plugin's translation file
 * (i18n/<locale>/router-switcher/labels.json) it is written for every locale,
 * and i18n:check's theme-string check asks for it. The switcher reads the
 * names of the build's locale from this plugin's global data.
 */
import type { Plugin } from '@docusaurus/types';
import { routerGuides } from '../../components/RouterSwitcher/routers.ts';

/** The plugin's name, which is also the folder of its translation file under i18n/<locale>/. */
export const ROUTER_SWITCHER_PLUGIN = 'router-switcher';

/** Registry name of a sample → what the switcher calls its guide, in the build's locale. */
export type SwitcherLabels = Record<string, string>;

export default function routerSwitcherPlugin(): Plugin<SwitcherLabels> {
  return {
    name: ROUTER_SWITCHER_PLUGIN,
    async loadContent() {
      return Object.fromEntries(routerGuides.map((guide) => [guide.router, guide.label]));
    },
    async getTranslationFiles({ content }) {
      const messages = Object.fromEntries(
        Object.entries(content).map(([router, label]) => [
          router,
          { message: label, description: `The router switcher's name for the guide of the sample "${router}" (samples/registry.ts: guide.switcherLabel, else title)` },
        ]),
      );
      return [{ path: 'labels', content: messages }];
    },
    translateContent({ content, translationFiles }) {
      const translated = translationFiles[0]?.content ?? {};
      return Object.fromEntries(Object.entries(content).map(([router, label]) => [router, translated[router]?.message ?? label]));
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
