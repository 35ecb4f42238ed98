/**
 * The first index in [0, length) for which `before(i)` is false, by binary search; `before` must be
 * true for a prefix of the indexes and false for the rest (as "item i sorts before the target" is
 * for a sorted list). Returns `length` when it is true everywhere.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
