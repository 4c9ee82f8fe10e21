/**
 * Wraps the doc content with a notice, in the reader's language, when the page
 * is an English fallback or an outdated translation. The status comes from the
 * translation-status plugin's build-time data; up-to-date pages and English
 * pages render exactly as before.
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import Link from '@docusaurus/Link';
import type { TranslationStatusData } from '../../../index';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/** `@site/docs/a/b.mdx` or `@site/i18n/<locale>/docusaurus-plugin-content-docs/current/a/b.mdx` → `a/b.mdx`. */
function docPathOf(source: string): string {
  return source.replace(/^@site\/(docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\//, '');
}

const MESSAGES: Record<'missing' | 'outdated', { text: string; link: string }> = {
  missing: { text: '本页尚未翻译为中文，以下显示的是英文原文。', link: '查看英文页面' },
  outdated: { text: '英文原文在本页翻译之后有更新，此中文翻译可能已过时。', link: '查看最新的英文页面' },
};

function TranslationNotice(): ReactNode {
  const { metadata } = useDoc();
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  const { createUrl } = useAlternatePageUtils();
  const notice = data?.pages[docPathOf(metadata.source)];
  if (!notice) return null;
  const message = MESSAGES[notice.status];
  return (
    <div className={styles.notice} role="note" lang="zh-CN" data-translation-status={notice.status}>
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
