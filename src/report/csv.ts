/**
 * CSV for spreadsheets, R and pandas: the claims (one row per claim) and the timeline (one row per
 * point). RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break. A UTF-8 byte-order mark comes first so that spreadsheet programs read Arabic as
 * UTF-8. Text cells that a spreadsheet would take for a formula (starting with =, +, -, @, tab or
 * carriage return) get a leading apostrophe. Headers are documented in docs/reports.md.
 */
import type { Claim } from "../domain/claim.js";
import type { ReportContext } from "./context.js";
import { indexReport } from "./context.js";

export const BOM = "\uFEFF";

export const CLAIMS_CSV_HEADER = [
  "id",
  "article",
  "metric",
  "value",
  "qualifier",
  "low",
  "high",
  "subject",
  "location",
  "source",
  "via",
  "window_start",
  "window_end",
  "tally",
  "as_of_earliest",
  "as_of_latest",
  "part_of",
  "headline",
  "span_start",
  "span_end",
  "quote",
  "rule",
] as const;

export const TIMELINE_CSV_HEADER = [
  "group",
  "metric",
  "subject",
  "location",
  "window_start",
  "window_end",
  "cumulative",
  "date",
  "low",
  "best",
  "high",
  "method",
  "claims",
  "sources",
] as const;

type Cell = string | number | boolean | null;

/** Separator inside one cell for lists (via, claims, sources). */
export const LIST_SEPARATOR = ";";

const text = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** One CSV field: numbers as written (non-finite as empty), text guarded and quoted when needed. */
export const csvField = (v: Cell): string => {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  const s = text(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

const csv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  BOM + [header.join(","), ...rows.map((r) => r.map(csvField).join(","))].map((l) => l + "\r\n").join("");

const claimRow = (c: Claim): Cell[] => [
  c.id,
  c.article,
  c.metric,
  c.quantity.value,
  c.quantity.qualifier,
  c.quantity.low,
  c.quantity.high,
  c.subject,
  c.location,
  c.source,
  c.via.join(LIST_SEPARATOR),
  c.window.start,
  c.window.end,
  c.tally,
  c.asOf.earliest,
  c.asOf.latest,
  c.partOf,
  c.headline,
  c.span.start,
  c.span.end,
  c.quote,
  c.rule,
];

export const renderClaimsCsv = (claims: readonly Claim[]): string => csv(CLAIMS_CSV_HEADER, claims.map(claimRow));

export const renderTimelineCsv = (ctx: ReportContext): string => {
  const index = indexReport(ctx);
  const rows = ctx.reconciliation.timeline.flatMap((t) =>
    t.points.map((p): Cell[] => [
      t.group,
      t.key.metric,
      t.key.subject,
      t.key.location,
      t.key.windowStart,
      t.key.windowEnd ?? null,
      t.cumulative,
      p.date,
      p.low,
      p.best,
      p.high,
      p.method,
      p.claims.join(LIST_SEPARATOR),
      [...new Set(index.claimsOf(p.claims).map((c) => c.source))].sort().join(LIST_SEPARATOR),
    ]),
  );
  return csv(TIMELINE_CSV_HEADER, rows);
};
