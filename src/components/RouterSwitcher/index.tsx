/**
 * "App Router | Pages Router" at the top of every guide of the registry of
 * samples (./routers.ts reads samples/registry.ts, so a new entry shows here
 * with no edit): switching goes to the section of the other guide that
 * matches the one being read (the same id, or ./routers.ts's mapping), and
 * remembers the choice for the quick-start gallery.
 */
import React, { useEffect } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import { ROUTER_SWITCHER_PLUGIN, type SwitcherLabels } from '../../plugins/router-switcher/index.ts';
import { otherRouters, rememberRouter, routerGuide, sectionMapping, type Router, type RouterGuide } from './routers.ts';
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

/** One guide's link: to the section of that guide that matches the one being read. */
function OtherGuide({ from, guide, name }: { from: Router; guide: RouterGuide; name: string }): React.JSX.Element {
  const history = useHistory();
  const url = useBaseUrl(guide.slug);
  const go = (event: React.MouseEvent) => {
    event.preventDefault();
    const section = currentSection();
    // Stryker disable next-line ConditionalExpression: an undefined section maps to undefined through `?? section` too
    const target = section === undefined ? undefined : (sectionMapping[from]?.[section] ?? section);
    rememberRouter(guide.router);
    history.push(target === undefined ? url : `${url}#${target}`);
  };
  return (
    <Link to={guide.slug} className={styles.other} onClick={go} data-router={guide.router}>
      {name}
    </Link>
  );
}

/** The guides' names in the reader's language (src/plugins/router-switcher: i18n/<locale>/router-switcher/labels.json), else the registry's labels. */
function useNameOf(): (guide: RouterGuide) => string {
  const labels = usePluginData(ROUTER_SWITCHER_PLUGIN) as SwitcherLabels | undefined;
  return (guide) => labels?.[guide.router] ?? guide.label;
}

export default function RouterSwitcher({ router }: { router: Router }): React.JSX.Element {
  useEffect(() => rememberRouter(router), [router]);
  const current = routerGuide(router);
  const nameOf = useNameOf();

  return (
    <nav className={styles.switcher} aria-label={translate({ id: 'routerSwitcher.label', message: 'Next.js router' })} data-router-switcher>
      <span className={styles.caption}>
        <Translate id="routerSwitcher.caption">Router:</Translate>
      </span>
      <span className={styles.current} aria-current="page">
        {current ? nameOf(current) : router}
      </span>
      {otherRouters(router).map((guide) => (
        <OtherGuide key={guide.router} from={router} guide={guide} name={nameOf(guide)} />
      ))}
    </nav>
  );
}
