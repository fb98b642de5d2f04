/**
 * The Markdown report a fact-checker can paste: the finding first, then the contradictions with
 * their explanations and the claims behind them, the differences that are explained, the timeline
 * tables, who says what (sources, partisanship, relays), the claims with their quotes and the
 * articles. Every piece of article or lexicon text is escaped with `escapeMarkdown`.
 */
import type { ReportContext, ReportIndex } from "./context.js";
import { indexReport } from "./context.js";
import { escapeMarkdown as md, markdownUrl } from "./escape.js";
import { findingOf, rankTimelines, type Finding } from "./finding.js";
import {
  articleLabel,
  contradictionTitle,
  formatNumber,
  groupLabel,
  intervalText,
  metricLabel,
  percentText,
  quantityText,
  relayText,
  sourceLabel,
  subjectLabel,
  placeLabel,
} from "./labels.js";
import { sourceProfiles } from "./sources.js";

/** A GFM table from cells that are already Markdown-safe. */
export const markdownTable = (headers: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => (c === "" ? " " : c)).join(" | ")} |`),
  ].join("\n");

const articleLink = (index: ReportIndex, articleId: string): string => {
  const a = index.article(articleId);
  const label = md(articleLabel(a, articleId));
  const url = markdownUrl(a?.url);
  return url === null ? label : `[${label}](${url})`;
};

const findingLines = (ctx: ReportContext, f: Finding): string[] => {
  const lex = ctx.lexicon;
  const { point, timeline } = f;
  return [
    `**Best estimate: ${formatNumber(point.best)}** (range ${formatNumber(point.low)} to ${formatNumber(point.high)}) ` +
      `as of ${md(point.date)}, for ${md(groupLabel(lex, timeline.key))}.`,
    "",
    `- How sure: **${f.certainty}**: ${md(f.reasons.join("; "))}`,
    `- Method: ${md(point.method)}; ${timeline.cumulative ? "running total" : "count over a period"}`,
  ];
};

const claimRows = (ctx: ReportContext, index: ReportIndex, ids: readonly string[]): string[][] =>
  ids.map((id) => {
    const c = index.claim(id);
    if (!c) return [md(id), "", "", "", "", "(claim not found)"];
    return [
      md(c.id),
      md(relayText(ctx.lexicon, c)),
      md(`${quantityText(c.quantity)} ${metricLabel(ctx.lexicon, c.metric)}, ${subjectLabel(ctx.lexicon, c.subject)}`),
      md(intervalText(c.asOf)),
      articleLink(index, c.article),
      md(c.quote),
    ];
  });

const CLAIM_HEADERS = ["Claim", "Source", "Number", "As of", "Article", "Quote"];

const contradictionSection = (ctx: ReportContext, index: ReportIndex): string[] => {
  const list = ctx.reconciliation.contradictions;
  const out = [`## Contradictions (${list.length})`, ""];
  if (list.length === 0) return [...out, "No contradiction found.", ""];
  list.forEach((c, i) => {
    out.push(`### ${i + 1}. ${md(contradictionTitle(c.kind))} (${md(c.kind)}, severity ${md(c.severity)})`, "");
    out.push(md(c.explanation), "");
    out.push(
      c.resolution === null
        ? "**Explanation:** none found; the difference stands."
        : `**Explanation (${md(c.resolution.kind)}):** ${md(c.resolution.text)}`,
      "",
    );
    const ids = [...c.claims, ...(c.resolution?.claims ?? []).filter((id) => !c.claims.includes(id))];
    out.push(markdownTable(CLAIM_HEADERS, claimRows(ctx, index, ids)), "");
  });
  return out;
};

const notesSection = (ctx: ReportContext): string[] => {
  const notes = ctx.reconciliation.notes;
  if (notes.length === 0) return [];
  return [
    `## Differences that are explained (${notes.length})`,
    "",
    ...notes.map((n) => `- **${md(n.kind)}**: ${md(n.explanation)} (claims ${n.claims.map(md).join(", ")})`),
    "",
  ];
};

