/**
 * Generated corpora, valid and broken, fed to validate, extract and reconcile in-process: no defect
 * (uncaught exception) ever escapes, every error names a file, every output file is complete or
 * absent, and reviewed claims are unchanged by `extract --write`.
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Effect, Exit, Cause } from "effect";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCommand, reconcileCommand, validateCommand } from "../src/cli/commands.js";
import { DEMO_CORPUS } from "../test/helpers/corpus.js";

const SENTENCES = [
  "The Syrian Observatory for Human Rights said 120 people were killed since Wednesday, including 31 civilians.",
  "وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى ارتفعت إلى 240 قتيلا منذ الأربعاء، بينهم 40 مدنيا.",
  "State media reported that four civilians were killed in shelling on Aleppo on Thursday.",
  "وأفادت وسائل الإعلام الرسمية بمقتل ثلاثة مدنيين.",
];

type Breakage =
  | "none"
  | "missing-text"
  | "truncated-manifest"
  | "wrong-type"
  | "invalid-utf8"
  | "bom"
  | "crlf"
  | "empty-article"
  | "duplicate-alias"
  | "bad-span"
  | "truncated-claims";

const BREAKAGES: Breakage[] = ["none", "missing-text", "truncated-manifest", "wrong-type", "invalid-utf8", "bom", "crlf", "empty-article", "duplicate-alias", "bad-span", "truncated-claims"];

const corpusArb = fc.record({
  articles: fc.array(
    fc.record({
      sentences: fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.string({ unit: "grapheme", maxLength: 80 })), { minLength: 1, maxLength: 5 }),
      language: fc.constantFrom("ar", "en"),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  breakage: fc.constantFrom(...BREAKAGES),
  reviewed: fc.boolean(),
});

const makeCorpus = (spec: { articles: { sentences: string[]; language: string }[] }): string => {
  const dir = mkdtempSync(join(tmpdir(), "recon-prop-"));
  cpSync(join(DEMO_CORPUS, "lexicon.json"), join(dir, "lexicon.json"));
  const manifest = spec.articles.map((a, i) => ({
    id: `a${i}`,
    file: `articles/a${i}.txt`,
    outlet: i === 0 ? null : "Example News",
    url: null,
    language: a.language,
    published: { earliest: "2024-11-29", latest: "2024-11-30" },
    publishedBasis: "generated",
  }));
  mkdirSync(join(dir, "articles"));
  spec.articles.forEach((a, i) => writeFileSync(join(dir, "articles", `a${i}.txt`), a.sentences.join("\n")));
  writeFileSync(join(dir, "articles.json"), JSON.stringify(manifest, null, 2));
  return dir;
};

const breakCorpus = (dir: string, breakage: Breakage): void => {
  const manifestFile = join(dir, "articles.json");
  const manifest = readFileSync(manifestFile, "utf8");
  switch (breakage) {
    case "none":
      return;
    case "missing-text":
      rmSync(join(dir, "articles", "a0.txt"));
      return;
    case "truncated-manifest":
      writeFileSync(manifestFile, manifest.slice(0, Math.floor(manifest.length / 2)));
      return;
    case "wrong-type": {
      const m = JSON.parse(manifest);
      m[0].published = "2024-11-30";
      writeFileSync(manifestFile, JSON.stringify(m));
      return;
    }
    case "invalid-utf8":
      writeFileSync(join(dir, "articles", "a0.txt"), Buffer.from([0xe2, 0x28, 0xa1, 0x20, 0x31, 0x32]));
      return;
    case "bom":
      writeFileSync(join(dir, "articles", "a0.txt"), "\uFEFF" + readFileSync(join(dir, "articles", "a0.txt"), "utf8"));
      writeFileSync(manifestFile, "\uFEFF" + manifest);
      return;
    case "crlf":
      writeFileSync(join(dir, "articles", "a0.txt"), readFileSync(join(dir, "articles", "a0.txt"), "utf8").replace(/\n/g, "\r\n"));
      return;
    case "empty-article":
      writeFileSync(join(dir, "articles", "a0.txt"), "");
      return;
    case "duplicate-alias": {
      const lex = JSON.parse(readFileSync(join(dir, "lexicon.json"), "utf8"));
      lex.sources[1].names.en.push(lex.sources[0].names.en[0]);
      writeFileSync(join(dir, "lexicon.json"), JSON.stringify(lex));
      return;
    }
    case "bad-span":
    case "truncated-claims": {
      const file = join(dir, "claims.json");
      if (!existsSync(file)) return;
      const text = readFileSync(file, "utf8");
      if (breakage === "truncated-claims") writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
      else {
        const doc = JSON.parse(text);
        if (doc.claims.length > 0) doc.claims[0].span = { start: 0, end: 1 };
        writeFileSync(file, JSON.stringify(doc));
      }
      return;
    }
  }
};

/** Runs a command effect; returns the error lines' files, and fails the test on a defect. */
const run = async (effect: Effect.Effect<void, { _tag: string }>) => {
  const exit = await Effect.runPromiseExit(effect);
  if (Exit.isFailure(exit)) expect(Cause.hasDies(exit.cause), `an uncaught exception escaped: ${String(Cause.squash(exit.cause))}`).toBe(false);
  return exit;
};

