/**
 * Per-source profiles for the "who says what" parts of the reports: the reconciliation's source
 * summary joined with the source's own numbers and the relay chains its numbers travelled
 * (who copies whom), as plain text.
 */
import type { ReportContext } from "./context.js";
import { intervalText, metricLabel, quantityText, sourceLabel, subjectLabel } from "./labels.js";

export interface SourceProfile {
  readonly source: string;
  readonly kind: string;
  readonly claims: readonly string[];
  readonly agreement: number | null;
  readonly partisan: boolean;
  /** Distinct relay chains, each from the source outwards: ["SOHR", "AFP", "Middle East Monitor"]. */
  readonly relays: readonly (readonly string[])[];
  /** Its numbers: "343 killed, all (2024-11-30)". */
  readonly says: readonly string[];
  readonly notes: readonly string[];
}

/** Profiles of every source the reconciliation summarises, then of any other source of a claim. */
export const sourceProfiles = (ctx: ReportContext): readonly SourceProfile[] => {
  const lex = ctx.lexicon;
  const bySource = new Map<string, ReportContext["claims"][number][]>();
  for (const c of ctx.claims) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const summaries = new Map(ctx.reconciliation.sources.map((s) => [s.source, s]));
  const ids = [...summaries.keys(), ...[...bySource.keys()].filter((s) => !summaries.has(s)).sort()];
  return ids.map((id) => {
    const summary = summaries.get(id);
    const own = bySource.get(id) ?? [];
    const relays = [
      ...new Map(
        own
          .filter((c) => c.via.length > 0)
          .map((c) => [c.via.join("\u0000"), [sourceLabel(lex, id), ...c.via.map((v) => sourceLabel(lex, v))]] as const),
      ).values(),
    ];
    const says = [
      ...new Set(
        own
          .filter((c) => c.partOf === null)
          .map((c) => `${quantityText(c.quantity)} ${metricLabel(lex, c.metric)}, ${subjectLabel(lex, c.subject)} (${intervalText(c.asOf)})`),
      ),
    ];
    return {
      source: id,
      kind: summary?.kind ?? lex.source(id)?.kind ?? "unknown",
      claims: summary?.claims ?? own.map((c) => c.id),
      agreement: summary?.agreement ?? null,
      partisan: summary?.partisan ?? false,
      relays,
      says,
      notes: summary?.notes ?? [],
    };
  });
};
