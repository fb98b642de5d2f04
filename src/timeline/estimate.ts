/**
 * The best-estimate timeline of one group: one point per day with low / best / high, the method
 * and the claims behind it.
 *
 * Running totals: each day's figures (one per origin, its latest; an origin's later correction
 * caps what it said before) are combined by weighted median, weights from the source kind; the
 * days are then fitted non-decreasing by weighted isotonic regression (pooled, not dropped). Before
 * the group's first own figure, its parts (subjects below it, same place and period) bound it from
 * below and give the first points. Days between two statements (up to a month apart) are bounded
 * by them, the best interpolated. A statement whose day is uncertain widens the interval of every
 * day it may have been made.
 *
 * Counts of a closed period: each statement day uses every origin's latest figure so far.
 */
import { dayAt, dayNumber } from "./days.js";
import type { IsoDay } from "../domain/dates.js";
import type { EstimateMethod, TimelinePoint } from "../domain/reconciliation.js";
import type { GroupAnalysis } from "../reconcile/analysis.js";
import type { ClaimColumns } from "../reconcile/columns.js";
import { compareKeys, type Figure } from "../reconcile/figures.js";
import { compareStrings, sortRange } from "../reconcile/order.js";
import { isotonic } from "./isotonic.js";
import { byValueThenWeight, weightedMedianOfSorted, type Weighted } from "./weighted-median.js";

/** Gaps between statements longer than this stay open (no invented points). */
export const MAX_GAP_DAYS = 31;
/** Weight of a lower bound obtained by adding up the parts of a group. */
export const PARTS_WEIGHT = 0.5;
/** Days an uncertain statement date may cover before it stops widening intervals. */
const MAX_ASOF_SPREAD = 31;

interface Observation {
  readonly day: IsoDay;
  /** `day` as a day number (`dayNumber`). */
  readonly dn: number;
  readonly value: number;
  readonly weight: number;
  readonly low: number;
  readonly high: number;
  /** Canonical positions of the claims behind it. */
  readonly claims: readonly number[];
  readonly figures: number;
  readonly latestStatement: boolean;
  readonly fromParts: boolean;
  /** Only partisan figures that day: its lower bound does not carry to later days. */
  readonly partisanOnly: boolean;
}

const NO_CLAIMS: readonly number[] = [];
const NO_DAYS: ReadonlySet<IsoDay> = new Set();

const valueOf = (g: GroupAnalysis, f: Figure): number => {
  const adjusted = g.series.adjusted;
  return adjusted.size === 0 ? f.value : (adjusted.get(f) ?? f.value);
};

/**
 * Own claims (canonical positions) by the number (`dayNumber`) of every day their statement may
 * have been made on: days read from the claims' columns as numbers, stepped by integers (ISO days
 * order as their numbers do).
 */
const evidenceByDay = (g: GroupAnalysis, cols: ClaimColumns): Map<number, number[]> => {
  const out = new Map<number, number[]>();
  const add = (d: number, r: number) => {
    const l = out.get(d);
    if (l) l.push(r);
    else out.set(d, [r]);
  };
  const numbers = cols.dayNumbers;
  for (let i = 0; i < g.ranks.length; i++) {
    const r = g.ranks[i]!;
    const e = cols.earliest[r]!;
    const l = cols.latest[r]!;
    if (e === l) add(numbers[l]!, r);
    else {
      const earliest = numbers[e]!;
      for (let k = 0, d = numbers[l]!; k <= MAX_ASOF_SPREAD && d >= earliest; k++, d--) add(d, r);
    }
  }
  return out;
};

const staleCache = new WeakMap<GroupAnalysis, ReadonlySet<Figure>>();
const NO_FIGURES: ReadonlySet<Figure> = new Set();
/** The figures that superseded others of their origin's day. */
const staleFigures = (g: GroupAnalysis): ReadonlySet<Figure> => {
  if (g.series.stale.length === 0) return NO_FIGURES;
  let s = staleCache.get(g);
  if (s === undefined) staleCache.set(g, (s = new Set(g.series.stale.map((x) => x.by))));
  return s;
};

/** The claim positions of `fs[from .. to)` then `extra`, in one array of its exact length (no spread copies: large groups have long lists). */
const concatRanks = (fs: readonly Figure[], from: number, to: number, extra: readonly number[]): number[] => {
  let n = extra.length;
  for (let i = from; i < to; i++) n += fs[i]!.rankCount;
  const out: number[] = new Array(n);
  let k = 0;
  for (let i = from; i < to; i++) k = fs[i]!.copyRanks(out, k);
  for (const r of extra) out[k++] = r;
  return out;
};

