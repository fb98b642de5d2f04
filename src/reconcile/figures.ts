/**
 * Figures: the distinct numbers a group holds. Claims that repeat one origin's number for the same
 * day (ten outlets carrying one dispatch) collapse into one figure that lists them all; items
 * of one article's breakdown that fall in the same group (24 civilians killed by shelling and 19
 * by airstrikes; 1 child among the first, 4 among the second) are added up; a claim nested inside
 * another claim of the same group (4 officers among 79 soldiers) is not a figure of the group's
 * total.
 */
import type { Claim } from "../domain/claim.js";
import type { IsoDay } from "../domain/dates.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { comparableInterval, pointValue, type Quantity } from "../domain/quantity.js";
import { quantityText } from "./describe.js";
import { dayNumber } from "../timeline/days.js";
import { claimWeight, isPartisan, originOf } from "./reliability.js";
import type { Lookup } from "./explain.js";
import { compareClaimIds, compareStrings } from "./order.js";

export interface Figure {
  /** Stable identity within its group: origin, days and interval. */
  readonly key: string;
  readonly group: string;
  readonly origin: string;
  readonly source: string;
  readonly earliest: IsoDay;
  readonly latest: IsoDay;
  /** A representative number (the value as written, else the middle or bound of the interval). */
  readonly value: number;
  /** The interval compared with others (documented tolerance for "about"/"nearly"); high may be Infinity. */
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
  /** The quantity it reads (of its first claim). */
  readonly quantity: Quantity;
  /** The quantities added up into it when breakdown items were summed, else null. */
  readonly items: readonly Quantity[] | null;
  /** Canonical positions of the claims behind it, in claim id order (`claimIdsOf` gives their ids). */
  readonly ranks: readonly number[];
  readonly articles: readonly string[];
  readonly partisan: boolean;
  readonly weight: number;
  /** `earliest` and `latest` as day numbers (integers compare faster than ISO strings in sweeps). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Position in its group's figures, which are in key order: a cheap tie-break. */
  seq: number;
  /** Every claim behind it is a headline number. */
  readonly headline: boolean;
  /**
   * Every claim behind it reached its article second-hand: at least one intermediary stands between
   * the origin and the publishing outlet (its `via`, the publisher last, has two or more entries).
   * A claim whose `via` is empty or names only the publisher is the origin's statement as reported.
   */
  readonly secondHand: boolean;
}

/** The ids of the claims behind a figure, in claim id order; `claims` are all claims in canonical order. */
export const claimIdsOf = (claims: readonly Claim[], f: Pick<Figure, "ranks">): string[] => f.ranks.map((r) => claims[r]!.id);

/** How a figure reads: "more than 200", "24 + 19". */
export const amountText = (f: Pick<Figure, "quantity" | "items">): string =>
  f.items === null ? quantityText(f.quantity) : f.items.map(quantityText).join(" + ");

/** Breakdown items of one article summed into one number of the group. */
interface Unit {
  readonly claims: Claim[];
  readonly ranks: number[];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
}

const unitOfItems = (cs: Claim[], ranks: number[]): Unit => {
  let value = 0;
  let low = 0;
  let high = 0;
  let exact = true;
  for (const c of cs) {
    const i = comparableInterval(c.quantity);
    value += pointValue(c.quantity);
    low += i.low;
    high += i.high;
    exact &&= c.quantity.qualifier === "exact";
  }
  return { claims: cs, ranks, value, low, high, exact };
};

interface SourceInfo {
  readonly named: boolean;
  readonly partisan: boolean;
  readonly weight: number;
}

const sourceInfoOf = (lexicon: LexiconIndex, c: Claim): SourceInfo => ({
  named: originOf(lexicon, c) === c.source,
  partisan: isPartisan(lexicon, c),
  weight: claimWeight(lexicon, c),
});

