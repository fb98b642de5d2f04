/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for each headline claim that a
 * contradiction involves: what the headline claimed, who it is attributed to, where it appeared,
 * and the review (the contradiction's explanation, its reconciling explanation if any, and the
 * engine's best estimate for the same group). The rating scale is documented in docs/reports.md.
 */
import type { Claim } from "../domain/claim.js";
import type { Contradiction } from "../domain/reconciliation.js";
import type { ReportContext } from "./context.js";
import { indexReport } from "./context.js";
import { safeUrl } from "./escape.js";
import { contradictionTitle, formatNumber, quantityText, relayText, sourceLabel } from "./labels.js";

/** Rating: 1 contradicted and unexplained (high), 2 disputed (medium/low unexplained), 3 explained. */
export const rating = (c: Contradiction): { value: number; name: string } =>
  c.resolution !== null
    ? { value: 3, name: "Differs, with an explanation" }
    : c.severity === "high"
      ? { value: 1, name: "Contradicted by other reports" }
      : { value: 2, name: "Disputed" };

/** Text ending with a full stop, so that sentences can be joined. */
const sentence = (s: string): string => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export const claimReviews = (ctx: ReportContext): Record<string, unknown>[] => {
  const index = indexReport(ctx);
  const reviews: Record<string, unknown>[] = [];
  const reviewedOn = ctx.generatedAt.slice(0, 10);
  for (const con of ctx.reconciliation.contradictions) {
    const headlines = index.claimsOf(con.claims).filter((c) => c.headline);
    for (const claim of headlines) {
      const others = index.claimsOf(con.claims).filter((c) => c.id !== claim.id);
      const group = ctx.reconciliation.groups.find((g) => g.claims.includes(claim.id));
      const timeline = group ? ctx.reconciliation.timeline.find((t) => t.group === group.id) : undefined;
      const estimate = timeline?.points.filter((p) => p.date <= claim.asOf.latest).at(-1) ?? timeline?.points.at(-1);
      const r = rating(con);
      const article = index.article(claim.article);
      const url = safeUrl(article?.url);
      const body = [
        `${contradictionTitle(con.kind)}: ${sentence(con.explanation)}`,
        con.resolution ? `Explanation: ${sentence(con.resolution.text)}` : "No reconciling explanation was found.",
        others.length > 0 ? `Other reports: ${others.map((o: Claim) => `${quantityText(o.quantity)} (${relayText(ctx.lexicon, o)}, ${o.asOf.earliest})`).join("; ")}.` : "",
        estimate ? `Best estimate on ${estimate.date}: ${formatNumber(estimate.best)} (${formatNumber(estimate.low)} to ${formatNumber(estimate.high)}).` : "",
      ]
        .filter((s) => s !== "")
        .join(" ");
      reviews.push({
        "@type": "ClaimReview",
        "@id": `#review-${encodeURIComponent(con.id)}-${encodeURIComponent(claim.id)}`,
        datePublished: reviewedOn,
        claimReviewed: claim.quote,
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Organization", name: sourceLabel(ctx.lexicon, claim.source) },
          datePublished: claim.asOf.earliest,
          appearance: {
            "@type": "NewsArticle",
            ...(url ? { url } : {}),
            ...(article?.outlet ? { publisher: { "@type": "Organization", name: article.outlet } } : {}),
            inLanguage: article?.language ?? "und",
            identifier: claim.article,
          },
        },
        author: { "@type": "Organization", name: "recon" },
        reviewRating: {
          "@type": "Rating",
          ratingValue: r.value,
          bestRating: 5,
          worstRating: 1,
          alternateName: r.name,
        },
        reviewBody: body,
      });
    }
  }
  return reviews;
};

/**
 * The JSON-LD document: `{"@context": "https://schema.org", "@graph": [ClaimReview…]}`. `<`, `>`
 * and `&` are written as `\u003c` …, so the text can be placed in a `<script type="application/ld+json">`.
 */
export const renderClaimReview = (ctx: ReportContext): string =>
  JSON.stringify({ "@context": "https://schema.org", "@graph": claimReviews(ctx) }, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026") + "\n";

