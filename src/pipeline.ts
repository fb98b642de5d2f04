/**
 * The pipeline article → claims → reconciliation, as plain functions: which claims a corpus is
 * reconciled from (reviewed claims where an article has them, fresh extraction elsewhere), and the
 * run of the whole chain. Pure: the shell reads the files and prints the results.
 */
import type { Claim, ReviewedClaim } from "./domain/claim.js";
import type { Article } from "./domain/corpus.js";
import type { LexiconIndex } from "./domain/lexicon.js";
import type { Reconciliation } from "./domain/reconciliation.js";
import { extractArticle } from "./extract/index.js";
import { reconcile } from "./reconcile/index.js";

/** Extracts every article, in manifest order. */
export const extractAll = (articles: readonly Article[], lexicon: LexiconIndex): Claim[] =>
  articles.flatMap((a) => extractArticle(a, lexicon));

/** A reviewed claim as the engine uses it: without its review record. */
const withoutReview = ({ review: _review, ...claim }: ReviewedClaim): Claim => claim;

/**
 * The claims a reconciliation rests on: for an article with claims in claims.json, those claims
 * (less the ones a person rejected); for any other article, claims extracted on the fly.
 */
export const claimsToReconcile = (
  articles: readonly Article[],
  reviewed: readonly ReviewedClaim[] | null,
  lexicon: LexiconIndex,
): Claim[] => {
  const fromFile = new Set((reviewed ?? []).map((c) => c.article));
  const kept = (reviewed ?? []).filter((c) => c.review?.status !== "rejected").map(withoutReview);
  const fresh = extractAll(articles.filter((a) => !fromFile.has(a.meta.id)), lexicon);
  return [...kept, ...fresh];
};

export interface PipelineResult {
  readonly claims: readonly Claim[];
  readonly reconciliation: Reconciliation;
}

export const runPipeline = (
  corpus: string,
  articles: readonly Article[],
  reviewed: readonly ReviewedClaim[] | null,
  lexicon: LexiconIndex,
): PipelineResult => {
  const claims = claimsToReconcile(articles, reviewed, lexicon);
  const reconciliation = reconcile({ corpus, articles: articles.map((a) => a.meta), claims, lexicon });
  return { claims, reconciliation };
};
