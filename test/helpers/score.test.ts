/** The in-memory claim scorer follows the shared scorer's matching and figures on small hand-made cases. */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import { formatScore, scoreClaims, type GoldClaim, type GoldDocument } from "./score.js";

const TEXT = "The monitor said 311 were killed since Wednesday, among them 28 civilians, including four children.";

const gold = (over: Partial<GoldClaim> = {}): GoldClaim => ({
  metric: "killed",
  qualifier: "exact",
  value: 311,
  low: 311,
  high: 311,
  subject: "all",
  source: "sohr",
  via: [],
  window_start: "2024-11-27",
  as_of: "2024-11-30",
  part_of: null,
  quote: "311 were killed",
  ...over,
});

const doc = (claims: GoldClaim[], over: Partial<GoldDocument> = {}): GoldDocument => ({
  id: "a1",
  outlet: null,
  claims,
  ...over,
});

let n = 0;
const claim = (over: Partial<Claim> = {}): Claim => {
  const quote = over.quote ?? "311 were killed";
  const start = TEXT.indexOf(quote);
  return {
    id: `a1#${n++}`,
    article: "a1",
    metric: "killed",
    quantity: { value: 311, qualifier: "exact", low: 311, high: 311 },
    subject: "all",
    location: "aleppo-and-idlib",
    source: "sohr",
    via: [],
    window: { start: "2024-11-27", end: "2024-11-30" },
    tally: "running-total",
    asOf: { earliest: "2024-11-30", latest: "2024-11-30" },
    partOf: null,
    headline: false,
    span: { start, end: start + quote.length },
    quote,
    rule: "test",
    ...over,
  };
};

const texts = new Map([["a1", TEXT]]);

