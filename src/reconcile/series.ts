/**
 * One origin's numbers over time within a group. For each origin and day only its highest figure
 * is current (a running total only rises, so the others were said earlier that day: stale).
 * A figure below what the origin had already said on an earlier day is, in this order:
 * - a restatement when the origin gave that value before (a stale figure repeated late);
 * - an older statement relayed late when its day may precede the higher figure's (its `asOf`
 *   reaches back to it) or when every claim of it is second-hand (an intermediary between the origin
 *   and the publishing outlet: `via` of two or more entries): noted, not raised;
 * - otherwise a new statement of the origin lower than its own earlier one: the origin corrected
 *   itself downwards (a regression), and its later statement caps what it said before.
 * A correction on a day whose highest figure is not one is also that day's superseded figure.
 * Figures of one origin on one day that differ by a digit or two between languages are one
 * statement rendered twice.
 */
import { compareKeys, type Figure } from "./figures.js";
import { compareStrings, mergeAllSorted, sortRange } from "./order.js";

export interface Stale {
  readonly by: Figure;
  readonly superseded: readonly Figure[];
}

/** Why a lower figure after a higher one is not a correction. */
export type RepeatReason = "restated" | "relayed-late" | "undated";

export interface Repeat {
  /** The later figure that restates an older value. */
  readonly figure: Figure;
  /** The earlier figure with the same value, or null for a lower figure relayed late. */
  readonly earlier: Figure | null;
  /** The higher figure the origin had given before. */
  readonly peak: Figure;
  readonly reason: RepeatReason;
}

export interface Correction {
  readonly earlier: Figure;
  readonly later: Figure;
  /** The origin's other figures of the earlier figure's day that the later one also falls below. */
  readonly alsoAbove: readonly Figure[];
  /** The origin's later figures that restate the corrected value (they stand on the correction). */
  readonly restatedBy: readonly Figure[];
}

/** What the cross-source checks read of a superseded figure: its lower bound and its claims. */
export type Superseded = Pick<Figure, "low" | "ranks">;

export interface Series {
  readonly figures: readonly Figure[];
  /** One figure per origin and day, repeats left out; sorted by day then origin. */
  readonly current: readonly Figure[];
  readonly stale: readonly Stale[];
  readonly repeats: readonly Repeat[];
  readonly corrections: readonly Correction[];
  readonly drifts: readonly (readonly [Figure, Figure])[];
  /** The lower figures of the same origin and day that a current figure supersedes (what is read of them). */
  readonly supersededBy: ReadonlyMap<Figure, readonly Superseded[]>;
  /** Value of a current figure after its origin's later corrections. */
  readonly adjusted: ReadonlyMap<Figure, number>;
}

/** Two renderings of one statement: exact, close, and from articles in different languages. */
const isDrift = (a: Figure, b: Figure, languageOf: (article: string) => string): boolean => {
  if (!a.exact || !b.exact || a.value === b.value) return false;
  // The numbers first: most neighbours of a busy day are not close, and languages cost a set.
  if (!(Math.abs(a.value - b.value) <= Math.max(2, 0.02 * Math.max(a.value, b.value)))) return false;
  const la = new Set(a.articles.map(languageOf));
  return !b.articles.some((x) => la.has(languageOf(x)));
};

const byValueDesc = (a: Figure, b: Figure): number => b.value - a.value || b.low - a.low || compareKeys(a, b);

const byDayThenOrigin = (a: Figure, b: Figure): number => compareStrings(a.latest, b.latest) || compareStrings(a.origin, b.origin);

const byBucket = (a: Figure, b: Figure): number => compareStrings(a.origin, b.origin) || compareStrings(a.latest, b.latest) || byValueDesc(a, b);

/**
 * `figures` in the order of `byBucket` (origin, day, then value down), as a stable sort gives it.
 * A group's figures come in key order, which is by origin and, for figures of known days, by day:
 * when they are in origin and day order already, only each bucket (one origin's figures of one
 * day) is sorted, by value; otherwise, or when a value or lower bound is not a finite number, the
 * whole list is sorted.
 */
