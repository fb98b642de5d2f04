/**
 * Output safety: text from articles and lexicons (quotes, outlet and source names, URLs, the corpus
 * name) never becomes markup, script, a link target, a Markdown structure or a terminal escape, in
 * any format. The browser test checks the same for the HTML report in Chromium.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { indexLexicon } from "../../src/domain/lexicon.js";
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
import { checkMarkup } from "./html-check.js";
import { tables } from "./markdown-tables.js";

/** Strings rich in the characters that matter to markup, Markdown, JSON and terminals, or any code points. */
const nasty = (maxLength = 60) =>
  fc.oneof(
    fc.string({
      unit: fc.constantFrom("<", ">", "&", '"', "'", "`", "|", "\\", "*", "_", "[", "]", "(", ")", "#", "-", "1", ".", "/", " ", "\n", "\r", "\t", "\u001b", "\u202e", "\u2028", "a", "ب", "script", "onerror="),
      maxLength,
    }),
    fc.string({ unit: "binary", maxLength }),
  );

describe("escapes", () => {
  test.prop([nasty()])("escapeHtml leaves no character that opens a tag or ends an attribute", (s) => {
    expect(escapeHtml(s)).not.toMatch(/[<>"'`]/);
  });

  test.prop([fc.jsonValue()])("jsonForScript has no < > & and parses back to the same value", (v) => {
    const out = jsonForScript(v);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
  });

  test.prop([nasty()])("escapeMarkdown keeps text on one line with no raw markup or table pipe", (s) => {
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
    const names = checkMarkup(html);
    expect(names).not.toContain("img");
    expect(names.filter((n) => n === "script")).toHaveLength(2);
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

describe("any text from articles and lexicons", () => {
  const base = hostileContext();
  const text = nasty();

  test.prop([text, text, text, text], { numRuns: 40 })(
    "stays text in the HTML and Markdown reports, whatever the quote, outlet, source name and explanation",
    (quote, outlet, name, explanation) => {
      const lex = base.lexicon.lexicon;
      const ctx = {
        ...base,
        claims: base.claims.map((c, i) => (i % 3 === 0 ? { ...c, quote } : c)),
        articles: base.articles.map((a) => ({ ...a, outlet, url: outlet })),
        lexicon: indexLexicon({ ...lex, sources: lex.sources.map((s) => (s.id === "sohr" ? { ...s, names: { en: [name] } } : s)) }),
        reconciliation: {
          ...base.reconciliation,
          contradictions: base.reconciliation.contradictions.map((c) => ({ ...c, explanation })),
        },
      };
      const names = checkMarkup(renderHtml(ctx));
      expect(names.filter((n) => n === "script")).toHaveLength(2);
      const md = renderMarkdown(ctx);
      for (const t of tables(md)) for (const r of t.rows) expect(r.length).toBe(t.header.length);
      expect(md).not.toMatch(/<[a-zA-Z!\/]/);
    },
  );
});
