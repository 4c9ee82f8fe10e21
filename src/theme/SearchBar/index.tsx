/**
 * The navbar search box, loaded only when the reader opens it.
 *
 * The local search plugin's SearchBar imports lunr, its language stemmers,
 * mark.js and the worker glue at the top of its module, so every page shipped
 * them in main.js (about 30 KiB of gzipped JavaScript on a phone's first
 * load) for a box most readers never touch. Until the reader focuses the box,
 * clicks it or presses the shortcut (mod+K), this renders the same markup with
 * the plugin's own classes (no layout shift) and no search code; then it
 * imports the plugin's SearchBar, hands over the focus and what was already
 * typed, and the plugin loads its index as it always did. Pointing at the box
 * downloads the code ahead of the click. A page opened from a search result
 * (`?_highlight=…`) loads it at once, since the plugin marks the terms there.
 *
 * It also fixes the plugin's hard-coded `aria-label="Search"`: the label and
 * placeholder come from the `theme.SearchBar.label` translation (搜索 on zh-CN
 * pages), in the server HTML and on the plugin's input once it is in place.
 */
import React, { useCallback, useEffect, useRef, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';
import { useLocation } from '@docusaurus/router';
import type OriginalSearchBar from '@theme-original/SearchBar';
import { getKeymapHints, matchesKeymap, parseKeymap } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';

type Props = ComponentProps<typeof OriginalSearchBar>;

const searchPlugin = '@easyops-cn/docusaurus-search-local';
let loading: Promise<ComponentType<Props>> | undefined;

/** The plugin's SearchBar, in its own chunk; a failed download can be retried. */
function loadSearchBar(): Promise<ComponentType<Props>> {
  loading ??= import('@theme-original/SearchBar').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The plugin's shortcut options, as it reads them (defaults: on, `mod+k`, hint shown). */
function useShortcut(): { keymap?: string; hint: boolean } {
  const { siteConfig } = useDocusaurusContext();
  const entry = siteConfig.themes.find((theme) => Array.isArray(theme) && theme[0] === searchPlugin);
  const options = ((Array.isArray(entry) ? entry[1] : undefined) ?? {}) as {
    searchBarShortcut?: boolean;
    searchBarShortcutKeymap?: string;
    searchBarShortcutHint?: boolean;
  };
  const keymap = options.searchBarShortcut === false ? undefined : (options.searchBarShortcutKeymap ?? 'mod+k');
  return { keymap, hint: options.searchBarShortcutHint !== false };
}

function setInputValue(input: HTMLInputElement, value: string): void {
  // Through the prototype's setter, so React's onChange sees the change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export default function SearchBar(props: Props): ReactNode {
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' });
  const isBrowser = useIsBrowser();
  const { search } = useLocation();
  const { keymap, hint } = useShortcut();
  const container = useRef<HTMLDivElement>(null);
  const placeholder = useRef<HTMLInputElement>(null);
  const handover = useRef({ focus: false, value: '' });
  const [Loaded, setLoaded] = useState<ComponentType<Props>>();
  const [settled, setSettled] = useState(false);
  const [focused, setFocused] = useState(false);

  const open = useCallback((focus: boolean) => {
    if (focus) handover.current.focus = true;
    loadSearchBar().then(
      (component) => setLoaded(() => component),
      (error: unknown) => console.error('Search could not be loaded; focus the search box again to retry.', error),
    );
  }, []);

  // Focused before hydration, or opened from a search result: load now.
  useEffect(() => {
    if (document.activeElement === placeholder.current) {
      handover.current.value = placeholder.current?.value ?? '';
      setFocused(true);
      open(true);
    } else if (new URLSearchParams(search).has('_highlight')) open(false);
  }, [open, search]);

  useEffect(() => {
    if (Loaded !== undefined || keymap === undefined) return undefined;
    const parsed = parseKeymap(keymap);
    const onKey = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, parsed)) return;
      event.preventDefault();
      placeholder.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [Loaded, keymap]);

  // The plugin mounts hidden first: in its first render's effects it picks the page's search section
  // (searchContextByPaths) and clears the box, and a focus or a query before that would fetch the
  // whole-locale index. The reader's box stays focused meanwhile, so no keystroke is lost; two frames
  // later (those effects and the render they cause have run) the plugin's box takes its place.
  useEffect(() => {
    if (Loaded === undefined || settled) return undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setSettled(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [Loaded, settled]);

  // The plugin's box is in the page: the label, then, in the same commit, the focus and what was typed.
  useIsomorphicLayoutEffect(() => {
    const input = settled ? container.current?.querySelector('input') : null; // the placeholder is gone by now
    if (!input) return;
    input.setAttribute('aria-label', label);
    const { focus, value } = handover.current;
    handover.current = { focus: false, value: '' };
    if (focus) input.focus();
    if (value !== '') setInputValue(input, value + input.value);
  }, [settled, label]);

  // The plugin's markup (SearchBar.jsx), without its effects and search code.
  const hints = isBrowser && hint && keymap !== undefined ? getKeymapHints(keymap, isMacPlatform()) : [];
  return (
    <div ref={container} style={{ display: 'contents' }}>
      {/* One place in the tree for the plugin, hidden or not, so settling does not mount it again. */}
      {Loaded !== undefined && (
        <div hidden={!settled} style={{ display: settled ? 'contents' : 'none' }}>
          <Loaded {...props} />
        </div>
      )}
      {!settled && (
        <div className={clsx('navbar__search', styles.searchBarContainer, focused && styles.focused)} dir="ltr">
          <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
            <path
              fill="currentColor"
              d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
            />
          </svg>
          <input
            ref={placeholder}
            placeholder={label}
            aria-label={label}
            className={clsx('navbar__search-input', styles.searchInput)}
            onPointerEnter={() => void loadSearchBar().catch(() => undefined)}
            onInput={(event) => {
              handover.current.value = event.currentTarget.value;
            }}
            onFocus={() => {
              setFocused(true);
              open(true);
            }}
            onBlur={() => {
              setFocused(false);
              handover.current.focus = false;
            }}
          />
          {hints.length > 0 && (
            <div className={styles.searchHintContainer}>
              {hints.map((key) => (
                <kbd key={key} className={styles.searchHint}>
                  {key}
                </kbd>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
