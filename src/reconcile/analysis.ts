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
}

export interface Analysis {
  readonly lexicon: LexiconIndex;
  readonly claims: readonly Claim[];
  readonly index: ClaimIndex;
  readonly groups: GroupIndex;
  readonly byGroup: ReadonlyMap<string, GroupAnalysis>;
  readonly articles: ReadonlyMap<string, ArticleMeta>;
  readonly languageOf: (article: string) => string;
}

/** Claims in canonical order, one per id (for a duplicated id, the first in JSON order). */
export const canonicalClaims = (claims: readonly Claim[]): Claim[] => {
  const sorted = [...claims].sort((a, b) => compareClaimIds(a.id, b.id));
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
  const index = indexClaims(claims);
  const groups = buildGroups(lexicon, claims);
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const languageOf = (a: string) => articleMap.get(a)?.language ?? "und";
  const byGroup = new Map<string, GroupAnalysis>();
  for (const group of groups.groups) {
    const gClaims = group.claims.map((id) => index.byId.get(id)!);
    const figures = figuresOf(lexicon, group.id, gClaims);
    const series = seriesOf(figures, group.cumulative, languageOf);
    const bodyArticles = new Set(gClaims.filter((c) => !c.headline).map((c) => c.article));
    const comparable = series.current.filter((f) => !(f.headline && f.articles.every((a) => bodyArticles.has(a))));
    const byOrigin = new Map<string, Figure[]>();
    for (const f of series.current) {
      const l = byOrigin.get(f.origin);
      if (l) l.push(f);
      else byOrigin.set(f.origin, [f]);
    }
    byGroup.set(group.id, { group, claims: gClaims, series, comparable, byOrigin });
  }
  return { lexicon, claims, index, groups, byGroup, articles: articleMap, languageOf };
};
