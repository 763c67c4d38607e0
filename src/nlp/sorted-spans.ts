import type { Span } from "./types.ts";

/** Index of the first span of a list sorted by start whose start is not below `at` (binary search). */
export function firstStartingAt(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
