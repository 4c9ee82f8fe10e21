/**
 * Titles first, full text on demand: after the local search plugin has written
 * its indexes (`search-index.json` for the locale, `search-index-<section>.json`
 * per section), each file is split in two:
 *   - `search-index….json` keeps titles, headings, descriptions (the first
 *     paragraph) and keywords, with an empty full-text part in its place, so
 *     the plugin's format and file names stay as they were;
 *   - `search-index….content.json` holds the full-text part alone.
 * The reader's first search downloads the first file only; ./worker.ts fetches
 * the second when the reader goes on searching. At 1,000 pages per locale the
 * full text is over 90 % of the whole-locale index (3.4 of 3.7 MB gzip).
 *
 * The site's tests and benches read the indexes through these helpers, so the
 * file names are known here and in ./names.ts only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_PART, contentFileOf, type SearchIndexPart } from './names.ts';

export { CONTENT_PART, contentFileOf, type SearchIndexPart };

const INDEX_FILE = /^search-index(-.+)?\.json$/;

/** The plugin's index files in a locale's build folder (not their full-text companions). */
export function indexFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => INDEX_FILE.test(name) && !name.endsWith('.content.json'))
    .sort();
}

/** The light file's parts and the full-text part of one plugin-written index. */
export function splitIndex(parts: SearchIndexPart[], file = 'search index'): { light: SearchIndexPart[]; content: SearchIndexPart } {
  const content = parts[CONTENT_PART];
  if (content === undefined || !Array.isArray(content.documents) || !Array.isArray(content.index?.invertedIndex)) {
    throw new Error(`${file}: no full-text part at position ${CONTENT_PART}; the search plugin's index format has changed, so update src/plugins/search-local/split.ts`);
  }
  const empty: SearchIndexPart = { documents: [], index: { ...content.index, fieldVectors: [], invertedIndex: [] } };
  return { light: parts.map((part, position) => (position === CONTENT_PART ? empty : part)), content };
}

/** Splits every index file in `dir` (a locale's build folder) into its light file and its full-text file. */
export function splitSearchIndexes(dir: string): string[] {
  const files = indexFilesIn(dir);
  for (const name of files) {
    const file = path.join(dir, name);
    const parts = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexPart[];
    // Split already (a second run on the same folder): splitting again would empty the full-text file.
    if (parts[CONTENT_PART]?.documents.length === 0 && existsSync(path.join(dir, contentFileOf(name)))) continue;
    const { light, content } = splitIndex(parts, file);
    writeFileSync(path.join(dir, contentFileOf(name)), JSON.stringify(content));
    writeFileSync(file, JSON.stringify(light));
  }
  return files;
}

/** An index file with its full text put back: what a reader's search sees once both halves are loaded. */
export function readWholeIndex(file: string): SearchIndexPart[] {
  const parts = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexPart[];
  const content = JSON.parse(readFileSync(contentFileOf(file), 'utf8')) as SearchIndexPart;
  return parts.map((part, position) => (position === CONTENT_PART ? content : part));
}
