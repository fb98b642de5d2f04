/**
 * The reconciliation of a corpus's claims (export contract in SPEC.md): groups of claims that count
 * the same thing, typed contradictions with explanations, the best-estimate timeline per group, and
 * how each source compared with the others. Every element lists the claim ids behind it.
 */
import type { IsoDay } from "./dates.js";

/** What makes claims count the same thing. */
export interface GroupKey {
  readonly metric: string;
  readonly subject: string;
  readonly location: string;
  readonly windowStart: IsoDay | null;
  /**
   * Set only for counts of a closed past period ("19 on Thursday", said on Saturday), so that
   * they never share a group (or a timeline) with running totals from the same start.
   */
  readonly windowEnd?: IsoDay | null;
}

export interface Group {
  /** `metric/subject/location/windowStart`, stable and readable. */
  readonly id: string;
  readonly key: GroupKey;
  /** Whether the group's claims are running totals (a timeline that may only rise) or period counts. */
  readonly cumulative: boolean;
  readonly claims: readonly string[];
  /** Groups whose key lies inside this one's (a subject or place below it), by id. */
  readonly parts: readonly string[];
}

export type ContradictionKind =
  | "cross-source"
  | "regression"
  | "breakdown-mismatch"
  | "bounds"
  | "headline-body"
  | "translation-drift";

export const CONTRADICTION_KINDS: readonly ContradictionKind[] = [
  "cross-source",
  "regression",
  "breakdown-mismatch",
  "bounds",
  "headline-body",
  "translation-drift",
];

export type Severity = "low" | "medium" | "high";

/** What reconciles two numbers that look contradictory, when the engine finds it. */
export type ResolutionKind =
  | "sum-of-claims"
  | "cumulative-update"
  | "different-scope"
  | "different-window"
  | "bounded-or-rounded"
  | "circular-reporting"
  | "nested-parts"
  | "partisan-source";

export interface Resolution {
  readonly kind: ResolutionKind;
  /** A sentence a fact-checker can paste: "343 = 327 + 16 killed at Basel roundabout". */
  readonly text: string;
  /** Claims the explanation rests on beyond those contradicting. */
  readonly claims: readonly string[];
}

export interface Contradiction {
  readonly id: string;
  readonly kind: ContradictionKind;
  readonly claims: readonly string[];
  readonly severity: Severity;
  readonly explanation: string;
  readonly resolution: Resolution | null;
}

/**
 * A difference that looks like a contradiction but is not one (a window count against a running
 * total, a stale figure against a newer one, a bounded figure containing an exact one, one dispatch
 * repeated by many outlets): said, not raised.
 */
export interface Note {
  readonly id: string;
  readonly kind: ResolutionKind;
  readonly claims: readonly string[];
  readonly explanation: string;
}

/** How a timeline point was made. */
export type EstimateMethod =
  | "single-claim"
  | "weighted-median"
  | "latest-statement"
  | "isotonic-fit"
  | "carried-forward"
  | "bounds-only";

export interface TimelinePoint {
  readonly date: IsoDay;
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly claims: readonly string[];
  readonly method: EstimateMethod;
}

export interface Timeline {
  readonly group: string;
  readonly key: GroupKey;
  readonly cumulative: boolean;
  readonly points: readonly TimelinePoint[];
}

export interface SourceSummary {
  readonly source: string;
  readonly kind: string;
  readonly claims: readonly string[];
  /** Claims of this source that agree with another independent source, over those comparable. */
  readonly agreement: number | null;
  /** It is a belligerent (or speaks for one) counting its enemy's losses. */
  readonly partisan: boolean;
  /** Independent origins: how many distinct articles/dispatches carry its numbers first-hand. */
  readonly relayedBy: readonly string[];
  readonly notes: readonly string[];
}

export interface Reconciliation {
  readonly corpus: string;
  readonly generatedFrom: { readonly articles: number; readonly claims: number };
  readonly groups: readonly Group[];
  readonly contradictions: readonly Contradiction[];
  readonly notes: readonly Note[];
  readonly timeline: readonly Timeline[];
  readonly sources: readonly SourceSummary[];
}
