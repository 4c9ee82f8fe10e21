/**
 * What the search index split (./split.ts, at build time) and the search
 * worker (./worker.ts, in the browser) both know: where the full text sits in
 * the plugin's index format, and the name of the full-text file. No Node.js
 * imports: the worker bundle includes this file.
 */
/** Where the plugin's `SearchDocumentType` parts sit in an index file. */
export const TITLE_PART = 0;
export const HEADING_PART = 1;
export const DESCRIPTION_PART = 2;
export const CONTENT_PART = 4;

/** One part of a search index file as the plugin writes it (lunr's serialized index). */
export interface SearchIndexPart {
  documents: Array<Record<string, unknown> & { i: number; t: string; u: string }>;
  index: { version: string; fields: string[]; fieldVectors: unknown[]; invertedIndex: Array<[string, unknown]>; pipeline: string[] };
}

/**
 * The `.content.json` file: the parts the titles-first file left empty, at
 * their positions (`null` where the first file has the part). Always the full
 * text; descriptions and headings too when the first file would be too big.
 */
export type DeferredParts = Array<SearchIndexPart | null>;

/** The full-text companion of an index file name or URL (`search-index-x.json?_=h` → `search-index-x.content.json?_=h`). */
export function contentFileOf(indexFile: string): string {
  return indexFile.replace(/\.json(?=\?|$)/, '.content.json');
}

