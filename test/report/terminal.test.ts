/** The terminal summary and claims table: the finding and counts, aligned columns, and no escape sequences from article text. */
import { describe, expect, it } from "vitest";
import { renderClaimsTable, renderSummary } from "../../src/report/index.js";
import { displayWidth } from "../../src/report/terminal.js";
import { claim } from "../helpers/claims.js";
import { demoContext, HOSTILE, hostileContext } from "./fixtures.js";

describe("renderSummary", () => {
  const ctx = demoContext();
  const text = renderSummary(ctx);

  it("gives the best estimate, its range and how sure, then the contradictions by severity", () => {
    expect(text).toContain("Best estimate: 343 killed");
    expect(text).toContain("as of 2024-11-30, range 327 to 350");
    expect(text).toContain("how sure: low");
    expect(text).toContain("Contradictions: 3 (2 high, 1 medium, 0 low), 1 without explanation");
    expect(text).toContain("explained: 343 = 327 + 16 killed at Basel roundabout");
    expect(text).toContain("partisan: Military Operations Command");
    // Most severe first.
    const contradictions = text.slice(text.indexOf("Contradictions:"));
    expect(contradictions.indexOf("[high]")).toBeLessThan(contradictions.indexOf("[medium]"));
  });

  it("says so when no timeline has a point", () => {
    const rec = ctx.reconciliation;
    const out = renderSummary({ ...ctx, reconciliation: { ...rec, timeline: [], contradictions: [] } });
    expect(out).toContain("No estimate: no timeline has a point.");
    expect(out).toContain("Contradictions: 0 (0 high, 0 medium, 0 low), 0 without explanation");
  });

  it("is concise: no line wider than 120 columns", () => {
    for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
  });

  it("prints no control character from article or lexicon text", () => {
    const hostile = hostileContext();
    const rec = hostile.reconciliation;
    const out = renderSummary({ ...hostile, reconciliation: { ...rec, corpus: `x${HOSTILE.terminal}` } });
    expect(out).not.toMatch(/[\u001b\u202e]/);
  });
});

describe("renderClaimsTable", () => {
  const ctx = demoContext();
  const text = renderClaimsTable(ctx.claims);
  const lines = text.trimEnd().split("\n");

  it("has a header, a rule, one line per claim and a count", () => {
    expect(lines[0]).toMatch(/^ID\s+METRIC\s+NUMBER\s+SUBJECT\s+PLACE\s+SOURCE\s+AS OF\s+QUOTE$/);
    expect(lines).toHaveLength(ctx.claims.length + 3);
    expect(lines.at(-1)).toBe(`${ctx.claims.length} claims`);
    expect(lines[2]).toMatch(/^memo-20241130#1\s+killed\s+255\s+all\s+aleppo-and-idlib\s+sohr via middle-east-monitor\s+2024-11-30\s+وسجل/);
  });

  it("aligns the quote column by display width, Arabic with its diacritics included", () => {
    const quoteColumn = displayWidth(lines[0]!.slice(0, lines[0]!.indexOf("QUOTE")));
    for (const [i, c] of ctx.claims.entries()) {
      const line = lines[i + 2]!;
      const start = line.indexOf(c.quote.slice(0, 10));
      expect(start, line).toBeGreaterThan(0);
      expect(displayWidth(line.slice(0, start))).toBe(quoteColumn);
    }
  });

  it("cuts long quotes and cleans control characters", () => {
    const long = claim({ id: "x#1", quote: `${"وقال المرصد ".repeat(20)}${HOSTILE.terminal}\nnext` });
    const out = renderClaimsTable([long]);
    expect(out).toContain("…");
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(out.trimEnd().split("\n")).toHaveLength(4);
  });

  it("says so when there are no claims", () => {
    expect(renderClaimsTable([])).toBe("No claims.\n");
  });
});