describe("scoreClaims", () => {
  it("scores a perfect extraction 1 on every figure", () => {
    const total = claim();
    const part = claim({
      quantity: { value: 28, qualifier: "exact", low: 28, high: 28 },
      subject: "civilians",
      partOf: total.id,
      quote: "28 civilians",
    });
    const r = scoreClaims(
      [doc([gold(), gold({ value: 28, low: 28, high: 28, subject: "civilians", part_of: 0, quote: "28 civilians" })])],
      [total, part],
      texts,
    );
    expect(r.summary).toMatchObject({
      gold: 2, predicted: 2, matched: 2, recall: 1, precision: 1, f1: 1, qualifier: 1, bounds: 1,
      subject: 1, source: 1, via: 1, asOf: 1, window: 1, partOf: 1, spans: 1,
    });
    expect(r.articles[0]?.misses).toEqual([]);
    expect(r.articles[0]?.extras).toEqual([]);
  });

  it("matches only the same metric and the same written number", () => {
    const r = scoreClaims(
      [doc([gold()])],
      [claim({ metric: "injured" }), claim({ quantity: { value: 312, qualifier: "exact", low: 312, high: 312 } })],
    );
    expect(r.summary.matched).toBe(0);
    expect(r.summary.recall).toBe(0);
    expect(r.summary.precision).toBe(0);
    expect(r.articles[0]?.misses).toHaveLength(1);
    expect(r.articles[0]?.extras).toHaveLength(2);
    expect(formatScore(r)).toContain("missed killed 311 all (sohr)");
  });

  it("prefers the same subject over the same source, then the same source", () => {
    const wrongSubject = claim({ subject: "civilians" });
    const rightSubjectOtherSource = claim({ source: "afp" });
    const r1 = scoreClaims([doc([gold()])], [wrongSubject, rightSubjectOtherSource]);
    expect(r1.summary.subject).toBe(1);
    expect(r1.summary.source).toBe(0);
    const otherSource = claim({ source: "afp" });
    const sameSource = claim();
    const r2 = scoreClaims([doc([gold()])], [otherSource, sameSource]);
    expect(r2.summary.source).toBe(1);
  });

  it("counts a restated gold number neither for nor against precision", () => {
    const r = scoreClaims([doc([gold()])], [claim({ headline: true }), claim()]);
    expect(r.summary.predicted).toBe(1);
    expect(r.summary.precision).toBe(1);
    expect(r.articles[0]?.restatements).toBe(1);
    expect(r.articles[0]?.extras).toEqual([]);
  });

  it("matches a vague gold quantity with a vague prediction, not with a number", () => {
    const dozens = gold({ qualifier: "vague", value: null, low: 24, high: 99 });
    const vague = claim({ quantity: { value: null, qualifier: "vague", low: 24, high: 99 } });
    expect(scoreClaims([doc([dozens])], [vague]).summary).toMatchObject({ recall: 1, bounds: 1, qualifier: 1 });
    expect(scoreClaims([doc([dozens])], [claim()]).summary.recall).toBe(0);
    // a second vague prediction is not a restatement (the gold has no number to restate)
    expect(scoreClaims([doc([dozens])], [vague, claim({ quantity: vague.quantity })]).summary.precision).toBe(0.5);
  });

  it("scores qualifier and bounds separately from the match", () => {
    const r = scoreClaims(
      [doc([gold({ qualifier: "more_than", value: 200, low: 201, high: null })])],
      [claim({ quantity: { value: 200, qualifier: "at-least", low: 200, high: null } })],
    );
    expect(r.summary).toMatchObject({ recall: 1, qualifier: 0, bounds: 0 });
  });

  it("credits partOf only when the part points at the claim matched to the gold total", () => {
    const goldDoc = doc([gold(), gold({ value: 28, low: 28, high: 28, subject: "civilians", part_of: 0 })]);
    const total = claim();
    const unrelated = claim({ quantity: { value: 5, qualifier: "exact", low: 5, high: 5 } });
    const part = (partOf: string | null) =>
      claim({ quantity: { value: 28, qualifier: "exact", low: 28, high: 28 }, subject: "civilians", partOf });
    expect(scoreClaims([goldDoc], [total, part(total.id)]).summary.partOf).toBe(1);
    expect(scoreClaims([goldDoc], [total, unrelated, part(unrelated.id)]).summary.partOf).toBe(0);
    expect(scoreClaims([goldDoc], [total, part(null)]).summary.partOf).toBe(0);
  });

  it("checks asOf as containment in the predicted interval and window by its start", () => {
    const g = [doc([gold({ as_of: "2024-11-29", window_start: "2024-11-27" })])];
    const within = claim({ asOf: { earliest: "2024-11-28", latest: "2024-11-30" } });
    expect(scoreClaims(g, [within]).summary).toMatchObject({ asOf: 1, window: 1 });
    const outside = claim({ asOf: { earliest: "2024-11-30", latest: "2024-11-30" }, window: { start: "2024-11-28", end: null } });
    expect(scoreClaims(g, [outside]).summary).toMatchObject({ asOf: 0, window: 0 });
    // unknown dates in the gold are not scored
    const unknown = [doc([gold({ as_of: null, window_start: null })])];
    expect(scoreClaims(unknown, [outside]).summary).toMatchObject({ asOf: null, window: null });
  });

  it("compares via as a prefix, leaving out the gold's own outlet", () => {
    const relayed = doc([gold({ via: ["afp", "middle_east_monitor"] })]);
    expect(scoreClaims([relayed], [claim({ via: ["afp", "middle-east-monitor"] })]).summary.via).toBe(1);
    expect(scoreClaims([relayed], [claim({ via: ["afp"] })]).summary.via).toBe(0);
    const ownOutlet = doc([gold({ via: ["reuters"] })], { outlet: "Reuters" });
    expect(scoreClaims([ownOutlet], [claim({ via: [] })]).summary.via).toBe(1);
    expect(scoreClaims([doc([gold({ via: ["afp"] })])], [claim({ via: ["afp", "x"] })]).summary.via).toBe(1);
  });

  it("accepts the outlet or any unrelayed unknown source for a gold source 'outlet'", () => {
    const g = [doc([gold({ source: "outlet" })])];
    expect(scoreClaims(g, [claim({ source: "al-araby-tv", via: [] })]).summary.source).toBe(1);
    expect(scoreClaims(g, [claim({ source: "outlet" })]).summary.source).toBe(1);
    expect(scoreClaims(g, [claim({ source: "sohr" })]).summary.source).toBe(0);
    expect(scoreClaims(g, [claim({ source: "al-araby-tv", via: ["afp"] })]).summary.source).toBe(0);
  });

  it("checks every predicted span against the text, matched or not", () => {
    const bad = claim({ span: { start: 0, end: 3 } });
    const r = scoreClaims([doc([gold()])], [claim(), bad, claim({ metric: "injured" })], texts);
    expect(r.summary.spans).toBe(0.667);
    expect(scoreClaims([doc([gold()])], [bad]).summary.spans).toBeNull();
  });

  it("ignores predictions for other articles and unscored metrics, and scores tally and headline when annotated", () => {
    const r = scoreClaims(
      [doc([gold({ tally: "period", headline: true })])],
      [claim({ article: "elsewhere" }), claim({ metric: "other" }), claim({ tally: "period", headline: false })],
    );
    expect(r.summary).toMatchObject({ predicted: 1, matched: 1, tally: 1, headline: 0 });
    expect(scoreClaims([doc([gold()])], [claim()]).summary).toMatchObject({ tally: null, headline: null });
    expect(scoreClaims([], [claim()]).summary).toMatchObject({ gold: 0, recall: null, precision: null, f1: null });
  });
});
