/** Re-extraction merged into claims.json never loses or changes what a person reviewed. */
import { describe, expect, it } from "vitest";
import type { Claim, ReviewedClaim } from "../../src/domain/claim.js";
import { mergeExtraction } from "../../src/review/merge.js";
import { claim as makeClaim } from "../helpers/claims.js";

const claim = (id: string, start: number, over: Partial<Claim> = {}): Claim =>
  makeClaim({ id, value: start, span: { start, end: start + 5 }, quote: "xxxxx", location: "syria", window: { start: null, end: null }, ...over });
const review = (status: "confirmed" | "corrected" | "added" | "rejected") => ({ status, by: "ana", at: "2024-12-01", note: null });

describe("mergeExtraction", () => {
  it("keeps reviewed claims exactly, refreshes unreviewed ones under their old ids, drops vanished machine claims", () => {
    const corrected: ReviewedClaim = { ...claim("a#1", 10), subject: "civilians", review: review("corrected") };
    const rejected: ReviewedClaim = { ...claim("a#2", 20), review: review("rejected") };
    const added: ReviewedClaim = { ...claim("a#7", 70), rule: "review", review: review("added") };
    const stale: ReviewedClaim = claim("a#3", 30, { subject: "combatants" });
    const vanished: ReviewedClaim = claim("a#4", 40);
    const otherArticle: ReviewedClaim = claim("b#1", 5);
    const fresh = [
      claim("a#1", 10), // same identity as the corrected claim
      claim("a#2", 20), // same identity as the rejected claim
      claim("a#3", 30, { subject: "civilians" }), // improved extraction of an unreviewed claim
      claim("a#4", 45), // a new span
      claim("a#5", 50, { partOf: "a#4" }),
    ];
    const r = mergeExtraction([corrected, rejected, added, stale, vanished, otherArticle], fresh, ["a"], ["a", "b"]);
    expect(r.claims).toContainEqual(corrected);
    expect(r.claims).toContainEqual(rejected);
    expect(r.claims).toContainEqual(added);
    expect(r.claims).toContainEqual(otherArticle);
    expect(r.claims.find((c) => c.id === "a#3")?.subject).toBe("civilians");
    expect(r.claims.some((c) => c.span.start === 40)).toBe(false);
    // new claims get numbers after the highest existing one, and partOf follows the renumbering
    const n45 = r.claims.find((c) => c.span.start === 45)!;
    const n50 = r.claims.find((c) => c.span.start === 50)!;
    expect(n45.id).toBe("a#8");
    expect(n50.id).toBe("a#9");
    expect(n50.partOf).toBe("a#8");
    // no fresh duplicate beside a reviewed claim
    expect(r.claims.filter((c) => c.span.start === 10)).toHaveLength(1);
    expect(r.claims.filter((c) => c.span.start === 20)).toHaveLength(1);
    expect({ kept: r.kept, updated: r.updated, added: r.added, dropped: r.dropped }).toEqual({ kept: 4, updated: 1, added: 2, dropped: 1 });
    // ordered by manifest article then position
    expect(r.claims.map((c) => c.article)).toEqual(["a", "a", "a", "a", "a", "a", "b"]);
    expect(r.claims.filter((c) => c.article === "a").map((c) => c.span.start)).toEqual([10, 20, 30, 45, 50, 70]);
  });

  it("merging the same extraction twice changes nothing", () => {
    const fresh = [claim("a#1", 10), claim("a#2", 20, { partOf: "a#1" })];
    const once = mergeExtraction([], fresh, ["a"]).claims;
    const twice = mergeExtraction(once, fresh, ["a"]).claims;
    expect(twice).toEqual(once);
  });

  it("two fresh claims of one identity keep their two ids on every merge", () => {
    const fresh = [claim("a#1", 10), claim("a#2", 10, { quantity: { value: null, qualifier: "range", low: 10, high: 12 } })];
    const once = mergeExtraction([], fresh, ["a"]).claims;
    expect(once.map((c) => c.id)).toEqual(["a#1", "a#2"]);
    expect(mergeExtraction(once, fresh, ["a"]).claims).toEqual(once);
  });
});
