/**
 * Plain-text output for a terminal: the concise summary `recon reconcile` prints on a TTY and the
 * claims table `recon extract` prints on a TTY. No colours; article and lexicon text is cleaned of
 * control characters and bidi overrides (`terminalText`) so that it cannot move the cursor, change
 * colours or reorder the line; columns are padded by display width (combining marks take none,
 * East Asian wide characters two) and long cells are cut with an ellipsis.
 */
import type { Claim } from "../domain/claim.js";
import type { ReportContext } from "./context.js";
import { indexReport } from "./context.js";
import { terminalText } from "./escape.js";
import { findingOf, rankTimelines, type Finding } from "./finding.js";
import { contradictionTitle, formatNumber, groupLabel, intervalText, metricLabel, placeLabel, quantityText, relayText, sourceLabel, subjectLabel } from "./labels.js";

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Columns a string takes in a terminal. */
export const displayWidth = (s: string): number => {
  let w = 0;
  for (const ch of s) w += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
};

/** Cut to at most `max` columns, ending with "…" when cut. */
export const truncate = (s: string, max: number): string => {
  if (displayWidth(s) <= max) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
};

const pad = (s: string, width: number): string => s + " ".repeat(Math.max(0, width - displayWidth(s)));

/** A table with a header rule; cells are cleaned and cut to each column's maximum width. */
export const textTable = (columns: readonly { title: string; max: number }[], rows: readonly (readonly string[])[]): string => {
  const cells = rows.map((r) => columns.map((c, i) => truncate(terminalText(r[i] ?? ""), c.max)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.title), ...cells.map((r) => displayWidth(r[i] ?? ""))));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i] ?? 0))).join("  ").trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n") + "\n";
};

export const renderClaimsTable = (claims: readonly Claim[]): string => {
  if (claims.length === 0) return "No claims.\n";
  return textTable(
    [
      { title: "ID", max: 32 },
      { title: "METRIC", max: 18 },
      { title: "NUMBER", max: 18 },
      { title: "SUBJECT", max: 18 },
      { title: "PLACE", max: 20 },
      { title: "SOURCE", max: 30 },
      { title: "AS OF", max: 21 },
      { title: "QUOTE", max: 70 },
    ],
    claims.map((c) => [
      c.id,
      c.metric,
      quantityText(c.quantity),
      c.subject,
      c.location,
      c.via.length > 0 ? `${c.source} via ${c.via.join(" > ")}` : c.source,
      intervalText(c.asOf),
      c.quote,
    ]),
  ) + `${claims.length} claim${claims.length === 1 ? "" : "s"}\n`;
};

const findingLine = (ctx: ReportContext, f: Finding): string =>
  `${formatNumber(f.point.best)} (${formatNumber(f.point.low)} to ${formatNumber(f.point.high)}, how sure: ${f.certainty}) as of ${f.point.date}: ` +
  groupLabel(ctx.lexicon, f.timeline.key);

export const renderSummary = (ctx: ReportContext): string => {
  const t = terminalText;
  const index = indexReport(ctx);
  const rec = ctx.reconciliation;
  const findings = rankTimelines(ctx).map((tl) => findingOf(ctx, index, tl)).filter((f): f is Finding => f !== undefined);
  const [head, ...others] = findings;
  const lines: string[] = [`${t(rec.corpus)}: ${rec.generatedFrom.articles} articles, ${rec.generatedFrom.claims} claims, ${rec.groups.length} groups`, ""];
  if (head) {
    lines.push(
      `Best estimate: ${formatNumber(head.point.best)} ${t(metricLabel(ctx.lexicon, head.timeline.key.metric))}`,
      `  ${t(groupLabel(ctx.lexicon, head.timeline.key))}`,
      `  as of ${head.point.date}, range ${formatNumber(head.point.low)} to ${formatNumber(head.point.high)}, method ${head.point.method}`,
      `  how sure: ${head.certainty}`,
      ...head.reasons.map((r) => `    ${t(r)}`),
    );
  } else lines.push("No estimate: no timeline has a point.");
  if (others.length > 0) {
    lines.push("", "Other figures:");
    for (const f of others.slice(0, 5)) lines.push(`  ${truncate(t(findingLine(ctx, f)), 116)}`);
    if (others.length > 5) lines.push(`  … and ${others.length - 5} more`);
  }
  const bySeverity = (s: string) => rec.contradictions.filter((c) => c.severity === s).length;
  const unexplained = rec.contradictions.filter((c) => c.resolution === null).length;
  lines.push(
    "",
    `Contradictions: ${rec.contradictions.length} (${bySeverity("high")} high, ${bySeverity("medium")} medium, ${bySeverity("low")} low), ${unexplained} without explanation`,
  );
  const order = { high: 0, medium: 1, low: 2 } as const;
  const top = [...rec.contradictions].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, 5);
  for (const c of top) {
    lines.push(`  [${c.severity}] ${truncate(t(`${contradictionTitle(c.kind)}: ${c.explanation}`), 104)}`);
    lines.push(`      ${truncate(t(c.resolution ? `explained: ${c.resolution.text}` : "no explanation found"), 100)}`);
  }
  if (rec.contradictions.length > top.length) lines.push(`  … and ${rec.contradictions.length - top.length} more`);
  if (rec.notes.length > 0) lines.push(`Explained differences: ${rec.notes.length}`);
  const partisan = rec.sources.filter((s) => s.partisan).map((s) => sourceLabel(ctx.lexicon, s.source));
  lines.push(`Sources: ${rec.sources.length}${partisan.length > 0 ? `; partisan: ${truncate(t(partisan.join(", ")), 90)}` : ""}`);
  return lines.join("\n") + "\n";
};

/** Kept here so that callers can label a claim in one line the way the table does. */
export const claimLine = (ctx: ReportContext, c: Claim): string =>
  terminalText(
    `${c.id}: ${quantityText(c.quantity)} ${metricLabel(ctx.lexicon, c.metric)}, ${subjectLabel(ctx.lexicon, c.subject)}, ` +
      `${placeLabel(ctx.lexicon, c.location)} (${relayText(ctx.lexicon, c)}, ${intervalText(c.asOf)})`,
  );
