/**
 * Looking for what reconciles two numbers before calling them contradictory. Sums are found with
 * an index of exact claims by article and by source and day, never by comparing all pairs of a
 * group: "343 = 327 + 16 killed at Basel roundabout" is found by looking up 343 − 327 = 16 among
 * the claims of the same articles and of the same source that day.
 */
import type { Claim } from "../domain/claim.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Resolution } from "../domain/reconciliation.js";
import { partText, sourceName } from "./describe.js";
import { EXACT, type ClaimColumns } from "./columns.js";
import type { Figure } from "./figures.js";
import { compareClaimIds } from "./order.js";

/** Lookup by id (backed by the claims' canonical positions rather than a map per use). */
export interface Lookup<V> {
  get(id: string): V | undefined;
}

export interface ClaimIndex {
  /** All claims, in canonical order. */
  readonly claims: readonly Claim[];
  readonly byId: Lookup<Claim>;
  readonly byArticle: ReadonlyMap<string, readonly Claim[]>;
  /** The articles with a headline claim. */
  readonly headlined: ReadonlySet<string>;
  /**
   * The one-element list of the article of the claim at a canonical position, shared by every
   * figure read from that article alone.
   */
  readonly articleList: (rank: number) => readonly string[];
  /**
   * The number of the article of the claim at each canonical position: equal numbers for equal
   * article texts, from 0 to `articleCount` - 1 (marks by number replace sets of article texts).
   */
  readonly articleNumber: Int32Array;
  readonly articleCount: number;
  /** Exact claims of a source on a day (the latest day of asOf) with a value; built on first use. */
  readonly bySourceDayValue: (source: string, metric: string, day: string, value: number) => readonly Claim[];
}

/** Marks on article numbers, shared by every caller: one set of marks in use at a time. */
let articleMarks = new Int32Array(0);
let articleSerial = 0;

/**
 * A new mark for articles numbered below `count` (`ClaimIndex.articleNumber`): a set of articles
 * as a serial number written into one shared table, instead of a set of their texts per use.
 * `markArticle` adds an article to it and `hasArticle` tests one, until the next call.
 */
export const newArticleMark = (count: number): number => {
  if (articleMarks.length < count) articleMarks = new Int32Array(Math.max(count, 2 * articleMarks.length));
  return ++articleSerial;
};

export const markArticle = (mark: number, article: number): void => {
  articleMarks[article] = mark;
};

export const hasArticle = (mark: number, article: number): boolean => articleMarks[article] === mark;

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};

/** Claims are expected in canonical order, `cols` their columns; lists keep it. */
export const indexClaims = (claims: readonly Claim[], rank: Lookup<number>, cols: ClaimColumns): ClaimIndex => {
  const byId: Lookup<Claim> = {
    get: (id) => {
      const r = rank.get(id);
      return r === undefined ? undefined : claims[r];
    },
  };
  // Claims come in canonical order, so one article's claims are consecutive.
  const byArticle = new Map<string, Claim[]>();
  /** The number of each claim's article, and each article's one-element list of its text. */
  const articleNumber = new Int32Array(claims.length);
  const lists: (readonly string[])[] = [];
  const headlined = new Set<string>();
  for (let i = 0; i < claims.length; ) {
    const art = claims[i]!.article;
    let j = i;
    for (; j < claims.length && claims[j]!.article === art; j++) if (claims[j]!.headline) headlined.add(art);
    const l = byArticle.get(art);
    if (l) {
      // An article whose claims come in more than one run keeps the number of its first.
      articleNumber.fill(articleNumber[rank.get(l[0]!.id)!]!, i, j);
      for (let k = i; k < j; k++) l.push(claims[k]!);
    } else {
      articleNumber.fill(lists.length, i, j);
      lists.push([art]);
      byArticle.set(art, claims.slice(i, j));
    }
    i = j;
  }
  // Exact claims keyed by source and day only (far fewer keys than claims), read from the claims'
  // columns: their positions, run after run of one key in canonical order; metric and value are
  // checked on lookup (a claim without a value never equals one).
  let sdv: { readonly slotOf: Map<number, number>; readonly starts: Int32Array; readonly members: Int32Array } | null = null;
  const dayCount = cols.days.length;
  const bySourceDayValue = (source: string, metric: string, day: string, value: number): readonly Claim[] => {
    if (sdv === null) {
      const slotOf = new Map<number, number>();
      const slotAt = new Int32Array(claims.length).fill(-1);
      const counts: number[] = [];
      for (let r = 0; r < claims.length; r++) {
        if ((cols.flags[r]! & EXACT) === 0) continue;
        const key = cols.source[r]! * dayCount + cols.latest[r]!;
        let slot = slotOf.get(key);
        if (slot === undefined) slotOf.set(key, (slot = counts.push(0) - 1));
        counts[slot]!++;
        slotAt[r] = slot;
      }
      const starts = new Int32Array(counts.length + 1);
      for (let k = 0; k < counts.length; k++) starts[k + 1] = starts[k]! + counts[k]!;
      const filled = starts.slice(0, counts.length);
      const members = new Int32Array(starts[counts.length]!);
      for (let r = 0; r < claims.length; r++) if (slotAt[r]! >= 0) members[filled[slotAt[r]!]!++] = r;
      sdv = { slotOf, starts, members };
    }
    const s = cols.sourceIndex.get(source);
    const d = cols.dayIndex.get(day);
    const slot = s === undefined || d === undefined ? undefined : sdv.slotOf.get(s * dayCount + d);
    if (slot === undefined) return [];
    const out: Claim[] = [];
    for (let i = sdv.starts[slot]!; i < sdv.starts[slot + 1]!; i++) {
      const c = claims[sdv.members[i]!]!;
      if (c.metric === metric && c.quantity.value === value) out.push(c);
    }
    return out;
  };
  const articleList = (rank: number): readonly string[] => lists[articleNumber[rank]!]!;
  return { claims, byId, byArticle, headlined, articleList, articleNumber, articleCount: lists.length, bySourceDayValue };
};

