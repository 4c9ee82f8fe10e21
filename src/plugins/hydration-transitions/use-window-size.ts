/**
 * @docusaurus/theme-common's useWindowSize (3.10.2), swapped in by ./index.ts,
 * with one change: the first measure after hydration ('ssr' → 'mobile' or
 * 'desktop') is a transition, so the doc layout's re-render is sliced; a
 * resize still updates at once.
 */
import { startTransition, useEffect, useState } from 'react';

const windowSizes = { desktop: 'desktop', mobile: 'mobile', ssr: 'ssr' } as const;
type WindowSize = keyof typeof windowSizes;

// Same breakpoint as the stock hook (Infima's 996px).
const DesktopBreakpoint = 996;

/** Only the effect below calls it, and effects run in the browser only (the stock hook's check for a DOM could never fail). */
function getWindowSize(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? windowSizes.desktop : windowSizes.mobile;
}

export function useWindowSize({ desktopBreakpoint = DesktopBreakpoint }: { desktopBreakpoint?: number } = {}): WindowSize {
  // A constant first value, the same as the server's, avoids a hydration mismatch.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const updateWindowSize = () => setWindowSize(getWindowSize(desktopBreakpoint));
    startTransition(updateWindowSize);
    window.addEventListener('resize', updateWindowSize);
    return () => window.removeEventListener('resize', updateWindowSize);
  }, [desktopBreakpoint]);
  return windowSize;
}
