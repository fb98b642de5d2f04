#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`, after a build): prints one JSON line per figure,
 *   {name, value, unit, baseline, ratio, target, pass, ...details}
 * - extraction throughput in MB/s per core on a generated corpus of at least 20 MB of text, against
 *   a single-pass keyword scan of the same text (one thread, then every core with worker threads);
 * - reconciliation time and peak RSS at 10k, 100k and 1M claims against sorting and grouping the same
 *   claims by key, and how time scales from 100k to 1M.
 * Every figure is measured in a fresh child process (scripts/bench-*.mjs) so that peak RSS is its own.
 * Targets: extraction ≥ 20 MB/s per core; reconcile 1M ≤ 5 s and ≤ 1.5 GB peak RSS; 1M ≤ 12 × 100k.
 * A missed target is printed (pass: false) and the exit code stays 0.
 *
 * Options: --quick (small sizes, a smoke run), --only extract|reconcile, --threads N,
 * --corpus-dir DIR (where the generated corpus is cached; default in the OS temp folder),
 * --timeout SECONDS (per child, default 120).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./bench-lib.mjs";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    threads: { type: "string", default: String(availableParallelism()) },
    "corpus-dir": { type: "string" },
    timeout: { type: "string", default: "120" },
    seed: { type: "string", default: "1" },
  },
});
const quick = values.quick;
const threads = Number(values.threads);
const timeoutMs = Number(values.timeout) * 1000;
const MIN_CORPUS_BYTES = quick ? 2e6 : 20e6;
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];

const print = (fig) => process.stdout.write(JSON.stringify(fig) + "\n");
const round = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));

/** Runs a worker script in a fresh node process; resolves with its JSON line or an error record. */
const child = (script, args, nodeArgs = []) =>
  new Promise((resolve) => {
    const p = spawn(process.execPath, [...nodeArgs, join(ROOT, "scripts", script), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    // At the timeout, the child's peak RSS so far (Linux VmHWM) is kept as a lower bound.
    let hwmMiB = null;
    const timer = setTimeout(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"));
        if (m) hwmMiB = Math.round(Number(m[1]) / 1024);
      } catch {
        // not Linux: no lower bound
      }
      p.kill("SIGKILL");
    }, timeoutMs);
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop();
      try {
        resolve(JSON.parse(line));
      } catch {
        resolve({
          error: signal === "SIGKILL" ? `timed out after ${timeoutMs / 1000} s` : `exit ${code}: ${err.trim().split("\n").slice(-3).join(" | ")}`,
          ...(signal === "SIGKILL" ? { timedOut: true, peakRssMiBAtTimeout: hwmMiB } : {}),
        });
      }
    });
  });

/** The generated corpus, cached by generator version, seed and size. */
const ensureCorpus = async () => {
  const generator = readFileSync(join(ROOT, "scripts", "generate-corpus.mjs"));
  const lexicon = readFileSync(join(ROOT, "claims", "aleppo-2024", "lexicon.json"));
  const stamp = createHash("sha256").update(generator).update(lexicon).update(`${values.seed}/${MIN_CORPUS_BYTES}`).digest("hex").slice(0, 16);
  const dir = values["corpus-dir"] ?? join(tmpdir(), `recon-bench-corpus-${stamp}`);
  const stampFile = join(dir, ".bench-stamp.json");
  if (existsSync(stampFile)) {
    const s = JSON.parse(readFileSync(stampFile, "utf8"));
    if (s.stamp === stamp) return { dir, ...s };
  }
  let articles = Math.ceil(MIN_CORPUS_BYTES / 2000);
  for (;;) {
    const summary = await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [join(ROOT, "scripts", "generate-corpus.mjs"), "--out", dir, "--articles", String(articles), "--seed", values.seed], {
        stdio: ["ignore", "inherit", "pipe"],
      });
      let err = "";
      p.stderr.on("data", (d) => (err += d));
      p.on("close", (code) => (code === 0 ? resolve(JSON.parse(err.trim().split("\n").pop())) : reject(new Error(err))));
    });
    if (summary.bytes >= MIN_CORPUS_BYTES) {
      const s = { stamp, articles: summary.articles, bytes: summary.bytes };
      writeFileSync(stampFile, JSON.stringify(s));
      return { dir, ...s };
    }
    articles = Math.ceil((articles * MIN_CORPUS_BYTES * 1.05) / summary.bytes);
  }
};

