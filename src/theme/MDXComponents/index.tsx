/**
 * The theme's MDX components with two changes, both for readers:
 * - doc pages' h1 carries the reader features (src/components/PageTitle:
 *   Copy page, View as Markdown, Download sample, router switcher);
 * - a Markdown table gets `tabIndex={0}`. Infima makes tables their own
 *   horizontal scroll box (so a wide table does not widen the page on a phone);
 *   without a tab stop a keyboard user cannot scroll it (WCAG 2.1.1, axe's
 *   scrollable-region-focusable), the same reason the theme gives code blocks'
 *   <pre> a tab stop.
 * Every other element is the theme's.
 */
import React, { type ComponentProps } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import PageTitle from '@site/src/components/PageTitle';

export default {
  ...MDXComponents,
  h1: PageTitle,
  table: (props: ComponentProps<'table'>) => <table tabIndex={0} {...props} />,
};
