/**
 * The search worker, in place of the local search plugin's (see ./index.ts):
 * the same API (`fetchIndexes`, `search`) and the same ranking, with the index
 * loaded in two steps. `fetchIndexes`, which the plugin calls when the reader
 * opens the search box, downloads the first file (titles, and headings and
 * descriptions while they fit its budget; ./split.ts). The first search of the dropdown is answered
 * from it (unless it finds nothing there: then it waits for the full text),
 * and starts the download of the full text; every search after that
 * waits for the full text, so the dropdown's results end up complete. The
 * search page (which asks for more results than the dropdown shows) waits for
 * the full text at once. If the full text cannot be downloaded, search goes on
 * with the light file and tries again on the next search.
 */
import * as Comlink from 'comlink';
import lunr from 'lunr';
import { language, searchIndexUrl, searchResultLimits } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import { tokenize } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize';
import { smartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import { sortSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import { processTreeStatusOfSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import { contentFileOf, type DeferredParts, type SearchIndexPart } from './names.ts';

interface LoadedPart {
  type: number;
  documents: SearchIndexPart['documents'];
  index: lunr.Index;
}

interface Loaded {
  parts: LoadedPart[];
  /** The Chinese words of the index, which smartQueries uses to cut a query into words. */
  zhDictionary: string[];
}

interface Section {
  /** The first file's URL; the full text's is derived from it. */
  url: string;
  light: Promise<Loaded>;
  full?: Promise<Loaded>;
}

const sections = new Map<string, Section>();

async function fetchJson<T>(url: string): Promise<T> {
  // Same-origin only, as the plugin's worker checks.
  if (new URL(url, location.origin).origin !== location.origin) throw new Error(`unexpected search index URL ${url}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function chineseWords(parts: SearchIndexPart[]): Set<string> {
  const words = new Set<string>();
  for (const part of parts) {
    for (const [token] of part.index.invertedIndex) {
      // Stryker disable next-line ConditionalExpression,Regex: other words in the dictionary change nothing, smartTerms cuts only the Chinese runs of a query with it, into words that are whole runs or parts of them
      if (/^\p{Unified_Ideograph}/u.test(token)) words.add(token);
    }
  }
  return words;
}

function indexUrl(baseUrl: string, searchContext: string): string {
  return `${baseUrl}${searchIndexUrl.replace('{dir}', searchContext ? `-${searchContext.replace(/\//g, '-')}` : '')}`;
}

function sectionOf(baseUrl: string, searchContext: string): Section {
  const key = `${baseUrl}${searchContext}`;
  let section = sections.get(key);
  if (section === undefined) {
    const url = indexUrl(baseUrl, searchContext);
    const light = fetchJson<SearchIndexPart[]>(url).then((json) => ({
      parts: json.map((part, type) => ({ type, documents: part.documents, index: lunr.Index.load(part.index) })),
      zhDictionary: [...chineseWords(json)],
    }));
    section = { url, light };
    sections.set(key, section);
    // A failed download is forgotten, so the next attempt fetches again.
    light.catch(() => sections.delete(key));
  }
  return section;
}

/** Starts (once) the download of the full text and resolves to the index with it. */
function loadFull(section: Section): Promise<Loaded> {
  section.full ??= (async () => {
    const light = await section.light;
    const deferred = await fetchJson<DeferredParts>(contentFileOf(section.url));
    const parts = light.parts.map((part) => {
      const later = deferred[part.type];
      return later ? { type: part.type, documents: later.documents, index: lunr.Index.load(later.index) } : part;
    });
    const laterParts = deferred.filter((part): part is SearchIndexPart => part !== null);
    return { parts, zhDictionary: [...new Set([...light.zhDictionary, ...chineseWords(laterParts)])] };
  })().catch(async () => {
    section.full = undefined;
    return section.light;
  });
  return section.full;
}

export class SearchWorker {
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    await sectionOf(baseUrl, searchContext).light;
  }

  async search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<unknown[]> {
    const rawTokens = tokenize(input, language);
    if (rawTokens.length === 0) return [];
    const section = sectionOf(baseUrl, searchContext);
    if (section.full !== undefined || limit > searchResultLimits) return query(await loadFull(section), rawTokens, limit);
    const results = query(await section.light, rawTokens, limit);
    const full = loadFull(section);
    // Nothing in the first file: the answer is in the full text, if anywhere.
    return results.length > 0 ? results : query(await full, rawTokens, limit);
  }
}

/** The plugin's search over every part: each smart query in turn, until `limit` results. */
function query({ parts, zhDictionary }: Loaded, rawTokens: string[], limit: number): unknown[] {
  const results: Array<{ document: SearchIndexPart['documents'][number]; type: number; page: unknown; metadata: unknown; tokens: string[]; score: number }> = [];
  search: for (const { term, tokens } of smartQueries(rawTokens, zhDictionary)) {
    for (const { documents, index, type } of parts) {
      const found = index
        .query((builder) => {
          for (const item of term) builder.term(item.value, { wildcard: item.wildcard, presence: item.presence, ...(item.editDistance ? { editDistance: item.editDistance } : null) });
        })
        .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
        .slice(0, limit - results.length);
      for (const result of found) {
        const document = documents.find((doc) => doc.i.toString() === result.ref)!;
        results.push({
          document,
          type,
          page: type !== 0 && parts[0]!.documents.find((doc) => doc.i === document.p),
          metadata: result.matchData.metadata,
          tokens,
          score: result.score,
        });
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an early exit only, once the results reach the limit the slice above adds none
      if (results.length >= limit) break search;
    }
  }
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  return results;
}

Comlink.expose(SearchWorker);
