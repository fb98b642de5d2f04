/**
 * Finding figures that cannot both hold without comparing all pairs: a running total said by
 * day d is at most what is true on any later day, so figure A contradicts B when A was said no
 * later than B (A.latest ≤ B.earliest) and A's lower bound exceeds B's upper bound. A sweep over
 * days keeps the two highest lower bounds of distinct origins seen so far and tests each B
 * against the best of another origin: O(n log n) per group.
 */
import { compareKeys, type Figure } from "./figures.js";
import { mergeAllSorted, sortRange } from "./order.js";

const better = (x: Figure, y: Figure): boolean => x.low > y.low || (x.low === y.low && compareKeys(x, y) < 0);

const byLastDay = (x: Figure, y: Figure): number => x.lastDay - y.lastDay || x.seq - y.seq;
const byFirstDay = (x: Figure, y: Figure): number => x.firstDay - y.firstDay || x.seq - y.seq;
const lastDayOf = (f: Figure): number => f.lastDay;
const firstDayOf = (f: Figure): number => f.firstDay;

/**
 * `fs` as a stable sort by `day`, then `seq`, orders it (`cmp`): `fs` itself when it is in that
 * order already, as a group's comparable figures are by last day (they come by day, and within a
 * day by origin as their keys do), so that most lists are read once instead of sorted. Null when a
 * day is not a whole number.
 */
const daySorted = (fs: readonly Figure[], day: (f: Figure) => number, cmp: (x: Figure, y: Figure) => number): readonly Figure[] | null => {
  let ordered = true;
  let prev = fs.length > 0 ? day(fs[0]!) : 0;
  if (!Number.isInteger(prev)) return null;
  for (let i = 1; i < fs.length; i++) {
    const d = day(fs[i]!);
    if (!Number.isInteger(d)) return null;
    if (ordered && (d < prev || (d === prev && fs[i - 1]!.seq > fs[i]!.seq))) ordered = false;
    prev = d;
  }
  if (ordered) return fs;
  const out = fs.slice();
  sortRange(out, 0, out.length, cmp);
  return out;
};

/** `fs` in the order of a stable sort by `cmp` (by day, then `seq`). */
const sortedBy = (fs: readonly Figure[], day: (f: Figure) => number, cmp: (x: Figure, y: Figure) => number): readonly Figure[] =>
  daySorted(fs, day, cmp) ?? fs.slice().sort(cmp);

/**
 * The lists joined in the order of a stable sort by last day, then `seq`: each list in that order
 * (most are already), then merged pairwise, neighbours first, so that ties keep the earlier list's
 * figure first. The joined lists are sorted when a day is not a whole number.
 */
const joinedByLastDay = (lists: readonly (readonly Figure[])[]): readonly Figure[] => {
  const sorted: (readonly Figure[])[] = [];
  for (const l of lists) {
    const s = daySorted(l, lastDayOf, byLastDay);
    if (s === null) return lists.flat().sort(byLastDay);
    sorted.push(s);
  }
  return mergeAllSorted(sorted, byLastDay);
};

/**
 * Figures sorted by day ascending (`day`, ties in their order) put in descending order of day,
 * ties kept in their order: what a stable sort by day descending gives, without sorting again.
 * Null when a day is not a whole number (a stable sort is then the only reference).
 */
const blocksReversed = (xs: readonly Figure[], day: (f: Figure) => number): Figure[] | null => {
  const out: Figure[] = new Array(xs.length);
  let k = 0;
  for (let end = xs.length; end > 0; ) {
    const d = day(xs[end - 1]!);
    if (!Number.isInteger(d)) return null;
    let start = end - 1;
    while (start > 0 && day(xs[start - 1]!) === d) start--;
    for (let i = start; i < end; i++) out[k++] = xs[i]!;
    end = start;
  }
  return out;
};