/**
 * Combine one day's figures (one per origin), `fs[from .. to)`: weighted median, interval from the
 * non-partisan ones; `dn` is the day's number.
 */
const combine = (g: GroupAnalysis, day: IsoDay, dn: number, fs: readonly Figure[], from: number, to: number, extraClaims: readonly number[]): Observation => {
  const n = to - from;
  // The weighted median of one figure is its value, whatever its weight; the weights are summed
  // in the figures' order as the items are made.
  let value: number;
  let weight = 0;
  if (n === 1) {
    value = valueOf(g, fs[from]!);
    weight += fs[from]!.weight;
  } else {
    const items: Weighted[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = fs[from + i]!;
      const w = f.weight;
      items[i] = { value: valueOf(g, f), weight: w };
      weight += w;
    }
    // (a day holds a few figures: sorted in place, without the built-in sort's work array)
    sortRange(items, 0, n, byValueThenWeight);
    value = weightedMedianOfSorted(items);
  }
  // The interval from the non-partisan figures when there are any (no filtered list made).
  let anyTrusted = false;
  for (let i = from; i < to && !anyTrusted; i++) anyTrusted = !fs[i]!.partisan;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const f = fs[i]!;
    if (anyTrusted && f.partisan) continue;
    const v = valueOf(g, f);
    const adjusted = v !== f.value;
    low = Math.min(low, adjusted ? v : Math.min(f.low, v));
    high = Math.max(high, adjusted ? v : Number.isFinite(f.high) ? f.high : v);
  }
  return {
    day,
    dn,
    value,
    weight,
    low,
    high,
    claims: concatRanks(fs, from, to, extraClaims),
    figures: n,
    latestStatement: n === 1 && (staleFigures(g).has(fs[from]!) || g.series.adjusted.has(fs[from]!)),
    fromParts: false,
    // (every figure partisan: none trusted)
    partisanOnly: !anyTrusted,
  };
};

const methodOf = (o: Observation, fitted: number): EstimateMethod => {
  if (o.fromParts) return "bounds-only";
  if (Math.abs(fitted - o.value) >= 0.5) return "isotonic-fit";
  if (o.figures === 1) return o.latestStatement ? "latest-statement" : "single-claim";
  return "weighted-median";
};

/**
 * Whether `xs` are already in ascending order of their day (its number): a stable sort would leave them as
 * they are, and is skipped (it copies the list each time).
 */
const inDayOrder = <T>(xs: readonly T[], day: (x: T) => number): boolean => {
  for (let i = 1; i < xs.length; i++) if (day(xs[i - 1]!) > day(xs[i]!)) return false;
  return true;
};

/** A finished timeline with the canonical positions of each point's claims (possibly repeated). */
export interface RankedPoints {
  readonly points: readonly TimelinePoint[];
  readonly ranks: readonly (readonly number[])[];
}

/**
 * The points and their claim positions. Days between two statements share one list of positions;
 * its ids are made once, and those points share that list of ids (lists of the output are read,
 * never changed: at a million claims, copies for half the points held about 20 MB to the end).
 */
const ranked = (g: GroupAnalysis, ps: readonly { date: IsoDay; low: number; best: number; high: number; claims: readonly number[]; method: EstimateMethod }[]): RankedPoints => {
  const points: TimelinePoint[] = new Array(ps.length);
  const ranks: (readonly number[])[] = new Array(ps.length);
  let lastClaims: readonly number[] | null = null;
  let lastIds: readonly string[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const b = Math.round(p.best);
    const ids = p.claims === lastClaims ? lastIds : g.idsOf(p.claims);
    lastClaims = p.claims;
    lastIds = ids;
    points[i] = { date: p.date, low: Math.min(Math.floor(p.low), b), best: b, high: Math.max(Math.ceil(p.high), b), claims: ids, method: p.method };
    ranks[i] = p.claims;
  }
  return { points, ranks };
};

/** Whether the first `n` of `points` (in strictly ascending order of their day numbers) hold day number `dn`. */
const hasDay = (points: readonly { readonly dn: number }[], n: number, dn: number): boolean => {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.dn <= dn) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && points[lo - 1]!.dn === dn;
};

