/** The CSV exports load in a real CSV parser, start with a BOM, carry the documented header and round-trip their values. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CLAIMS_CSV_HEADER, TIMELINE_CSV_HEADER, renderClaimsCsv, renderTimelineCsv } from "../../src/report/index.js";
import { claim } from "../helpers/claims.js";
import { demoContext, HOSTILE } from "./fixtures.js";

const rows = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true, skip_empty_lines: true });
const header = (csv: string): string[] => (parse(csv, { bom: true, to_line: 1 }) as string[][])[0] ?? [];

/** The header documented in docs/reports.md for a file, read from its `csv` code block. */
const documentedHeader = (name: string): string[] => {
  const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "reports.md"), "utf8");
  const m = new RegExp("<!-- " + name + " -->\\s*```csv\\n([^\\n]+)\\n").exec(doc);
  if (!m) throw new Error(`docs/reports.md has no header block for ${name}`);
  return m[1]!.split(",");
};

describe("renderClaimsCsv", () => {
  const ctx = demoContext();
  const csv = renderClaimsCsv(ctx.claims);

  it("starts with a UTF-8 BOM and ends lines with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n").length - 1).toBe(ctx.claims.length + 1);
  });

  it("has the documented header and one row per claim with its values", () => {
    expect(header(csv)).toEqual([...CLAIMS_CSV_HEADER]);
    expect(header(csv)).toEqual(documentedHeader("claims.csv"));
    const parsed = rows(csv);
    expect(parsed.map((r) => r.id)).toEqual(ctx.claims.map((c) => c.id));
    const first = parsed[0]!;
    expect(first).toMatchObject({ value: "255", qualifier: "exact", low: "255", high: "255", source: "sohr", via: "middle-east-monitor", headline: "false", part_of: "" });
    expect(first.quote).toBe(ctx.claims[0]!.quote);
    const more = parsed.find((r) => r.id === "alaraby-tv-20241129#2")!;
    expect(more).toMatchObject({ value: "200", qualifier: "more-than", low: "201", high: "", as_of_earliest: "2024-11-29", as_of_latest: "2024-11-30" });
  });

  it("keeps commas, quotes and line breaks inside a cell and guards formulas", () => {
    const tricky = [
      claim({ id: "x#1", quote: `قال "المرصد"، 255, then\r\na new line ${HOSTILE.script}` }),
      claim({ id: "x#2", quote: "=HYPERLINK(\"http://example.com\")", via: ["afp", "reuters"] }),
    ];
    const parsed = rows(renderClaimsCsv(tricky));
    expect(parsed).toHaveLength(2);
    expect(parsed[0]!.quote).toBe(tricky[0]!.quote);
    expect(parsed[1]!.quote).toBe(`'=HYPERLINK("http://example.com")`);
    expect(parsed[1]!.via).toBe("afp;reuters");
  });

  it("has the header alone when there are no claims", () => {
    expect(rows(renderClaimsCsv([]))).toEqual([]);
    expect(header(renderClaimsCsv([]))).toEqual([...CLAIMS_CSV_HEADER]);
  });
});

describe("renderTimelineCsv", () => {
  it("writes the end of a closed period", () => {
    const ctx = demoContext();
    const rec = ctx.reconciliation;
    const t = rec.timeline[0]!;
    const closed = { ...t, group: "killed/all/aleppo-and-idlib/2024-11-27/2024-11-27", key: { ...t.key, windowEnd: "2024-11-27" }, points: t.points.slice(0, 1) };
    const parsed = rows(renderTimelineCsv({ ...ctx, reconciliation: { ...rec, timeline: [closed] } }));
    expect(parsed.map((r) => [r.window_start, r.window_end])).toEqual([["2024-11-27", "2024-11-27"]]);
  });

  const ctx = demoContext();
  const csv = renderTimelineCsv(ctx);

  it("has the documented header and one row per timeline point", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(header(csv)).toEqual([...TIMELINE_CSV_HEADER]);
    expect(header(csv)).toEqual(documentedHeader("timeline.csv"));
    const parsed = rows(csv);
    expect(parsed).toHaveLength(ctx.reconciliation.timeline.reduce((n, t) => n + t.points.length, 0));
    const last = parsed.find((r) => r.group === "killed/all/aleppo-and-idlib/2024-11-27" && r.date === "2024-11-30")!;
    expect(last).toMatchObject({ low: "327", best: "343", high: "350", method: "latest-statement", cumulative: "true", sources: "sohr" });
    expect(last.claims?.split(";")).toEqual(ctx.reconciliation.timeline[0]!.points[2]!.claims);
    expect(last.window_end).toBe("");
    const gov = parsed.find((r) => r.group?.startsWith("killed/government"))!;
    expect(gov.sources).toBe("opposition-ops;sohr");
  });
});
