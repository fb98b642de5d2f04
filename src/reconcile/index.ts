/**
 * Reconciliation: from a corpus's claims to groups, contradictions with their explanations,
 * notes, best-estimate timelines and per-source summaries (the export contract of SPEC.md).
 * Pure and deterministic: the output is in canonical order and does not depend on the order of
 * the input claims.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Contradiction, Note, Reconciliation } from "../domain/reconciliation.js";
import { timelinesOf } from "../timeline/index.js";
import { analyse } from "./analysis.js";
import { breakdownsOf } from "./breakdown.js";
import { conflictsOf } from "./conflicts.js";
import { headlinesOf } from "./headline.js";
import { notesOf } from "./notes.js";
import { compareStrings } from "./order.js";
import { sourcesOf } from "./sources.js";

export interface ReconcileInput {
  readonly corpus: string;
  readonly articles: readonly ArticleMeta[];
  readonly claims: readonly Claim[];
  readonly lexicon: LexiconIndex;
}

const uniqueById = <T extends { readonly id: string }>(xs: readonly T[]): T[] => {
  const byId = new Map<string, T>();
  for (const x of xs) if (!byId.has(x.id)) byId.set(x.id, x);
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
};

export const reconcile = (input: ReconcileInput): Reconciliation => {
  const a = analyse(input.lexicon, input.articles, input.claims);
  const contradictions: Contradiction[] = uniqueById([...conflictsOf(a), ...breakdownsOf(a), ...headlinesOf(a)]);
  const notes: Note[] = uniqueById(notesOf(a));
  return {
    corpus: input.corpus,
    generatedFrom: { articles: input.articles.length, claims: a.claims.length },
    groups: a.groups.groups,
    contradictions,
    notes,
    timeline: timelinesOf(a),
    sources: sourcesOf(a),
  };
};

export { analyse, type Analysis } from "./analysis.js";
export { groupId, scopeOf } from "./groups.js";
export { KIND_WEIGHTS, PARTISAN_FACTOR, isPartisan, originOf, sourceWeight } from "./reliability.js";
