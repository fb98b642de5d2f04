/** Provenance chains of claims and timeline points on the demo corpus. */
import { describe, expect, it } from "vitest";
import { reconcile, type ReconcileInput } from "../../src/reconcile/index.js";
import { renderTrace, trace } from "../../src/trace/index.js";
import { loadGoldClaims } from "../helpers/gold-claims.js";

const { claims, articles, lexicon } = loadGoldClaims();
const input: ReconcileInput = { corpus: "aleppo-2024", articles: articles.map((a) => a.meta), claims, lexicon };
const rec = reconcile(input);

describe("trace of a claim", () => {
  it("gives the quote, the article with outlet, URL and date, and the relay chain", () => {
    const t = trace(input, rec, "memo-20241130#1");
    expect(t.kind).toBe("claim");
    if (t.kind !== "claim") return;
    expect(t.claim.quote).toContain("255");
    expect(t.article).toMatchObject({ outlet: "Middle East Monitor", published: { earliest: "2024-11-30", latest: "2024-11-30" } });
    expect(t.article?.url).toMatch(/middleeastmonitor/);
    expect(t.relay.map((r) => r.id)).toEqual(["sohr", "middle-east-monitor"]);
    expect(t.group).toBe("killed/all/aleppo-and-idlib/2024-11-27");
    expect(t.contradictions.map((c) => c.kind)).toContain("breakdown-mismatch");
    const text = renderTrace(t);
    expect(text).toContain("SOHR (monitor) → MEMO (outlet)");
    expect(text).toContain("https://www.middleeastmonitor.com/");
    expect(text).toContain(t.claim.quote);
  });

  it("lists the explanations that rest on it", () => {
    const t = trace(input, rec, "wires-343-20241130#2");
    expect(t.kind === "claim" && t.contradictions.map((c) => c.kind)).toEqual(["headline-body"]);
  });
});

describe("trace of a timeline point", () => {
  it("gives the estimate and the chain of each of its claims", () => {
    const t = trace(input, rec, "killed/all/aleppo-and-idlib/2024-11-27@2024-11-30");
    expect(t.kind).toBe("point");
    if (t.kind !== "point") return;
    expect(t.point.best).toBe(327);
    expect(t.claims.map((c) => c.id)).toEqual(t.point.claims);
    const text = renderTrace(t);
    expect(text).toMatch(/best 327/);
    for (const id of t.point.claims) expect(text).toContain(`claim ${id}`);
  });

  it("says what is missing for an unknown id", () => {
    expect(trace(input, rec, "nope#1")).toMatchObject({ kind: "missing" });
    expect(renderTrace(trace(input, rec, "killed/all/aleppo-and-idlib/2024-11-27@1999-01-01"))).toContain("no timeline point");
  });
});
