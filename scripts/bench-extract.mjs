#!/usr/bin/env node
/**
 * Benchmark worker for extraction, run by scripts/bench.mjs in a fresh process per figure:
 *   node scripts/bench-extract.mjs --corpus DIR --mode scan|extract|parallel [--threads N]
 *
 * `scan` is the baseline: one pass of a single regular expression of every lexicon name (and
 * digits) over each text, counting matches; it is the least any extractor must do. `extract` runs
 * the engine's extractArticle on one thread; `parallel` runs extractCorpusParallel on N worker
 * threads (texts read inside the workers). Texts are read before timing starts (except in
 * parallel mode, where reading is part of the work). Throughput is in MB (10^6 bytes of UTF-8
 * text) per second of wall-clock time; CPU seconds of the process (all threads) are reported too,
 * since on a shared machine MB per CPU-second is the per-core figure that other load does not
 * distort. Prints one JSON line.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { importDist, loadCorpus, loadLexicon, report } from "./bench-lib.mjs";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    mode: { type: "string", default: "extract" },
    threads: { type: "string", default: "2" },
  },
});
const dir = values.corpus;
const lexiconFile = join(dir, "lexicon.json");

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One regular expression of every name of the lexicon, plus runs of digits. A name that opens with
 * another name is left out (the scan finds the shorter one where it stands): it finds no keyword
 * the longer would, and it keeps the pattern under the size past which the regular expression
 * engine stops optimizing it (about 20,000 characters), which would make the baseline's speed
 * depend on how many names the lexicon has rather than on the scan.
 */
const keywordPattern = (lexicon) => {
  const names = new Set();
  for (const list of [lexicon.subjects, lexicon.sources, lexicon.places, lexicon.metrics, lexicon.events])
    for (const e of list) for (const ns of Object.values(e.names)) for (const n of ns) if (n.trim()) names.add(n);
  const byLength = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = [];
  for (const n of byLength) if (!kept.some((k) => n.startsWith(k))) kept.push(n);
  const sorted = kept.sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`${sorted.join("|")}|\\d+`, "g");
};

/** Wall-clock seconds, and CPU seconds of the whole process (every thread) over the same span. */
const time = (f) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const c = process.cpuUsage(c0);
  return { r, s: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
};

if (values.mode === "scan") {
  const lexicon = await loadLexicon(lexiconFile);
  const { articles, bytes } = loadCorpus(dir);
  const re = keywordPattern(lexicon.lexicon);
  const scan = (list) => {
    let hits = 0;
    for (const a of list) {
      re.lastIndex = 0;
      while (re.exec(a.text) !== null) hits++;
    }
    return hits;
  };
  scan(articles.slice(0, 200)); // warm-up
  const { r: hits, s, cpu } = time(() => scan(articles));
  report({ mode: "scan", articles: articles.length, bytes, seconds: s, cpuSeconds: cpu, mbPerSecond: bytes / 1e6 / s, hits });
} else if (values.mode === "extract") {
  const mod = await importDist("extract/index.js");
  if (!mod?.extractArticle) {
    report({ mode: "extract", error: "dist/extract/index.js has no extractArticle (not built yet?)" });
    process.exit(0);
  }
  const lexicon = await loadLexicon(lexiconFile);
  const { articles, bytes } = loadCorpus(dir);
  const run = (list) => {
    let claims = 0;
    for (const a of list) claims += mod.extractArticle(a, lexicon).length;
    return claims;
  };
  run(articles.slice(0, 200)); // warm-up
  const { r: claims, s, cpu } = time(() => run(articles));
  report({ mode: "extract", articles: articles.length, bytes, seconds: s, cpuSeconds: cpu, mbPerSecond: bytes / 1e6 / s, claims });
} else if (values.mode === "parallel") {
  const mod = await importDist("shell/parallel/index.js");
  if (!mod?.extractCorpusParallel) {
    report({ mode: "parallel", error: "dist/shell/parallel/index.js is not built" });
    process.exit(0);
  }
  const { metas, bytes } = loadCorpus(dir);
  const threads = Number(values.threads);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let claims = 0;
  for await (const batch of mod.extractCorpusParallel(dir, metas, lexiconFile, { threads })) claims += batch.claims.length;
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  report({ mode: "parallel", threads, articles: metas.length, bytes, seconds: s, cpuSeconds: cpu, mbPerSecond: bytes / 1e6 / s, claims });
} else {
  throw new Error(`unknown mode ${values.mode}`);
}
