/**
 * Canonical orderings and deterministic ids, so that a reconciliation never depends on the order
 * in which claims were given: claim ids sort by article then by their number (`a#2` before `a#10`).
 */

/** Compares claim ids `<article>#<n>`: article first, then n as a number. */
export const compareClaimIds = (a: string, b: string): number => {
  if (a === b) return 0;
  const ia = a.lastIndexOf("#");
  const ib = b.lastIndexOf("#");
  const la = ia < 0 ? a.length : ia;
  const lb = ib < 0 ? b.length : ib;
  const n = Math.min(la, lb);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  if (la !== lb) return la - lb;
  const na = numberAfter(a, ia);
  const nb = numberAfter(b, ib);
  if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : 1;
};

/** The decimal number after position `at` to the end, or NaN. */
const numberAfter = (s: string, at: number): number => {
  if (at < 0 || at + 1 >= s.length) return Number.NaN;
  let n = 0;
  for (let i = at + 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
};

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Two lists in the order of `cmp` merged, on ties the first list's item first (a stable sort of the two joined). */
export const mergeSorted = <T>(x: readonly T[], y: readonly T[], cmp: (a: T, b: T) => number): readonly T[] => {
  if (x.length === 0) return y;
  if (y.length === 0) return x;
  const out: T[] = new Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) out[k++] = cmp(x[i]!, y[j]!) <= 0 ? x[i++]! : y[j++]!;
  while (i < x.length) out[k++] = x[i++]!;
  while (j < y.length) out[k++] = y[j++]!;
  return out;
};

/** Ranges longer than this are sorted by the built-in sort rather than by insertion. */
const SHORT_RANGE = 16;
/**
 * Items [from, to) of `list` sorted in place in the order of `cmp`, stably: by insertion when the
 * range is short (most are), else by the built-in sort of the list itself (when the range is all of it) or of a copy.
 */
export const sortRange = <T>(list: T[], from: number, to: number, cmp: (a: T, b: T) => number): void => {
  if (to - from > SHORT_RANGE) {
    if (from === 0 && to === list.length) {
      list.sort(cmp);
      return;
    }
    const run = list.slice(from, to).sort(cmp);
    for (let i = from; i < to; i++) list[i] = run[i - from]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = list[i]!;
    let j = i;
    for (; j > from && cmp(list[j - 1]!, x) > 0; j--) list[j] = list[j - 1]!;
    list[j] = x;
  }
};

/**
 * Lists each in the order of `cmp` merged pairwise, neighbours first, so that on ties the earlier
 * list's item comes first: what a stable sort of the lists joined gives (one list is returned as it is).
 */
export const mergeAllSorted = <T>(lists: readonly (readonly T[])[], cmp: (a: T, b: T) => number): readonly T[] => {
  if (lists.length === 0) return [];
  let level = lists;
  while (level.length > 1) {
    const next: (readonly T[])[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? mergeSorted(level[i]!, level[i + 1]!, cmp) : level[i]!);
    level = next;
  }
  return level[0]!;
};

/** Leading UTF-16 units of a text packed into each key of `textOrder`, and keys per text. */
const UNITS_PER_KEY = 3;
const KEYS_PER_TEXT = 8;

/**
 * The positions of `texts` in the order of `compareStrings` (stable). Each text's first 24 UTF-16
 * units are packed into numbers (three per number, missing units as 0) that compare as the units
 * do, so most comparisons read one contiguous array instead of two strings scattered over the heap;
 * texts equal on those keys are compared as strings.
 */
export const textOrder = (texts: readonly string[]): number[] => {
  const n = texts.length;
  const keys = new Float64Array(n * KEYS_PER_TEXT);
  for (let i = 0; i < n; i++) {
    const t = texts[i]!;
    for (let k = 0, p = 0; k < KEYS_PER_TEXT; k++) {
      let key = 0;
      for (let q = 0; q < UNITS_PER_KEY; q++, p++) key = key * 65536 + (p < t.length ? t.charCodeAt(p) : 0);
      keys[i * KEYS_PER_TEXT + k] = key;
    }
  }
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((x, y) => {
    const bx = x * KEYS_PER_TEXT;
    const by = y * KEYS_PER_TEXT;
    for (let k = 0; k < KEYS_PER_TEXT; k++) {
      const d = keys[bx + k]! - keys[by + k]!;
      if (d !== 0) return d;
    }
    return compareStrings(texts[x]!, texts[y]!);
  });
};


/** A short stable hash (FNV-1a, 32 bits, hex) of a string, for readable deterministic ids. */
export const shortHash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
};
