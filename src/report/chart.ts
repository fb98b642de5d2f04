/**
 * The timeline chart of the HTML report as inline SVG: one group's claims over time, one colour
 * per source and one mark per kind of quantity (exact, lower bound, upper bound, approximate,
 * range or vague), the best-estimate line over its low–high band, and a red ring on claims in a
 * contradiction. Every mark carries `data-ref`, a key into the report's data block, so the page
 * script can show the claims, quotes and article links behind it. Pure: a string out.
 */
import type { Claim } from "../domain/claim.js";
import { addDays, daysBetween } from "../domain/dates.js";
import { pointValue, type Qualifier } from "../domain/quantity.js";
import type { Timeline } from "../domain/reconciliation.js";
import { escapeHtml as h } from "./escape.js";
import { formatNumber, intervalText, quantityText } from "./labels.js";

/** How a qualifier is drawn; the legend and the marks share it. */
export type MarkShape = "exact" | "lower-bound" | "upper-bound" | "approximate" | "interval";

export const markShape = (q: Qualifier): MarkShape => {
  switch (q) {
    case "exact":
      return "exact";
    case "at-least":
    case "more-than":
      return "lower-bound";
    case "at-most":
    case "less-than":
      return "upper-bound";
    case "about":
    case "nearly":
      return "approximate";
    case "range":
    case "vague":
      return "interval";
  }
};

export const MARK_LABELS: Readonly<Record<MarkShape, string>> = {
  exact: "exact",
  "lower-bound": "at least / more than",
  "upper-bound": "at most / fewer than",
  approximate: "about / nearly",
  interval: "range / vague",
};

/** Distinct colours for sources (colour-blind safe first, then further hues). */
export const PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#6a3d9a", "#8c6d31", "#1b9e77", "#666666"];

/** The SVG path of a mark centred on (0, 0). */
export const markPath = (shape: MarkShape, r = 6): string => {
  switch (shape) {
    case "exact":
    case "approximate":
      return `M ${-r} 0 A ${r} ${r} 0 1 0 ${r} 0 A ${r} ${r} 0 1 0 ${-r} 0 Z`;
    case "lower-bound":
      return `M 0 ${-r * 1.2} L ${r} ${r * 0.8} L ${-r} ${r * 0.8} Z`;
    case "upper-bound":
      return `M 0 ${r * 1.2} L ${r} ${-r * 0.8} L ${-r} ${-r * 0.8} Z`;
    case "interval":
      return `M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`;
  }
};

/** Approximate marks are hollow; the others are filled with the source's colour. */
export const markStyle = (shape: MarkShape, colour: string): string =>
  shape === "approximate" ? `fill="#fff" stroke="${colour}" stroke-width="2.5"` : `fill="${colour}" stroke="#fff" stroke-width="1"`;

export interface ChartMark {
  readonly claim: Claim;
  /** Key into the data block's refs. */
  readonly ref: number;
  readonly colour: string;
  readonly contradicted: boolean;
}

export interface ChartPoint {
  readonly index: number;
  readonly ref: number;
}

export interface ChartInput {
  readonly timeline: Timeline;
  readonly title: string;
  readonly marks: readonly ChartMark[];
  /** One ref per timeline point, in the timeline's order. */
  readonly pointRefs: readonly number[];
  /** Accessible label per claim (already plain text; escaped here). */
  readonly describe: (c: Claim) => string;
}

const W = 900;
const H = 380;
const M = { left: 64, right: 24, top: 24, bottom: 56 };

/** A round number at or above `x` (1, 2 or 5 times a power of ten). */
const niceCeil = (x: number): number => {
  if (x <= 0) return 10;
  const p = 10 ** Math.floor(Math.log10(x));
  const f = x / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
};

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

