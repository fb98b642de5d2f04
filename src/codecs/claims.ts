/**
 * Codecs of claims: one exported claim (a JSONL line of `recon extract`) and the reviewed claims
 * file `claims.json` (`{ "version": 1, "claims": [ … ] }`, each claim with an optional review).
 */
import * as t from "io-ts";
import { QUALIFIERS } from "../domain/quantity.js";
import { DayIntervalC, FiniteNumber, IsoDayC, NonEmptyString, NonNegativeInt, nullable, oneOf } from "./primitives.js";

export const QuantityC = t.type(
  {
    value: nullable(FiniteNumber),
    qualifier: oneOf(QUALIFIERS, "Qualifier"),
    low: nullable(FiniteNumber),
    high: nullable(FiniteNumber),
  },
  "Quantity",
);

export const SpanC = t.type({ start: NonNegativeInt, end: NonNegativeInt }, "Span");
export const WindowC = t.type({ start: nullable(IsoDayC), end: nullable(IsoDayC) }, "Window");

export const ClaimC = t.type(
  {
    id: NonEmptyString,
    article: NonEmptyString,
    metric: NonEmptyString,
    quantity: QuantityC,
    subject: NonEmptyString,
    location: NonEmptyString,
    source: NonEmptyString,
    via: t.readonlyArray(t.string),
    window: WindowC,
    tally: oneOf(["running-total", "period"] as const, "Tally"),
    asOf: DayIntervalC,
    partOf: nullable(t.string),
    headline: t.boolean,
    span: SpanC,
    quote: t.string,
    rule: t.string,
  },
  "Claim",
);

export const ReviewC = t.type(
  {
    status: oneOf(["confirmed", "corrected", "added", "rejected"] as const, "ReviewStatus"),
    by: NonEmptyString,
    at: NonEmptyString,
    note: nullable(t.string),
  },
  "Review",
);

export const ReviewedClaimC = t.intersection([ClaimC, t.partial({ review: nullable(ReviewC) })], "ReviewedClaim");

export const ClaimsFileC = t.type({ version: t.literal(1), claims: t.array(ReviewedClaimC) }, "ClaimsFile");