const inBuckets = (figures: readonly Figure[]): Figure[] => {
  const out = figures.slice();
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (!Number.isFinite(f.value) || !Number.isFinite(f.low)) return out.sort(byBucket);
    if (i > 0) {
      const p = out[i - 1]!;
      if (p.origin !== f.origin ? compareStrings(p.origin, f.origin) > 0 : p.latest > f.latest) return out.sort(byBucket);
    }
  }
  for (let s = 0; s < out.length; ) {
    const f0 = out[s]!;
    let e = s + 1;
    while (e < out.length && out[e]!.origin === f0.origin && out[e]!.latest === f0.latest) e++;
    sortRange(out, s, e, byValueDesc);
    s = e;
  }
  return out;
};

const NONE: readonly never[] = [];
const NO_FIGURES: ReadonlyMap<Figure, readonly Superseded[]> = new Map();
const NO_VALUES: ReadonlyMap<Figure, number> = new Map();
const NO_DRIFT: ReadonlySet<Figure> = new Set();

/** Figures by value, each list in the order of `fs`. */
const figuresByValue = (fs: readonly Figure[]): Map<number, Figure[]> => {
  const out = new Map<number, Figure[]>();
  for (const f of fs) {
    const l = out.get(f.value);
    if (l) l.push(f);
    else out.set(f.value, [f]);
  }
  return out;
};

