/**
 * Bisection over positions in order: the extractor's lists of spans, mentions, markers and items
 * are sorted by position, and a count asks for the first one past it in logarithmic time, so that
 * a sentence or a text of many of them is read in linear time.
 */

/**
 * The first index in [0, length) at which `before` is false, where `before` is true for every
 * index below some point and false from it on (length when it is true throughout).
 */
export const firstIndex = (length: number, before: (i: number) => boolean): number => {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
