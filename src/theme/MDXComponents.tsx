/**
 * Wraps the theme's MDX components only to give doc pages' h1 the reader
 * features (src/components/PageTitle); every other element is the theme's.
 */
import MDXComponents from '@theme-original/MDXComponents';
import PageTitle from '@site/src/components/PageTitle';

export default {
  ...MDXComponents,
  h1: PageTitle,
};