export const seriesOf = (figures: readonly Figure[], cumulative: boolean, languageOf: (article: string) => string): Series => {
  // One figure (most groups): it is current, nothing to supersede, correct or restate.
  if (figures.length <= 1)
    return { figures, current: figures, stale: NONE, repeats: NONE, corrections: NONE, drifts: NONE, adjusted: NO_VALUES, supersededBy: NO_FIGURES };
  // Figures by origin then day (a bucket: one origin's figures of one day), each bucket from its
  // highest figure down: no map of buckets (see `inBuckets`).
  const sorted = inBuckets(figures);
  const stale: Stale[] = [];
  /** Drifts with the position of their bucket's first figure among `figures` (they are listed in that order). */
  let drifting: { readonly first: number; readonly pair: readonly [Figure, Figure] }[] | null = null;
  // Buckets as runs of `sorted`: bucket k is sorted[starts[k] .. starts[k + 1]).
  const starts: number[] = [];
  /** The figures of a bucket that drift from a neighbour, by bucket (few buckets have any). */
  let driftedIn: Map<number, ReadonlySet<Figure>> | null = null;
  for (let s = 0; s < sorted.length; ) {
    const f0 = sorted[s]!;
    let e = s + 1;
    while (e < sorted.length && sorted[e]!.origin === f0.origin && sorted[e]!.latest === f0.latest) e++;
    if (e - s > 1) {
      let drifted: Set<Figure> | null = null;
      let first = f0.seq;
      for (let q = s; q < e; q++) if (sorted[q]!.seq < first) first = sorted[q]!.seq;
      for (let q = s; q + 1 < e; q++) {
        const x = sorted[q]!;
        const y = sorted[q + 1]!;
        if (isDrift(x, y, languageOf)) {
          (drifting ??= []).push({ first, pair: [x, y] });
          (drifted ??= new Set()).add(x).add(y);
        }
      }
      if (drifted !== null) (driftedIn ??= new Map()).set(starts.length, drifted);
    }
    starts.push(s);
    s = e;
  }
  const buckets = starts.length;
  starts.push(sorted.length);
  const drifts: (readonly [Figure, Figure])[] = [];
  if (drifting !== null) {
    // Stable: a bucket's drifts keep their order.
    drifting.sort((x, y) => x.first - y.first);
    for (const d of drifting) drifts.push(d.pair);
  }

  const repeats: Repeat[] = [];
  const corrections: Correction[] = [];
  let adjusted: Map<Figure, number> | null = null;
  /** Each origin's current figures (in origin order, each in day order, one a day). */
  const runs: Figure[][] = [];
  // One origin's kept figures and their lowest corrections, reused from origin to origin.
  const kept: Figure[] = [];
  /** Lowest correction of each kept day (Infinity when none). */
  const correctedTo: number[] = [];
  let i = 0;
  while (i < buckets) {
    const origin = sorted[starts[i]!]!.origin;
    let j = i;
    while (j < buckets && sorted[starts[j]!]!.origin === origin) j++;
    kept.length = 0;
    correctedTo.length = 0;
    let peak: Figure | null = null;
    /** The bucket of the peak, as a run of `sorted`. */
    let peakFrom = 0;
    let peakTo = 0;
    /**
     * The origin's first figure of each value on the days before, made when first read (only a
     * figure below the origin's peak reads it, in few groups) and filled up to the day read.
     */
    let seen: Map<number, Figure> | null = null;
    let seenTo = starts[i]!;
    const firstCorrection = corrections.length;
    for (let k = i; k < j; k++) {
      const from = starts[k]!;
      const to = starts[k + 1]!;
      const drifted = driftedIn?.get(k) ?? NO_DRIFT;
      let top: Figure | null = null;
      let topIsCorrection = false;
      let lowest = Number.POSITIVE_INFINITY;
      let superseded: Figure[] | null = null;
      for (let q = from; q < to; q++) {
        const f = sorted[q]!;
        if (cumulative && peak !== null && f.high < peak.low && !(drifted.has(f) && top !== null)) {
          seen ??= new Map();
          for (; seenTo < from; seenTo++) {
            const x = sorted[seenTo]!;
            if (!seen.has(x.value)) seen.set(x.value, x);
          }
          const earlier = seen.get(f.value);
          const reason: RepeatReason | null =
            earlier !== undefined ? "restated" : f.earliest <= peak.latest ? "undated" : f.secondHand ? "relayed-late" : null;
          if (reason !== null) {
            repeats.push({ figure: f, earlier: earlier ?? null, peak, reason });
            continue;
          }
          const alsoAbove: Figure[] = [];
          for (let x = peakFrom; x < peakTo; x++) if (sorted[x] !== peak && f.high < sorted[x]!.low) alsoAbove.push(sorted[x]!);
          corrections.push({ earlier: peak, later: f, alsoAbove, restatedBy: [] });
          // (and under the day's own higher figure it is that day's earlier statement too: "163"
          // beside "at least 213" the same days is noted with it, as well as raised against the peak)
          if (top !== null && !topIsCorrection) (superseded ??= []).push(f);
          if (f.value < lowest) lowest = f.value;
          if (top === null) {
            top = f;
            topIsCorrection = true;
          }
          continue;
        }
        if (top === null) top = f;
        else if (!drifted.has(f)) (superseded ??= []).push(f);
      }
      if (top === null) continue;
      if (superseded !== null) stale.push({ by: top, superseded });
      kept.push(top);
      correctedTo.push(lowest);
      if (topIsCorrection || peak === null || top.value > peak.value) {
        peak = top;
        peakFrom = from;
        peakTo = to;
      }
    }
    // ("2 on the 27th, 1 on the 28th, 1 again on the 29th": the last stands on the correction)
    // An origin corrected several times looks its kept figures up by value rather than reading
    // them all for each correction.
    const keptByValue = corrections.length - firstCorrection > 1 ? figuresByValue(kept) : null;
    for (let c = firstCorrection; c < corrections.length; c++) {
      const r = corrections[c]!;
      const candidates = keptByValue === null ? kept : (keptByValue.get(r.later.value) ?? NONE);
      const restatedBy = candidates.filter((f) => f.latest > r.later.latest && f.value === r.later.value);
      if (restatedBy.length > 0) corrections[c] = { ...r, restatedBy };
    }
    // The origin's later statement supersedes the earlier: a correction caps every figure before its day.
    let cap = Number.POSITIVE_INFINITY;
    for (let k = kept.length - 1; k >= 0; k--) {
      const f = kept[k]!;
      if (f.value > cap) (adjusted ??= new Map()).set(f, cap);
      cap = Math.min(cap, correctedTo[k]!);
    }
    if (kept.length > 0) runs.push(kept.slice());
    i = j;
  }
  // Current figures by day then origin: one origin's are already in day order, one a day (most
  // groups); several origins' are merged, a day's in origin order as the origins come.
  const current: readonly Figure[] = runs.length === 1 ? runs[0]! : mergeAllSorted(runs, byDayThenOrigin);
  let supersededBy: Map<Figure, readonly Superseded[]> | null = null;
  for (const x of stale) (supersededBy ??= new Map()).set(x.by, x.superseded);
  return { figures, current, stale, repeats, corrections, drifts, adjusted: adjusted ?? NO_VALUES, supersededBy: supersededBy ?? NO_FIGURES };
};
