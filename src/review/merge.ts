/**
 * Merging a fresh extraction into a reviewed claims file without losing people's work.
 *
 * - A claim with a review (confirmed, corrected, added or rejected) is kept exactly as it is, and
 *   the fresh claim with the same identity (article, span, metric) is not added beside it: a
 *   rejected claim stays rejected, a corrected one keeps its corrections.
 * - An unreviewed machine claim is replaced by its fresh counterpart, keeping its id so that
 *   references to it stay valid; one that the extractor no longer produces is dropped.
 * - A fresh claim with no counterpart gets a new id after the article's highest number.
 * Only the articles that were re-extracted are touched; the claims of other articles are kept.
 */
import { claimIdentity, type Claim, type ReviewedClaim } from "../domain/claim.js";

export interface MergeResult {
  readonly claims: readonly ReviewedClaim[];
  readonly kept: number;
  readonly updated: number;
  readonly added: number;
  readonly dropped: number;
}

const numberOf = (id: string): number => {
  const m = /#(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
};

const isReviewed = (c: ReviewedClaim): boolean => c.review != null;

/**
 * @param existing the claims of claims.json, in file order
 * @param fresh claims just extracted from the articles in `articles`
 * @param extracted ids of the re-extracted articles
 * @param order article ids in manifest order (the order of the result)
 */
export const mergeExtraction = (
  existing: readonly ReviewedClaim[],
  fresh: readonly Claim[],
  extracted: readonly string[],
  order: readonly string[] = extracted,
): MergeResult => {
  const touched = new Set(extracted);
  // (claims of one identity in file order, each matched once: two fresh claims with the same span
  // and metric keep their two ids on every merge)
  const byIdentity = new Map<string, ReviewedClaim[]>();
  for (const c of existing) {
    if (!touched.has(c.article)) continue;
    const key = claimIdentity(c);
    const same = byIdentity.get(key);
    if (same) same.push(c);
    else byIdentity.set(key, [c]);
  }

  const nextNumber = new Map<string, number>();
  for (const c of existing) nextNumber.set(c.article, Math.max(nextNumber.get(c.article) ?? 0, numberOf(c.id)));
  const newId = (article: string): string => {
    const n = (nextNumber.get(article) ?? 0) + 1;
    nextNumber.set(article, n);
    return `${article}#${n}`;
  };

  // First pass: decide the final id of every fresh claim.
  const finalId = new Map<string, string>();
  const outcome: { claim: Claim; kind: "reviewed" | "updated" | "added"; id: string }[] = [];
  let added = 0;
  let updated = 0;
  for (const f of fresh) {
    const prior = byIdentity.get(claimIdentity(f))?.shift();
    if (prior && isReviewed(prior)) {
      finalId.set(f.id, prior.id);
      outcome.push({ claim: f, kind: "reviewed", id: prior.id });
    } else if (prior) {
      finalId.set(f.id, prior.id);
      outcome.push({ claim: f, kind: "updated", id: prior.id });
      updated++;
    } else {
      const id = newId(f.article);
      finalId.set(f.id, id);
      outcome.push({ claim: f, kind: "added", id });
      added++;
    }
  }
  const matched = new Set(outcome.filter((o) => o.kind !== "added").map((o) => o.id));

  const result: ReviewedClaim[] = [];
  let kept = 0;
  let dropped = 0;
  for (const c of existing) {
    if (!touched.has(c.article) || isReviewed(c)) {
      result.push(c);
      kept++;
    } else if (!matched.has(c.id)) dropped++;
  }
  for (const o of outcome) {
    if (o.kind === "reviewed") continue;
    const partOf = o.claim.partOf === null ? null : (finalId.get(o.claim.partOf) ?? null);
    result.push({ ...o.claim, id: o.id, partOf });
  }

  const position = new Map(order.map((a, i) => [a, i]));
  const rank = (c: ReviewedClaim) => position.get(c.article) ?? Number.MAX_SAFE_INTEGER;
  const sorted = result
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || (a.c.article < b.c.article ? -1 : a.c.article > b.c.article ? 1 : 0) || a.c.span.start - b.c.span.start || a.i - b.i)
    .map(({ c }) => c);
  return { claims: sorted, kept, updated, added, dropped };
};
