/**
 * Wraps the local search plugin's search page for one reason: with a search
 * section per docs folder (searchContextByPaths), the page shows a section
 * <select id="context-selector"> that has no accessible name (axe:
 * select-name). The name comes from the `theme.SearchPage.searchContext.label`
 * translation and is set once the page is in place.
 */
import React, { useEffect, type ComponentProps, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWithNamedSections(props: ComponentProps<typeof SearchPage>): ReactNode {
  const label = translate({ id: 'theme.SearchPage.searchContext.label', message: 'Search in', description: 'The accessible name of the search page\'s section selector' });
  useEffect(() => {
    document.getElementById('context-selector')?.setAttribute('aria-label', label);
  }, [label]);
  return <SearchPage {...props} />;
}
