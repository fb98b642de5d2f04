/**
 * The sourced claim: one number an article states about one thing, with where it came from.
 * Field names follow the export contract in SPEC.md (researchers rely on them): fields may be
 * added, never removed or renamed.
 */
import type { DayInterval, IsoDay } from "./dates.js";
import type { Quantity } from "./quantity.js";

/** Offsets (UTF-16 code units) into the article text: `text.slice(start, end) === quote`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * What a count covers in time. A running total counts everything since `start` up to the
 * statement ("242 since Wednesday"); a period count only what happened inside [start, end]
 * ("132 in the past 24 hours", "19 on Thursday"). Dates are null where the text does not say.
 */
export interface Window {
  readonly start: IsoDay | null;
  readonly end: IsoDay | null;
}

/** Whether a count is a running total since the window's start or a count over the window only. */
export type Tally = "running-total" | "period";

/** A person's verdict on a claim; a reviewed claim is never changed by re-extraction. */
export type ReviewStatus = "confirmed" | "corrected" | "added" | "rejected";

export interface Review {
  readonly status: ReviewStatus;
  readonly by: string;
  /** ISO date or date-time of the review. */
  readonly at: string;
  readonly note: string | null;
}

export interface Claim {
  /** `<article>#<n>`; stable across re-extraction for the same article, span and metric. */
  readonly id: string;
  readonly article: string;
  /** A metric id of the lexicon: killed, injured, displaced, captured, airstrikes, localities-seized … */
  readonly metric: string;
  readonly quantity: Quantity;
  /** Subject id of the lexicon (who is counted). */
  readonly subject: string;
  /** Place id of the lexicon, or a place named by the article that the lexicon lacks. */
  readonly location: string;
  /** The original source of the number (who produced it). */
  readonly source: string;
  /** Intermediaries that relayed it, outermost last (the publishing outlet last of all). */
  readonly via: readonly string[];
  readonly window: Window;
  readonly tally: Tally;
  /** When the statement was made. */
  readonly asOf: DayInterval;
  /** Id of the total this number is a part of, or null. */
  readonly partOf: string | null;
  /** The number stands in the article's first line (its headline). */
  readonly headline: boolean;
  readonly span: Span;
  readonly quote: string;
  /** The extraction rule (or `review`) that produced the claim. */
  readonly rule: string;
}

/** A claim in a reviewed claims file: the claim, and a person's review if there is one. */
export interface ReviewedClaim extends Claim {
  readonly review?: Review | null;
}

/** The identity that lets a person's corrections survive re-extraction. */
export const claimIdentity = (c: Pick<Claim, "article" | "span" | "metric">): string =>
  `${c.article}@${c.span.start}-${c.span.end}:${c.metric}`;
