// Types for github-slugger 1.5 (the version Docusaurus 3 makes heading ids with); it ships none.
declare module 'github-slugger' {
  export default class GithubSlugger {
    slug(value: string, maintainCase?: boolean): string;
    reset(): void;
  }
}
