/**
 * How far a source's numbers are trusted: a weight per source kind (documented in
 * docs/reconciliation.md), overridden by the lexicon's `reliability`, and lowered for partisan
 * claims (a belligerent, or the media speaking for it, counting anyone outside its own side).
 * Also the "origin" of a claim: the independent producer of the number, so that many articles
 * repeating one dispatch count once.
 */
import type { Claim } from "../domain/claim.js";
import type { LexiconIndex, SourceKind } from "../domain/lexicon.js";

export const KIND_WEIGHTS: Readonly<Record<SourceKind, number>> = {
  monitor: 1,
  "un-agency": 0.9,
  ngo: 0.7,
  "news-agency": 0.5,
  government: 0.4,
  belligerent: 0.4,
  outlet: 0.4,
  "state-media": 0.3,
  witnesses: 0.3,
  other: 0.25,
};

/** A partisan claim keeps this share of its source's weight. */
export const PARTISAN_FACTOR = 0.25;

export const sourceKindOf = (lexicon: LexiconIndex, source: string): SourceKind => lexicon.source(source)?.kind ?? "other";

/** The weight of a source before partisanship. */
export const sourceWeight = (lexicon: LexiconIndex, source: string): number => {
  const entry = lexicon.source(source);
  if (entry?.reliability !== null && entry?.reliability !== undefined) return entry.reliability;
  return KIND_WEIGHTS[entry?.kind ?? "other"];
};

/** The claim's source speaks for one side and counts someone outside that side. */
export const isPartisan = (lexicon: LexiconIndex, c: Pick<Claim, "source" | "subject">): boolean => {
  const side = lexicon.source(c.source)?.side ?? null;
  return side !== null && !lexicon.subjectWithin(c.subject, side);
};

export const claimWeight = (lexicon: LexiconIndex, c: Pick<Claim, "source" | "subject">): number =>
  sourceWeight(lexicon, c.source) * (isPartisan(lexicon, c) ? PARTISAN_FACTOR : 1);

/**
 * The independent origin of a claim's number: its source when the lexicon names it, else the
 * unnamed source within its article (unnamed "reports" in two articles are not one origin).
 */
export const originOf = (lexicon: LexiconIndex, c: Pick<Claim, "source" | "article">): string => {
  const entry = lexicon.source(c.source);
  return entry !== undefined && entry.kind !== "other" ? c.source : `${c.source}@${c.article}`;
};
