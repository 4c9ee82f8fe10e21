/**
 * Wraps the local search plugin's search page for two reasons:
 * - with a search section per docs folder (searchContextByPaths), the page
 *   shows a section <select id="context-selector"> that has no accessible name
 *   (axe: select-name). The name comes from the
 *   `theme.SearchPage.searchContext.label` translation and is set once the
 *   page is in place;
 * - the page has no meta description (Lighthouse SEO: meta-description). It
 *   comes from the `theme.SearchPage.description` translation.
 */
import React, { useEffect, type ComponentProps, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWithNamedSections(props: ComponentProps<typeof SearchPage>): ReactNode {
  const label = translate({ id: 'theme.SearchPage.searchContext.label', message: 'Search in', description: 'The accessible name of the search page\'s section selector' });
  const description = translate({ id: 'theme.SearchPage.description', message: 'Search the Logto Next.js guides and concepts.', description: 'The meta description of the search page' });
  useEffect(() => {
    document.getElementById('context-selector')?.setAttribute('aria-label', label);
  }, [label]);
  return (
    <>
      <PageMetadata description={description} />
      <SearchPage {...props} />
    </>
  );
}
