/** ClaimReview JSON-LD: one review per contradicted headline claim, with the schema.org shape and a rating that follows the contradiction. */
import { describe, expect, it } from "vitest";
import { renderClaimReview } from "../../src/report/index.js";
import { demoContext, hostileContext } from "./fixtures.js";

type Json = Record<string, any>;

describe("renderClaimReview", () => {
  const ctx = demoContext();
  const doc = JSON.parse(renderClaimReview(ctx)) as Json;

  it("is a schema.org JSON-LD graph with a ClaimReview for each contradicted headline claim only", () => {
    expect(doc["@context"]).toBe("https://schema.org");
    const graph = doc["@graph"] as Json[];
    const expected = ctx.reconciliation.contradictions.flatMap((c) =>
      c.claims.filter((id) => ctx.claims.find((x) => x.id === id)?.headline).map((id) => `${c.id}:${id}`),
    );
    expect(expected).toEqual(["c2:wires-343-20241130#1"]);
    expect(graph).toHaveLength(expected.length);
  });

  it("names the claim, its author and appearance, and rates it by the contradiction", () => {
    const review = (doc["@graph"] as Json[])[0]!;
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toBe("سقوط 343 قتيلًا خلال غارات ومواجهات في حلب وإدلب");
    expect(review.datePublished).toBe("2024-12-01");
    expect(review.itemReviewed).toMatchObject({
      "@type": "Claim",
      author: { "@type": "Organization", name: "Syrian Observatory for Human Rights" },
      datePublished: "2024-11-30",
      appearance: { "@type": "NewsArticle", inLanguage: "ar", identifier: "wires-343-20241130" },
    });
    expect(review.reviewRating).toEqual({ "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Differs, with an explanation" });
    expect(review.reviewBody).toContain("343 = 327 + 16 killed at Basel roundabout");
    expect(review.reviewBody).toContain("Best estimate on 2024-11-30: 343 (327 to 350)");
    expect(review.author).toEqual({ "@type": "Organization", name: "recon" });
  });

  it("rates an unexplained high-severity contradiction 1", () => {
    const rec = ctx.reconciliation;
    const unexplained = { ...ctx, reconciliation: { ...rec, contradictions: rec.contradictions.map((c) => (c.id === "c2" ? { ...c, severity: "high" as const, resolution: null } : c)) } };
    const review = (JSON.parse(renderClaimReview(unexplained))["@graph"] as Json[])[0]!;
    expect(review.reviewRating.ratingValue).toBe(1);
    expect(review.reviewBody).toContain("No reconciling explanation was found.");
  });

  it("can sit in a script element: no <, > or & appear, and the text round-trips", () => {
    const hostile = hostileContext();
    const text = renderClaimReview(hostile);
    expect(text).not.toMatch(/[<>&]/);
    const review = (JSON.parse(text)["@graph"] as Json[])[0]!;
    expect(review.claimReviewed).toBe(hostile.claims.find((c) => c.id === "wires-343-20241130#1")!.quote);
  });
});