/** A claim that may be a part of a count of `subject` at `location`. */
const fitsInside = (lexicon: LexiconIndex, c: Claim, metric: string, subject: string, location: string): boolean =>
  c.metric === metric && lexicon.subjectWithin(c.subject, subject) && lexicon.placeWithin(c.location, location);

/**
 * `total = figure + d` where d is stated by a claim in the articles of either side or by the
 * smaller figure's source on its day. All such claims are listed (the text names the first).
 */
export const findSumWithDifference = (
  lexicon: LexiconIndex,
  index: ClaimIndex,
  scope: { readonly metric: string; readonly subject: string; readonly location: string },
  larger: Figure,
  smaller: Figure,
): Resolution | null => {
  if (!larger.exact || !smaller.exact) return null;
  const d = larger.value - smaller.value;
  if (d <= 0) return null;
  // The claims of both figures, set aside: made when a claim of the difference is first met (most
  // pairs have none).
  let used: Set<string> | null = null;
  const usedIds = (): Set<string> => {
    const out = new Set<string>();
    for (const r of larger.ranks) out.add(index.claims[r]!.id);
    for (const r of smaller.ranks) out.add(index.claims[r]!.id);
    return out;
  };
  const found = new Map<string, Claim>();
  const look = (list: readonly Claim[] | undefined) => {
    if (list === undefined) return;
    for (const c of list)
      if (c.quantity.qualifier === "exact" && c.quantity.value === d && !(used ??= usedIds()).has(c.id) && fitsInside(lexicon, c, scope.metric, scope.subject, scope.location))
        found.set(c.id, c);
  };
  // Each article of either side once.
  const largerArts = larger.articles;
  for (const a of largerArts) look(index.byArticle.get(a));
  for (const a of smaller.articles) if (!largerArts.includes(a)) look(index.byArticle.get(a));
  look(index.bySourceDayValue(smaller.source, scope.metric, smaller.latest, d));
  if (found.size === 0) return null;
  const ids = [...found.keys()].sort(compareClaimIds);
  const first = found.get(ids[0]!)!;
  return {
    kind: "sum-of-claims",
    text: `${larger.value} = ${smaller.value} + ${partText(lexicon, first)}: the larger figure adds ${sourceName(lexicon, first.source)}'s ${d} to the ${smaller.value}`,
    claims: ids,
  };
};

/**
 * `total = x + y` for two exact claims of one article other than the total (a headline summing
 * two body figures). Pairs with one member in `preferGroup` claims come first; all found pairs
 * of the preferred kind are listed.
 */
export const findTwoClaimSum = (
  lexicon: LexiconIndex,
  candidates: readonly Claim[],
  total: number,
  scope: { readonly metric: string; readonly subject: string; readonly location: string },
  prefer: (c: Claim) => boolean,
): { readonly pairs: readonly (readonly [Claim, Claim])[] } | null => {
  const usable = candidates.filter(
    (c) => c.quantity.qualifier === "exact" && c.quantity.value !== null && fitsInside(lexicon, c, scope.metric, scope.subject, scope.location),
  );
  const byValue = new Map<number, Claim[]>();
  for (const c of usable) push(byValue, c.quantity.value!, c);
  const preferred: [Claim, Claim][] = [];
  const others: [Claim, Claim][] = [];
  for (const x of usable) {
    const y = total - x.quantity.value!;
    if (y <= 0) continue;
    for (const z of byValue.get(y) ?? []) {
      if (compareClaimIds(z.id, x.id) <= 0 && y === x.quantity.value) continue;
      if (z.id === x.id) continue;
      const pair: [Claim, Claim] = x.quantity.value! >= y ? [x, z] : [z, x];
      if (compareClaimIds(pair[0].id, pair[1].id) === 0) continue;
      (prefer(x) || prefer(z) ? preferred : others).push(pair);
    }
  }
  const pairs = preferred.length > 0 ? preferred : others;
  if (pairs.length === 0) return null;
  const seen = new Set<string>();
  const unique = pairs.filter(([a, b]) => {
    const k = `${a.id} ${b.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort(([a1, b1], [a2, b2]) => compareClaimIds(a1.id, a2.id) || compareClaimIds(b1.id, b2.id));
  return { pairs: unique };
};

/** A round figure (a multiple of 10, or of 50 above 500) within 5% of the other. */
export const isRoundingOf = (round: number, other: number): boolean => {
  if (round <= 0 || round === other) return false;
  const step = round >= 500 ? 50 : 10;
  return round % step === 0 && Math.abs(round - other) <= 0.05 * Math.max(round, other);
};
