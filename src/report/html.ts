/**
 * The self-contained HTML report: the same content as the Markdown report (finding, contradictions,
 * notes, timeline tables, sources, claims, articles) plus an inline SVG timeline chart per group with
 * a panel that shows the claims behind a mark. No external URL is loaded: style and script are
 * inline, the script is allowed by its hash in the page's Content-Security-Policy, and the data it
 * reads is a JSON block with `<` written as `\u003c`. All article and lexicon text is escaped.
 */
import { createHash } from "node:crypto";
import type { Claim } from "../domain/claim.js";
import type { ReportContext, ReportIndex } from "./context.js";
import { indexReport } from "./context.js";
import { MARK_LABELS, PALETTE, markPath, markShape, markStyle, renderChart, type MarkShape } from "./chart.js";
import { escapeHtml as h, jsonForScript, safeUrl } from "./escape.js";
import { findingOf, rankTimelines, type Finding } from "./finding.js";
import {
  articleLabel,
  contradictionTitle,
  formatNumber,
  groupLabel,
  intervalText,
  isRtl,
  metricLabel,
  percentText,
  placeLabel,
  quantityText,
  relayText,
  sourceLabel,
  subjectLabel,
} from "./labels.js";
import { PAGE_SCRIPT, PAGE_STYLE } from "./page-script.js";
import { sourceProfiles } from "./sources.js";

/** What the page script reads: claims by id, and the claims behind each chart mark. */
interface PageData {
  readonly claims: Record<string, ClaimData>;
  readonly refs: { readonly title: string; readonly claims: readonly string[] }[];
}

interface ClaimData {
  readonly id: string;
  readonly summary: string;
  readonly quote: string;
  readonly lang: string;
  readonly dir: "rtl" | "auto";
  readonly article: string;
  readonly url: string | null;
  readonly contradictions: readonly string[];
}

