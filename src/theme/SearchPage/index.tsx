/**
 * Wraps the local search plugin's search page for two reasons:
 * - with a search section per docs folder (searchContextByPaths), the page
 *   shows a section <select id="context-selector"> that has no accessible name
 *   (axe: select-name). The name comes from the
 *   `theme.SearchPage.searchContext.label` translation and is set once the
 *   page is in place;
 * - the page has no meta description (Lighthouse SEO: meta-description). It
 *   comes from the `theme.SearchPage.description` translation;
 * - opened directly at `/search?q=words` (a shared link), the page showed an
 *   empty search: the plugin reads the query only once the page is in the
 *   browser, and its first effect, run at hydration while the query still
 *   reads as empty, removes `q` from the address. The query the page was
 *   opened with is put back once, after that effect.
 */
import React, { useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWithNamedSections(props: ComponentProps<typeof SearchPage>): ReactNode {
  const label = translate({ id: 'theme.SearchPage.searchContext.label', message: 'Search in', description: 'The accessible name of the search page\'s section selector' });
  const description = translate({ id: 'theme.SearchPage.description', message: 'Search the Logto Next.js guides and concepts.', description: 'The meta description of the search page' });
  useEffect(() => {
    document.getElementById('context-selector')?.setAttribute('aria-label', label);
  }, [label]);
  const history = useHistory();
  // Read during the first render in the browser (it changes nothing rendered), before any effect runs.
  const [openedWith] = useState(() => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('q')));
  useEffect(() => {
    const params = new URLSearchParams(history.location.search);
    if (openedWith === null || openedWith === '' || params.get('q') === openedWith) return;
    params.set('q', openedWith);
    history.replace({ search: params.toString() });
  }, [history, openedWith]);
  return (
    <>
      <PageMetadata description={description} />
      <SearchPage {...props} />
    </>
  );
}
