/**
 * A doc page's h1 with the reader features around it (registered as the MDX
 * `h1` by src/theme/MDXComponents.tsx, so no guide's MDX changes): the page
 * actions beside the title, and on quick starts the router switcher and the
 * "Your app" panel below it. Outside a doc page it is the plain heading.
 */
import React, { type ComponentProps } from 'react';
import Heading from '@theme/Heading';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import PageActions from '../PageActions/index.tsx';
import ReaderValuesPanel from '../ReaderValues/index.tsx';
import RouterSwitcher from '../RouterSwitcher/index.tsx';
import { routerOfSlug } from '../RouterSwitcher/routers.ts';
import { SAMPLE_ZIP_PLUGIN, type SampleZipData } from '../../plugins/sample-zip/types.ts';
import styles from './styles.module.css';

function useDocOrUndefined(): ReturnType<typeof useDoc> | undefined {
  try {
    return useDoc();
  }
  // Stryker disable next-line BlockStatement: an emptied catch returns undefined as well
  catch {
    return undefined; // an MDX page outside the docs plugin
  }
}

export default function PageTitle(props: ComponentProps<'h1'>): React.JSX.Element {
  const doc = useDocOrUndefined();
  const samples = usePluginData(SAMPLE_ZIP_PLUGIN) as SampleZipData | undefined;
  if (!doc) return <Heading as="h1" {...props} />;
  const { slug, permalink } = doc.metadata;
  const sample = samples?.[slug];
  const router = routerOfSlug(slug);
  return (
    <>
      <div className={styles.titleRow}>
        <Heading as="h1" {...props} />
        <PageActions permalink={permalink} sampleFiles={sample?.files} />
      </div>
      {router && <RouterSwitcher router={router} />}
      {sample && <ReaderValuesPanel router={router} />}
    </>
  );
}
