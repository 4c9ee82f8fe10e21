/**
 * Titles first, full text on demand: after the local search plugin has written
 * its indexes (`search-index.json` for the locale, `search-index-<section>.json`
 * per section), each file is split in two:
 *   - `search-index….json` keeps titles, headings, descriptions (the first
 *     paragraph) and keywords, with an empty full-text part in its place, so
 *     the plugin's format and file names stay as they were;
 *   - `search-index….content.json` holds the full-text part, and the headings
 *     or descriptions that would take the first file over FIRST_LOAD_BUDGET
 *     gzip (headings are kept first; titles always stay in the first file).
 * The reader's first search downloads the first file only; ./worker.ts fetches
 * the second when the reader goes on searching. At 1,000 pages per locale the
 * full text is over 90 % of the whole-locale index (3.4 of 3.7 MB gzip).
 *
 * The site's tests and benches read the indexes through these helpers, so the
 * file names are known here and in ./names.ts only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_PART, DESCRIPTION_PART, HEADING_PART, contentFileOf, type DeferredParts, type SearchIndexPart } from './names.ts';

export { CONTENT_PART, contentFileOf, type DeferredParts, type SearchIndexPart };

/**
 * Gzip bytes the first file may take (issue 14 allows 300 KB for a first
 * search at 1,000 pages; the rest is headroom for a host's compressor).
 */
export const FIRST_LOAD_BUDGET = 250 * 1024;

/** What the first file keeps beside the titles while it fits the budget, in this order: a heading leads to its section, a description only to its page. */
const OPTIONAL = [HEADING_PART, DESCRIPTION_PART];

const INDEX_FILE = /^search-index(-.+)?\.json$/;

/** The plugin's index files in a locale's build folder (not their full-text companions). */
export function indexFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => INDEX_FILE.test(name) && !name.endsWith('.content.json'))
    .sort();
}

function emptied(part: SearchIndexPart): SearchIndexPart {
  return { documents: [], index: { ...part.index, fieldVectors: [], invertedIndex: [] } };
}

/** The first file's parts and the deferred ones of one plugin-written index. */
export function splitIndex(parts: SearchIndexPart[], file = 'search index', budget = FIRST_LOAD_BUDGET): { light: SearchIndexPart[]; deferred: DeferredParts } {
  const content = parts[CONTENT_PART];
  const wellFormed = (part: SearchIndexPart | undefined) => part !== undefined && Array.isArray(part.documents) && Array.isArray(part.index?.invertedIndex);
  if (!wellFormed(content) || !OPTIONAL.every((position) => wellFormed(parts[position]))) {
    throw new Error(`${file}: no full-text part at position ${CONTENT_PART} (or no heading and description parts); the search plugin's index format has changed, so update src/plugins/search-local/split.ts`);
  }
  let light = [...parts];
  const deferred: DeferredParts = parts.map(() => null);
  for (const position of [CONTENT_PART, ...OPTIONAL]) {
    deferred[position] = parts[position]!;
    light[position] = emptied(parts[position]!);
  }
  for (const position of OPTIONAL) {
    const trial = [...light];
    trial[position] = parts[position]!;
    if (gzipSync(JSON.stringify(trial)).length > budget) continue;
    light = trial;
    deferred[position] = null;
  }
  return { light, deferred };
}

/** Splits every index file in `dir` (a locale's build folder) into its light file and its full-text file. */
export function splitSearchIndexes(dir: string, budget = FIRST_LOAD_BUDGET): string[] {
  const files = indexFilesIn(dir);
  for (const name of files) {
    const file = path.join(dir, name);
    const parts = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexPart[];
    // Split already (a second run on the same folder): splitting again would empty the full-text file.
    if (parts[CONTENT_PART]?.documents.length === 0 && existsSync(path.join(dir, contentFileOf(name)))) continue;
    const { light, deferred } = splitIndex(parts, file, budget);
    writeFileSync(path.join(dir, contentFileOf(name)), JSON.stringify(deferred));
    writeFileSync(file, JSON.stringify(light));
  }
  return files;
}

/** An index file with its deferred parts put back: what a reader's search sees once both files are loaded. */
export function readWholeIndex(file: string): SearchIndexPart[] {
  const parts = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexPart[];
  const deferred = JSON.parse(readFileSync(contentFileOf(file), 'utf8')) as DeferredParts;
  return parts.map((part, position) => deferred[position] ?? part);
}
