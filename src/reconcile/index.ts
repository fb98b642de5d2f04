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
import { timelinesOf } from "../timeline/index.js";
import { familiesOf, prepare, withGroups } from "./analysis.js";
import { breakdownsOf } from "./breakdown.js";
import { conflictsOf } from "./conflicts.js";
import { headlinesOf } from "./headline.js";
import { articleNotesOf, groupNotesOf } from "./notes.js";
import { compareStrings } from "./order.js";
import { sourceTally } from "./sources.js";

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
  const base = prepare(input.lexicon, input.articles, input.claims);
  const found: Contradiction[] = [];
  const groupNotes: Note[] = [];
  const timeline: Timeline[] = [];
  const sources = sourceTally(base);
  // Groups are related as part and whole only within a family (same metric and period): each
  // family's working state is built, used by every pass and dropped before the next family.
  for (const family of familiesOf(base)) {
    const a = withGroups(base, family);
    conflictsOf(a, found);
    groupNotesOf(a, groupNotes);
    for (const t of timelinesOf(a)) timeline.push(t);
    sources.addGroups(a);
  }
  for (const c of breakdownsOf(base)) found.push(c);
  for (const c of headlinesOf(base)) found.push(c);
  for (const n of articleNotesOf(base)) groupNotes.push(n);
  timeline.sort((x, y) => compareStrings(x.group, y.group));
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
