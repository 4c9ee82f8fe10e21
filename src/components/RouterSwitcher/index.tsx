/**
 * "App Router | Pages Router" at the top of both Next.js guides: switching
 * goes to the section of the other guide that matches the one being read (the
 * same id, or ./routers.ts's mapping), and remembers the choice for the
 * quick-start gallery.
 */
import React, { useEffect } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { otherRouter, rememberRouter, routerGuides, sectionMapping, type Router } from './routers';
import styles from './styles.module.css';

/** Id of the heading the reader is at: the last one scrolled past the top, else the URL's hash. */
function currentSection(): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('.theme-doc-markdown :is(h2, h3)[id]')];
  const top = (document.querySelector('.navbar')?.getBoundingClientRect().height ?? 60) + 8;
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= top) current = heading.id;
    else break;
  }
  return current ?? (window.location.hash.slice(1) || undefined);
}

export default function RouterSwitcher({ router }: { router: Router }): React.JSX.Element {
  const history = useHistory();
  const other = otherRouter(router);
  const otherUrl = useBaseUrl(routerGuides[other].slug);
  useEffect(() => rememberRouter(router), [router]);

  const names: Record<Router, string> = {
    app: translate({ id: 'routerSwitcher.app', message: 'App Router' }),
    pages: translate({ id: 'routerSwitcher.pages', message: 'Pages Router' }),
  };
  const go = (event: React.MouseEvent) => {
    event.preventDefault();
    const section = currentSection();
    const target = section === undefined ? undefined : (sectionMapping[router][section] ?? section);
    rememberRouter(other);
    history.push(target === undefined ? otherUrl : `${otherUrl}#${target}`);
  };

  return (
    <nav className={styles.switcher} aria-label={translate({ id: 'routerSwitcher.label', message: 'Next.js router' })} data-router-switcher>
      <span className={styles.caption}>
        <Translate id="routerSwitcher.caption">Router:</Translate>
      </span>
      <span className={styles.current} aria-current="page">
        {names[router]}
      </span>
      <Link to={routerGuides[other].slug} className={styles.other} onClick={go} data-router={other}>
        {names[other]}
      </Link>
    </nav>
  );
}