/** The position of the last of the first `n` points (in date order) on or before `day`, or -1. */
const indexOn = (points: readonly { readonly date: IsoDay }[], day: IsoDay, n: number = points.length): number => {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
};

/** The estimate of a finished timeline on a day: its last point on or before it. */
export const pointOn = (points: readonly TimelinePoint[], day: IsoDay): TimelinePoint | null => {
  const i = indexOn(points, day);
  return i < 0 ? null : points[i]!;
};

/**
 * A running total's points. `parts` are the finished timelines of the groups directly below it
 * (subjects below, same place and period).
 */
export const cumulativePoints = (g: GroupAnalysis, cols: ClaimColumns, parts: readonly RankedPoints[]): RankedPoints => {
  const single = singleStatement(g, cols);
  if (single !== null && parts.every((ps) => ps.points.length === 0)) return single;
  // Current figures are in day order: each day's are one run of them. Days are stepped and
  // compared as their numbers, and made texts only for the points.
  const current = g.series.current;
  let widen: Map<number, number> | null = null;
  for (const f of current) {
    const first = f.firstDay;
    const last = f.lastDay;
    if (first === last) continue;
    widen ??= new Map();
    const v = valueOf(g, f);
    for (let k = 0, d = last - 1; k < MAX_ASOF_SPREAD && d >= first; k++, d--) widen.set(d, Math.max(widen.get(d) ?? 0, v));
  }
  /** How high an uncertain statement date reaches on a day (by number; 0 when none does). */
  const widenOn = (d: number): number => (widen === null ? 0 : (widen.get(d) ?? 0));
  const obs: Observation[] = [];
  for (let s = 0; s < current.length; ) {
    const f0 = current[s]!;
    const day = f0.latest;
    let e = s + 1;
    while (e < current.length && current[e]!.latest === day) e++;
    obs.push(combine(g, day, f0.lastDay, current, s, e, NO_CLAIMS));
    s = e;
  }
  const firstOwn = obs.reduce<IsoDay | null>((m, o) => (m === null || o.day < m ? o.day : m), null);
  const partDays = parts.length === 0 ? NO_DAYS : new Set<IsoDay>();
  for (const ps of parts) for (const p of ps.points) if (firstOwn === null || p.date < firstOwn) (partDays as Set<IsoDay>).add(p.date);
  for (const day of partDays) {
    let value = 0;
    let low = 0;
    let high = 0;
    const claims: number[] = [];
    for (const ps of parts) {
      const i = indexOn(ps.points, day);
      if (i < 0) continue;
      const p = ps.points[i]!;
      value += p.best;
      low += p.low;
      high += p.high;
      for (const r of ps.ranks[i]!) claims.push(r);
    }
    obs.push({ day, dn: dayNumber(day), value, weight: PARTS_WEIGHT, low, high, claims, figures: 0, latestStatement: false, fromParts: true, partisanOnly: false });
  }
  if (obs.length === 0) return { points: [], ranks: [] };
  // (the statement days come in order; days from the parts are added after them)
  if (!inDayOrder(obs, (o) => o.dn)) obs.sort((x, y) => x.dn - y.dn);
  const fitted = isotonic(
    obs.map((o) => o.value),
    obs.map((o) => o.weight),
  );
  const evidence = evidenceByDay(g, cols);
  const out: { date: IsoDay; dn: number; low: number; best: number; high: number; claims: readonly number[]; method: EstimateMethod; carries: boolean }[] = [];
  for (let i = 0; i < obs.length; i++) {
    const o = obs[i]!;
    const best = fitted[i]!;
    // A point's list of claims is read, never changed: the day's own list serves when no other claim was said that day.
    const own = evidence.get(o.dn);
    const claims = own === undefined ? o.claims : o.claims.concat(own);
    out.push({ date: o.day, dn: o.dn, low: Math.min(o.low, best), best, high: Math.max(o.high, best, widenOn(o.dn)), claims, method: methodOf(o, best), carries: !o.partisanOnly });
    const next = obs[i + 1];
    if (next === undefined) continue;
    const gap = next.dn - o.dn;
    if (gap <= 1 || gap > MAX_GAP_DAYS) continue;
    const nextBest = fitted[i + 1]!;
    /** The claims of both statements, shared by the days between them that have none of their own. */
    let between: number[] | null = null;
    for (let k = 1; k < gap; k++) {
      const dn = o.dn + k;
      const best = fitted[i]! + ((nextBest - fitted[i]!) * k) / gap;
      const own = evidence.get(dn);
      const claims = own === undefined ? (between ??= o.claims.concat(next.claims)) : o.claims.concat(next.claims, own);
      out.push({
        date: dayAt(dn),
        dn,
        low: Math.min(o.low, best),
        best,
        high: Math.max(next.high, best, widenOn(dn)),
        claims,
        method: nextBest === fitted[i] ? "carried-forward" : "bounds-only",
        carries: !o.partisanOnly,
      });
    }
  }
  // Every day a claim of the group may have been said on has a point, so its provenance is kept:
  // before the first figure it is bounded by it, after a figure (or past a long gap) carried.
  // `out` is in day order so far (statement days, and the days between them): looked up by halves.
  const made = out.length;
  for (const dn of evidence.keys()) {
    if (hasDay(out, made, dn)) continue;
    const ids = evidence.get(dn)!;
    let i = 0;
    while (i < obs.length && obs[i]!.dn <= dn) i++;
    const base = i === 0 ? obs[0]! : obs[i - 1]!;
    const best = fitted[i === 0 ? 0 : i - 1]!;
    out.push({
      date: dayAt(dn),
      dn,
      low: Math.min(base.low, best),
      best,
      high: Math.max(base.high, best, widenOn(dn)),
      claims: base.claims.concat(ids),
      method: i === 0 ? "bounds-only" : "carried-forward",
      carries: !base.partisanOnly,
    });
  }
  if (!inDayOrder(out, (p) => p.dn)) out.sort((x, y) => x.dn - y.dn);
  // A running total: what was true by one day stays true later; what is true later bounds earlier days.
  let floor = Number.NEGATIVE_INFINITY;
  for (const p of out) {
    p.low = Math.min(Math.max(p.low, floor), p.best);
    if (p.carries) floor = Math.max(floor, p.low);
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const p = out[i]!;
    p.high = Math.max(Math.min(p.high, Math.max(out[i + 1]!.high, widenOn(p.dn))), p.best);
  }
  return ranked(g, out);
};

