/** The Markdown report: section order, finding first, tables whose columns and rows match the reconciliation. */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/report/index.js";
import { demoContext } from "./fixtures.js";
import { headings, tables } from "./markdown-tables.js";

describe("renderMarkdown", () => {
  const ctx = demoContext();
  const md = renderMarkdown(ctx);

  it("opens with the title and puts the finding before contradictions, timeline and sources", () => {
    const hs = headings(md);
    expect(hs[0]).toEqual({ level: 1, text: "Reconciliation report: aleppo-2024" });
    const level2 = hs.filter((h) => h.level === 2).map((h) => h.text.replace(/ \(\d+\)$/, ""));
    expect(level2).toEqual([
      "Finding",
      "Contradictions",
      "Differences that are explained",
      "Timeline",
      "Sources: who says what",
      "Claims",
      "Articles",
    ]);
  });

  it("states today's best estimate with its range and how sure it is, from the latest point of the headline timeline", () => {
    const finding = md.slice(md.indexOf("## Finding"), md.indexOf("## Contradictions"));
    expect(finding).toContain("**Best estimate: 343** (range 327 to 350) as of 2024-11-30");
    expect(finding).toMatch(/How sure: \*\*(high|medium|low)\*\*/);
    // An unexplained high-severity contradiction touches the headline group: the estimate is not sure.
    expect(finding).toContain("How sure: **low**");
  });

  it("has one timeline table per timeline with a row per point", () => {
    const timelineTables = tables(md).filter((t) => t.header.join("|") === "Date|Low|Best|High|Method|Claims");
    expect(timelineTables).toHaveLength(ctx.reconciliation.timeline.length);
    const main = timelineTables.find((t) => t.heading.startsWith("killed: people, Aleppo and Idlib"));
    expect(main?.rows.map((r) => r.slice(0, 4))).toEqual([
      ["2024-11-27", "90", "97", "100"],
      ["2024-11-29", "242", "242", "255"],
      ["2024-11-30", "327", "343", "350"],
    ]);
    expect(main?.rows[2]?.[5]).toBe("memo-20241130#1, afp-relay-20241130#1, afp-relay-20241130#2, wires-343-20241130#1");
  });

  it("lists each contradiction with its explanation and a table of the claims behind it, quotes included", () => {
    for (const [i, c] of ctx.reconciliation.contradictions.entries()) {
      expect(md).toContain(`### ${i + 1}. `);
      expect(md).toContain(c.explanation);
    }
    expect(md).toContain("**Explanation (sum-of-claims):** 343 = 327 + 16 killed at Basel roundabout");
    const contradictionTables = tables(md).filter((t) => t.header[0] === "Claim" && t.header.length === 6);
    expect(contradictionTables).toHaveLength(3);
    // The resolution's claim (16 at Basel roundabout) is listed with the contradicting ones.
    expect(contradictionTables[1]?.rows.map((r) => r[0])).toEqual(["wires-343-20241130#1", "afp-relay-20241130#2", "wires-343-20241130#2"]);
    expect(contradictionTables[1]?.rows[0]?.[5]).toBe("سقوط 343 قتيلًا خلال غارات ومواجهات في حلب وإدلب");
  });

  it("says who is partisan and who relays whom", () => {
    const sources = tables(md).find((t) => t.header[0] === "Source");
    expect(sources?.header).toEqual(["Source", "Kind", "Claims", "Agreement", "Partisan", "Relayed by", "Says", "Notes"]);
    const ops = sources?.rows.find((r) => r[0] === "Military Operations Command");
    expect(ops?.[4]).toBe("**yes**");
    expect(ops?.[5]).toBe("Military Operations Command → Al-Araby TV");
    const sohr = sources?.rows.find((r) => r[0] === "Syrian Observatory for Human Rights");
    expect(sohr?.[3]).toBe("80%");
    expect(sohr?.[5]).toContain("Syrian Observatory for Human Rights → AFP");
  });

  it("has a claims table with every claim, every row as wide as the header", () => {
    const claims = tables(md).find((t) => t.heading.startsWith("Claims"));
    expect(claims?.rows.map((r) => r[0])).toEqual(ctx.claims.map((c) => c.id));
    for (const t of tables(md)) for (const r of t.rows) expect(r.length, `${t.heading}: ${r.join(" | ")}`).toBe(t.header.length);
    // Links to articles only where the manifest has a URL.
    expect(claims?.rows[0]?.[7]).toBe("[Middle East Monitor (memo-20241130)](https://www.middleeastmonitor.com/20241130-syria-255-killed-in-ongoing-clashes/)");
    expect(claims?.rows[5]?.[7]).toBe("afp-relay-20241130");
  });

  it("says so when there is nothing to report", () => {
    const empty = renderMarkdown({
      ...ctx,
      claims: [],
      reconciliation: { ...ctx.reconciliation, groups: [], contradictions: [], notes: [], timeline: [], sources: [] },
    });
    expect(empty).toContain("No estimate could be made");
    expect(empty).toContain("No contradiction found.");
  });
});
