import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import QuickStartGallery from '@site/src/components/QuickStartGallery';
import styles from './index.module.css';

export default function Home(): React.JSX.Element {
  return (
    <Layout
      title={translate({ id: 'homepage.title', message: 'Add Logto authentication to Next.js' })}
      description={translate({
        id: 'homepage.description',
        message: 'Quick-start guides and a runnable sample for the Logto Next.js SDK.',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <h1>
            <Translate id="homepage.heading">Add authentication to your Next.js app</Translate>
          </h1>
          <p className={styles.lead}>
            <Translate id="homepage.lead">
              Step-by-step guides for the @logto/next SDK, with a sample app you can run locally in one command and
              code that is type-checked on every change.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/quick-starts/next-app-router">
              <Translate id="homepage.cta.appRouter">Start with the App Router guide</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/introduction">
              <Translate id="homepage.cta.introduction">What is Logto?</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <h2>
          <Translate id="homepage.quickStarts">Quick starts</Translate>
        </h2>
        <QuickStartGallery />
      </main>
    </Layout>
  );
}
