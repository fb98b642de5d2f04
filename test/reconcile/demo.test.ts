/** Acceptance on the demo corpus, with its gold annotations as claims. */
import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/index.js";
import { loadGoldClaims } from "../helpers/gold-claims.js";

const { claims, articles, lexicon } = loadGoldClaims();
const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
const result = reconcile({ corpus: "aleppo-2024", articles: articles.map((a) => a.meta), claims, lexicon });

describe("gold claims of the demo corpus", () => {
  it("point into their article text and link parts to totals of the same article", () => {
    for (const c of claims) {
      expect(texts.get(c.article)!.slice(c.span.start, c.span.end)).toBe(c.quote);
      if (c.partOf !== null) expect(c.partOf.startsWith(`${c.article}#`)).toBe(true);
    }
  });
});

describe("demo reconciliation", () => {
  it("reports the breakdown mismatch of memo-20241130: parts 306 against a total of 255, nested parts not double counted", () => {
    const m = result.contradictions.filter((c) => c.kind === "breakdown-mismatch" && c.claims.includes("memo-20241130#1"));
    expect(m).toHaveLength(1);
    expect(m[0]!.explanation).toContain("306");
    expect(m[0]!.explanation).toContain("255");
    // 79 and 21 are inside the 100: listed as nested, not among the summed parts
    expect(m[0]!.claims).toContain("memo-20241130#5");
    expect(m[0]!.claims).not.toContain("memo-20241130#6");
    expect(m[0]!.claims).not.toContain("memo-20241130#8");
  });

  it("explains the headline 343 as 327 + 16 killed at Basel roundabout", () => {
    const h = result.contradictions.find((c) => c.claims.includes("wires-343-20241130#1"));
    expect(h?.kind).toBe("headline-body");
    expect(h?.resolution?.kind).toBe("sum-of-claims");
    expect(h?.resolution?.text).toMatch(/343 = 327 \+ 16/);
    expect(h?.resolution?.text).toContain("Basel roundabout");
    expect(h?.resolution?.claims).toEqual(["wires-343-20241130#2", "wires-343-20241130#3"]);
  });

  it("reports SOHR's ~100 government dead against the opposition's 'more than 200' as a cross-source contradiction", () => {
    const x = result.contradictions.filter(
      (c) => c.kind === "cross-source" && c.claims.includes("alaraby-tv-20241129#4") && c.claims.includes("afp-relay-20241130#3"),
    );
    expect(x).toHaveLength(1);
    expect(x[0]!.resolution?.kind).toBe("partisan-source");
    expect(result.sources.find((s) => s.source === "opposition-ops")?.partisan).toBe(true);
    expect(result.sources.find((s) => s.source === "sohr")?.partisan).toBe(false);
  });

  it("gives killed/all a timeline from 2024-11-27 to 2024-11-30 that never goes down, each point with its claims", () => {
    const t = result.timeline.find((x) => x.group === "killed/all/aleppo-and-idlib/2024-11-27");
    expect(t?.cumulative).toBe(true);
    expect(t!.points.map((p) => p.date)).toEqual(["2024-11-27", "2024-11-28", "2024-11-29", "2024-11-30"]);
    for (let i = 0; i < t!.points.length; i++) {
      const p = t!.points[i]!;
      expect(p.claims.length).toBeGreaterThan(0);
      expect(p.low).toBeLessThanOrEqual(p.best);
      expect(p.best).toBeLessThanOrEqual(p.high);
      if (i > 0) expect(p.best).toBeGreaterThanOrEqual(t!.points[i - 1]!.best);
    }
    // SOHR's latest figure of the day wins over its earlier 255 and 311 and the unattributed 343
    expect(t!.points[3]!.best).toBe(327);
    expect(t!.points[3]!.claims).toEqual(
      expect.arrayContaining(["afp-relay-20241130#1", "memo-20241130#1", "wires-343-20241130#1", "wires-343-20241130#3"]),
    );
  });

  it("keeps hts and opposition, Aleppo city and the province, as parts rather than merging them", () => {
    const opp = result.groups.find((g) => g.id === "killed/opposition/aleppo-and-idlib/2024-11-27");
    expect(opp?.parts).toEqual(expect.arrayContaining(["killed/hts/aleppo-and-idlib/2024-11-27", "killed/sna/aleppo-and-idlib/2024-11-27"]));
    const hts = result.groups.find((g) => g.id === "killed/hts/aleppo-and-idlib/2024-11-27");
    expect(hts?.claims).toEqual(["memo-20241130#3", "wednesday-clashes-20241127#4", "wednesday-clashes-20241127#9", "wires-343-20241130#4"]);
    // SOHR's 155 HTS after its 183 HTS-and-allies is a narrower scope, not a regression
    expect(result.contradictions.some((c) => c.kind === "regression")).toBe(false);
    expect(result.notes.some((n) => n.kind === "different-scope" && n.claims.includes("wires-343-20241130#4") && n.claims.includes("afp-relay-20241130#2"))).toBe(true);
  });

  it("notes SOHR's earlier figures of the day as superseded, not contradicted", () => {
    const n = result.notes.find((x) => x.kind === "cumulative-update" && x.claims.includes("memo-20241130#1"));
    expect(n?.claims).toEqual(["afp-relay-20241130#1", "memo-20241130#1", "wires-343-20241130#3"]);
    expect(result.contradictions.some((c) => c.kind === "cross-source" && c.claims.includes("memo-20241130#1"))).toBe(false);
  });
});
