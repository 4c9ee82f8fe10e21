/**
 * Carries a code block's build-time highlighting (the `highlighted` runs that
 * src/plugins/code-highlight/remark.ts puts on every block, and the
 * `highlightedValues` of a computed JSX block) from CodeBlock down to
 * CodeBlock/Content, past the stock String and Layout components, which are
 * kept as they are.
 */
import { createContext, useContext } from 'react';

export interface Highlighting {
  runs: string;
  values?: readonly unknown[];
}

export const HighlightedContext = createContext<Highlighting | undefined>(undefined);

export function useHighlighting(): Highlighting | undefined {
  return useContext(HighlightedContext);
}
