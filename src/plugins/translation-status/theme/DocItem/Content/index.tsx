/**
 * Wraps the doc content with a notice when the page is an English fallback or
 * an outdated translation: in the reader's language when the locale's
 * code.json translates the notice's strings (`translationStatus.*`), in
 * English otherwise (a new language starts that way), with a `lang` that says
 * which. The status comes from the translation-status plugin's build-time
 * data; up-to-date pages and English pages render exactly as before.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { TranslationStatusData } from '../../../index.ts';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/** `@site/docs/a/b.mdx` or `@site/i18n/<locale>/docusaurus-plugin-content-docs/current/a/b.mdx` → `a/b.mdx`. */
function docPathOf(source: string): string {
  return source.replace(/^@site\/(docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\//, '');
}

/** English is the default text; each locale's code.json may translate it. */
const ENGLISH = {
  missing: { text: 'This page is not translated yet; it is shown in English.', link: 'Open the English page' },
  outdated: { text: 'The English page has changed since this translation was made; it may be out of date.', link: 'Open the current English page' },
} as const;

function messages(status: 'missing' | 'outdated'): { text: string; link: string; translated: boolean } {
  const text =
    status === 'missing'
      ? translate({
        id: 'translationStatus.missing.text',
        message: ENGLISH.missing.text,
        // Stryker disable next-line StringLiteral: only write-translations reads a description, from this file's text, for code.json
        description: 'Notice atop a page shown in English because it has no translation',
      })
      : translate({
        id: 'translationStatus.outdated.text',
        message: ENGLISH.outdated.text,
        // Stryker disable next-line StringLiteral: only write-translations reads a description, from this file's text, for code.json
        description: 'Notice atop a translated page whose English source changed since',
      });
  const link =
    status === 'missing'
      ? translate({
        id: 'translationStatus.missing.link',
        message: ENGLISH.missing.link,
        // Stryker disable next-line StringLiteral: only write-translations reads a description, from this file's text, for code.json
        description: 'Link from the notice to the English page',
      })
      : translate({
        id: 'translationStatus.outdated.link',
        message: ENGLISH.outdated.link,
        // Stryker disable next-line StringLiteral: only write-translations reads a description, from this file's text, for code.json
        description: 'Link from the notice to the current English page',
      });
  return { text, link, translated: text !== ENGLISH[status].text };
}

function TranslationNotice(): ReactNode {
  const { metadata } = useDoc();
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  const { createUrl } = useAlternatePageUtils();
  const { i18n } = useDocusaurusContext();
  const notice = data?.pages[docPathOf(metadata.source)];
  if (!notice) return null;
  const message = messages(notice.status);
  const lang = message.translated ? (i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale) : i18n.defaultLocale;
  return (
    <div className={styles.notice} role="note" lang={lang} data-translation-status={notice.status}>
      {message.text}
      {/* `pathname://` makes Link leave the URL alone: it already carries the English base URL. */}
      <Link
        className={styles.link}
        to={`pathname://${createUrl({ locale: 'en', fullyQualified: false })}`}
        autoAddBaseUrl={false}
        target="_self"
        hrefLang="en">
        {message.link}
      </Link>
    </div>
  );
}

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <TranslationNotice />
      <Content {...props} />
    </>
  );
}
