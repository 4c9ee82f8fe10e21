/**
 * Stand-ins for the Docusaurus and theme modules the components import, for the render tests
 * (./hooks.mjs points the imports here). They behave as the site does for what a reader sees: Translate
 * shows the zh-CN message of i18n/zh-CN/code.json on the zh-CN site (and fails on an id it lacks), English elsewhere,
 * useBaseUrl and Link prefix the locale's base URL, usePluginData serves the test's plugin data, useDoc
 * fails outside a doc page like the real one, and useHistory records where the page navigates.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import { readFileSync } from 'node:fs';

const zhCN = JSON.parse(readFileSync(new URL('../../../i18n/zh-CN/code.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

/** What the page under test is: its locale, the global plugin data, the doc (none outside the docs), and where it navigated. */
export const site: {
  /** 'fr' stands for a locale that has no code.json yet: everything reads English there. */
  locale: 'en' | 'zh-CN' | 'fr';
  pluginData: Record<string, unknown>;
  doc: { metadata: { slug: string; permalink: string; source?: string } } | undefined;
  pushed: string[];
} = { locale: 'en', pluginData: {}, doc: undefined, pushed: [] };

function message(id: string | undefined, english: string): string {
  if (site.locale !== 'zh-CN') return english;
  const entry = id === undefined ? undefined : zhCN[id];
  if (!entry) throw new Error(`i18n/zh-CN/code.json has no message for the id ${JSON.stringify(id)} (English: ${english}); run npm run write-translations`);
  return entry.message;
}

export function translate({ id, message: english }: { id?: string; message: string }): string {
  return message(id, english);
}

export function Translate({ id, children }: { id?: string; children: string }): ReactNode {
  return message(id, children);
}

export function useBaseUrl(url: string): string {
  const base = site.locale === 'en' ? '/' : `/${site.locale}/`;
  return /^[a-z]+:/.test(url) ? url : base + url.replace(/^\//, '');
}

/** Like Docusaurus's Link: the base URL goes before a site path, unless `autoAddBaseUrl` is false or the path is `pathname://`. */
export function Link({ to, autoAddBaseUrl = true, ...props }: { to: string; autoAddBaseUrl?: boolean } & ComponentProps<'a'>): ReactNode {
  const base = useBaseUrl(to);
  const href = to.startsWith('pathname://') ? to.slice('pathname://'.length) : autoAddBaseUrl ? base : to;
  return <a href={href} {...props} />;
}

export function usePluginData(name: string): unknown {
  return site.pluginData[name];
}

export function useGlobalData(): unknown {
  return site.pluginData;
}

export function useDoc(): NonNullable<typeof site.doc> {
  if (!site.doc) throw new Error('Hook useDoc is called outside the <DocProvider>.');
  return site.doc;
}

export function useHistory(): { push: (url: string) => void } {
  return { push: (url) => site.pushed.push(url) };
}

/** The site's locales as docusaurus.config.ts declares them. */
export function useDocusaurusContext(): { i18n: { currentLocale: string; defaultLocale: string; localeConfigs: Record<string, { htmlLang: string }> } } {
  return { i18n: { currentLocale: site.locale, defaultLocale: 'en', localeConfigs: { en: { htmlLang: 'en' }, 'zh-CN': { htmlLang: 'zh-CN' }, fr: { htmlLang: 'fr-FR' } } } };
}

/** The current page's URL in another locale (the doc's permalink without the locale's base URL, under the other's). */
export function useAlternatePageUtils(): { createUrl: (options: { locale: string; fullyQualified: boolean }) => string } {
  return {
    createUrl: ({ locale, fullyQualified }) => {
      const path = (site.doc?.metadata.permalink ?? '/').replace(/^\/(zh-CN|fr)\//, '/');
      return `${fullyQualified ? 'https://docs.example' : ''}${locale === 'en' ? '' : `/${locale}`}${path}`;
    },
  };
}

/** The theme's doc content, which a wrapper renders inside it. */
export function DocItemContent({ children }: { children?: ReactNode }): ReactNode {
  return <article data-doc-content>{children}</article>;
}

export function Heading({ as: Tag, ...props }: { as: 'h1' | 'h2' | 'h3' } & ComponentProps<'h1'>): ReactNode {
  return <Tag {...props} />;
}

export function ThemedImage({ sources, ...props }: { sources: { light: string; dark: string } } & ComponentProps<'img'>): ReactNode {
  return <img src={sources.light} data-dark-src={sources.dark} {...props} />;
}

/** @docusaurus/ExecutionEnvironment: the render tests run in a (happy-dom) browser. */
export const ExecutionEnvironment = { canUseDOM: true, canUseEventListeners: true, canUseIntersectionObserver: false, canUseViewport: true };
