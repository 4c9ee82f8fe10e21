/** Stands in for a reader feature that the weight bench switched off (tools/bench/suites/reader-features.ts). */
export default function Off(): null {
  return null;
}
