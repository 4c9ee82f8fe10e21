/**
 * CodeBlock, overridden for one reason: the classic theme renders a block's
 * content with `key={String(isBrowser)}`, so right after hydration React
 * throws away every block's server HTML and Prism re-highlights it on the
 * main thread (about 3 s of blocking on a guide page under Lighthouse's phone
 * throttling). It does that because its server HTML only carries the default
 * colour mode's inline colours. Here blocks are highlighted at build time for
 * both modes (src/plugins/code-highlight), so the key is gone and hydration
 * keeps the server HTML; the rest of the stock component (title, copy button,
 * word wrap, line ranges) is untouched: String, Layout, Title and Buttons are
 * the theme's own. Only Content (renders the build-time highlighting) and Container
 * (no inline theme colours) are overridden besides this file.
 *
 * Compared before writing this: Docusaurus 3.10 has no build-time
 * highlighting option (themeConfig.prism only picks themes, languages and
 * magic comments); rehype-prism-plus and Shiki-based plugins (@shikijs/rehype,
 * rehype-pretty-code) highlight at build time but emit the tokens as MDX
 * elements, which the theme's CodeBlock treats as un-highlightable JSX
 * children (no copy text, no line ranges) and which React would still hydrate
 * one span at a time; Shiki would also replace prism-react-renderer.
 */
import React, { isValidElement, useMemo, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import { HighlightedContext } from './HighlightedContext.tsx';

/** As in the stock CodeBlock: plain string children can be highlighted and copied. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({
  children: rawChildren,
  highlighted,
  highlightedValues,
  ...props
}: Props & { highlighted?: string; highlightedValues?: readonly unknown[] }): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  const highlighting = useMemo(() => (highlighted === undefined ? undefined : { runs: highlighted, values: highlightedValues }), [highlighted, highlightedValues]);
  if (typeof children !== 'string') return <ElementContent {...props}>{children}</ElementContent>;
  return (
    <HighlightedContext.Provider value={highlighting}>
      <StringContent {...props}>{children}</StringContent>
    </HighlightedContext.Provider>
  );
}
