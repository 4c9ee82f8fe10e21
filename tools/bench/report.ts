/** Helpers that every bench suite uses to time work and print ratios. */
import { performance } from 'node:perf_hooks';

export async function timeIt(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Prints `label: value (baseline: x) ratio r, target <= t  OK|MISSED`. */
export function printRatio(label: string, value: number, baseline: number, target?: { max?: number; min?: number }): void {
  const ratio = value / baseline;
  let verdict = '';
  if (target?.max !== undefined) verdict = ` target <= ${target.max}: ${ratio <= target.max ? 'met' : 'MISSED'}`;
  if (target?.min !== undefined) verdict = ` target >= ${target.min}: ${ratio >= target.min ? 'met' : 'MISSED'}`;
  console.log(`${label}: ${formatMs(value)} vs baseline ${formatMs(baseline)} → ratio ${ratio.toFixed(3)}${verdict}`);
}
