/**
 * Sorting the short lists of a group (its figures, a day's figures, a timeline's points) in place
 * without the work array `Array.prototype.sort` allocates on every call. Most groups hold a few
 * figures, and those per-call copies were a tenth of the bytes a reconciliation allocates.
 *
 * Below 64 elements V8's sort (TimSort) is a single run: the leading ascending (or strictly
 * descending, then reversed) run, and a binary insertion sort of the rest into it. `sortInPlace`
 * makes the same comparisons with the same arguments in the same order, so it gives the same
 * permutation as `xs.sort(compare)` for any comparator, a comparator that is not a consistent
 * order included (a NaN result counts as 0, as it does there). Longer lists go to the built-in.
 */

/** Lists shorter than this are sorted here; V8's TimSort has one run below it (its minimum run length). */
const ONE_RUN = 64;

/** `xs` sorted in place as `xs.sort(compare)` sorts it; returns `xs`. */
export const sortInPlace = <T>(xs: T[], compare: (a: T, b: T) => number): T[] => {
  const n = xs.length;
  if (n >= ONE_RUN) return xs.sort(compare);
  if (n < 2) return xs;
  // The leading run: ascending (each not below the one before) or strictly descending.
  const descending = compare(xs[1]!, xs[0]!) < 0;
  let run = 2;
  for (; run < n; run++) {
    const below = compare(xs[run]!, xs[run - 1]!) < 0;
    if (below !== descending) break;
  }
  if (descending)
    for (let i = 0, j = run - 1; i < j; i++, j--) {
      const t = xs[i]!;
      xs[i] = xs[j]!;
      xs[j] = t;
    }
  // Binary insertion of the rest: each after the equal ones before it (stable).
  for (let start = run; start < n; start++) {
    const pivot = xs[start]!;
    let left = 0;
    let right = start;
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      if (compare(pivot, xs[mid]!) < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; p--) xs[p] = xs[p - 1]!;
    xs[left] = pivot;
  }
  return xs;
};
