/**
 * @docusaurus/core's client browserContext (3.10.2), swapped in by ./index.ts,
 * with one change: `isBrowser` turns true inside startTransition, so the
 * re-render of every reader of the context after hydration is sliced rather
 * than one blocking task.
 */
import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

// Stryker disable next-line BooleanLiteral: every reader sits under the provider below, so the default is never read
export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, /* Stryker disable next-line ArrayDeclaration: deps that never change, like none, run the effect once */ []);
  return React.createElement(Context.Provider, { value: isBrowser }, children);
}