/**
 * Where a sweep puts the pairs [A, B] it finds, one at a time and in the order found (no list of
 * pairs is made: the largest checks find hundreds of thousands).
 */
export interface PairSink {
  pair(a: Figure, b: Figure): void;
}

/**
 * For each B (sorted by first day), the strongest earlier-or-same-day A (sorted by last day) of
 * another origin that it contradicts, given to `sink`. Returns each such A at its B's `seq` (the B
 * are of one group, whose positions are distinct; `seqs` is one more than the highest), or null when
 * there was none.
 */
const sweepSorted = (A: readonly Figure[], B: readonly Figure[], sink: PairSink, seqs: number): Figure[] | null => {
  let top1: Figure | null = null;
  let top2: Figure | null = null;
  const insert = (f: Figure) => {
    if (top1 === null || better(f, top1)) {
      if (top1 !== null && top1.origin !== f.origin) top2 = top1;
      top1 = f;
    } else if (f.origin !== top1.origin && (top2 === null || better(f, top2))) top2 = f;
  };
  let partner: Figure[] | null = null;
  let i = 0;
  for (const b of B) {
    while (i < A.length && A[i]!.lastDay <= b.firstDay) insert(A[i++]!);
    const t1 = top1 as Figure | null;
    const a = t1 !== null && t1.origin !== b.origin ? t1 : (top2 as Figure | null);
    if (a !== null && a.origin !== b.origin && a.low > b.high) {
      sink.pair(a, b);
      (partner ??= new Array<Figure>(seqs))[b.seq] = a;
    }
  }
  return partner;
};

/** One more than the highest `seq` of `fs`. */
const seqsOf = (fs: readonly Figure[]): number => {
  let n = 0;
  for (let i = 0; i < fs.length; i++) if (fs[i]!.seq >= n) n = fs[i]!.seq + 1;
  return n;
};

/**
 * Whether a pair can come of `as` and `bs`: every pair these sweeps give is of two origins and has
 * `a.low > b.high`, so figures all of one origin, or whose highest lower bound exceeds no upper
 * bound, have none and are not sorted.
 */
const mayPair = (as: readonly Figure[], bs: readonly Figure[]): boolean => mayPairOf([as], bs);

/** `mayPair` of the lists of `as` joined, and `bs`. */
const mayPairOf = (ass: readonly (readonly Figure[])[], bs: readonly Figure[]): boolean => {
  let first: Figure | null = null;
  for (let l = 0; l < ass.length && first === null; l++) if (ass[l]!.length > 0) first = ass[l]![0]!;
  if (first === null || bs.length === 0) return false;
  const origin = first.origin;
  let one = true;
  let maxLow = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < ass.length; l++) {
    const as = ass[l]!;
    for (let i = 0; i < as.length; i++) {
      const f = as[i]!;
      one &&= f.origin === origin;
      const x = f.low;
      if (x > maxLow) maxLow = x;
    }
  }
  let above = false;
  for (let i = 0; i < bs.length; i++) {
    const f = bs[i]!;
    one &&= f.origin === origin;
    above ||= maxLow > f.high;
  }
  return above && !one;
};

const weaker = (x: Figure, y: Figure): boolean => x.high < y.high || (x.high === y.high && compareKeys(x, y) < 0);

/**
 * Pairs [A, B] seen from both sides, given to `sink`: for each B its strongest contradicting A (as
 * above), and for each A the weakest B of another origin said no earlier than it that it
 * contradicts. Every figure that contradicts anything is in at least one pair. The B are of one group.
 */
