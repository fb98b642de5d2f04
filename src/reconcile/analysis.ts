/**
 * The shared working state of a reconciliation: for every group its claims, figures and each
 * origin's series, built once and read by the contradiction, note, source and timeline passes.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Group } from "../domain/reconciliation.js";
import { indexClaims, type ClaimIndex } from "./explain.js";
import { figuresOf, type Figure } from "./figures.js";
import { buildGroups, type GroupIndex } from "./groups.js";
import { compareClaimIds, compareStrings } from "./order.js";
import { seriesOf, type Series } from "./series.js";

export interface GroupAnalysis {
  readonly group: Group;
  readonly claims: readonly Claim[];
  readonly series: Series;
  /**
   * Current figures compared across origins: a headline number is left to the headline check
   * when the body of its article states figures of the same group.
   */
  readonly comparable: readonly Figure[];
  /** Current figures per origin, by day. */
  readonly byOrigin: ReadonlyMap<string, readonly Figure[]>;
  /** Claim ids, without duplicates, in canonical order. */
  readonly inOrder: (ids: Iterable<string>) => string[];
}

export interface Analysis {
  readonly lexicon: LexiconIndex;
  readonly claims: readonly Claim[];
  readonly index: ClaimIndex;
  readonly groups: GroupIndex;
  readonly byGroup: ReadonlyMap<string, GroupAnalysis>;
  readonly articles: ReadonlyMap<string, ArticleMeta>;
  readonly languageOf: (article: string) => string;
  /** Claim ids, without duplicates, in canonical order. */
  readonly inOrder: (ids: Iterable<string>) => string[];
}

/** Claims in canonical order, one per id (for a duplicated id, the first in JSON order). */
export const canonicalClaims = (claims: readonly Claim[]): Claim[] => {
  // Claims files and extraction give claims in order: checking is linear, sorting is not.
  let ordered = true;
  for (let i = 1; i < claims.length && ordered; i++) ordered = compareClaimIds(claims[i - 1]!.id, claims[i]!.id) < 0;
  if (ordered) return claims.slice();
  const keyed = claims.map((c) => {
    const at = c.id.lastIndexOf("#");
    const n = at < 0 ? Number.NaN : Number(c.id.slice(at + 1));
    return { c, art: at < 0 ? c.id : c.id.slice(0, at), n: Number.isInteger(n) && n >= 0 ? n : Number.NaN };
  });
  keyed.sort((x, y) =>
    x.art < y.art ? -1 : x.art > y.art ? 1 : x.n === y.n || Number.isNaN(x.n) || Number.isNaN(y.n) ? compareClaimIds(x.c.id, y.c.id) : x.n - y.n,
  );
  const sorted = keyed.map((k) => k.c);
  const out: Claim[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.id === sorted[i]!.id) j++;
    if (j - i === 1) out.push(sorted[i]!);
    else {
      const same = sorted.slice(i, j).map((c) => [JSON.stringify(c), c] as const);
      same.sort(([a], [b]) => compareStrings(a, b));
      out.push(same[0]![1]);
    }
    i = j;
  }
  return out;
};

export const analyse = (lexicon: LexiconIndex, articles: readonly ArticleMeta[], claimsIn: readonly Claim[]): Analysis => {
  const claims = canonicalClaims(claimsIn);
  /** Position of each claim id in canonical order: the one map from ids to claims. */
  const rank = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) rank.set(claims[i]!.id, i);
  const index = indexClaims(claims, rank);
  const groups = buildGroups(lexicon, claims, rank);
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const languageOf = (a: string) => articleMap.get(a)?.language ?? "und";
  const inOrder = (ids: Iterable<string>): string[] => {
    if (Array.isArray(ids) && ids.length === 1) return [ids[0] as string];
    const rs: number[] = [];
    for (const id of ids) rs.push(rank.get(id)!);
    if (rs.length === 1) return [claims[rs[0]!]!.id];
    const sorted = Int32Array.from(rs).sort();
    const out: string[] = [];
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(claims[sorted[i]!]!.id);
    return out;
  };
  const byGroup = new Map<string, GroupAnalysis>();
  for (let gi = 0; gi < groups.groups.length; gi++) {
    const group = groups.groups[gi]!;
    const gClaims = groups.claimsOf(gi);
    const figures = figuresOf(lexicon, group.id, gClaims);
    const series = seriesOf(figures, group.cumulative, languageOf);
    let comparable = series.current;
    if (series.current.some((f) => f.headline)) {
      const bodyArticles = new Set(gClaims.filter((c) => !c.headline).map((c) => c.article));
      comparable = series.current.filter((f) => !(f.headline && f.articles.every((x) => bodyArticles.has(x))));
    }
    const byOrigin = new Map<string, Figure[]>();
    for (const f of series.current) {
      const l = byOrigin.get(f.origin);
      if (l) l.push(f);
      else byOrigin.set(f.origin, [f]);
    }
    byGroup.set(group.id, { group, claims: gClaims, series, comparable, byOrigin, inOrder });
  }
  return { lexicon, claims, index, groups, byGroup, articles: articleMap, languageOf, inOrder };
};
