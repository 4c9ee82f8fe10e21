/**
 * The quick-start gallery: one card per guide, built from the guides' front
 * matter (see src/plugins/quick-starts), filterable by app type.
 */
import React, { useEffect, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import ThemedImage from '@theme/ThemedImage';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { QuickStartGuide } from '../../plugins/quick-starts/guides.ts';
import { rememberedRouter, routerGuide } from '../RouterSwitcher/routers.ts';
import styles from './styles.module.css';

const ALL = '';

function GuideCard({ guide, lastUsed }: { guide: QuickStartGuide; lastUsed: boolean }): React.JSX.Element {
  const light = useBaseUrl(guide.logo);
  const dark = useBaseUrl(guide.darkLogo);
  return (
    <li className={styles.card} data-app-type={guide.appType} data-last-used={lastUsed || undefined}>
      <Link to={guide.slug} className={styles.cardLink}>
        <ThemedImage className={styles.logo} sources={{ light, dark }} alt="" width={48} height={48} />
        <span className={styles.title}>{guide.label}</span>
      </Link>
      {lastUsed && (
        <p className={styles.lastUsed}>
          <Translate id="quickStarts.gallery.lastUsed">Your Next.js router last time</Translate>
        </p>
      )}
      <p className={styles.description}>{guide.description}</p>
      <dl className={styles.facts}>
        <dt>
          <Translate id="quickStarts.gallery.framework">Framework</Translate>
        </dt>
        <dd>{guide.framework}</dd>
        <dt>
          <Translate id="quickStarts.gallery.language">Language</Translate>
        </dt>
        <dd>{guide.language}</dd>
        <dt>
          <Translate id="quickStarts.gallery.appType">App type</Translate>
        </dt>
        <dd>{guide.appType}</dd>
      </dl>
    </li>
  );
}

export default function QuickStartGallery(): React.JSX.Element {
  const guides = usePluginData('site-quick-starts') as QuickStartGuide[];
  const appTypes = [...new Set(guides.map((guide) => guide.appType))].sort();
  const [appType, setAppType] = useState(ALL);
  // The router the reader last chose with the Next.js guides' switcher comes first (read after hydration).
  const [lastSlug, setLastSlug] = useState<string | undefined>();
  useEffect(() => {
    const router = rememberedRouter();
    // Stryker disable next-line OptionalChaining: rememberedRouter returns only routers that have a guide
    setLastSlug(router && routerGuide(router)?.slug);
    // The deps' comment has to lead the array (here it would trail the last statement, which Stryker ignores).
  }, /* Stryker disable next-line ArrayDeclaration: deps that never change, like none, run the effect once */ []);
  const filtered = appType === ALL ? guides : guides.filter((guide) => guide.appType === appType);
  const shown = [...filtered.filter((guide) => guide.slug === lastSlug), ...filtered.filter((guide) => guide.slug !== lastSlug)];

  return (
    <div className={styles.gallery}>
      <div
        className={styles.filters}
        role="group"
        aria-label={translate({ id: 'quickStarts.gallery.filterLabel', message: 'Filter by app type' })}
      >
        {[ALL, ...appTypes].map((type) => (
          <button
            // Stryker disable next-line StringLiteral: '' is a key no app type has, as 'all' is
            key={type || 'all'}
            type="button"
            className={clsx('button button--sm', type === appType ? 'button--primary' : 'button--secondary')}
            aria-pressed={type === appType}
            data-app-type-filter={type || 'all'}
            onClick={() => setAppType(type)}
          >
            {type || <Translate id="quickStarts.gallery.all">All</Translate>}
          </button>
        ))}
      </div>
      <ul className={styles.cards}>
        {shown.map((guide) => (
          <GuideCard key={guide.slug} guide={guide} lastUsed={guide.slug === lastSlug} />
        ))}
      </ul>
    </div>
  );
}