export const sweepBothWays = (as: readonly Figure[], bs: readonly Figure[], sink: PairSink): void => {
  if (!mayPair(as, bs)) return;
  // One list against itself whose figures were each said on a known day (most groups): sorted by
  // first day it is the same as by last day, and is sorted and reversed once.
  const same = as === bs && as.every((f) => f.firstDay === f.lastDay);
  const ascA = sortedBy(as, lastDayOf, byLastDay);
  const ascB = same ? ascA : sortedBy(bs, firstDayOf, byFirstDay);
  // (the first sweep's partners by the position of their B, null when it found none)
  const partnerOf = sweepSorted(ascA, ascB, sink, seqsOf(bs));
  // The same figures latest first (ties still by position in their group).
  const A = blocksReversed(ascA, lastDayOf) ?? as.slice().sort((x, y) => y.lastDay - x.lastDay || x.seq - y.seq);
  const B = same ? A : (blocksReversed(ascB, firstDayOf) ?? bs.slice().sort((x, y) => y.firstDay - x.firstDay || x.seq - y.seq));
  let bot1: Figure | null = null;
  let bot2: Figure | null = null;
  const insert = (f: Figure) => {
    if (bot1 === null || weaker(f, bot1)) {
      if (bot1 !== null && bot1.origin !== f.origin) bot2 = bot1;
      bot1 = f;
    } else if (f.origin !== bot1.origin && (bot2 === null || weaker(f, bot2))) bot2 = f;
  };
  let j = 0;
  for (const a of A) {
    while (j < B.length && B[j]!.firstDay >= a.lastDay) insert(B[j++]!);
    const t1 = bot1 as Figure | null;
    const b = t1 !== null && t1.origin !== a.origin ? t1 : (bot2 as Figure | null);
    if (b !== null && b.origin !== a.origin && a.low > b.high && (partnerOf === null || partnerOf[b.seq] !== a)) sink.pair(a, b);
  }
};

/**
 * For figures of a parent group sorted by first day, a lookup built once: given a figure A of a
 * part, the weakest parent figure of another origin said no earlier than A that A exceeds (a part
 * exceeding its whole), in O(log n) per query.
 */
const weakestAfter = (B: readonly Figure[]): ((a: Figure) => Figure | null) => {
  const b1: (Figure | null)[] = new Array(B.length + 1).fill(null);
  const b2: (Figure | null)[] = new Array(B.length + 1).fill(null);
  for (let i = B.length - 1; i >= 0; i--) {
    const f = B[i]!;
    let t1 = b1[i + 1]!;
    let t2 = b2[i + 1]!;
    if (t1 === null || weaker(f, t1)) {
      if (t1 !== null && t1.origin !== f.origin) t2 = t1;
      t1 = f;
    } else if (f.origin !== t1.origin && (t2 === null || weaker(f, t2))) t2 = f;
    b1[i] = t1;
    b2[i] = t2;
  }
  return (a) => {
    let lo = 0;
    let hi = B.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (B[mid]!.firstDay < a.lastDay) lo = mid + 1;
      else hi = mid;
    }
    const t1 = b1[lo] ?? null;
    const b = t1 !== null && t1.origin !== a.origin ? t1 : (b2[lo] ?? null);
    return b !== null && b.origin !== a.origin && a.low > b.high ? b : null;
  };
};

/**
 * Parts exceeding their whole, seen from both sides, given to `sink`: for each figure of the whole
 * the strongest part figure of another origin said no later that exceeds it (as in
 * `sweepBothWays`), and for each part figure the weakest figure of the whole said no earlier that
 * it exceeds. The part figures are the lists of `parts` joined (one per group below the whole),
 * put in day order by merging them; the whole's figures are sorted once for both.
 */
export const partsExceeding = (parts: readonly (readonly Figure[])[], whole: readonly Figure[], sink: PairSink): void => {
  if (!mayPairOf(parts, whole)) return;
  const W = sortedBy(whole, firstDayOf, byFirstDay);
  const partnerOf = sweepSorted(joinedByLastDay(parts), W, sink, seqsOf(whole));
  const weakest = weakestAfter(W);
  for (const l of parts)
    for (const f of l) {
      const b = weakest(f);
      if (b !== null && (partnerOf === null || partnerOf[b.seq] !== f)) sink.pair(f, b);
    }
};
