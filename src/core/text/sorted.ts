/**
 * Binary search over items sorted by a numeric key: the index of the first item whose key is
 * greater than `value` (so also the number of items with key ≤ value).
 */
export function upperBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
