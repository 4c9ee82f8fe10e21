/**
 * Wraps the theme's 404 content for one reason: the page has no description,
 * so search engines and Lighthouse's SEO audit (meta-description) find none.
 * The content, not `@theme/NotFound`, because with the docs at `/` the docs
 * plugin's catch-all route renders `404.html` and every unknown path with
 * this component alone (DocRoot). The description is a translation
 * (`theme.NotFound.description`), so every locale's 404 page has its own.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import NotFoundContent from '@theme-original/NotFound/Content';

export default function NotFoundContentWithDescription(props: ComponentProps<typeof NotFoundContent>): ReactNode {
  const description = translate({
    id: 'theme.NotFound.description',
    message: 'This page does not exist. Search the guides or start from the home page.',
    description: 'The meta description of the 404 page',
  });
  return (
    <>
      <PageMetadata description={description} />
      <NotFoundContent {...props} />
    </>
  );
}