export const renderChart = (input: ChartInput): string => {
  const { timeline, marks } = input;
  const dates = [
    ...timeline.points.map((p) => p.date),
    ...marks.flatMap((m) => [m.claim.asOf.earliest, m.claim.asOf.latest]),
  ].sort();
  let first = dates[0] ?? "1970-01-01";
  let last = dates[dates.length - 1] ?? first;
  if (first === last) {
    first = addDays(first, -1);
    last = addDays(last, 1);
  }
  const span = Math.max(1, daysBetween(first, last));
  const values = [
    ...timeline.points.flatMap((p) => [p.low, p.best, p.high]),
    ...marks.flatMap((m) => [pointValue(m.claim.quantity), m.claim.quantity.low, m.claim.quantity.high]),
  ].filter(finite);
  const yMax = niceCeil(Math.max(1, ...values) * 1.08);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  // Half a day of margin on each side, so that marks beside the last day stay inside the plot.
  const x = (day: string): number => M.left + ((daysBetween(first, day) + 0.5) / (span + 1)) * plotW;
  const y = (v: number): number => M.top + plotH - (Math.min(Math.max(v, 0), yMax) / yMax) * plotH;
  const out: string[] = [];
  out.push(
    `<svg class="timeline-chart" viewBox="0 0 ${W} ${H}" role="group" aria-label="${h(input.title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${h(input.title)}</title>`,
  );
  // Grid and axes.
  const ticks = 5;
  for (let i = 0; i <= ticks; i++) {
    const v = (yMax / ticks) * i;
    out.push(
      `<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e3e3e3"/>`,
      `<text class="tick" x="${M.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end" font-size="12" fill="#555">${h(formatNumber(v))}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(span / 10));
  for (let d = 0; d <= span; d += step) {
    const day = addDays(first, d);
    out.push(
      `<line x1="${fmt(x(day))}" x2="${fmt(x(day))}" y1="${M.top + plotH}" y2="${M.top + plotH + 5}" stroke="#888"/>`,
      `<text class="tick" x="${fmt(x(day))}" y="${M.top + plotH + 20}" text-anchor="middle" font-size="12" fill="#555">${h(day)}</text>`,
    );
  }
  out.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}" stroke="#888"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + plotH}" stroke="#888"/>`,
  );
  // Band and best-estimate line.
  const pts = timeline.points.filter((p) => finite(p.best));
  if (pts.length > 0) {
    const lowHigh = pts.map((p) => ({ x: x(p.date), low: finite(p.low) ? p.low : p.best, high: finite(p.high) ? p.high : yMax }));
    const band =
      lowHigh.length === 1
        ? (() => {
            const p = lowHigh[0]!;
            return `${fmt(p.x - 6)},${fmt(y(p.high))} ${fmt(p.x + 6)},${fmt(y(p.high))} ${fmt(p.x + 6)},${fmt(y(p.low))} ${fmt(p.x - 6)},${fmt(y(p.low))}`;
          })()
        : [...lowHigh.map((p) => `${fmt(p.x)},${fmt(y(p.high))}`), ...[...lowHigh].reverse().map((p) => `${fmt(p.x)},${fmt(y(p.low))}`)].join(" ");
    out.push(`<polygon class="band" points="${band}" fill="#9ecae1" fill-opacity="0.45" stroke="none"/>`);
    out.push(
      `<polyline class="best-line" points="${pts.map((p) => `${fmt(x(p.date))},${fmt(y(p.best))}`).join(" ")}" fill="none" stroke="#08306b" stroke-width="2.5"/>`,
    );
  }
  // Claims: beside their day, right of the estimate, one slot per claim of that day so none hides another.
  const perDay = new Map<string, number>();
  const slot = marks.map((m) => {
    const n = perDay.get(m.claim.asOf.earliest) ?? 0;
    perDay.set(m.claim.asOf.earliest, n + 1);
    return n;
  });
  // The slots of one day share at most 80% of a day's width.
  const dayWidth = plotW / (span + 1);
  const spacing = (day: string): number => Math.min(13, (dayWidth * 0.8 - 14) / Math.max(1, perDay.get(day) ?? 1));
  marks.forEach((m, i) => {
    const q = m.claim.quantity;
    const shape = markShape(q.qualifier);
    const offset = 14 + (slot[i] ?? 0) * Math.max(1, spacing(m.claim.asOf.earliest));
    const cx = x(m.claim.asOf.earliest) + offset;
    const cy = y(pointValue(q));
    const parts: string[] = [];
    if (m.claim.asOf.latest !== m.claim.asOf.earliest) {
      parts.push(`<line x1="${fmt(cx)}" x2="${fmt(x(m.claim.asOf.latest) + offset)}" y1="${fmt(cy)}" y2="${fmt(cy)}" stroke="${m.colour}" stroke-width="1.5" stroke-dasharray="3 3"/>`);
    }
    if (shape === "interval" && finite(q.low) && finite(q.high)) {
      parts.push(`<line x1="${fmt(cx)}" x2="${fmt(cx)}" y1="${fmt(y(q.low))}" y2="${fmt(y(q.high))}" stroke="${m.colour}" stroke-width="2"/>`);
    }
    if (shape === "lower-bound") {
      parts.push(`<line x1="${fmt(cx)}" x2="${fmt(cx)}" y1="${fmt(cy)}" y2="${fmt(Math.max(M.top, cy - 28))}" stroke="${m.colour}" stroke-width="1.5" stroke-dasharray="2 2"/>`);
    }
    if (shape === "upper-bound") {
      parts.push(`<line x1="${fmt(cx)}" x2="${fmt(cx)}" y1="${fmt(cy)}" y2="${fmt(Math.min(M.top + plotH, cy + 28))}" stroke="${m.colour}" stroke-width="1.5" stroke-dasharray="2 2"/>`);
    }
    if (m.contradicted) {
      parts.push(`<circle class="contradiction-ring" cx="${fmt(cx)}" cy="${fmt(cy)}" r="10" fill="none" stroke="#d62728" stroke-width="2"/>`);
    }
    parts.push(`<path transform="translate(${fmt(cx)} ${fmt(cy)})" d="${markPath(shape)}" ${markStyle(shape, m.colour)}/>`);
    const label = `${input.describe(m.claim)}: ${quantityText(q)}, as of ${intervalText(m.claim.asOf)}`;
    out.push(
      `<g class="mark claim-mark mark-${shape}${m.contradicted ? " contradicted" : ""}" data-ref="${m.ref}" tabindex="0" role="button" aria-label="${h(label)}"><title>${h(label)}</title>${parts.join("")}</g>`,
    );
  });
  // Estimate points last, on top.
  timeline.points.forEach((p, i) => {
    if (!finite(p.best)) return;
    const label = `Estimate ${p.date}: ${formatNumber(p.best)} (${formatNumber(p.low)} to ${formatNumber(p.high)}), ${p.method}`;
    out.push(
      `<g class="mark estimate-point" data-ref="${input.pointRefs[i] ?? -1}" tabindex="0" role="button" aria-label="${h(label)}"><title>${h(label)}</title>` +
        `<rect x="${fmt(x(p.date) - 5)}" y="${fmt(y(p.best) - 5)}" width="10" height="10" fill="#08306b" stroke="#fff" stroke-width="1.5"/></g>`,
    );
  });
  out.push(
    `<text x="${M.left + plotW / 2}" y="${H - 10}" text-anchor="middle" font-size="12" fill="#333">date of the statement (as of)</text>`,
    `</svg>`,
  );
  return out.join("\n");
};
