/** The HTML report as a document: self-contained, script allowed by hash only, same sections as the Markdown report, RTL quotes. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/index.js";
import { demoContext } from "./fixtures.js";

describe("renderHtml", () => {
  const ctx = demoContext();
  const html = renderHtml(ctx);

  it("loads nothing from outside the file", () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    // The only URLs are article links (and the SVG namespace).
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    const allowed = new Set(["http://www.w3.org/2000/svg", ...ctx.articles.flatMap((a) => (a.url ? [a.url] : []))]);
    for (const u of urls) expect(allowed.has(u), u).toBe(true);
  });

  it("allows exactly its own inline script through the Content-Security-Policy", () => {
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "").replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const hash = createHash("sha256").update(script, "utf8").digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it("has the finding, a chart per timeline, and the report's tables", () => {
    expect(html).toMatch(/<p class="estimate">343<\/p>/);
    expect(html.match(/<svg class="timeline-chart"/g)).toHaveLength(ctx.reconciliation.timeline.length);
    for (const cls of ["timeline-table", "sources-table", "claims-table", "articles-table"]) expect(html).toContain(`<table class="${cls}">`);
    expect(html.match(/<article class="contradiction"/g)).toHaveLength(ctx.reconciliation.contradictions.length);
  });

  it("draws distinct marks for exact, lower-bound, approximate and vague claims, and rings contradicted ones", () => {
    // Put the vague "dozens" claim in the headline group so that every kind of mark is drawn.
    const rec = ctx.reconciliation;
    const withVague = renderHtml({
      ...ctx,
      reconciliation: { ...rec, groups: rec.groups.map((g, i) => (i === 0 ? { ...g, claims: [...g.claims, "wednesday-clashes-20241127#2"] } : g)) },
    });
    const chart = withVague.slice(withVague.indexOf('id="chart-0"'), withVague.indexOf("</figure>"));
    for (const shape of ["mark-exact", "mark-approximate", "mark-interval"]) expect(chart).toContain(shape);
    expect(html).toContain("mark-lower-bound");
    expect(html).toContain('class="contradiction-ring"');
  });

  it("writes Arabic quotes right to left with their language", () => {
    expect(html).toContain('<td class="quote" lang="ar" dir="rtl">سقوط 343 قتيلًا خلال غارات ومواجهات في حلب وإدلب</td>');
  });

  it("renders a reconciliation with nothing in it", () => {
    const empty = renderHtml({
      ...ctx,
      claims: [],
      reconciliation: { ...ctx.reconciliation, groups: [], contradictions: [], notes: [], timeline: [], sources: [] },
    });
    expect(empty).toContain("No estimate could be made");
    expect(empty).toContain("No contradiction found.");
    expect(empty).not.toContain("<svg class=\"timeline-chart\"");
    expect(empty).toContain('<script type="application/json" id="report-data">{"claims":{},"refs":[]}</script>');
  });
});
