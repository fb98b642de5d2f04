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
import { startSecondThread, type SecondThread, type SecondThreadUse } from "./second-thread.js";
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

export interface ReconcileOptions {
  /** Whether some families are reconciled on a second thread (second-thread.ts); default `auto`. */
  readonly secondThread?: SecondThreadUse;
}

export const reconcile = (input: ReconcileInput, options: ReconcileOptions = {}): Reconciliation => {
  const started: { thread: SecondThread | null } = { thread: null };
  const base = prepare(input.lexicon, input.articles, input.claims, (claims) => {
    started.thread = startSecondThread(input.lexicon, input.articles, claims, options.secondThread ?? "auto");
  });
  const found: Contradiction[] = [];
  const groupNotes: Note[] = [];
  // Timelines by group position, so that they come out in group id order without a sort.
  const byPosition: (Timeline | undefined)[] = new Array(base.groups.groups.length).fill(undefined);
  const sources = sourceTally(base);
  // Groups are related as part and whole only within a family (same metric and period): each
  // family is reconciled by itself, its groups' working state dropped as soon as it is used.
  const out = { contradictions: found, notes: groupNotes, timeline: byPosition };
  const shared = started.thread;
  const theirs: number[][] = [];
  for (const family of familiesOf(base))
    if (shared !== null && shared.metrics.has(base.groups.groups[family[0]!]!.key.metric)) theirs.push(family);
    else reconcileFamily(base, family, out, sources);
  if (shared !== null) {
    // The thread's groups are those of its metrics, in id order.
    const positions = theirs.flat().sort((x, y) => x - y);
    const ids = base.columns.ids;
    const claimAt = shared.positions;
    const read = shared.join({
      out,
      idOf: (i) => ids[claimAt[i]!]!,
      groupAt: (k) => positions[k]!,
      groups: base.groups.groups,
      addCounts: sources.addCounts,
    });
    if (!read) for (const family of theirs) reconcileFamily(base, family, out, sources);
  }
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
