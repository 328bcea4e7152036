/** Median and spread (min–max) of a sample, the way the bench reports every figure. */
export type Stat = { median: number; min: number; max: number; runs: number };

export function summarize(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, runs: sorted.length };
}

/** `items` rotated by `by`, so each run starts with a different one (no order always first and cold). */
export const rotate = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);
