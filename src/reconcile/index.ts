/**
 * Reconciliation: from a corpus's claims to groups, contradictions with their explanations,
 * notes, best-estimate timelines and per-source summaries (the export contract of SPEC.md).
 * Pure and deterministic: the output is in canonical order and does not depend on the order of
 * the input claims.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Contradiction, Note, Reconciliation, Timeline } from "../domain/reconciliation.js";
import { familiesOf, prepare } from "./analysis.js";
import { breakdownsOf } from "./breakdown.js";
import { reconcileFamily } from "./family.js";
import { headlinesOf } from "./headline.js";
import { articleNotesOf } from "./notes.js";
import { compareStrings } from "./order.js";
import { sourceTally } from "./sources.js";

export interface ReconcileInput {
  readonly corpus: string;
  readonly articles: readonly ArticleMeta[];
  readonly claims: readonly Claim[];
  readonly lexicon: LexiconIndex;
}

/** Sorted by id, the first of each id kept (the sort is stable: no map of ids needed). */
const uniqueById = <T extends { readonly id: string }>(xs: readonly T[]): T[] => {
  const sorted = xs.slice().sort((a, b) => compareStrings(a.id, b.id));
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i]!.id !== sorted[n - 1]!.id) sorted[n++] = sorted[i]!;
  sorted.length = n;
  return sorted;
};

export const reconcile = (input: ReconcileInput): Reconciliation => {
  const base = prepare(input.lexicon, input.articles, input.claims);
  const found: Contradiction[] = [];
  const groupNotes: Note[] = [];
  // Timelines by group position, so that they come out in group id order without a sort.
  const byPosition: (Timeline | undefined)[] = new Array(base.groups.groups.length).fill(undefined);
  const sources = sourceTally(base);
  // Groups are related as part and whole only within a family (same metric and period): each
  // family is reconciled by itself, its groups' working state dropped as soon as it is used.
  const out = { contradictions: found, notes: groupNotes, timeline: byPosition };
  for (const family of familiesOf(base)) reconcileFamily(base, family, out, sources);
  for (const c of breakdownsOf(base)) found.push(c);
  for (const c of headlinesOf(base)) found.push(c);
  for (const n of articleNotesOf(base)) groupNotes.push(n);
  const timeline: Timeline[] = [];
  for (const t of byPosition) if (t !== undefined) timeline.push(t);
  return {
    corpus: input.corpus,
    generatedFrom: { articles: input.articles.length, claims: base.claims.length },
    groups: base.groups.groups,
    contradictions: uniqueById(found),
    notes: uniqueById(groupNotes),
    timeline,
    sources: sources.summaries(),
  };
};

export { analyse, type Analysis } from "./analysis.js";
export { groupId, scopeOf } from "./groups.js";
export { KIND_WEIGHTS, PARTISAN_FACTOR, isPartisan, originOf, sourceWeight } from "./reliability.js";