const table = (headers: readonly string[], rows: readonly string[][], cls = ""): string =>
  `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${headers.map((x) => `<th scope="col">${h(x)}</th>`).join("")}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.join("")}</tr>`).join("")}</tbody></table>`;

const td = (text: string, cls = ""): string => `<td${cls ? ` class="${cls}"` : ""}>${h(text)}</td>`;

const langOf = (index: ReportIndex, c: Claim): string => index.article(c.article)?.language ?? "und";

const quoteCell = (index: ReportIndex, c: Claim): string => {
  const lang = langOf(index, c);
  return `<td class="quote" lang="${h(lang)}" dir="${isRtl(lang) ? "rtl" : "auto"}">${h(c.quote)}</td>`;
};

const articleCell = (index: ReportIndex, articleId: string): string => {
  const a = index.article(articleId);
  const label = articleLabel(a, articleId);
  const url = safeUrl(a?.url);
  return url === null ? td(label) : `<td><a href="${h(url)}" rel="noopener noreferrer">${h(label)}</a></td>`;
};

const claimSummary = (ctx: ReportContext, c: Claim): string =>
  `${quantityText(c.quantity)} ${metricLabel(ctx.lexicon, c.metric)}, ${subjectLabel(ctx.lexicon, c.subject)}, ` +
  `${placeLabel(ctx.lexicon, c.location)}: ${relayText(ctx.lexicon, c)}, as of ${intervalText(c.asOf)}`;

const pageData = (ctx: ReportContext, index: ReportIndex): { data: PageData; addRef: (title: string, claims: readonly string[]) => number } => {
  const flags = new Map<string, string[]>();
  for (const c of ctx.reconciliation.contradictions) {
    for (const id of c.claims) {
      const flag = `Contradiction: ${contradictionTitle(c.kind)} (${c.severity})`;
      const list = flags.get(id);
      if (list) list.push(flag);
      else flags.set(id, [flag]);
    }
  }
  // Only the claims some mark refers to are written into the page.
  const claims: Record<string, ClaimData> = Object.create(null) as Record<string, ClaimData>;
  const include = (id: string): void => {
    const c = index.claim(id);
    if (!c || Object.hasOwn(claims, id)) return;
    const lang = langOf(index, c);
    const a = index.article(c.article);
    claims[id] = {
      id: c.id,
      summary: claimSummary(ctx, c),
      quote: c.quote,
      lang,
      dir: isRtl(lang) ? "rtl" : "auto",
      article: articleLabel(a, c.article),
      url: safeUrl(a?.url),
      contradictions: flags.get(c.id) ?? [],
    };
  };
  const refs: { title: string; claims: readonly string[] }[] = [];
  return {
    data: { claims, refs },
    addRef: (title, ids) => {
      ids.forEach(include);
      return refs.push({ title, claims: ids }) - 1;
    },
  };
};

const legendIcon = (shape: MarkShape | "estimate" | "contradicted", colour = "#555"): string => {
  const inner =
    shape === "estimate"
      ? `<rect x="4" y="4" width="10" height="10" fill="#08306b"/>`
      : shape === "contradicted"
        ? `<circle cx="9" cy="9" r="7" fill="none" stroke="#d62728" stroke-width="2"/>`
        : `<path transform="translate(9 9)" d="${markPath(shape, 5)}" ${markStyle(shape, colour)}/>`;
  return `<svg viewBox="0 0 18 18" aria-hidden="true">${inner}</svg>`;
};

const findingHtml = (ctx: ReportContext, f: Finding | undefined): string => {
  if (!f) return `<section class="finding" id="finding"><p>No estimate could be made: no timeline has a point.</p></section>`;
  const lex = ctx.lexicon;
  const p = f.point;
  return (
    `<section class="finding" id="finding" aria-label="Finding">` +
    `<p class="estimate">${h(formatNumber(p.best))}</p>` +
    `<p class="what">${h(groupLabel(lex, f.timeline.key))}, as of ${h(p.date)}</p>` +
    `<p>Range: <strong>${h(formatNumber(p.low))}</strong> to <strong>${h(formatNumber(p.high))}</strong> · ` +
    `method ${h(p.method)} · ${f.timeline.cumulative ? "running total" : "count over a period"}</p>` +
    `<p>How sure: <span class="certainty certainty-${f.certainty}">${h(f.certainty)}</span> ${h(f.reasons.join("; "))}</p>` +
    `</section>`
  );
};

/** At most this many charts: past it, a chart per timeline would make the file heavy for nothing; the tables hold every timeline. */
export const MAX_CHARTS = 50;

/** The charts in ranking order: the headline one open, the others collapsed. */
const chartsHtml = (ctx: ReportContext, index: ReportIndex, addRef: (title: string, claims: readonly string[]) => number): string[] => {
  const lex = ctx.lexicon;
  const timelines = rankTimelines(ctx).slice(0, MAX_CHARTS);
  const contradicted = new Set(ctx.reconciliation.contradictions.flatMap((c) => c.claims));
  const colours = new Map<string, string>();
  const colourOf = (source: string): string => {
    let c = colours.get(source);
    if (!c) {
      c = PALETTE[colours.size % PALETTE.length] ?? "#666";
      colours.set(source, c);
    }
    return c;
  };
  const groups = new Map(ctx.reconciliation.groups.map((g) => [g.id, g]));
  const figures = timelines.map((t, k) => {
    const ids = [...new Set([...(groups.get(t.group)?.claims ?? []), ...t.points.flatMap((p) => p.claims)])];
    const claims = index.claimsOf(ids);
    const marks = claims.map((c) => ({
      claim: c,
      ref: addRef(`Claim ${c.id}`, [c.id]),
      colour: colourOf(c.source),
      contradicted: contradicted.has(c.id),
    }));
    const pointRefs = t.points.map((p) =>
      addRef(`Estimate for ${p.date}: ${formatNumber(p.best)} (${formatNumber(p.low)} to ${formatNumber(p.high)}), ${p.method}`, p.claims),
    );
    const title = groupLabel(lex, t.key);
    const sources = [...new Set(claims.map((c) => c.source))];
    const shapes = [...new Set(claims.map((c) => markShape(c.quantity.qualifier)))];
    const legend =
      `<ul class="legend">` +
      sources.map((s) => `<li>${legendIcon("exact", colourOf(s))}${h(sourceLabel(lex, s))}</li>`).join("") +
      shapes.map((s) => `<li>${legendIcon(s)}${h(MARK_LABELS[s])}</li>`).join("") +
      `<li>${legendIcon("estimate")}best estimate, band low–high</li>` +
      (claims.some((c) => contradicted.has(c.id)) ? `<li>${legendIcon("contradicted")}in a contradiction</li>` : "") +
      `</ul>`;
    const figure =
      `<figure class="chart-figure" id="chart-${k}"><figcaption>${h(title)}${t.cumulative ? " (running total)" : " (count over a period)"}</figcaption>` +
      `<div class="chart-body"><div>${renderChart({ timeline: t, title, marks, pointRefs, describe: (c) => `${c.id}, ${relayText(lex, c)}` })}${legend}</div>` +
      `<div class="details" aria-live="polite"><p class="hint">Point at or click a mark to see its claims, quotes and articles.</p></div></div></figure>`;
    return k === 0 ? figure : `<details class="chart"><summary>${h(title)}</summary>${figure}</details>`;
  });
  return figures;
};

const claimRows = (ctx: ReportContext, index: ReportIndex, ids: readonly string[]): string[][] =>
  ids.map((id) => {
    const c = index.claim(id);
    if (!c) return [td(id), td(""), td(""), td(""), td(""), td("(claim not found)")];
    return [
      td(c.id, "nowrap"),
      td(relayText(ctx.lexicon, c)),
      td(`${quantityText(c.quantity)} ${metricLabel(ctx.lexicon, c.metric)}, ${subjectLabel(ctx.lexicon, c.subject)}`),
      td(intervalText(c.asOf), "nowrap"),
      articleCell(index, c.article),
      quoteCell(index, c),
    ];
  });

const contradictionsHtml = (ctx: ReportContext, index: ReportIndex): string => {
  const list = ctx.reconciliation.contradictions;
  if (list.length === 0) return `<p>No contradiction found.</p>`;
  return list
    .map((c, i) => {
      const ids = [...c.claims, ...(c.resolution?.claims ?? []).filter((id) => !c.claims.includes(id))];
      return (
        `<article class="contradiction" id="contradiction-${i + 1}"><h3>${i + 1}. ${h(contradictionTitle(c.kind))} ` +
        `<span class="severity severity-${h(c.severity)}">${h(c.severity)}</span></h3>` +
        `<p>${h(c.explanation)}</p>` +
        (c.resolution === null
          ? `<p class="unresolved"><strong>Explanation:</strong> none found; the difference stands.</p>`
          : `<p class="resolution"><strong>Explanation (${h(c.resolution.kind)}):</strong> ${h(c.resolution.text)}</p>`) +
        table(["Claim", "Source", "Number", "As of", "Article", "Quote"], claimRows(ctx, index, ids)) +
        `</article>`
      );
    })
    .join("\n");
};

export const renderHtml = (ctx: ReportContext): string => {
  const index = indexReport(ctx);
  const lex = ctx.lexicon;
  const rec = ctx.reconciliation;
  const { data, addRef } = pageData(ctx, index);
  const ranked = rankTimelines(ctx);
  const findings = ranked.map((t) => findingOf(ctx, index, t)).filter((f): f is Finding => f !== undefined);
  const [headlineChart, ...otherCharts] = chartsHtml(ctx, index, addRef);
  const scriptHash = createHash("sha256").update(PAGE_SCRIPT, "utf8").digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  const others = findings.slice(1);
  const body = [
    `<header><h1>Reconciliation report: ${h(rec.corpus)}</h1>`,
    `<p class="meta">Generated ${h(ctx.generatedAt)} from ${rec.generatedFrom.articles} articles and ${rec.generatedFrom.claims} claims: ` +
      `${rec.groups.length} groups, ${rec.contradictions.length} contradictions.</p></header>`,
    `<h2 id="finding-heading">Finding</h2>`,
    findingHtml(ctx, findings[0]),
    headlineChart ?? "",
    others.length === 0
      ? ""
      : `<h3>Other figures</h3>` +
        table(
          ["What", "Best", "Range", "As of", "How sure"],
          others.map((f) => [
            td(groupLabel(lex, f.timeline.key)),
            td(formatNumber(f.point.best), "num"),
            td(`${formatNumber(f.point.low)} to ${formatNumber(f.point.high)}`),
            td(f.point.date, "nowrap"),
            `<td><span class="certainty certainty-${f.certainty}">${h(f.certainty)}</span></td>`,
          ]),
        ),
    otherCharts.length === 0
      ? ""
      : `<details class="other-charts"><summary>Charts of the other figures (${otherCharts.length})</summary>\n${otherCharts.join("\n")}</details>`,
    `<h2>Contradictions (${rec.contradictions.length})</h2>`,
    contradictionsHtml(ctx, index),
    rec.notes.length === 0
      ? ""
      : `<h2>Differences that are explained (${rec.notes.length})</h2><ul>` +
        rec.notes.map((n) => `<li><strong>${h(n.kind)}</strong>: ${h(n.explanation)} (claims ${h(n.claims.join(", "))})</li>`).join("") +
        `</ul>`,
    `<h2>Timeline</h2>`,
    ranked.length === 0
      ? `<p>No timeline could be estimated.</p>`
      : ranked
          .map(
            (t) =>
              `<h3>${h(groupLabel(lex, t.key))}${t.cumulative ? " (running total)" : " (count over a period)"}</h3>` +
              table(
                ["Date", "Low", "Best", "High", "Method", "Claims"],
                t.points.map((p) => [td(p.date, "nowrap"), td(formatNumber(p.low), "num"), td(formatNumber(p.best), "num"), td(formatNumber(p.high), "num"), td(p.method), td(p.claims.join(", "))]),
                "timeline-table",
              ),
          )
          .join("\n"),
    `<h2>Sources: who says what</h2>`,
    table(
      ["Source", "Kind", "Claims", "Agreement", "Partisan", "Relayed by", "Says", "Notes"],
      sourceProfiles(ctx).map((p) => [
        td(sourceLabel(lex, p.source)),
        td(p.kind),
        td(String(p.claims.length), "num"),
        td(percentText(p.agreement), "num"),
        p.partisan ? `<td class="yes">yes</td>` : td("no"),
        td(p.relays.map((r) => r.join(" → ")).join("; ")),
        td(p.says.join("; ")),
        td(p.notes.join(" ")),
      ]),
      "sources-table",
    ),
    `<h2>Claims (${ctx.claims.length})</h2>`,
    table(
      ["Claim", "Metric", "Number", "Subject", "Place", "Source", "As of", "Article", "Quote"],
      ctx.claims.map((c) => [
        td(c.id, "nowrap"),
        td(metricLabel(lex, c.metric)),
        td(quantityText(c.quantity)),
        td(subjectLabel(lex, c.subject)),
        td(placeLabel(lex, c.location)),
        td(relayText(lex, c)),
        td(intervalText(c.asOf), "nowrap"),
        articleCell(index, c.article),
        quoteCell(index, c),
      ]),
      "claims-table",
    ),
    `<h2>Articles (${ctx.articles.length})</h2>`,
    table(
      ["Article", "Outlet", "Language", "Published", "Link"],
      ctx.articles.map((a) => {
        const url = safeUrl(a.url);
        return [td(a.id, "nowrap"), td(a.outlet ?? "unknown"), td(a.language), td(intervalText(a.published), "nowrap"), url === null ? td("none") : `<td><a href="${h(url)}" rel="noopener noreferrer">link</a></td>`];
      }),
      "articles-table",
    ),
  ];
  return [
    `<!DOCTYPE html>`,
    `<html lang="en" dir="ltr">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>Reconciliation report: ${h(rec.corpus)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    `</head>`,
    `<body><main>`,
    ...body.filter((s) => s !== ""),
    `</main>`,
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    `</body></html>`,
    ``,
  ].join("\n");
};
