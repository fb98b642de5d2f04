/**
 * Columns of the claims in canonical order, filled in one sequential pass: each claim's compared
 * id, interval and representative number, flags (exact, headline, second-hand, part of a total), its
 * source and statement days as numbers into tables of their texts, and the position of the total it
 * is a part of. A group's figures and timeline read these by canonical position instead of each
 * claim's records, which lie scattered over the heap.
 */
import type { Claim } from "../domain/claim.js";
import type { IsoDay } from "../domain/dates.js";
import { comparableInterval, pointValue } from "../domain/quantity.js";
import { dayNumber } from "../timeline/days.js";
import type { Lookup } from "./explain.js";

export interface ClaimColumns {
  /**
   * The claim ids: lists of ids made from positions read this contiguous column rather than each
   * claim's record, a memory access that misses the cache at a million claims.
   */
  readonly ids: readonly string[];
  /** The interval compared with others (`comparableInterval`) and the representative number (`pointValue`). */
  readonly low: (rank: number) => number;
  readonly high: (rank: number) => number;
  readonly value: (rank: number) => number;
  /**
   * The same numbers as held: a whole number of 32 bits as itself, an open bound as `INFINITE`,
   * any other as `ASIDE` (read it through the functions above). Read in place by figures, whose
   * fields are read most.
   */
  readonly held: { readonly low: Int32Array; readonly high: Int32Array; readonly value: Int32Array };
  /** `EXACT`, `HEADLINE`, `SECOND_HAND` and `PART` bits. */
  readonly flags: Uint8Array;
  /** The source as a number into `sources`. */
  readonly source: Int32Array;
  readonly sources: readonly string[];
  /** The number of each source text in `sources`. */
  readonly sourceIndex: ReadonlyMap<string, number>;
  /** Position of the claim named by `partOf`: -1 for none, -2 when no claim has that id. */
  readonly partOf: Int32Array;
  /** `asOf.earliest` and `asOf.latest` as numbers into `days` (equal numbers, equal texts). */
  readonly earliest: Int32Array;
  readonly latest: Int32Array;
  /** The distinct day texts. */
  readonly days: readonly IsoDay[];
  /** The number of each day text in `days`. */
  readonly dayIndex: ReadonlyMap<string, number>;
  /** `dayNumber` of each day. */
  readonly dayNumbers: Float64Array;
  /**
   * Rank of each day in the order of its text followed by a bar (how figure keys compare on it);
   * null when a day text holds a bar.
   */
  readonly dayRanks: Int32Array | null;
}

/** The qualifier is exact. */
export const EXACT = 1;
/** A headline number. */
export const HEADLINE = 2;
/** Reached its article second-hand: `via` has two or more entries. */
export const SECOND_HAND = 4;
/** `partOf` is set. */
export const PART = 8;

/**
 * Compares `x + "|"` with `y + "|"` as strings (or with the character of code `bar` in place of
 * the bar); NaN when one is the other's prefix followed by that character.
 */
export const compareBarred = (x: string, y: string, bar: number = 124): number => {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  const d = x.length < y.length ? bar - y.charCodeAt(n) : x.charCodeAt(n) - bar;
  return d === 0 ? Number.NaN : d;
};

/** Open upper bounds. */
export const INFINITE = 2147483647;
/** Numbers that are not whole or do not fit 32 bits (kept aside, by position and column). */
export const ASIDE = -2147483648;

/**
 * Numbers are held in 32 bits (half the memory of doubles: at a million claims, 12 MB less at the
 * peak): whole numbers as themselves, an open bound as INFINITE, any other number aside.
 */
const numberColumn = (n: number, column: number, aside: Map<number, number>) => {
  const col = new Int32Array(n);
  const set = (r: number, x: number): void => {
    if (x === Number.POSITIVE_INFINITY) col[r] = INFINITE;
    else if (Number.isInteger(x) && x > ASIDE && x < INFINITE && !Object.is(x, -0)) col[r] = x;
    else {
      col[r] = ASIDE;
      aside.set(3 * r + column, x);
    }
  };
  const get = (r: number): number => {
    const x = col[r]!;
    return x === INFINITE ? Number.POSITIVE_INFINITY : x === ASIDE ? aside.get(3 * r + column)! : x;
  };
  return { set, get, held: col };
};

/** The columns of `claims` (canonical order); `rank` gives the position of a claim id. */
export const claimColumns = (claims: readonly Claim[], rank: Lookup<number>): ClaimColumns => {
  const n = claims.length;
  const aside = new Map<number, number>();
  const low = numberColumn(n, 0, aside);
  const high = numberColumn(n, 1, aside);
  const value = numberColumn(n, 2, aside);
  const ids: string[] = new Array(n);
  const flags = new Uint8Array(n);
  const source = new Int32Array(n);
  const partOf = new Int32Array(n);
  const sources: string[] = [];
  const sourceOf = new Map<string, number>();
  let last = "";
  let lastId = -1;
  const earliest = new Int32Array(n);
  const latest = new Int32Array(n);
  const days: IsoDay[] = [];
  const dayOf = new Map<string, number>();
  const dayId = (d: IsoDay): number => {
    let k = dayOf.get(d);
    if (k === undefined) dayOf.set(d, (k = days.push(d) - 1));
    return k;
  };
  for (let r = 0; r < n; r++) {
    const c = claims[r]!;
    ids[r] = c.id;
    const q = c.quantity;
    const i = comparableInterval(q);
    low.set(r, i.low);
    high.set(r, i.high);
    value.set(r, pointValue(q));
    flags[r] =
      (q.qualifier === "exact" ? EXACT : 0) | (c.headline ? HEADLINE : 0) | (c.via.length > 1 ? SECOND_HAND : 0) | (c.partOf !== null ? PART : 0);
    // An article's claims often share their source: the last one is remembered.
    if (c.source !== last || lastId < 0) {
      last = c.source;
      let k = sourceOf.get(last);
      if (k === undefined) sourceOf.set(last, (k = sources.push(last) - 1));
      lastId = k;
    }
    source[r] = lastId;
    partOf[r] = c.partOf === null ? -1 : (rank.get(c.partOf) ?? -2);
    const e = c.asOf.earliest;
    const l = c.asOf.latest;
    const ek = dayId(e);
    earliest[r] = ek;
    latest[r] = l === e ? ek : dayId(l);
  }
  const dayNumbers = new Float64Array(days.length);
  for (let k = 0; k < days.length; k++) dayNumbers[k] = dayNumber(days[k]!);
  let dayRanks: Int32Array | null = null;
  if (days.every((d) => d.indexOf("|") < 0)) {
    dayRanks = new Int32Array(days.length);
    const order = days.map((_, k) => k).sort((x, y) => compareBarred(days[x]!, days[y]!));
    for (let i = 0; i < order.length; i++) dayRanks[order[i]!] = i;
  }
  return {
    ids,
    low: low.get,
    high: high.get,
    value: value.get,
    held: { low: low.held, high: high.held, value: value.held },
    flags,
    source,
    sources,
    sourceIndex: sourceOf,
    partOf,
    earliest,
    latest,
    days,
    dayIndex: dayOf,
    dayNumbers,
    dayRanks,
  };
};