const figureKey = (origin: string, c0: Claim, exact: boolean, low: number, high: number, value: number): string =>
  `${origin}|${c0.asOf.earliest}|${c0.asOf.latest}|${exact ? "x" : "~"}|${low}|${high}|${value}`;

/**
 * A figure read from a claim standing alone (`unit` null) or from summed items (`unit`, whose first
 * claim is `c0`); `cs` and `ranks` are the claims behind it in id order, `cs` null for `c0` alone;
 * `articleList` gives the shared list of the article of a claim (by canonical position).
 */
const makeFigure = (
  articleList: (rank: number) => readonly string[],
  key: string,
  groupId: string,
  origin: string,
  c0: Claim,
  unit: Unit | null,
  cs: readonly Claim[] | null,
  ranks: readonly number[],
  info: SourceInfo,
  seq: number,
): Figure => {
  let headline = true;
  let secondHand = true;
  if (cs === null) {
    headline = c0.headline;
    secondHand = c0.via.length > 1;
  } else
    for (const c of cs) {
      headline &&= c.headline;
      secondHand &&= c.via.length > 1;
    }
  let value: number;
  let low: number;
  let high: number;
  let exact: boolean;
  if (unit === null) {
    const q = c0.quantity;
    const i = comparableInterval(q);
    value = pointValue(q);
    low = i.low;
    high = i.high;
    exact = q.qualifier === "exact";
  } else ({ value, low, high, exact } = unit);
  return {
    key,
    group: groupId,
    origin,
    source: c0.source,
    earliest: c0.asOf.earliest,
    latest: c0.asOf.latest,
    value,
    low,
    high,
    exact,
    quantity: c0.quantity,
    items: unit === null || unit.claims.length === 1 ? null : unit.claims.map((c) => c.quantity),
    ranks,
    articles: cs === null || cs.length === 1 ? articleList(ranks[0]!) : [...new Set(cs.map((c) => c.article))].sort(compareStrings),
    partisan: info.partisan,
    weight: info.weight,
    firstDay: dayNumber(c0.asOf.earliest),
    lastDay: dayNumber(c0.asOf.latest),
    seq,
    headline,
    secondHand,
  };
};

/**
 * The claims of one figure while it is built: of the units with its key, the one whose first claim
 * comes first in id order is what it reads (`c0`, and `unit` unless that claim stands alone).
 */
interface Pending {
  readonly origin: string;
  c0: Claim;
  unit: Unit | null;
  /** Position of its first unit's claim when that is a claim alone. */
  readonly rank0: number;
  /** Claims and positions of every unit with its key; null while its first unit is the only one. */
  claims: Claim[] | null;
  ranks: number[] | null;
}