/**
 * The one point of a group holding a single figure said on a known day (most groups): what the
 * general estimate gives for it (one observation, nothing to fit or interpolate), made directly.
 */
const singleStatement = (g: GroupAnalysis, cols: ClaimColumns): RankedPoints | null => {
  if (g.series.figures.length !== 1 || g.series.current.length !== 1) return null;
  const f = g.series.current[0]!;
  if (f.earliest !== f.latest) return null;
  for (const r of g.ranks) if (cols.days[cols.earliest[r]!] !== f.latest || cols.days[cols.latest[r]!] !== f.latest) return null;
  const v = f.value;
  const low = Math.min(f.low, v);
  const high = Number.isFinite(f.high) ? Math.max(f.high, v) : v;
  return ranked(g, [{ date: f.latest, low, best: v, high, claims: g.ranks, method: "single-claim" }]);
};

/** A closed period's points: on each statement day, every origin's latest figure so far. */
export const periodPoints = (g: GroupAnalysis, cols: ClaimColumns): RankedPoints => {
  const single = singleStatement(g, cols);
  if (single !== null) return single;
  const evidence = evidenceByDay(g, cols);
  const days = [...new Set([...g.series.current.map((f) => f.latest), ...[...evidence.keys()].map(dayAt)])].sort(compareStrings);
  const latestByOrigin = new Map<string, Figure>();
  const out: { date: IsoDay; low: number; best: number; high: number; claims: readonly number[]; method: EstimateMethod }[] = [];
  let i = 0;
  const current = g.series.current;
  for (const day of days) {
    while (i < current.length && current[i]!.latest <= day) {
      latestByOrigin.set(current[i]!.origin, current[i]!);
      i++;
    }
    const first = current[0];
    if (latestByOrigin.size === 0 && first !== undefined) latestByOrigin.set(first.origin, first);
    const fs = [...latestByOrigin.values()].sort(compareKeys);
    if (fs.length === 0) continue;
    const o = combine(g, day, dayNumber(day), fs, 0, fs.length, evidence.get(dayNumber(day)) ?? []);
    const carried = fs.some((f) => f.latest < day);
    out.push({ date: day, low: o.low, best: o.value, high: o.high, claims: o.claims, method: carried && fs.length === 1 ? "carried-forward" : methodOf(o, o.value) });
  }
  return ranked(g, out);
};
