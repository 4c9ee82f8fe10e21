/**
 * Types of the two small helpers of @easyops-cn/docusaurus-search-local that
 * src/theme/SearchBar imports from the plugin's build (it ships no types for
 * them): its shortcut parsing, so the box answers the same keys before the
 * plugin's code is loaded.
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap' {
  export interface Keymap {
    key: string;
    ctrl: boolean;
    alt: boolean;
    shift: boolean;
    meta: boolean;
  }
  export function parseKeymap(keymap: string): Keymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: Keymap): boolean;
  export function getKeymapHints(keymap: string, isMac: boolean): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform' {
  export function isMacPlatform(): boolean;
}
