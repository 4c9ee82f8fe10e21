/**
 * Beside a doc page's title: "Copy page" copies the page's Markdown twin
 * (written at build time by src/plugins/markdown-twins), "View as Markdown"
 * opens it, and quick starts with a sample get "Download sample".
 */
import React, { useState } from 'react';
import Translate from '@docusaurus/Translate';
import DownloadSample from '../DownloadSample/index.tsx';
import styles from './styles.module.css';

/** The twin's URL for a permalink (trailingSlash: false): `/a/b` → `/a/b.md`. */
export function twinUrl(permalink: string): string {
  return permalink.endsWith('/') ? `${permalink}index.md` : `${permalink}.md`;
}

export default function PageActions({ permalink, sampleFiles }: { permalink: string; sampleFiles?: string }): React.JSX.Element {
  const markdown = twinUrl(permalink);
  // Stryker disable next-line StringLiteral: only 'yes' and 'failed' are read, any other state shows as not copied
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      const response = await fetch(markdown);
      if (!response.ok) throw new Error(`${markdown}: ${response.status}`);
      await navigator.clipboard.writeText(await response.text());
      setCopied('yes');
    } catch (error) {
      console.error(error);
      setCopied('failed');
    }
    // Stryker disable next-line StringLiteral: as above
    setTimeout(() => setCopied('no'), 2000);
  };
  const button = 'button button--sm button--secondary';
  return (
    <div className={styles.actions} data-page-actions>
      <button type="button" className={button} onClick={copy} data-copy-page aria-live="polite">
        {copied === 'yes' ? (
          <Translate id="pageActions.copied">Copied</Translate>
        ) : copied === 'failed' ? (
          <Translate id="pageActions.copyFailed">Copy failed</Translate>
        ) : (
          <Translate id="pageActions.copyPage">Copy page</Translate>
        )}
      </button>
      <a className={button} href={markdown} target="_blank" rel="noopener" data-view-markdown>
        <Translate id="pageActions.viewMarkdown">View as Markdown</Translate>
      </a>
      {sampleFiles && <DownloadSample files={sampleFiles} className={button} />}
    </div>
  );
}
