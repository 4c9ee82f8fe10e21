/**
 * The guides the router switcher joins: every guide of the registry of samples
 * (samples/registry.ts), so a new entry appears in the switcher with no edit
 * here; and where a section of one guide lands in the others when the ids
 * differ (every other id exists in each; tests/site/reader-features.test.ts
 * checks this against the built pages).
 */
import { guideDocId, samples, type SampleEntry } from '../../../samples/registry.ts';

/** The registry's name of a guide's sample (`app`, `pages`). */
export type Router = string;

export interface RouterGuide {
  /** The sample's name in the registry. */
  router: Router;
  /** The guide's route: its page's path under the docs' routeBasePath `/` (the guides' front matter `slug` says the same; routers.test.ts checks it). */
  slug: string;
  /** What the switcher calls the guide (`guide.switcherLabel`, else the sample's title). */
  label: string;
}

/** `docs/quick-starts/next/index.mdx` → `/quick-starts/next`. */
export function guideSlug(entry: Pick<SampleEntry, 'guide'>): string {
  return `/${guideDocId(entry).replace(/(^|\/)index$/, '')}`;
}

export const routerGuides: RouterGuide[] = samples.map((entry) => ({ router: entry.name, slug: guideSlug(entry), label: entry.guide.switcherLabel ?? entry.title }));

/** The guide of a router; undefined for a name the registry does not have. */
export function routerGuide(router: Router): RouterGuide | undefined {
  return routerGuides.find((guide) => guide.router === router);
}

/** The guides a reader of `router`'s guide can switch to, in the registry's order. */
export function otherRouters(router: Router): RouterGuide[] {
  return routerGuides.filter((guide) => guide.router !== router);
}

/** Section id in the guide of the key → section id in the other guides. */
export const sectionMapping: Record<Router, Record<string, string>> = {
  app: {
    'handle-callback': 'prepare-api-routes',
    // Only the App Router guide turns Cache Components off; the Pages Router guide's nearest place is its installation.
    'turn-off-cache-components': 'installation',
  },
  pages: {
    'prepare-api-routes': 'handle-callback',
    'server-side-rendering': 'display-user-information',
    'protect-api-routes': 'display-user-information',
    // The App Router guide has no Edge section; its neighbour covers the session storage.
    'edge-runtime': 'use-external-session-storage',
  },
};

/** The router of a doc slug, if it is one of the guides. */
export function routerOfSlug(slug: string): Router | undefined {
  return routerGuides.find((guide) => guide.slug === slug)?.router;
}

/** The reader's last choice, which the quick-start gallery shows first. */
export const routerChoiceKey = 'logto-docs:next-router';

export function rememberRouter(router: Router): void {
  try {
    window.localStorage.setItem(routerChoiceKey, router);
  } catch {
    // storage blocked: the switch still works, the gallery just does not remember
  }
}

export function rememberedRouter(): Router | undefined {
  try {
    const value = window.localStorage.getItem(routerChoiceKey);
    // Stryker disable next-line ConditionalExpression: no router is named null, so routerGuide(null) is undefined as well
    return value !== null && routerGuide(value) !== undefined ? value : undefined;
  }
  // Stryker disable next-line BlockStatement: an emptied catch returns undefined as well (the comment has to lead the catch clause: inside the try block it would trail its last statement)
  catch {
    return undefined;
  }
}
