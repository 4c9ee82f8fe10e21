/**
 * The two Next.js guides the router switcher joins, and where a section of one
 * guide lands in the other when the ids differ (every other id exists in both;
 * tests/site/reader-features.test.ts checks this against the built pages).
 */
export type Router = 'app' | 'pages';

export const routerGuides: Record<Router, { slug: string }> = {
  app: { slug: '/quick-starts/next-app-router' },
  pages: { slug: '/quick-starts/next' },
};

/** Section id in the guide of the key → section id in the other guide. */
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

export const otherRouter = (router: Router): Router => (router === 'app' ? 'pages' : 'app');

/** The router of a doc slug, if it is one of the two guides. */
export function routerOfSlug(slug: string): Router | undefined {
  return (Object.keys(routerGuides) as Router[]).find((router) => routerGuides[router].slug === slug);
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
    return value === 'app' || value === 'pages' ? value : undefined;
    // Stryker disable next-line BlockStatement: an emptied catch returns undefined as well
  } catch {
    return undefined;
  }
}
