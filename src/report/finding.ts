/**
 * The finding a report opens with: which timeline is the headline one, today's best estimate on
 * it (its latest point with low and high), and how sure the estimate is, from how many independent
 * sources stand behind it, how wide its range is and whether unexplained contradictions touch it.
 * The rules are documented in docs/reports.md.
 */
import type { Contradiction, Timeline, TimelinePoint } from "../domain/reconciliation.js";
import type { ReportContext, ReportIndex } from "./context.js";

export type Certainty = "high" | "medium" | "low";

export interface Finding {
  readonly timeline: Timeline;
  readonly point: TimelinePoint;
  readonly certainty: Certainty;
  /** Distinct original sources of the point's claims. */
  readonly sources: readonly string[];
  /** (high − low) / best, or null when a bound is open or best is 0. */
  readonly relativeWidth: number | null;
  /** High-severity contradictions with no reconciling explanation touching the timeline's claims. */
  readonly unexplained: readonly Contradiction[];
  /** All of the point's sources are partisan. */
  readonly partisanOnly: boolean;
  readonly reasons: readonly string[];
}

const lastPoint = (t: Timeline): TimelinePoint | undefined => t.points[t.points.length - 1];

const claimsOfTimeline = (t: Timeline): Set<string> => new Set(t.points.flatMap((p) => p.claims));

/**
 * Timelines in reading order: running totals first, then broader subjects and places (fewer
 * ancestors in the lexicon), then more claims, then the latest date, then the id.
 */
export const rankTimelines = (ctx: ReportContext): readonly Timeline[] => {
  const lex = ctx.lexicon;
  const keyed = ctx.reconciliation.timeline
    .filter((t) => t.points.length > 0)
    .map((t) => ({
      t,
      depth: lex.subjectAncestors(t.key.subject).length + lex.placeAncestors(t.key.location).length,
      claims: claimsOfTimeline(t).size,
      last: lastPoint(t)?.date ?? "",
    }));
  keyed.sort(
    (a, b) =>
      Number(b.t.cumulative) - Number(a.t.cumulative) ||
      a.depth - b.depth ||
      b.claims - a.claims ||
      b.last.localeCompare(a.last) ||
      (a.t.group < b.t.group ? -1 : a.t.group > b.t.group ? 1 : 0),
  );
  return keyed.map((k) => k.t);
};

/** High-severity contradictions without explanation, by the claims they involve (built once per reconciliation). */
const unexplainedByClaim = new WeakMap<object, ReadonlyMap<string, readonly Contradiction[]>>();

const unexplainedIndex = (ctx: ReportContext): ReadonlyMap<string, readonly Contradiction[]> => {
  let index = unexplainedByClaim.get(ctx.reconciliation);
  if (!index) {
    const m = new Map<string, Contradiction[]>();
    for (const c of ctx.reconciliation.contradictions) {
      if (c.severity !== "high" || c.resolution !== null) continue;
      for (const id of c.claims) {
        const list = m.get(id);
        if (list) list.push(c);
        else m.set(id, [c]);
      }
    }
    index = m;
    unexplainedByClaim.set(ctx.reconciliation, index);
  }
  return index;
};

/** The finding for one timeline, or undefined when it has no point. */
export const findingOf = (ctx: ReportContext, index: ReportIndex, timeline: Timeline): Finding | undefined => {
  const point = lastPoint(timeline);
  if (!point) return undefined;
  const claims = index.claimsOf(point.claims);
  const sources = [...new Set(claims.map((c) => c.source))].sort();
  const summaries = new Map(ctx.reconciliation.sources.map((s) => [s.source, s]));
  const partisanOnly = sources.length > 0 && sources.every((s) => summaries.get(s)?.partisan === true);
  const finite = Number.isFinite(point.low) && Number.isFinite(point.high);
  const relativeWidth = finite && point.best > 0 ? (point.high - point.low) / point.best : null;
  const byClaim = unexplainedIndex(ctx);
  const unexplained = [...new Set([...claimsOfTimeline(timeline)].flatMap((id) => byClaim.get(id) ?? []))];
  const reasons: string[] = [
    `${claims.length} claim${claims.length === 1 ? "" : "s"} from ${sources.length} independent source${sources.length === 1 ? "" : "s"}`,
    relativeWidth === null ? "the range is open on one side" : `the range spans ${Math.round(relativeWidth * 100)}% of the estimate`,
    unexplained.length === 0
      ? "no unexplained high-severity contradiction"
      : `${unexplained.length} unexplained high-severity contradiction${unexplained.length === 1 ? "" : "s"}`,
  ];
  if (partisanOnly) reasons.push("every source behind it is partisan");
  const certainty: Certainty =
    unexplained.length > 0 || partisanOnly || relativeWidth === null || relativeWidth > 0.5
      ? "low"
      : sources.length >= 2 && relativeWidth <= 0.1
        ? "high"
        : "medium";
  return { timeline, point, certainty, sources, relativeWidth, unexplained, partisanOnly, reasons };
};

/** The headline finding: the finding of the first-ranked timeline. */
export const headlineFinding = (ctx: ReportContext, index: ReportIndex): Finding | undefined => {
  const first = rankTimelines(ctx)[0];
  return first ? findingOf(ctx, index, first) : undefined;
};
