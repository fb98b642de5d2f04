/**
 * Parallel extraction (src/shell/parallel) against the single-threaded extractor on a generated
 * corpus: same claims in the same order, whatever the number of threads and the chunking; stops
 * cleanly when the consumer stops early; names the article that cannot be read.
 * Worker threads run compiled JavaScript, so this test builds dist/ first (tsc -p
 * tsconfig.build.json, which emits even when other files have type errors) and imports the
 * compiled modules; it generates the corpus with scripts/generate-corpus.mjs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import type { ArticleMeta } from "../../src/domain/corpus.js";
import { loadCorpusSync } from "../helpers/corpus.js";

type Parallel = typeof import("../../src/shell/parallel/index.js");
type Extract = { extractArticle: typeof import("../../src/extract/index.js").extractArticle };

const ROOT = join(import.meta.dirname, "..", "..");
const dist = (rel: string): string => pathToFileURL(join(ROOT, "dist", rel)).href;

let dir = "";
let parallel: Parallel;
let extract: Extract;
let metas: ArticleMeta[] = [];
let expected: { article: string; claims: readonly Claim[] }[] = [];

const collect = async (iter: AsyncIterable<{ article: ArticleMeta; claims: readonly Claim[] }>) => {
  const out: { article: string; claims: readonly Claim[] }[] = [];
  for await (const b of iter) out.push({ article: b.article.id, claims: b.claims });
  return out;
};

beforeAll(async () => {
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  for (const f of ["shell/parallel/index.js", "shell/parallel/worker.js", "extract/index.js"])
    if (!existsSync(join(ROOT, "dist", f))) throw new Error(`dist/${f} was not built`);
  dir = mkdtempSync(join(tmpdir(), "recon-parallel-"));
  execFileSync(process.execPath, [join(ROOT, "scripts", "generate-corpus.mjs"), "--out", dir, "--articles", "120", "--seed", "11"], { stdio: "ignore" });
  parallel = (await import(dist("shell/parallel/index.js"))) as Parallel;
  extract = (await import(dist("extract/index.js"))) as Extract;
  const corpus = loadCorpusSync(dir);
  metas = corpus.articles.map((a) => a.meta);
  expected = corpus.articles.map((a) => ({ article: a.meta.id, claims: extract.extractArticle(a, corpus.lexicon) }));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("extractCorpusParallel", () => {
  it("gives the claims of a one-thread run, article by article in corpus order", async () => {
    const got = await collect(parallel.extractCorpusParallel(dir, metas, join(dir, "lexicon.json"), { threads: 2 }));
    expect(got.map((b) => b.article)).toEqual(metas.map((m) => m.id));
    expect(got).toEqual(expected);
    expect(expected.reduce((n, b) => n + b.claims.length, 0)).toBeGreaterThan(0);
  });

  it("does not depend on the number of threads, the chunk size or the window", async () => {
    for (const options of [{ threads: 1 }, { threads: 3, chunk: 1, window: 3 }, { threads: 2, chunk: 7, window: 2 }]) {
      const got = await collect(parallel.extractCorpusParallel(dir, metas, join(dir, "lexicon.json"), options));
      expect(got).toEqual(expected);
    }
  });

  it("streams the claims flat, in the same order", async () => {
    const flat: Claim[] = [];
    for await (const c of parallel.claimsOfCorpusParallel(dir, metas, join(dir, "lexicon.json"), { threads: 2, chunk: 5 })) flat.push(c);
    expect(flat).toEqual(expected.flatMap((b) => b.claims));
  });

  it("stops its workers when the consumer stops early", async () => {
    const seen: string[] = [];
    for await (const b of parallel.extractCorpusParallel(dir, metas, join(dir, "lexicon.json"), { threads: 2, chunk: 4 })) {
      seen.push(b.article.id);
      if (seen.length === 10) break;
    }
    expect(seen).toEqual(metas.slice(0, 10).map((m) => m.id));
  });

  it("yields the articles before an unreadable one, then fails naming it", async () => {
    const broken: ArticleMeta = { ...metas[0]!, id: "missing-article", file: "articles/missing-article.txt" };
    const list = [...metas.slice(0, 9), broken, ...metas.slice(9, 20)];
    const seen: string[] = [];
    const run = async () => {
      for await (const b of parallel.extractCorpusParallel(dir, list, join(dir, "lexicon.json"), { threads: 2, chunk: 4 })) seen.push(b.article.id);
    };
    await expect(run()).rejects.toMatchObject({ name: "ParallelExtractionError", article: "missing-article" });
    expect(seen).toEqual(metas.slice(0, 9).map((m) => m.id));
  });

  it("fails when the lexicon cannot be loaded", async () => {
    const run = () => collect(parallel.extractCorpusParallel(dir, metas, join(dir, "no-such-lexicon.json"), { threads: 2 }));
    await expect(run()).rejects.toMatchObject({ name: "ParallelExtractionError" });
  });
});
