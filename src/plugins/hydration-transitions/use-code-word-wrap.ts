/**
 * @docusaurus/theme-common's useCodeWordWrap (3.10.2), swapped in by
 * ./index.ts, with one change: whether a block is scrollable (it shows the
 * word-wrap button then) is set inside startTransition. After hydration every
 * code block measures itself in one effect pass; as default-priority updates
 * they re-rendered all blocks in one blocking task. The toggle itself, a
 * reader's click, stays immediate.
 */
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Calls `callback` when the hidden tab panel holding the block is shown (facebook/docusaurus#7485). */
function useTabBecameVisibleCallback(codeBlockRef: RefObject<HTMLPreElement | null>, callback: () => void): void {
  const [hiddenTabElement, setHiddenTabElement] = useState<Element | null | undefined>();
  const callbackRef = useRef(callback);
  callbackRef.current = callback;
  const updateHiddenTabElement = useCallback(() => {
    // Only hidden tabs are observed; a tab that became visible re-renders.
    const hidden = codeBlockRef.current?.closest('[role=tabpanel][hidden]');
    startTransition(() => setHiddenTabElement(hidden));
  }, /* Stryker disable next-line ArrayDeclaration: a ref object never changes, so these deps run the effect once, like none */ [codeBlockRef]);
  useEffect(() => {
    updateHiddenTabElement();
  }, /* Stryker disable next-line ArrayDeclaration: the callback never changes (its one dep is a ref), so these deps run the effect once, like none */ [updateHiddenTabElement]);
  useEffect(() => {
    if (!hiddenTabElement) return undefined;
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes' && mutation.attributeName === 'hidden') {
          callbackRef.current();
          updateHiddenTabElement();
        }
      }
    });
    observer.observe(hiddenTabElement, {
      attributes: true,
      // Stryker disable next-line BooleanLiteral: the callback reads only changes of the hidden attribute; more records only cost time
      characterData: false, childList: false, subtree: false,
    });
    return () => observer.disconnect();
  }, [hiddenTabElement, updateHiddenTabElement]);
}

export function useCodeWordWrap(): {
  codeBlockRef: RefObject<HTMLPreElement | null>;
  isEnabled: boolean;
  isCodeScrollable: boolean;
  toggle: () => void;
} {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement | null>(null);
  const toggle = useCallback(() => {
    const codeElement = codeBlockRef.current!.querySelector('code')!;
    if (isEnabled) {
      codeElement.removeAttribute('style');
    } else {
      codeElement.style.whiteSpace = 'pre-wrap';
      // With wrapping on there is never a scrollbar: very long tokens wrap too.
      codeElement.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [codeBlockRef, isEnabled]);
  const updateCodeIsScrollable = useCallback(() => {
    const { scrollWidth, clientWidth } = codeBlockRef.current!;
    const isScrollable = scrollWidth > clientWidth || codeBlockRef.current!.querySelector('code')!.hasAttribute('style');
    startTransition(() => setIsCodeScrollable(isScrollable));
  }, /* Stryker disable next-line ArrayDeclaration: a ref object never changes, so these deps make the callback once, like none */ [codeBlockRef]);
  useTabBecameVisibleCallback(codeBlockRef, updateCodeIsScrollable);
  useEffect(() => {
    updateCodeIsScrollable();
  }, [isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: passive only promises the listener never cancels the event, and a resize cannot be cancelled
    window.addEventListener('resize', updateCodeIsScrollable, { passive: true });
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [updateCodeIsScrollable]);
  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}
