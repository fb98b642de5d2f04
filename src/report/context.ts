/**
 * What every report renders from: the reconciliation, the claims behind it, the articles'
 * manifest entries and the lexicon (for names), and when the report was made. Built by the
 * caller; the renderers only read it.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Reconciliation } from "../domain/reconciliation.js";

export interface ReportContext {
  readonly reconciliation: Reconciliation;
  readonly claims: readonly Claim[];
  readonly articles: readonly ArticleMeta[];
  readonly lexicon: LexiconIndex;
  /** ISO date-time the report is generated at (passed in: renderers never read the clock). */
  readonly generatedAt: string;
}

/** Lookups over a context, built once per rendering. */
export interface ReportIndex {
  readonly claim: (id: string) => Claim | undefined;
  readonly article: (id: string) => ArticleMeta | undefined;
  /** The claims with these ids that exist, in the order given. */
  readonly claimsOf: (ids: readonly string[]) => readonly Claim[];
}

export const indexReport = (ctx: ReportContext): ReportIndex => {
  const claims = new Map(ctx.claims.map((c) => [c.id, c]));
  const articles = new Map(ctx.articles.map((a) => [a.id, a]));
  return {
    claim: (id) => claims.get(id),
    article: (id) => articles.get(id),
    claimsOf: (ids) => ids.flatMap((id) => {
      const c = claims.get(id);
      return c ? [c] : [];
    }),
  };
};
