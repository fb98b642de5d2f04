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
import { comparableInterval, pointValue } from "../domain/quantity.js";
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
  /** How the figure reads ("more than 200", "24 + 19"). */
  readonly text: string;
  readonly claims: readonly string[];
  readonly articles: readonly string[];
  readonly languages: readonly string[];
  readonly partisan: boolean;
  readonly weight: number;
  /** Every claim behind it is a headline number. */
  readonly headline: boolean;
}

interface Unit {
  readonly claims: Claim[];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
  readonly text: string;
}

const unitOf = (cs: Claim[], text: (c: Claim) => string): Unit => {
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
  return { claims: cs, value, low, high, exact, text: cs.map(text).join(" + ") };
};

/**
 * The figures of one group's claims. `languageOf` gives an article's language; `text` how a
 * single quantity reads.
 */
export const figuresOf = (
  lexicon: LexiconIndex,
  groupId: string,
  claims: readonly Claim[],
  languageOf: (article: string) => string,
  text: (c: Claim) => string,
): Figure[] => {
  const ids = new Set(claims.map((c) => c.id));
  const siblings = new Map<string, Claim[]>();
  const singles: Claim[] = [];
  for (const c of claims) {
    if (c.partOf !== null && ids.has(c.partOf)) continue; // nested inside a claim of this group
    if (c.partOf !== null) {
      const k = c.article;
      const l = siblings.get(k);
      if (l) l.push(c);
      else siblings.set(k, [c]);
    } else singles.push(c);
  }
  const units: Unit[] = singles.map((c) => unitOf([c], text));
  for (const l of siblings.values()) units.push(unitOf(l.sort((a, b) => compareClaimIds(a.id, b.id)), text));

  const byKey = new Map<string, { unit: Unit; readonly claims: Claim[] }>();
  for (const u of units) {
    const c0 = u.claims[0]!;
    const origin = originOf(lexicon, c0);
    const key = `${origin}|${c0.asOf.earliest}|${c0.asOf.latest}|${u.exact ? "x" : "~"}|${u.low}|${u.high}|${u.value}`;
    const f = byKey.get(key);
    if (!f) byKey.set(key, { unit: u, claims: [...u.claims] });
    else {
      f.claims.push(...u.claims);
      if (compareClaimIds(c0.id, f.unit.claims[0]!.id) < 0) f.unit = u;
    }
  }
  const out: Figure[] = [];
  for (const [key, { unit, claims: cs }] of byKey) {
    const c0 = unit.claims[0]!;
    cs.sort((a, b) => compareClaimIds(a.id, b.id));
    const articles = [...new Set(cs.map((c) => c.article))].sort(compareStrings);
    out.push({
      key,
      group: groupId,
      origin: originOf(lexicon, c0),
      source: c0.source,
      subject: c0.subject,
      earliest: c0.asOf.earliest,
      latest: c0.asOf.latest,
      value: unit.value,
      low: unit.low,
      high: unit.high,
      exact: unit.exact,
      text: unit.text,
      claims: cs.map((c) => c.id),
      articles,
      languages: [...new Set(articles.map(languageOf))].sort(compareStrings),
      partisan: isPartisan(lexicon, c0),
      weight: claimWeight(lexicon, c0),
      headline: cs.every((c) => c.headline),
    });
  }
  return out.sort((a, b) => compareStrings(a.key, b.key));
};
