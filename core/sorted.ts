/** Searching a list sorted in ascending order. */

/** The first index of `sorted` (ascending) whose value is at least `value`; `sorted.length` when none is. */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
