/** Contradictions, their reconciling explanations, and the differences said as notes, on hand-made claims. */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import { reconcile } from "../../src/reconcile/index.js";
import { DEMO_CORPUS, loadLexiconSync } from "../helpers/corpus.js";
import { about, articlesOf, claim, exact, moreThan } from "../helpers/claims.js";

const lexicon = loadLexiconSync(`${DEMO_CORPUS}/lexicon.json`);
const run = (claims: Claim[], languages: Record<string, string> = {}) =>
  reconcile({ corpus: "test", articles: articlesOf(claims, languages), claims, lexicon });

describe("cross-source", () => {
  it("is raised when two origins disagree beyond their bounds on the same day", () => {
    const r = run([claim({ id: "a#1", value: 300, source: "sohr" }), claim({ id: "b#1", value: 200, source: "ocha" })]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["cross-source", ["a#1", "b#1"]]]);
    expect(r.contradictions[0]!.severity).toBe("high");
    expect(r.contradictions[0]!.explanation).toContain("300");
  });

  it("names a source by its acronym, not by one that names a party it is not ('HTS' for the command)", () => {
    const r = run([claim({ id: "a#1", value: 300, source: "sohr" }), claim({ id: "b#1", value: 200, source: "opposition-ops" })]);
    expect(r.contradictions[0]!.explanation).toContain("SOHR's");
    expect(r.contradictions[0]!.explanation).toContain("Military Operations Command's");
    expect(r.contradictions[0]!.explanation).not.toContain("HTS");
  });

  it("is raised when an earlier running total exceeds a later one of another origin", () => {
    const r = run([
      claim({ id: "a#1", value: 300, source: "sohr", asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 200, source: "ocha", asOf: "2024-11-30" }),
    ]);
    expect(r.contradictions.map((c) => c.kind)).toEqual(["cross-source"]);
  });

  it("is not raised for a lower figure said earlier: the later includes it", () => {
    const r = run([
      claim({ id: "a#1", value: 200, source: "ocha", asOf: "2024-11-28" }),
      claim({ id: "b#1", value: 300, source: "sohr", asOf: "2024-11-30" }),
    ]);
    expect(r.contradictions).toEqual([]);
  });

  it("lists every statement of the origin's day that disagrees, not only its highest", () => {
    const r = run([
      claim({ id: "a#1", quantity: moreThan(50), source: "syrian-army", subject: "opposition" }),
      claim({ id: "b#1", value: 50, source: "syrian-army", subject: "opposition" }),
      claim({ id: "c#1", value: 21, source: "sohr", subject: "opposition" }),
    ]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["cross-source", ["a#1", "b#1", "c#1"]]]);
  });

  it("agrees when a bound contains the exact figure: 'more than 200' and 242", () => {
    const r = run([
      claim({ id: "a#1", quantity: moreThan(200), source: "opposition-ops", subject: "syrian-army" }),
      claim({ id: "b#1", value: 242, source: "sohr", subject: "syrian-army" }),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.notes.map((n) => [n.kind, n.claims])).toContainEqual(["bounded-or-rounded", ["a#1", "b#1"]]);
  });

  it("agrees within the documented tolerance of 'about'", () => {
    const r = run([claim({ id: "a#1", quantity: about(100), source: "ocha" }), claim({ id: "b#1", value: 104, source: "sohr" })]);
    expect(r.contradictions).toEqual([]);
  });

  it("is explained by a sum of the other side's claims", () => {
    const r = run([
      claim({ id: "a#1", value: 343, source: "reuters" }),
      claim({ id: "b#1", value: 327, source: "sohr" }),
      claim({ id: "b#2", value: 16, source: "sohr", subject: "russians", location: "basel-roundabout", window: { start: null, end: null }, tally: "period" }),
    ]);
    const c = r.contradictions.find((x) => x.kind === "cross-source");
    expect(c?.resolution?.kind).toBe("sum-of-claims");
    expect(c?.resolution?.text).toMatch(/^343 = 327 \+ 16 killed \(Russians, Basel roundabout\)/);
    expect(c?.resolution?.claims).toEqual(["b#2"]);
    expect(c?.severity).toBe("low");
  });

  it("is explained by a later update of the lower origin that includes the higher figure", () => {
    const r = run([
      claim({ id: "a#1", value: 300, source: "ocha", asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 250, source: "sohr", asOf: "2024-11-29" }),
      claim({ id: "c#1", value: 305, source: "sohr", asOf: "2024-12-01" }),
    ]);
    const c = r.contradictions.find((x) => x.kind === "cross-source");
    expect(c?.claims).toEqual(["a#1", "b#1"]);
    expect(c?.resolution?.kind).toBe("cumulative-update");
    expect(c?.resolution?.claims).toEqual(["c#1"]);
  });

  it("is raised when a part exceeds its whole across origins", () => {
    const r = run([
      claim({ id: "a#1", quantity: moreThan(200), source: "opposition-ops", subject: "syrian-army", asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 100, source: "sohr", subject: "government", asOf: "2024-11-30" }),
    ]);
    const c = r.contradictions.find((x) => x.kind === "cross-source");
    expect(c?.claims).toEqual(["a#1", "b#1"]);
    expect(c?.explanation).toContain("a part cannot exceed its whole");
    expect(c?.resolution?.kind).toBe("partisan-source");
  });
});

