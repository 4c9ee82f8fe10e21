/**
 * Carries a code block's build-time HTML (the `highlighted` prop that
 * src/plugins/code-highlight/remark.ts puts on fenced blocks) from CodeBlock
 * down to CodeBlock/Content, past the stock String and Layout components,
 * which are kept as they are.
 */
import { createContext, useContext } from 'react';

export const HighlightedContext = createContext<string | undefined>(undefined);

export function useHighlightedHtml(): string | undefined {
  return useContext(HighlightedContext);
}
