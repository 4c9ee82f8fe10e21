/**
 * Stands in for the classic theme's `prism-include-languages` client module in
 * the bundles (see index.ts): code is highlighted at build time, so the browser
 * needs no Prism and no extra Prism languages.
 */
export {};
