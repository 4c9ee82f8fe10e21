/**
 * Page description for search engines and link previews. Quick-start guides
 * describe themselves in `sidebar_custom_props.description` (the gallery card
 * text), which beats Docusaurus's excerpt: the excerpt of a guide is its first
 * heading, and with an escaped heading id (`\{#id}`) it even keeps the backslash.
 */
import React from 'react';
import { PageMetadata } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

export function cleanExcerpt(excerpt: string | undefined): string | undefined {
  return excerpt?.replace(/\s*\\$/, '').trim() || undefined;
}

export default function DocItemMetadata(): React.JSX.Element {
  const { metadata, frontMatter, assets } = useDoc();
  const custom = frontMatter.sidebar_custom_props?.description;
  const description =
    frontMatter.description ?? (typeof custom === 'string' ? custom : undefined) ?? cleanExcerpt(metadata.description);
  return (
    <PageMetadata
      title={metadata.title}
      description={description}
      keywords={frontMatter.keywords}
      image={assets.image ?? frontMatter.image}
    />
  );
}
