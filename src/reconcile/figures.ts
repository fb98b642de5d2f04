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
  readonly claims: readonly string[];
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

/** How a figure reads: "more than 200", "24 + 19". */
export const amountText = (f: Pick<Figure, "quantities">): string => f.quantities.map(quantityText).join(" + ");

interface Unit {
  readonly claims: Claim[];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
}

const unitOf = (one: Claim | Claim[]): Unit => {
  if (!Array.isArray(one)) {
    const q = one.quantity;
    const i = comparableInterval(q);
    return { claims: [one], value: pointValue(q), low: i.low, high: i.high, exact: q.qualifier === "exact" };
  }
  const cs = one;
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
  return { claims: cs, value, low, high, exact };
};

/** The figures of one group's claims (given in canonical order). */
export const figuresOf = (lexicon: LexiconIndex, groupId: string, claims: readonly Claim[]): Figure[] => {
  let ids: Set<string> | null = null;
  let siblings: Map<string, Claim[]> | null = null;
  const units: Unit[] = [];
  for (const c of claims) {
    if (c.partOf === null) {
      units.push(unitOf(c));
      continue;
    }
    ids ??= new Set(claims.map((x) => x.id));
    if (ids.has(c.partOf)) continue; // nested inside a claim of this group
    siblings ??= new Map();
    const l = siblings.get(c.article);
    if (l) l.push(c);
    else siblings.set(c.article, [c]);
  }
  if (siblings !== null) for (const l of siblings.values()) units.push(unitOf(l));

  // Within a group the subject is fixed, so how a source is weighed depends on the source only.
  const bySource = new Map<string, { readonly named: boolean; readonly partisan: boolean; readonly weight: number }>();
  const sourceInfo = (c: Claim) => {
    let s = bySource.get(c.source);
    if (s === undefined) {
      s = { named: originOf(lexicon, c) === c.source, partisan: isPartisan(lexicon, c), weight: claimWeight(lexicon, c) };
      bySource.set(c.source, s);
    }
    return s;
  };
  const byKey = new Map<string, { unit: Unit; readonly claims: Claim[]; readonly origin: string }>();
  for (const u of units) {
    const c0 = u.claims[0]!;
    const origin = sourceInfo(c0).named ? c0.source : originOf(lexicon, c0);
    const key = `${origin}|${c0.asOf.earliest}|${c0.asOf.latest}|${u.exact ? "x" : "~"}|${u.low}|${u.high}|${u.value}`;
    const f = byKey.get(key);
    if (!f) byKey.set(key, { unit: u, claims: u.claims.length === 1 ? [c0] : [...u.claims], origin });
    else {
      f.claims.push(...u.claims);
      if (compareClaimIds(c0.id, f.unit.claims[0]!.id) < 0) f.unit = u;
    }
  }
  const out: Figure[] = [];
  for (const [key, { unit, claims: cs, origin }] of byKey) {
    const c0 = unit.claims[0]!;
    const info = sourceInfo(c0);
    if (cs.length > 1) cs.sort((a, b) => compareClaimIds(a.id, b.id));
    let headline = true;
    let secondHand = true;
    for (const c of cs) {
      headline &&= c.headline;
      secondHand &&= c.via.length > 1;
    }
    out.push({
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
      quantities: unit.claims.map((c) => c.quantity),
      claims: cs.map((c) => c.id),
      articles: cs.length === 1 ? [c0.article] : [...new Set(cs.map((c) => c.article))].sort(compareStrings),
      partisan: info.partisan,
      weight: info.weight,
      firstDay: dayNumber(c0.asOf.earliest),
      lastDay: dayNumber(c0.asOf.latest),
      seq: 0,
      headline,
      secondHand,
    });
  }
  out.sort((a, b) => compareStrings(a.key, b.key));
  for (let i = 0; i < out.length; i++) out[i]!.seq = i;
  return out;
};
