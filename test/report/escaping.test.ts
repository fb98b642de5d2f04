/**
 * Output safety: text from articles and lexicons (quotes, outlet and source names, URLs, the corpus
 * name) never becomes markup, script, a link target, a Markdown structure or a terminal escape, in
 * any format. The browser test checks the same for the HTML report in Chromium.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, jsonForScript, markdownUrl, safeUrl, terminalText } from "../../src/report/escape.js";
import {
  renderClaimReview,
  renderClaimsCsv,
  renderClaimsTable,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderProv,
  renderSummary,
  renderTimelineCsv,
} from "../../src/report/index.js";
import { HOSTILE, hostileContext } from "./fixtures.js";
import { tables } from "./markdown-tables.js";

describe("escapes", () => {
  test.prop([fc.string({ unit: "binary" })])("escapeHtml leaves no character that opens a tag or ends an attribute", (s) => {
    expect(escapeHtml(s)).not.toMatch(/[<>"'`]/);
  });

  test.prop([fc.jsonValue()])("jsonForScript has no < > & and parses back to the same value", (v) => {
    const out = jsonForScript(v);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
  });

  test.prop([fc.string({ unit: "binary" })])("escapeMarkdown keeps text on one line with no raw markup or table pipe", (s) => {
    const out = escapeMarkdown(s);
    expect(out).not.toMatch(/[<>\n\r]/);
    expect(out).not.toMatch(/(^|[^\\])(\\\\)*[|`]/);
  });

  it("links only http(s) URLs", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,<script>")).toBeNull();
    expect(safeUrl("https://example.com/a b")).toBe("https://example.com/a%20b");
    expect(markdownUrl("https://example.com/x)(y")).toBe("https://example.com/x%29%28y");
  });

  it("removes terminal escapes and bidi overrides", () => {
    expect(terminalText(HOSTILE.terminal)).toBe("\uFFFD[31mred\uFFFD[0m\uFFFDevil");
  });
});

describe("hostile article text in every format", () => {
  const ctx = hostileContext();

  it("HTML: no injected element or handler, no javascript: link, data block cannot close its script", () => {
    const html = renderHtml(ctx);
    expect(html).not.toContain("<script>window");
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    // Every "<" outside the style and script elements starts a well-formed tag with double-quoted
    // attributes, and no tag has an event handler attribute.
    const markup = html.replace(/(<style>)[\s\S]*?(<\/style>)/, "$1$2").replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, "$1$2");
    const TAG = /^<(!DOCTYPE html|\/[a-zA-Z][\w-]*|[a-zA-Z][\w-]*((?:\s+[a-zA-Z][\w:-]*(?:="[^"<]*")?)*)\s*\/?)>/;
    for (let i = markup.indexOf("<"); i !== -1; i = markup.indexOf("<", i + 1)) {
      const tag = TAG.exec(markup.slice(i));
      expect(tag, markup.slice(i, i + 80)).not.toBeNull();
      const attrs = [...(tag?.[2] ?? "").matchAll(/\s+([a-zA-Z][\w:-]*)(?:="[^"]*")?/g)].map((m) => m[1]!.toLowerCase());
      expect(attrs.filter((a) => a.startsWith("on")), tag?.[0]).toEqual([]);
    }
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(data).not.toContain("<");
    expect(JSON.stringify(JSON.parse(data))).toContain(HOSTILE.script);
    // The escaped text is there to be read.
    expect(html).toContain(escapeHtml(HOSTILE.script));
  });

  it("Markdown: no raw HTML, tables keep their columns, the hostile link is not a link", () => {
    const md = renderMarkdown(ctx);
    expect(md).not.toMatch(/<(script|img|svg)/i);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/);
    expect(md).toContain("\\[link\\](javascript:");
    for (const t of tables(md)) for (const r of t.rows) expect(r.length).toBe(t.header.length);
    expect(md).not.toMatch(/[\u001b\u202e]/);
  });

  it("terminal outputs carry no escape sequence", () => {
    expect(renderSummary(ctx)).not.toMatch(/[\u001b\u202e]/);
    expect(renderClaimsTable(ctx.claims)).not.toMatch(/[\u001b\u202e]/);
  });

  it("JSON formats stay parseable and keep the text as data", () => {
    for (const out of [renderJson(ctx), renderProv(ctx), renderClaimReview(ctx)]) expect(() => JSON.parse(out)).not.toThrow();
    expect(renderClaimReview(ctx)).not.toContain("<");
  });

  it("CSV keeps one record per claim", () => {
    const lines = renderClaimsCsv(ctx.claims).split("\r\n").filter((l) => l !== "");
    expect(lines).toHaveLength(ctx.claims.length + 1);
    expect(renderTimelineCsv(ctx).startsWith("\uFEFF")).toBe(true);
  });
});
