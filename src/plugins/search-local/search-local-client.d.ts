/**
 * Types of the local search plugin's client helpers that ./worker.ts imports
 * from the plugin's build (it ships no types for them): the build-time
 * constants and the tokenizing, query-making and sorting the plugin's own
 * worker uses, so both rank results the same way.
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  export const language: string[];
  export const searchIndexUrl: string;
  export const searchResultLimits: number;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize' {
  export function tokenize(text: string, language: string[]): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries' {
  export interface SmartTerm {
    value: string;
    wildcard?: number;
    presence?: number;
    editDistance?: number;
  }
  export function smartQueries(tokens: string[], zhDictionary: string[]): Array<{ tokens: string[]; term: SmartTerm[] }>;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults' {
  export function sortSearchResults(results: unknown[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults' {
  export function processTreeStatusOfSearchResults(results: unknown[]): void;
}
