/**
 * How serious a disagreement is, from the relative gap between the two intervals: above 20% high,
 * above 5% medium, else low. A reconciling explanation (a sum, an update, a rounding) lowers it.
 */
import type { Resolution, Severity } from "../domain/reconciliation.js";

export const gapSeverity = (above: number, below: number): Severity => {
  const rel = (above - below) / Math.max(1, Math.abs(below));
  return rel > 0.2 ? "high" : rel > 0.05 ? "medium" : "low";
};

export const withResolution = (base: Severity, r: Resolution | null): Severity => {
  if (r === null) return base;
  if (r.kind === "partisan-source") return base === "high" ? "medium" : base;
  return "low";
};