const benchExtraction = async () => {
  const corpus = await ensureCorpus();
  const common = { articles: corpus.articles, corpusMB: round(corpus.bytes / 1e6, 1) };
  const scan = await child("bench-extract.mjs", ["--corpus", corpus.dir, "--mode", "scan"]);
  print({ name: "keyword-scan", value: round(scan.mbPerSecond, 1), mbPerCpuSecond: round(scan.mbPerSecond * (scan.seconds / scan.cpuSeconds), 1), unit: "MB/s", baseline: null, ratio: null, target: null, pass: null, ...common, seconds: round(scan.seconds), peakRssMiB: scan.peakRssMiB, error: scan.error });
  const one = await child("bench-extract.mjs", ["--corpus", corpus.dir, "--mode", "extract"]);
  print({
    name: "extraction-per-core",
    value: round(one.mbPerSecond, 1),
    unit: "MB/s",
    baseline: round(scan.mbPerSecond, 1),
    ratio: round(one.mbPerSecond / scan.mbPerSecond),
    target: ">= 20",
    pass: one.mbPerSecond === undefined ? false : one.mbPerSecond >= 20,
    threads: 1,
    mbPerCpuSecond: round(one.mbPerSecond * (one.seconds / one.cpuSeconds), 1),
    ...common,
    claims: one.claims,
    seconds: round(one.seconds),
    peakRssMiB: one.peakRssMiB,
    error: one.error,
  });
  const par = await child("bench-extract.mjs", ["--corpus", corpus.dir, "--mode", "parallel", "--threads", String(threads)]);
  const perCore = par.mbPerSecond / threads;
  print({
    name: "extraction-parallel-per-core",
    value: round(perCore, 1),
    unit: "MB/s",
    baseline: round(scan.mbPerSecond, 1),
    ratio: round(perCore / scan.mbPerSecond),
    target: ">= 20",
    pass: par.mbPerSecond === undefined ? false : perCore >= 20,
    threads,
    totalMBperSecond: round(par.mbPerSecond, 1),
    mbPerCpuSecond: round(par.mbPerSecond * (par.seconds / par.cpuSeconds), 1),
    speedup: round(par.mbPerSecond / one.mbPerSecond, 2),
    sameClaimCount: par.claims === undefined ? null : par.claims === one.claims,
    ...common,
    claims: par.claims,
    seconds: round(par.seconds),
    peakRssMiB: par.peakRssMiB,
    error: par.error,
  });
};

const benchReconcile = async () => {
  const heap = ["--max-old-space-size=8192"];
  const times = new Map();
  for (const n of SIZES) {
    const base = await child("bench-reconcile.mjs", ["--count", String(n), "--mode", "baseline"], heap);
    const rec = await child("bench-reconcile.mjs", ["--count", String(n), "--mode", "reconcile"], heap);
    const label = n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`;
    const big = n === 1_000_000;
    times.set(n, rec.seconds);
    print({
      name: `reconcile-${label}-time`,
      value: round(rec.seconds),
      unit: "s",
      baseline: round(base.seconds),
      ratio: round(rec.seconds / base.seconds, 1),
      target: big ? "<= 5" : null,
      pass: big ? rec.seconds !== undefined && rec.seconds <= 5 : null,
      claims: n,
      cpuSeconds: round(rec.cpuSeconds),
      baselineCpuSeconds: round(base.cpuSeconds),
      childKilledAfterSeconds: rec.timedOut ? timeoutMs / 1000 : undefined,
      groups: rec.groups,
      contradictions: rec.contradictions,
      error: rec.error ?? base.error,
    });
    print({
      name: `reconcile-${label}-peak-rss`,
      value: rec.error ? null : (rec.peakRssMiB ?? null),
      unit: "MiB",
      baseline: base.peakRssMiB ?? null,
      ratio: round(rec.peakRssMiB / base.peakRssMiB, 2),
      target: big ? "<= 1536" : null,
      pass: big ? (rec.timedOut && rec.peakRssMiBAtTimeout > 1536 ? false : !rec.error && rec.peakRssMiB <= 1536) : null,
      claims: n,
      rssAfterGenerationMiB: rec.rssAfterGenerationMiB ?? base.rssAfterGenerationMiB,
      atLeastMiB: rec.timedOut ? rec.peakRssMiBAtTimeout : undefined,
      error: rec.error ?? base.error,
    });
  }
  const [a, b] = quick ? [10_000, 100_000] : [100_000, 1_000_000];
  const ta = times.get(a);
  const tb = times.get(b);
  const ratio = typeof ta === "number" && typeof tb === "number" ? tb / ta : null;
  print({
    name: `reconcile-scaling-${quick ? "100k-over-10k" : "1M-over-100k"}`,
    value: round(ratio, 2),
    unit: "x",
    baseline: 10,
    ratio: ratio === null ? null : round(ratio / 10, 2),
    target: "<= 12",
    pass: ratio !== null && ratio <= 12,
  });
};

if (!existsSync(join(ROOT, "dist", "domain", "lexicon.js"))) {
  console.error("dist/ is missing: run `npm run bench` (it builds first) or `npx tsc -p tsconfig.build.json`");
  process.exit(1);
}
const t0 = performance.now();
if (values.only !== "reconcile") await benchExtraction();
if (values.only !== "extract") await benchReconcile();
console.error(`bench finished in ${Math.round((performance.now() - t0) / 1000)} s`);
