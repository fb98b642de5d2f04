/** The reconciliation JSON: the same data, 2-space indent, keys in a stable order whatever order the objects were built in. */
import { describe, expect, it } from "vitest";
import type { Reconciliation } from "../../src/domain/reconciliation.js";
import { renderJson } from "../../src/report/index.js";
import { demoContext } from "./fixtures.js";

/** The same value with every object's keys in reverse order. */
const reverseKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse().map(([k, x]) => [k, reverseKeys(x)]));
};

describe("renderJson", () => {
  const ctx = demoContext();
  const text = renderJson(ctx);

  it("holds the reconciliation unchanged", () => {
    expect(JSON.parse(text)).toEqual(ctx.reconciliation);
  });

  it("is indented by two spaces and ends with a newline", () => {
    expect(text.split("\n")[1]).toBe('  "corpus": "aleppo-2024",');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("puts keys in the contract's order and prints the same bytes for the same data built in another order", () => {
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["corpus", "generatedFrom", "groups", "contradictions", "notes", "timeline", "sources"]);
    expect(Object.keys(parsed.groups[0])).toEqual(["id", "key", "cumulative", "claims", "parts"]);
    expect(Object.keys(parsed.groups[0].key)).toEqual(["metric", "subject", "location", "windowStart"]);
    expect(Object.keys(parsed.contradictions[0])).toEqual(["id", "kind", "claims", "severity", "explanation", "resolution"]);
    expect(Object.keys(parsed.notes[0])).toEqual(["id", "kind", "claims", "explanation"]);
    expect(Object.keys(parsed.timeline[0].points[0])).toEqual(["date", "low", "best", "high", "claims", "method"]);
    expect(Object.keys(parsed.sources[0])).toEqual(["source", "kind", "claims", "agreement", "partisan", "relayedBy", "notes"]);
    const shuffled = reverseKeys(ctx.reconciliation) as Reconciliation;
    expect(renderJson({ ...ctx, reconciliation: shuffled })).toBe(text);
  });

  it("keeps a field it does not know, after the known ones", () => {
    const extra = { ...ctx.reconciliation, aaa: 1 } as Reconciliation;
    const keys = Object.keys(JSON.parse(renderJson({ ...ctx, reconciliation: extra })));
    expect(keys.at(-1)).toBe("aaa");
  });
});