/** The figures of one group's claims (given in canonical order, with their canonical positions). */
export const figuresOf = (
  lexicon: LexiconIndex,
  articleList: (rank: number) => readonly string[],
  groupId: string,
  claims: readonly Claim[],
  ranks: readonly number[],
  groupOf: Lookup<string>,
): Figure[] => {
  if (claims.length === 1) {
    // Most groups: one claim, one figure (none when it is nested inside itself).
    const c = claims[0]!;
    if (c.partOf === c.id) return [];
    const info = sourceInfoOf(lexicon, c);
    const origin = info.named ? c.source : originOf(lexicon, c);
    const i = comparableInterval(c.quantity);
    const key = figureKey(origin, c, c.quantity.qualifier === "exact", i.low, i.high, pointValue(c.quantity));
    return [makeFigure(articleList, key, groupId, origin, c, null, null, [ranks[0]!], info, 0)];
  }
  // Within a group the subject is fixed, so how a source is weighed depends on the source only.
  const bySource = new Map<string, SourceInfo>();
  const sourceInfo = (c: Claim): SourceInfo => {
    let s = bySource.get(c.source);
    if (s === undefined) bySource.set(c.source, (s = sourceInfoOf(lexicon, c)));
    return s;
  };
  // A claim alone under its key (most keys) is held as its position in `claims`; a record is made
  // only when a second unit shares the key.
  const byKey = new Map<string, Pending | number>();
  const originOfClaim = (c: Claim): string => (sourceInfo(c).named ? c.source : originOf(lexicon, c));
  const pendingOf = (k: number): Pending => {
    const c = claims[k]!;
    return { origin: originOfClaim(c), c0: c, unit: null, rank0: ranks[k]!, claims: null, ranks: null };
  };
  /** Adds a unit (the claim alone at position `k` when `u` is null) under its key. */
  const add = (c0: Claim, u: Unit | null, k: number, exact: boolean, low: number, high: number, value: number): void => {
    const origin = originOfClaim(c0);
    const key = figureKey(origin, c0, exact, low, high, value);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, u === null ? k : { origin, c0, unit: u, rank0: -1, claims: null, ranks: null });
      return;
    }
    let f: Pending;
    if (typeof seen === "number") byKey.set(key, (f = pendingOf(seen)));
    else f = seen;
    if (f.claims === null || f.ranks === null) {
      f.claims = f.unit === null ? [f.c0] : [...f.unit.claims];
      f.ranks = f.unit === null ? [f.rank0] : [...f.unit.ranks];
    }
    if (u === null) {
      f.claims.push(c0);
      f.ranks.push(ranks[k]!);
    } else
      for (let j = 0; j < u.claims.length; j++) {
        f.claims.push(u.claims[j]!);
        f.ranks.push(u.ranks[j]!);
      }
    if (compareClaimIds(c0.id, f.c0.id) < 0) {
      f.c0 = c0;
      f.unit = u;
    }
  };
  let siblings: Map<string, { claims: Claim[]; ranks: number[] }> | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.partOf === null) {
      const q = c.quantity;
      const i = comparableInterval(q);
      add(c, null, k, q.qualifier === "exact", i.low, i.high, pointValue(q));
      continue;
    }
    if (groupOf.get(c.partOf) === groupId) continue; // nested inside a claim of this group
    siblings ??= new Map();
    const l = siblings.get(c.article);
    if (l) {
      l.claims.push(c);
      l.ranks.push(ranks[k]!);
    } else siblings.set(c.article, { claims: [c], ranks: [ranks[k]!] });
  }
  if (siblings !== null)
    for (const l of siblings.values()) {
      const u = unitOfItems(l.claims, l.ranks);
      add(u.claims[0]!, u, -1, u.exact, u.low, u.high, u.value);
    }
  // Figures in key order: the keys are distinct, and the default sort orders strings by code
  // units as compareStrings does, without calling back into a comparator.
  const keys = Array.from(byKey.keys()).sort();
  const out: Figure[] = new Array(keys.length);
  for (let n = 0; n < keys.length; n++) {
    const key = keys[n]!;
    const seen = byKey.get(key)!;
    if (typeof seen === "number") {
      const c = claims[seen]!;
      out[n] = makeFigure(articleList, key, groupId, originOfClaim(c), c, null, null, [ranks[seen]!], sourceInfo(c), n);
      continue;
    }
    const f = seen;
    let cs: readonly Claim[] | null;
    let rs: readonly number[];
    const cs0 = f.claims ?? f.unit?.claims;
    const rs0 = f.ranks ?? f.unit?.ranks;
    if (cs0 !== undefined && rs0 !== undefined) {
      if (cs0.length > 1) {
        const order = cs0.map((_, k) => k).sort((x, y) => compareClaimIds(cs0[x]!.id, cs0[y]!.id));
        cs = order.map((k) => cs0[k]!);
        rs = order.map((k) => rs0[k]!);
      } else {
        cs = cs0;
        rs = rs0;
      }
    } else {
      cs = null;
      rs = [f.rank0];
    }
    out[n] = makeFigure(articleList, key, groupId, f.origin, f.c0, f.unit, cs, rs, sourceInfo(f.c0), n);
  }
  return out;
};