describe("circular reporting", () => {
  it("counts outlets repeating one dispatch as one origin: no contradiction, one note", () => {
    const copies = ["x", "y", "z", "w"].map((a) => claim({ id: `${a}#1`, value: 311, source: "sohr", via: ["afp", a] }));
    const r = run([...copies, claim({ id: "v#1", value: 200, source: "ocha" })]);
    const n = r.notes.find((x) => x.kind === "circular-reporting");
    expect(n?.claims).toEqual(["w#1", "x#1", "y#1", "z#1"]);
    expect(n?.explanation).toContain("one origin");
    // one contradiction between two origins, not four
    expect(r.contradictions.filter((c) => c.kind === "cross-source")).toHaveLength(1);
    expect(r.sources.find((s) => s.source === "sohr")?.relayedBy).toEqual(["afp", "w", "x", "y", "z"]);
  });
});

describe("regression and updates", () => {
  it("raises a regression when a source's running total goes down to a new value", () => {
    const r = run([
      claim({ id: "a#1", value: 300, asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 280, asOf: "2024-11-30" }),
    ]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["regression", ["a#1", "b#1"]]]);
  });

  it("keeps a later restatement of the corrected value on the regression (no claim drops out of it when a correction is reported earlier)", () => {
    const r = run([
      claim({ id: "a#1", value: 2, asOf: "2024-11-27" }),
      claim({ id: "a#2", value: 1, asOf: "2024-11-29" }),
      claim({ id: "z#1", value: 1, asOf: "2024-11-28" }),
    ]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["regression", ["a#1", "a#2", "z#1"]]]);
  });

  it("raises a correction relayed by outlets: the publisher in via does not make it a stale repeat", () => {
    const r = run([
      claim({ id: "a#1", value: 208, asOf: "2024-11-27", via: ["sohr"] }),
      claim({ id: "b#1", value: 186, asOf: "2024-11-28", via: ["middle-east-monitor"] }),
      claim({ id: "c#1", value: 186, asOf: "2024-11-28", via: ["al-araby-tv"] }),
    ]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["regression", ["a#1", "b#1", "c#1"]]]);
    expect(r.contradictions[0]!.explanation).toContain("corrected itself downwards");
    // the timeline follows the later statement: the earlier 208 is capped by the correction
    const t = r.timeline.find((x) => x.group === "killed/all/aleppo-and-idlib/2024-11-27")!;
    expect(t.points.map((p) => [p.date, p.best])).toEqual([
      ["2024-11-27", 186],
      ["2024-11-28", 186],
    ]);
    expect(r.sources.find((s) => s.source === "sohr")?.notes).toContain("corrected its running total downwards 1 time(s)");
  });

  it("raises a correction even when the origin gave a higher figure the same day", () => {
    const r = run([
      claim({ id: "a#1", value: 208, asOf: "2024-11-27" }),
      claim({ id: "b#1", value: 186, asOf: "2024-11-28", via: ["reuters"] }),
      claim({ id: "c#1", value: 319, asOf: "2024-11-28" }),
    ]);
    const reg = r.contradictions.filter((c) => c.kind === "regression");
    expect(reg.map((c) => c.claims)).toEqual([["a#1", "b#1"]]);
  });

  it("notes a correction that the origin's own higher figure of the same day supersedes, as well as raising it", () => {
    const r = run([
      claim({ id: "a#1", value: 208, asOf: "2024-11-27" }),
      claim({ id: "b#1", value: 186, asOf: "2024-11-28", via: ["reuters"] }),
      claim({ id: "c#1", value: 319, asOf: "2024-11-28" }),
    ]);
    expect(r.contradictions.filter((c) => c.kind === "regression").map((c) => c.claims)).toEqual([["a#1", "b#1"]]);
    const n = r.notes.find((x) => x.kind === "cumulative-update");
    expect(n?.claims).toEqual(expect.arrayContaining(["b#1", "c#1"]));
    expect(n?.explanation).toContain("supersedes");
  });

  it("takes a lower figure relayed second-hand (an intermediary before the publisher) as an older statement relayed late", () => {
    const r = run([
      claim({ id: "a#1", value: 208, asOf: "2024-11-27" }),
      claim({ id: "b#1", value: 186, asOf: "2024-11-28", via: ["afp", "middle-east-monitor"] }),
    ]);
    expect(r.contradictions).toEqual([]);
    const n = r.notes.find((x) => x.kind === "cumulative-update");
    expect(n?.claims).toEqual(["a#1", "b#1"]);
    expect(n?.explanation).toContain("relayed second-hand");
  });

  it("does not raise a lower figure whose statement may have been made before the higher one", () => {
    const r = run([
      claim({ id: "a#1", value: 208, asOf: "2024-11-28" }),
      claim({ id: "b#1", value: 186, asOf: { earliest: "2024-11-27", latest: "2024-11-29" } }),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.notes.find((x) => x.kind === "cumulative-update")?.explanation).toContain("may have been said before it");
  });

  it("notes a later article restating an older figure as stale, not a regression", () => {
    const r = run([
      claim({ id: "a#1", value: 255, asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 311, asOf: "2024-11-30" }),
      claim({ id: "c#1", value: 255, asOf: "2024-12-01", via: ["middle-east-monitor"] }),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.notes.find((n) => n.kind === "cumulative-update")?.claims).toEqual(["a#1", "b#1", "c#1"]);
  });

  it("notes a count over a window set against a running total instead of comparing them", () => {
    const r = run([
      claim({ id: "a#1", value: 400, asOf: "2024-12-01" }),
      claim({ id: "a#2", value: 132, asOf: "2024-12-01", window: { start: "2024-11-30", end: "2024-12-01" } }),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.notes.map((n) => [n.kind, n.claims])).toEqual([["different-window", ["a#1", "a#2"]]]);
  });

  it("never puts a closed past period and a running total from the same start into one group", () => {
    const r = run([
      claim({ id: "a#1", value: 300, asOf: "2024-11-30", window: { start: "2024-11-28", end: "2024-11-30" } }),
      claim({ id: "a#2", value: 19, asOf: "2024-11-30", window: { start: "2024-11-28", end: "2024-11-28" }, tally: "period" }),
    ]);
    expect(r.groups.map((g) => [g.id, g.cumulative])).toEqual([
      ["killed/all/aleppo-and-idlib/2024-11-28", true],
      ["killed/all/aleppo-and-idlib/2024-11-28..2024-11-28", false],
    ]);
  });
});

describe("breakdowns, headlines, bounds, translations", () => {
  it("raises parts exceeding their total, counting nested parts once", () => {
    const r = run([
      claim({ id: "m#1", value: 100 }),
      claim({ id: "m#2", value: 70, subject: "combatants", partOf: "m#1" }),
      claim({ id: "m#3", value: 40, subject: "civilians", partOf: "m#1" }),
      claim({ id: "m#4", value: 30, subject: "children", partOf: "m#3" }),
    ]);
    const b = r.contradictions.filter((c) => c.kind === "breakdown-mismatch");
    expect(b.map((c) => c.claims)).toEqual([["m#1", "m#2", "m#3"]]);
    expect(b[0]!.explanation).toContain("110");
  });

  it("does not raise a breakdown that adds up", () => {
    const r = run([
      claim({ id: "m#1", value: 100 }),
      claim({ id: "m#2", value: 60, subject: "combatants", partOf: "m#1" }),
      claim({ id: "m#3", value: 40, subject: "civilians", partOf: "m#1" }),
    ]);
    expect(r.contradictions).toEqual([]);
  });

  it("raises a headline number the body does not state, and none when it does", () => {
    const bad = run([claim({ id: "h#1", value: 330, headline: true, source: "other" }), claim({ id: "h#2", value: 327 })]);
    expect(bad.contradictions.find((c) => c.kind === "headline-body")?.resolution?.kind).toBe("bounded-or-rounded");
    const good = run([claim({ id: "h#1", value: 327, headline: true }), claim({ id: "h#2", value: 327 })]);
    expect(good.contradictions).toEqual([]);
  });

  it("raises bounds one article states that cannot both hold", () => {
    const r = run([
      claim({ id: "b#1", quantity: { value: 50, qualifier: "less-than", low: null, high: 49 }, source: "ocha" }),
      claim({ id: "b#2", quantity: moreThan(80), source: "white-helmets" }),
    ]);
    expect(r.contradictions.map((c) => c.kind).sort()).toEqual(["bounds", "cross-source"]);
  });

  it("raises translation drift between the Arabic and English renderings of one statement", () => {
    const r = run([claim({ id: "ar#1", value: 268 }), claim({ id: "en#1", value: 267 })], { ar: "ar", en: "en" });
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["translation-drift", ["ar#1", "en#1"]]]);
  });
});

describe("claims that agree", () => {
  it("yield no contradiction", () => {
    const r = run([
      claim({ id: "a#1", value: 311, source: "sohr" }),
      claim({ id: "b#1", quantity: exact(311), source: "ocha" }),
      claim({ id: "c#1", quantity: moreThan(300), source: "reuters" }),
    ]);
    expect(r.contradictions).toEqual([]);
    expect(r.sources.find((s) => s.source === "sohr")?.agreement).toBe(1);
  });
});
