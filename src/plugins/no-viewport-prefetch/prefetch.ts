/** Stands in for @docusaurus/core's client prefetch helper (see index.ts): prefetches nothing. */
export default function prefetch(): Promise<void> {
  return Promise.resolve();
}
