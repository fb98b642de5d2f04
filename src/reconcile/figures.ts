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
import { compareClaimIds, compareStrings } from "./order.js";

export interface Figure {
  /** Stable identity within its group: origin, days and interval. */
  readonly key: string;
  readonly group: string;
  readonly origin: string;
  readonly source: string;
  readonly subject: string;
  readonly earliest: IsoDay;
  readonly latest: IsoDay;
  /** A representative number (the value as written, else the middle or bound of the interval). */
  readonly value: number;
  /** The interval compared with others (documented tolerance for "about"/"nearly"); high may be Infinity. */
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
  /** The quantities added up into it (one, unless breakdown items were summed). */
  readonly quantities: readonly Quantity[];
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
export const amountText = (f: Pick<Figure, "quantities">): string => f.quantities.map(quantityText).join(" + ");

interface Unit {
  readonly claims: Claim[];
  readonly ranks: number[];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
}

const unitOf = (one: Claim, rank: number): Unit => {
  const q = one.quantity;
  const i = comparableInterval(q);
  return { claims: [one], ranks: [rank], value: pointValue(q), low: i.low, high: i.high, exact: q.qualifier === "exact" };
};

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

const figureKey = (origin: string, c0: Claim, u: Unit): string =>
  `${origin}|${c0.asOf.earliest}|${c0.asOf.latest}|${u.exact ? "x" : "~"}|${u.low}|${u.high}|${u.value}`;

const makeFigure = (
  key: string,
  groupId: string,
  origin: string,
  unit: Unit,
  cs: readonly Claim[],
  ranks: readonly number[],
  info: SourceInfo,
): Figure => {
  const c0 = unit.claims[0]!;
  let headline = true;
  let secondHand = true;
  for (const c of cs) {
    headline &&= c.headline;
    secondHand &&= c.via.length > 1;
  }
  return {
    key,
    group: groupId,
    origin,
    source: c0.source,
    subject: c0.subject,
    earliest: c0.asOf.earliest,
    latest: c0.asOf.latest,
    value: unit.value,
    low: unit.low,
    high: unit.high,
    exact: unit.exact,
    quantities: unit.claims.length === 1 ? [c0.quantity] : unit.claims.map((c) => c.quantity),
    ranks,
    articles: cs.length === 1 ? [c0.article] : [...new Set(cs.map((c) => c.article))].sort(compareStrings),
    partisan: info.partisan,
    weight: info.weight,
    firstDay: dayNumber(c0.asOf.earliest),
    lastDay: dayNumber(c0.asOf.latest),
    seq: 0,
    headline,
    secondHand,
  };
};

/** The figures of one group's claims (given in canonical order, with their canonical positions). */
export const figuresOf = (lexicon: LexiconIndex, groupId: string, claims: readonly Claim[], ranks: readonly number[]): Figure[] => {
  if (claims.length === 1) {
    // Most groups: one claim, one figure (none when it is nested inside itself).
    const c = claims[0]!;
    if (c.partOf === c.id) return [];
    const u = unitOf(c, ranks[0]!);
    const info = sourceInfoOf(lexicon, c);
    const origin = info.named ? c.source : originOf(lexicon, c);
    return [makeFigure(figureKey(origin, c, u), groupId, origin, u, u.claims, u.ranks, info)];
  }
  let ids: Set<string> | null = null;
  let siblings: Map<string, { claims: Claim[]; ranks: number[] }> | null = null;
  const units: Unit[] = [];
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.partOf === null) {
      units.push(unitOf(c, ranks[k]!));
      continue;
    }
    ids ??= new Set(claims.map((x) => x.id));
    if (ids.has(c.partOf)) continue; // nested inside a claim of this group
    siblings ??= new Map();
    const l = siblings.get(c.article);
    if (l) {
      l.claims.push(c);
      l.ranks.push(ranks[k]!);
    } else siblings.set(c.article, { claims: [c], ranks: [ranks[k]!] });
  }
  if (siblings !== null) for (const l of siblings.values()) units.push(unitOfItems(l.claims, l.ranks));

  // Within a group the subject is fixed, so how a source is weighed depends on the source only.
  const bySource = new Map<string, SourceInfo>();
  const sourceInfo = (c: Claim): SourceInfo => {
    let s = bySource.get(c.source);
    if (s === undefined) bySource.set(c.source, (s = sourceInfoOf(lexicon, c)));
    return s;
  };
  // A figure's lists are its first unit's until a second unit joins it (then copied, the unit keeps its own).
  const byKey = new Map<string, { unit: Unit; claims: Claim[]; ranks: number[]; owned: boolean; readonly origin: string }>();
  for (const u of units) {
    const c0 = u.claims[0]!;
    const origin = sourceInfo(c0).named ? c0.source : originOf(lexicon, c0);
    const key = figureKey(origin, c0, u);
    const f = byKey.get(key);
    if (!f) byKey.set(key, { unit: u, claims: u.claims, ranks: u.ranks, owned: false, origin });
    else {
      if (!f.owned) {
        f.claims = [...f.claims];
        f.ranks = [...f.ranks];
        f.owned = true;
      }
      for (let k = 0; k < u.claims.length; k++) {
        f.claims.push(u.claims[k]!);
        f.ranks.push(u.ranks[k]!);
      }
      if (compareClaimIds(c0.id, f.unit.claims[0]!.id) < 0) f.unit = u;
    }
  }
  const out: Figure[] = [];
  for (const [key, { unit, claims: cs0, ranks: rs0, origin }] of byKey) {
    let cs = cs0;
    let rs = rs0;
    if (cs.length > 1) {
      const order = cs.map((_, k) => k).sort((x, y) => compareClaimIds(cs0[x]!.id, cs0[y]!.id));
      cs = order.map((k) => cs0[k]!);
      rs = order.map((k) => rs0[k]!);
    }
    out.push(makeFigure(key, groupId, origin, unit, cs, rs, sourceInfo(unit.claims[0]!)));
  }
  out.sort((a, b) => compareStrings(a.key, b.key));
  for (let i = 0; i < out.length; i++) out[i]!.seq = i;
  return out;
};
