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
import { dayGap, dayPlus } from "./days.js";
import type { IsoDay } from "../domain/dates.js";
import type { EstimateMethod, TimelinePoint } from "../domain/reconciliation.js";
import type { GroupAnalysis } from "../reconcile/analysis.js";
import type { ClaimColumns } from "../reconcile/columns.js";
import { compareKeys, type Figure } from "../reconcile/figures.js";
import { compareStrings } from "../reconcile/order.js";
import { isotonic } from "./isotonic.js";
import { byValueThenWeight, weightedMedianOfSorted } from "./weighted-median.js";

/** Gaps between statements longer than this stay open (no invented points). */
export const MAX_GAP_DAYS = 31;
/** Weight of a lower bound obtained by adding up the parts of a group. */
export const PARTS_WEIGHT = 0.5;
/** Days an uncertain statement date may cover before it stops widening intervals. */
const MAX_ASOF_SPREAD = 31;

interface Observation {
  readonly day: IsoDay;
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

const valueOf = (g: GroupAnalysis, f: Figure): number => g.series.adjusted.get(f) ?? f.value;

/** Own claims (canonical positions) by every day their statement may have been made on (days read from the claims' columns). */
const evidenceByDay = (g: GroupAnalysis, cols: ClaimColumns): Map<IsoDay, number[]> => {
  const out = new Map<IsoDay, number[]>();
  const add = (d: IsoDay, r: number) => {
    const l = out.get(d);
    if (l) l.push(r);
    else out.set(d, [r]);
  };
  for (let i = 0; i < g.ranks.length; i++) {
    const r = g.ranks[i]!;
    const e = cols.earliest[r]!;
    const l = cols.latest[r]!;
    if (e === l) add(cols.days[l]!, r);
    else {
      const earliest = cols.days[e]!;
      let d = cols.days[l]!;
      for (let k = 0; k <= MAX_ASOF_SPREAD && d >= earliest; k++, d = dayPlus(d, -1)) add(d, r);
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

/** The claim positions of figures then `extra`, in one array of its exact length (no spread copies: large groups have long lists). */
const concatRanks = (fs: readonly Figure[], extra: readonly number[]): number[] => {
  let n = extra.length;
  for (const f of fs) n += f.rankCount;
  const out: number[] = new Array(n);
  let k = 0;
  for (const f of fs) k = f.copyRanks(out, k);
  for (const r of extra) out[k++] = r;
  return out;
};

/** Combine one day's figures (one per origin): weighted median, interval from the non-partisan ones. */
const combine = (g: GroupAnalysis, day: IsoDay, fs: readonly Figure[], extraClaims: readonly number[]): Observation => {
  // The weighted median of one figure is its value, whatever its weight.
  // (the mapped list is sorted in place: no copy of it)
  const value =
    fs.length === 1 ? valueOf(g, fs[0]!) : weightedMedianOfSorted(fs.map((f) => ({ value: valueOf(g, f), weight: f.weight })).sort(byValueThenWeight));
  // The interval from the non-partisan figures when there are any (no filtered list made).
  const anyTrusted = fs.some((f) => !f.partisan);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const f of fs) {
    if (anyTrusted && f.partisan) continue;
    const v = valueOf(g, f);
    const adjusted = v !== f.value;
    low = Math.min(low, adjusted ? v : Math.min(f.low, v));
    high = Math.max(high, adjusted ? v : Number.isFinite(f.high) ? f.high : v);
  }
  const stale = staleFigures(g);
  return {
    day,
    value,
    weight: fs.reduce((s, f) => s + f.weight, 0),
    low,
    high,
    claims: concatRanks(fs, extraClaims),
    figures: fs.length,
    latestStatement: fs.length === 1 && (stale.has(fs[0]!) || g.series.adjusted.has(fs[0]!)),
    fromParts: false,
    partisanOnly: fs.every((f) => f.partisan),
  };
};

const methodOf = (o: Observation, fitted: number): EstimateMethod => {
  if (o.fromParts) return "bounds-only";
  if (Math.abs(fitted - o.value) >= 0.5) return "isotonic-fit";
  if (o.figures === 1) return o.latestStatement ? "latest-statement" : "single-claim";
  return "weighted-median";
};

/**
 * Whether `xs` are already in ascending order of their day: a stable sort would leave them as
 * they are, and is skipped (it copies the list each time).
 */
const inDayOrder = <T>(xs: readonly T[], day: (x: T) => IsoDay): boolean => {
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

/** Whether the first `n` of `points` (in strictly ascending date order) hold `day`. */
const hasDate = (points: readonly { readonly date: IsoDay }[], n: number, day: IsoDay): boolean => {
  const i = indexOn(points, day, n);
  return i >= 0 && points[i]!.date === day;
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
  // Current figures are in day order: each day's are one run of them.
  const current = g.series.current;
  let widen: Map<IsoDay, number> | null = null;
  for (const f of current) {
    if (f.earliest === f.latest) continue;
    widen ??= new Map();
    let d = dayPlus(f.latest, -1);
    for (let k = 0; k < MAX_ASOF_SPREAD && d >= f.earliest; k++, d = dayPlus(d, -1)) widen.set(d, Math.max(widen.get(d) ?? 0, valueOf(g, f)));
  }
  /** How high an uncertain statement date reaches on a day (0 when none does). */
  const widenOn = (d: IsoDay): number => (widen === null ? 0 : (widen.get(d) ?? 0));
  const obs: Observation[] = [];
  for (let s = 0; s < current.length; ) {
    const day = current[s]!.latest;
    let e = s + 1;
    while (e < current.length && current[e]!.latest === day) e++;
    obs.push(combine(g, day, current.slice(s, e), NO_CLAIMS));
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
    obs.push({ day, value, weight: PARTS_WEIGHT, low, high, claims, figures: 0, latestStatement: false, fromParts: true, partisanOnly: false });
  }
  if (obs.length === 0) return { points: [], ranks: [] };
  // (the statement days come in order; days from the parts are added after them)
  if (!inDayOrder(obs, (o) => o.day)) obs.sort((x, y) => compareStrings(x.day, y.day));
  const fitted = isotonic(
    obs.map((o) => o.value),
    obs.map((o) => o.weight),
  );
  const evidence = evidenceByDay(g, cols);
  const out: { date: IsoDay; low: number; best: number; high: number; claims: readonly number[]; method: EstimateMethod; carries: boolean }[] = [];
  for (let i = 0; i < obs.length; i++) {
    const o = obs[i]!;
    const best = fitted[i]!;
    // A point's list of claims is read, never changed: the day's own list serves when no other claim was said that day.
    const own = evidence.get(o.day);
    const claims = own === undefined ? o.claims : o.claims.concat(own);
    out.push({ date: o.day, low: Math.min(o.low, best), best, high: Math.max(o.high, best, widenOn(o.day)), claims, method: methodOf(o, best), carries: !o.partisanOnly });
    const next = obs[i + 1];
    if (next === undefined) continue;
    const gap = dayGap(o.day, next.day);
    if (gap <= 1 || gap > MAX_GAP_DAYS) continue;
    const nextBest = fitted[i + 1]!;
    /** The claims of both statements, shared by the days between them that have none of their own. */
    let between: number[] | null = null;
    for (let k = 1; k < gap; k++) {
      const date = dayPlus(o.day, k);
      const best = fitted[i]! + ((nextBest - fitted[i]!) * k) / gap;
      const own = evidence.get(date);
      const claims = own === undefined ? (between ??= o.claims.concat(next.claims)) : o.claims.concat(next.claims, own);
      out.push({
        date,
        low: Math.min(o.low, best),
        best,
        high: Math.max(next.high, best, widenOn(date)),
        claims,
        method: nextBest === fitted[i] ? "carried-forward" : "bounds-only",
        carries: !o.partisanOnly,
      });
    }
  }
  // Every day a claim of the group may have been said on has a point, so its provenance is kept:
  // before the first figure it is bounded by it, after a figure (or past a long gap) carried.
  // `out` is in date order so far (statement days, and the days between them): looked up by halves.
  const made = out.length;
  for (const date of evidence.keys()) {
    if (hasDate(out, made, date)) continue;
    const ids = evidence.get(date)!;
    let i = 0;
    while (i < obs.length && obs[i]!.day <= date) i++;
    const base = i === 0 ? obs[0]! : obs[i - 1]!;
    const best = fitted[i === 0 ? 0 : i - 1]!;
    out.push({
      date,
      low: Math.min(base.low, best),
      best,
      high: Math.max(base.high, best, widenOn(date)),
      claims: base.claims.concat(ids),
      method: i === 0 ? "bounds-only" : "carried-forward",
      carries: !base.partisanOnly,
    });
  }
  if (!inDayOrder(out, (p) => p.date)) out.sort((x, y) => compareStrings(x.date, y.date));
  // A running total: what was true by one day stays true later; what is true later bounds earlier days.
  let floor = Number.NEGATIVE_INFINITY;
  for (const p of out) {
    p.low = Math.min(Math.max(p.low, floor), p.best);
    if (p.carries) floor = Math.max(floor, p.low);
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const p = out[i]!;
    p.high = Math.max(Math.min(p.high, Math.max(out[i + 1]!.high, widenOn(p.date))), p.best);
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
  const days = [...new Set([...g.series.current.map((f) => f.latest), ...evidence.keys()])].sort(compareStrings);
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
    const o = combine(g, day, fs, evidence.get(day) ?? []);
    const carried = fs.some((f) => f.latest < day);
    out.push({ date: day, low: o.low, best: o.value, high: o.high, claims: o.claims, method: carried && fs.length === 1 ? "carried-forward" : methodOf(o, o.value) });
  }
  return ranked(g, out);
};
