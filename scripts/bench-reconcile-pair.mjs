#!/usr/bin/env node
/**
 * Two builds of reconciliation compared in one process, where a shared machine's load moves both
 * alike: node --max-old-space-size=8192 scripts/bench-reconcile-pair.mjs --a DIR --b DIR
 *   [--count N] [--pairs P] [--seed S]
 *
 * DIR is a copy of the repository's dist/ folder (a frozen build, e.g. of a branch's start). The
 * claims are generated once (this checkout's generator and demo lexicon); then each pair calls
 * `reconcile` of A and of B on the same claims, the order alternating from pair to pair (AB, BA,
 * …). Prints one JSON line per call (build, pair, wall and CPU seconds, contradictions) and a last
 * line with each build's medians and how many pairs B took less CPU in. Peak memory is not
 * comparable here (both builds share the process): fresh processes of bench-reconcile.mjs give it.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ROOT, importDist, loadLexicon } from "./bench-lib.mjs";
import { generateClaims, loadLexiconJson } from "./generate-claims.mjs";

const { values } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    count: { type: "string", default: "100000" },
    pairs: { type: "string", default: "4" },
    seed: { type: "string", default: "7" },
  },
});
if (!values.a || !values.b) throw new Error("--a DIR and --b DIR (copies of dist/) are required");
const count = Number(values.count);
const pairs = Number(values.pairs);

/** The `reconcile` of the build in `dir` (a dist/ folder). */
const reconcileOf = async (dir) => (await import(pathToFileURL(join(resolve(dir), "reconcile", "index.js")).href)).reconcile;
const builds = { A: await reconcileOf(values.a), B: await reconcileOf(values.b) };

// the heap settings the recon command runs with, as bench-reconcile.mjs applies them
(await importDist("shell/heap.js"))?.tuneHeap();
const lexiconFile = join(ROOT, "claims", "aleppo-2024", "lexicon.json");
const lexicon = await loadLexicon(lexiconFile);
const { articles, claims } = generateClaims({ count, seed: Number(values.seed), lexicon: loadLexiconJson(lexiconFile) });

const calls = { A: [], B: [] };
for (let p = 0; p < pairs; p++)
  for (const build of p % 2 === 0 ? ["A", "B"] : ["B", "A"]) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = builds[build]({ corpus: `synthetic-${count}`, articles, claims, lexicon });
    const seconds = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const call = { build, pair: p, seconds, cpuSeconds: (c.user + c.system) / 1e6, contradictions: r.contradictions.length };
    calls[build].push(call);
    console.log(JSON.stringify(call));
  }

const median = (xs) => {
  const s = xs.slice().sort((x, y) => x - y);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const summary = (xs) => ({ seconds: median(xs.map((x) => x.seconds)), cpuSeconds: median(xs.map((x) => x.cpuSeconds)) });
let lowerB = 0;
for (let p = 0; p < pairs; p++) if (calls.B[p].cpuSeconds < calls.A[p].cpuSeconds) lowerB++;
console.log(JSON.stringify({ count, pairs, A: summary(calls.A), B: summary(calls.B), pairsWithLessCpuForB: lowerB }));