const timelineSection = (ctx: ReportContext): string[] => {
  const out = ["## Timeline", ""];
  const timelines = rankTimelines(ctx);
  if (timelines.length === 0) return [...out, "No timeline could be estimated.", ""];
  for (const t of timelines) {
    out.push(`### ${md(groupLabel(ctx.lexicon, t.key))}${t.cumulative ? " (running total)" : " (count over a period)"}`, "");
    out.push(
      markdownTable(
        ["Date", "Low", "Best", "High", "Method", "Claims"],
        t.points.map((p) => [md(p.date), formatNumber(p.low), formatNumber(p.best), formatNumber(p.high), md(p.method), p.claims.map(md).join(", ")]),
      ),
      "",
    );
  }
  return out;
};

const sourcesSection = (ctx: ReportContext): string[] => {
  const lex = ctx.lexicon;
  const profiles = sourceProfiles(ctx);
  const out = ["## Sources: who says what", ""];
  out.push(
    markdownTable(
      ["Source", "Kind", "Claims", "Agreement", "Partisan", "Relayed by", "Says", "Notes"],
      profiles.map((p) => [
        md(sourceLabel(lex, p.source)),
        md(p.kind),
        String(p.claims.length),
        percentText(p.agreement),
        p.partisan ? "**yes**" : "no",
        md(p.relays.map((r) => r.join(" → ")).join("; ")),
        md(p.says.join("; ")),
        md(p.notes.join(" ")),
      ]),
    ),
    "",
  );
  return out;
};

const claimsSection = (ctx: ReportContext, index: ReportIndex): string[] => [
  `## Claims (${ctx.claims.length})`,
  "",
  markdownTable(
    ["Claim", "Metric", "Number", "Subject", "Place", "Source", "As of", "Article", "Quote"],
    ctx.claims.map((c) => [
      md(c.id),
      md(metricLabel(ctx.lexicon, c.metric)),
      md(quantityText(c.quantity)),
      md(subjectLabel(ctx.lexicon, c.subject)),
      md(placeLabel(ctx.lexicon, c.location)),
      md(relayText(ctx.lexicon, c)),
      md(intervalText(c.asOf)),
      articleLink(index, c.article),
      md(c.quote),
    ]),
  ),
  "",
];

const articlesSection = (ctx: ReportContext): string[] => [
  `## Articles (${ctx.articles.length})`,
  "",
  markdownTable(
    ["Article", "Outlet", "Language", "Published", "Link"],
    ctx.articles.map((a) => {
      const url = markdownUrl(a.url);
      return [md(a.id), md(a.outlet ?? "unknown"), md(a.language), md(intervalText(a.published)), url === null ? "none" : `[link](${url})`];
    }),
  ),
  "",
];

export const renderMarkdown = (ctx: ReportContext): string => {
  const index = indexReport(ctx);
  const rec = ctx.reconciliation;
  const ranked = rankTimelines(ctx);
  const findings = ranked.map((t) => findingOf(ctx, index, t)).filter((f): f is Finding => f !== undefined);
  const [head, ...others] = findings;
  const lines = [
    `# Reconciliation report: ${md(rec.corpus)}`,
    "",
    `Generated ${md(ctx.generatedAt)} from ${rec.generatedFrom.articles} articles and ${rec.generatedFrom.claims} claims: ` +
      `${rec.groups.length} groups, ${rec.contradictions.length} contradictions.`,
    "",
    "## Finding",
    "",
    ...(head ? findingLines(ctx, head) : ["No estimate could be made: no timeline has a point."]),
    "",
  ];
  if (others.length > 0) {
    lines.push("### Other figures", "");
    lines.push(
      markdownTable(
        ["What", "Best", "Range", "As of", "How sure"],
        others.map((f) => [
          md(groupLabel(ctx.lexicon, f.timeline.key)),
          formatNumber(f.point.best),
          `${formatNumber(f.point.low)} to ${formatNumber(f.point.high)}`,
          md(f.point.date),
          f.certainty,
        ]),
      ),
      "",
    );
  }
  lines.push(
    ...contradictionSection(ctx, index),
    ...notesSection(ctx),
    ...timelineSection(ctx),
    ...sourcesSection(ctx),
    ...claimsSection(ctx, index),
    ...articlesSection(ctx),
  );
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
};
