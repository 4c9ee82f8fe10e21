/**
 * The theme's MDX components plus one change: a Markdown table gets
 * `tabIndex={0}`. Infima makes tables their own horizontal scroll box (so a
 * wide table does not widen the page on a phone); without a tab stop a
 * keyboard user cannot scroll it (WCAG 2.1.1, axe's scrollable-region-focusable),
 * the same reason the theme gives code blocks' <pre> a tab stop.
 */
import React, { type ComponentProps } from 'react';
import MDXComponents from '@theme-original/MDXComponents';

export default {
  ...MDXComponents,
  table: (props: ComponentProps<'table'>) => <table tabIndex={0} {...props} />,
};
