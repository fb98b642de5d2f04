/**
 * The reconciliation as JSON (the export contract of SPEC.md), 2-space indent, keys in a fixed
 * order: the order of the domain types, then any further key in alphabetical order, so the same
 * reconciliation always prints the same bytes whatever order its objects were built in.
 */
import type { Reconciliation } from "../domain/reconciliation.js";
import type { ReportContext } from "./context.js";

/** Key order per kind of object, found by the keys it has. */
const ORDERS: readonly (readonly string[])[] = [
  ["corpus", "generatedFrom", "groups", "contradictions", "notes", "timeline", "sources"],
  ["articles", "claims"],
  ["id", "key", "cumulative", "claims", "parts"],
  ["metric", "subject", "location", "windowStart", "windowEnd"],
  ["id", "kind", "claims", "severity", "explanation", "resolution"],
  ["kind", "text", "claims"],
  ["id", "kind", "claims", "explanation"],
  ["group", "key", "cumulative", "points"],
  ["date", "low", "best", "high", "claims", "method"],
  ["source", "kind", "claims", "agreement", "partisan", "relayedBy", "notes"],
];

const orderFor = (keys: readonly string[]): readonly string[] => {
  let best: readonly string[] = [];
  let score = 0;
  for (const o of ORDERS) {
    const hits = o.filter((k) => keys.includes(k)).length;
    if (hits > score || (hits === score && hits > 0 && o.length < best.length)) {
      best = o;
      score = hits;
    }
  }
  return best;
};

/** A copy of a JSON value with every object's keys in the stable order. */
export const stableOrder = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stableOrder);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  const known = orderFor(keys).filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !known.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const k of [...known, ...rest]) out[k] = stableOrder(obj[k]);
  return out;
};

export const reconciliationJson = (rec: Reconciliation): string => JSON.stringify(stableOrder(rec), null, 2) + "\n";

export const renderJson = (ctx: ReportContext): string => reconciliationJson(ctx.reconciliation);
