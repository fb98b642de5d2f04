#!/usr/bin/env node
/**
 * Benchmark worker for reconciliation, run by scripts/bench.mjs in a fresh process per figure:
 *   node scripts/bench-reconcile.mjs --count N --mode baseline|reconcile [--seed S]
 *
 * Generates N claims in memory (scripts/generate-claims.mjs, not timed), then times either the
 * baseline, grouping the claims by key and sorting each group by date, or the engine's
 * reconcile({corpus, articles, claims, lexicon}). Peak RSS covers the whole process, claims
 * included, so the baseline's RSS is the floor any reconciliation of these claims pays.
 * Prints one JSON line.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, importDist, loadLexicon, report } from "./bench-lib.mjs";
import { generateClaims, groupKeyOf, loadLexiconJson } from "./generate-claims.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    mode: { type: "string", default: "reconcile" },
    seed: { type: "string", default: "7" },
  },
});
const count = Number(values.count);
const lexiconFile = join(ROOT, "claims", "aleppo-2024", "lexicon.json");

/**
 * The baseline: group the claims by key (one pass, a Map), sort the keys, and sort each group by
 * date (earliest asOf; ties keep input order): the least a reconciliation does before comparing anything.
 */
const sortAndGroup = (claims) => {
  const byKey = new Map();
  for (const c of claims) {
    const key = groupKeyOf(c);
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = []));
    g.push(c);
  }
  const groups = new Map();
  for (const key of [...byKey.keys()].sort()) {
    const g = byKey.get(key);
    // Stable sort: claims of the same day keep their input order.
    g.sort((a, b) => (a.asOf.earliest < b.asOf.earliest ? -1 : a.asOf.earliest > b.asOf.earliest ? 1 : 0));
    groups.set(key, g.map((c) => c.id));
  }
  return groups;
};

const reconcileMod = values.mode === "reconcile" ? await importDist("reconcile/index.js") : null;
// reconciliation is measured with the heap settings the recon command runs with (src/shell/heap.ts)
if (values.mode === "reconcile") (await importDist("shell/heap.js"))?.tuneHeap();
if (values.mode === "reconcile" && !reconcileMod?.reconcile) {
  report({ mode: "reconcile", count, error: "dist/reconcile/index.js has no reconcile (not built yet?)" });
  process.exit(0);
}
const lexicon = await loadLexicon(lexiconFile);
const { articles: metas, claims } = generateClaims({ count, seed: Number(values.seed), lexicon: loadLexiconJson(lexiconFile) });
const rssBefore = Math.round(process.resourceUsage().maxRSS / 1024);

const cpuSince = (c0) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

if (values.mode === "baseline") {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const groups = sortAndGroup(claims);
  const s = (performance.now() - t0) / 1000;
  report({ mode: "baseline", count, seconds: s, cpuSeconds: cpuSince(c0), groups: groups.size, rssAfterGenerationMiB: rssBefore });
} else if (values.mode === "reconcile") {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = reconcileMod.reconcile({ corpus: `synthetic-${count}`, articles: metas, claims, lexicon });
  const s = (performance.now() - t0) / 1000;
  report({
    mode: "reconcile",
    count,
    seconds: s,
    cpuSeconds: cpuSince(c0),
    groups: r.groups.length,
    contradictions: r.contradictions.length,
    notes: r.notes?.length ?? null,
    timelines: r.timeline.length,
    rssAfterGenerationMiB: rssBefore,
  });
} else {
  throw new Error(`unknown mode ${values.mode}`);
}