const problemFiles = (exit: Exit.Exit<void, unknown>): string[] => {
  if (Exit.isSuccess(exit)) return [];
  const err = Cause.findErrorOption(exit.cause);
  if (err._tag === "None") return [];
  const e = err.value as { _tag: string; problems?: { file: string }[]; file?: string; message?: string };
  if (e._tag === "CorpusInvalid") return e.problems!.map((p) => p.file);
  if (e._tag === "FileFailure") return [e.file!];
  return [];
};

describe("robustness on generated corpora", () => {
  test.prop([corpusArb], { numRuns: 40 })("commands never throw, errors name files, outputs are whole or absent, reviews survive", async (spec) => {
    const dir = makeCorpus(spec);
    const out = mkdtempSync(join(tmpdir(), "recon-prop-out-"));
    try {
      // a first extraction, with one reviewed claim, before the corpus is broken
      if (spec.reviewed) {
        await run(extractCommand({ corpus: dir, format: "jsonl", write: true, output: join(out, "first.jsonl"), lexicon: null }));
        const file = join(dir, "claims.json");
        if (existsSync(file)) {
          const doc = JSON.parse(readFileSync(file, "utf8"));
          if (doc.claims.length > 0) doc.claims[0] = { ...doc.claims[0], review: { status: "corrected", by: "p", at: "2024-12-01", note: "checked" } };
          writeFileSync(file, JSON.stringify(doc, null, 2));
        }
      }
      breakCorpus(dir, spec.breakage);
      const claimsBefore = existsSync(join(dir, "claims.json")) ? readFileSync(join(dir, "claims.json"), "utf8") : null;

      const results = [
        await run(validateCommand(dir, null)),
        await run(extractCommand({ corpus: dir, format: "jsonl", write: true, output: join(out, "claims.jsonl"), lexicon: null })),
        await run(reconcileCommand({ corpus: dir, format: "json", output: join(out, "r.json"), lexicon: null })),
        await run(reconcileCommand({ corpus: dir, format: "html", output: join(out, "r.html"), lexicon: null })),
      ];
      for (const exit of results) {
        for (const file of problemFiles(exit)) expect(file.startsWith(dir) || file.startsWith(out)).toBe(true);
        if (Exit.isFailure(exit)) expect(problemFiles(exit).length).toBeGreaterThan(0);
      }
      // outputs: complete or absent, never a temporary file left behind
      for (const f of readdirSync(out)) {
        expect(f.endsWith(".tmp")).toBe(false);
        const text = readFileSync(join(out, f), "utf8");
        if (f.endsWith(".json")) expect(() => JSON.parse(text)).not.toThrow();
        if (f.endsWith(".jsonl")) for (const line of text.split("\n").filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
        if (f.endsWith(".html")) expect(text.trimEnd().endsWith("</html>")).toBe(true);
      }
      // reviewed claims byte-for-byte unchanged (or the file untouched when it could not be read)
      if (claimsBefore !== null) {
        const after = readFileSync(join(dir, "claims.json"), "utf8");
        let before: { claims: { review?: unknown }[] } | null = null;
        try {
          before = JSON.parse(claimsBefore);
        } catch {
          before = null;
        }
        if (before === null || Exit.isFailure(results[1]!)) expect(after).toBe(claimsBefore);
        else
          for (const c of before.claims.filter((c) => c.review))
            expect(after).toContain(JSON.stringify(c, null, 2).split("\n").join("\n    "));
      }
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
