/**
 * Wraps the local search plugin's SearchBar for one reason: its input has a
 * hard-coded `aria-label="Search"`, the only English UI string left on zh-CN
 * pages. The label comes from the `theme.SearchBar.label` translation (搜索 in
 * i18n/zh-CN/code.json) and is set on the input once it is in the page. The
 * plugin already loads its index, its worker and autocomplete only when the
 * reader focuses or hovers the box, so nothing else needs changing.
 */
import React, { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import SearchBar from '@theme-original/SearchBar';

export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' });
  useEffect(() => {
    container.current?.querySelector('input')?.setAttribute('aria-label', label);
  }, [label]);
  return (
    <div ref={container} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
