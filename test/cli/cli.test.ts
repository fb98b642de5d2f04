/**
 * The recon command as users run it (built program in a child process): exit codes, error lines that
 * name file, place and reason, atomic outputs, and reviewed claims that survive re-extraction.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync, chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recon, scratchCorpus, singleArticleCorpus } from "../helpers/cli.js";
import { DEMO_CORPUS } from "../helpers/corpus.js";

const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error: "));

describe("recon validate", () => {
  it("accepts the demo corpus with exit 0 and a one-line summary", () => {
    const r = recon(["validate", DEMO_CORPUS]);
    expect(r.stderr).toMatch(/valid: 5 articles, lexicon aleppo-2024/);
    expect(r.code).toBe(0);
  });

  it("refuses a manifest with a bad entry, naming articles.json and the entry", () => {
    const dir = scratchCorpus();
    writeFileSync(join(dir, "articles.json"), '[{"id": 3}]');
    const r = recon(["validate", dir]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toContain(`error: ${join(dir, "articles.json")}: [0].id: expected non-empty string, got number 3`);
  });

  it("names the line and column of a truncated manifest", () => {
    const dir = scratchCorpus();
    const text = readFileSync(join(dir, "articles.json"), "utf8");
    writeFileSync(join(dir, "articles.json"), text.slice(0, 200));
    const r = recon(["validate", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`error: ${join(dir, "articles.json")}: line \\d+, column \\d+.*: not valid JSON`));
  });

  it("refuses a lexicon with a cycle or an unknown parent, naming lexicon.json and the entry", () => {
    const dir = scratchCorpus();
    const lex = JSON.parse(readFileSync(join(dir, "lexicon.json"), "utf8"));
    lex.subjects.find((s: { id: string }) => s.id === "all").parent = "civilians";
    lex.places[0].parent = "atlantis";
    writeFileSync(join(dir, "lexicon.json"), JSON.stringify(lex));
    const r = recon(["validate", dir]);
    expect(r.code).toBe(1);
    const lines = errorLines(r.stderr);
    expect(lines.some((l) => l.includes("lexicon.json: subjects[") && l.includes("cycle in the hierarchy"))).toBe(true);
    expect(lines).toContain(`error: ${join(dir, "lexicon.json")}: places[0].parent: unknown parent "atlantis" (no places entry has that id)`);
  });

  it("names a missing article file and an invalid UTF-8 text", () => {
    const dir = scratchCorpus();
    const manifest = JSON.parse(readFileSync(join(dir, "articles.json"), "utf8"));
    const broken = manifest[0].file as string;
    writeFileSync(join(dir, broken), Buffer.from([0x41, 0x42, 0xff, 0xfe, 0x43]));
    manifest[1].file = "articles/missing.txt";
    writeFileSync(join(dir, "articles.json"), JSON.stringify(manifest));
    const r = recon(["validate", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${join(dir, broken)}: byte 2: invalid UTF-8`);
    expect(r.stderr).toContain(`error: ${join(dir, "articles.json")}: [1].file: "articles/missing.txt" not found in ${dir}`);
  });

  it("warns about a byte-order mark and an empty article but accepts them", () => {
    const dir = singleArticleCorpus("");
    writeFileSync(join(dir, "articles.json"), "\uFEFF" + readFileSync(join(dir, "articles.json"), "utf8"));
    const r = recon(["validate", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("byte-order mark dropped");
    expect(r.stderr).toContain("empty article");
  });

  it("a missing corpus folder is one clear line", () => {
    const r = recon(["validate", "/nonexistent/corpus"]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(["error: /nonexistent/corpus: no such corpus folder"]);
  });

  it("--help works on every command and --version prints the version", () => {
    for (const cmd of ["validate", "extract", "reconcile", "trace", "report"]) {
      const r = recon([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`recon ${cmd}`);
    }
    expect(recon(["--version"]).stdout).toMatch(/\d+\.\d+\.\d+/);
  });

  it("a bad flag value exits 2 without a stack trace", () => {
    const r = recon(["extract", DEMO_CORPUS, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});

describe("recon extract", () => {
  it("prints one claim per line whose span slices to its quote", () => {
    const r = recon(["extract", DEMO_CORPUS, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(10);
    const texts = new Map<string, string>();
    for (const line of lines) {
      const c = JSON.parse(line);
      if (!texts.has(c.article)) texts.set(c.article, readFileSync(join(DEMO_CORPUS, "articles", `${c.article}.txt`), "utf8"));
      expect(texts.get(c.article)!.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
  });

  it("worker threads give the same JSON Lines as one thread, streamed atomically to -o", () => {
    const one = recon(["extract", DEMO_CORPUS, "--format", "jsonl", "--threads", "1"]);
    const two = recon(["extract", DEMO_CORPUS, "--format", "jsonl", "--threads", "2"]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = join(mkdtempSync(join(tmpdir(), "recon-par-")), "claims.jsonl");
    expect(recon(["extract", DEMO_CORPUS, "--threads", "2", "-o", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(one.stdout);
  });

  it("a text that cannot be read stops a threaded extraction with its name, leaving no output file", () => {
    const dir = scratchCorpus();
    const manifest = JSON.parse(readFileSync(join(dir, "articles.json"), "utf8"));
    writeFileSync(join(dir, manifest[2].file), Buffer.from([0xc3, 0x28]));
    const outDir = mkdtempSync(join(tmpdir(), "recon-par-"));
    const r = recon(["extract", dir, "--threads", "2", "-o", join(outDir, "claims.jsonl")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${join(dir, manifest[2].file)}: byte 0: invalid UTF-8`);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("--write keeps a person's corrections through re-extraction, and the result validates", () => {
    const dir = scratchCorpus();
    expect(recon(["extract", dir, "--write"]).code).toBe(0);
    const file = join(dir, "claims.json");
    const first = JSON.parse(readFileSync(file, "utf8"));
    expect(first.claims.length).toBeGreaterThan(10);
    // a person corrects one claim and rejects another (keys in their own order)
    const corrected = { review: { note: "subject checked", at: "2024-12-02", by: "ana", status: "corrected" }, ...first.claims[0], subject: "civilians" };
    const rejected = { ...first.claims[1], review: { status: "rejected", by: "ana", at: "2024-12-02", note: null } };
    first.claims[0] = corrected;
    first.claims[1] = rejected;
    writeFileSync(file, JSON.stringify(first, null, 2));
    expect(recon(["extract", dir, "--write"]).code).toBe(0);
    const second = JSON.parse(readFileSync(file, "utf8"));
    const text = readFileSync(file, "utf8");
    expect(second.claims).toContainEqual(corrected);
    expect(second.claims).toContainEqual(rejected);
    expect(text).toContain(JSON.stringify(corrected, null, 2).split("\n").join("\n    "));
    expect(second.claims.length).toBe(first.claims.length);
    expect(recon(["validate", dir]).code).toBe(0);
  });

  it("never overwrites a claims.json that does not parse", () => {
    const dir = scratchCorpus();
    const broken = '{"version": 1, "claims": [ {"id": "x#1", ';
    writeFileSync(join(dir, "claims.json"), broken);
    const r = recon(["extract", dir, "--write"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "claims.json")}: line 1`);
    expect(readFileSync(join(dir, "claims.json"), "utf8")).toBe(broken);
  });

  it("extracts a 20 MB article to the end, without a hang or a stack trace", () => {
    const sentence =
      "The Syrian Observatory for Human Rights said 120 people were killed since Wednesday, including 31 civilians. " +
      "وقال المرصد السوري إن حصيلة القتلى ارتفعت إلى 240 قتيلا منذ الأربعاء. Residents said the road was closed at 11:30.\n";
    const text = sentence.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(sentence)));
    const dir = singleArticleCorpus(text);
    const r = recon(["extract", dir, "--format", "jsonl"], { timeout: 600_000 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(1000);
    const last = JSON.parse(lines[lines.length - 1]!);
    expect(text.slice(last.span.start, last.span.end)).toBe(last.quote);
    expect(last.span.start).toBeGreaterThan(text.length - 2 * sentence.length);
  }, 600_000);

  it("handles CRLF line ends, keeping spans exact", () => {
    const dir = singleArticleCorpus("Syria toll rises\r\nThe Syrian Observatory for Human Rights said 120 people were killed since Wednesday.\r\n");
    const r = recon(["extract", dir, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "articles", "one.txt"), "utf8");
    for (const line of r.stdout.trim().split("\n").filter(Boolean)) {
      const c = JSON.parse(line);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    }
  });
});

describe("recon reconcile, report and trace", () => {
  it("-o writes the whole file; an unwritable target leaves nothing behind", () => {
    const out = mkdtempSync(join(tmpdir(), "recon-out-"));
    const target = join(out, "r.json");
    const r = recon(["reconcile", DEMO_CORPUS, "--format", "json", "-o", target]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(target, "utf8"));
    expect(Array.isArray(doc.groups)).toBe(true);
    expect(readdirSync(out)).toEqual(["r.json"]);

    const locked = mkdtempSync(join(tmpdir(), "recon-locked-"));
    chmodSync(locked, 0o500);
    const bad = recon(["reconcile", DEMO_CORPUS, "--format", "md", "-o", join(locked, "r.md")]);
    chmodSync(locked, 0o700);
    if (process.getuid?.() !== 0) {
      expect(bad.code).toBe(3);
      expect(bad.stderr).toContain(join(locked, "r.md"));
    }
    expect(readdirSync(locked).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("trace of an unknown id exits 2 with one line", () => {
    const r = recon(["trace", DEMO_CORPUS, "nope#1"]);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toHaveLength(1);
  });

  it("trace of a claim shows its quote, source and article", () => {
    const first = JSON.parse(recon(["extract", DEMO_CORPUS, "--format", "jsonl"]).stdout.split("\n")[0]!);
    const r = recon(["trace", DEMO_CORPUS, first.id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(first.quote);
    expect(r.stdout).toContain(first.article);
  });

  it("report writes the HTML and Markdown reports into the folder it names", () => {
    const out = join(mkdtempSync(join(tmpdir(), "recon-report-")), "demo");
    const r = recon(["report", DEMO_CORPUS, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    for (const f of ["report.html", "report.md", "reconciliation.json"]) expect(existsSync(join(out, f))).toBe(true);
  });
});
