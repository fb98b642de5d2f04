#!/usr/bin/env node
/**
 * Benchmark worker for reconciliation, run by scripts/bench.mjs in a fresh process per figure:
 *   node scripts/bench-reconcile.mjs --count N --mode baseline|reconcile [--seed S]
 *
 * Generates N claims in memory (scripts/generate-claims.mjs, not timed), then times either the
 * baseline, sorting the claims by group key and date and grouping their ids by key, or the engine's
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

/** The baseline: sort by (key, earliest date, id) and group ids by key. */
const sortAndGroup = (claims) => {
  const keyed = claims.map((c) => ({ key: groupKeyOf(c), day: c.asOf.earliest, c }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : a.c.id < b.c.id ? -1 : 1));
  const groups = new Map();
  for (const { key, c } of keyed) {
    let ids = groups.get(key);
    if (!ids) groups.set(key, (ids = []));
    ids.push(c.id);
  }
  return groups;
};

const reconcileMod = values.mode === "reconcile" ? await importDist("reconcile/index.js") : null;
if (values.mode === "reconcile" && !reconcileMod?.reconcile) {
  report({ mode: "reconcile", count, error: "dist/reconcile/index.js has no reconcile (not built yet?)" });
  process.exit(0);
}
const lexicon = await loadLexicon(lexiconFile);
const { articles: metas, claims } = generateClaims({ count, seed: Number(values.seed), lexicon: loadLexiconJson(lexiconFile) });
const articles = metas.map((meta) => ({ meta, text: "" }));
const rssBefore = Math.round(process.resourceUsage().maxRSS / 1024);

if (values.mode === "baseline") {
  const t0 = performance.now();
  const groups = sortAndGroup(claims);
  const s = (performance.now() - t0) / 1000;
  report({ mode: "baseline", count, seconds: s, groups: groups.size, rssAfterGenerationMiB: rssBefore });
} else if (values.mode === "reconcile") {
  const t0 = performance.now();
  const r = reconcileMod.reconcile({ corpus: `synthetic-${count}`, articles, claims, lexicon });
  const s = (performance.now() - t0) / 1000;
  report({
    mode: "reconcile",
    count,
    seconds: s,
    groups: r.groups.length,
    contradictions: r.contradictions.length,
    notes: r.notes?.length ?? null,
    timelines: r.timeline.length,
    rssAfterGenerationMiB: rssBefore,
  });
} else {
  throw new Error(`unknown mode ${values.mode}`);
}
