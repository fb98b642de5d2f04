#!/usr/bin/env node
/**
 * Hashes the whole reconciliation result of fixed inputs, to check that a change to the engine
 * leaves its output byte-identical (run after a build: it reads the compiled engine in dist/):
 *   node --max-old-space-size=8192 scripts/reconcile-hash.mjs [--only NAME,…] [--skip NAME,…]
 *        [--record FILE] [--check FILE]
 * Prints one JSON line per input: {name, claims, canonical, written, seconds}, where `canonical`
 * is the sha256 of the result as JSON with keys sorted at every level and `written` the sha256 of
 * JSON.stringify of the result as the engine returns it (key order included), both streamed element
 * by element so that the 1M result needs no single string. --record writes the lines to FILE;
 * --check compares with FILE and exits 1 on any difference. scripts/reconcile-hashes.jsonl holds
 * the hashes recorded before the columnar work (docs/performance.md).
 *
 * Inputs: the demo corpus (claims/aleppo-2024, extracted with the built extractor), every styles
 * corpus under test/fixtures (each one, and all together), and generated claim sets
 * (scripts/generate-claims.mjs): 10k with seeds 1, 2, 3; 10k seed 1 shuffled, in reversed article
 * order and with duplicated ids (reconciled under seed 1's corpus name: the shuffled and reversed
 * ones must hash as seed 1 does); 100k; 1M. Demo and styles hashes follow the extractor too.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, importDist, loadCorpus, loadLexicon } from "./bench-lib.mjs";
import { generateClaims, loadLexiconJson } from "./generate-claims.mjs";
import { rngOf } from "./generate-corpus.mjs";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    skip: { type: "string" },
    record: { type: "string" },
    check: { type: "string" },
  },
});
const only = values.only ? new Set(values.only.split(",")) : null;
const skip = new Set((values.skip ?? "").split(",").filter(Boolean));

const { reconcile } = await importDist("reconcile/index.js");
const { extractArticle } = await importDist("extract/index.js");
const lexiconFile = join(ROOT, "claims", "aleppo-2024", "lexicon.json");
const lexicon = await loadLexicon(lexiconFile);
const lexiconJson = loadLexiconJson(lexiconFile);

/** A hash fed in chunks of about a megabyte. */
const hasher = () => {
  const h = createHash("sha256");
  let buf = "";
  return {
    add(s) {
      buf += s;
      if (buf.length > 1 << 20) {
        h.update(buf);
        buf = "";
      }
    },
    digest() {
      h.update(buf);
      return h.digest("hex");
    },
  };
};

/** JSON with sorted keys (undefined members left out, as JSON.stringify does). */
const canonical = (v, add) => {
  if (v === null || typeof v !== "object") {
    add(JSON.stringify(v) ?? "null");
    return;
  }
  if (Array.isArray(v)) {
    add("[");
    for (let i = 0; i < v.length; i++) {
      if (i > 0) add(",");
      canonical(v[i] === undefined ? null : v[i], add);
    }
    add("]");
    return;
  }
  add("{");
  let first = true;
  for (const k of Object.keys(v).sort()) {
    if (v[k] === undefined) continue;
    if (!first) add(",");
    first = false;
    add(JSON.stringify(k) + ":");
    canonical(v[k], add);
  }
  add("}");
};

/** JSON.stringify of the result, its top-level arrays streamed element by element. */
const written = (r, add) => {
  add("{");
  let first = true;
  for (const [k, v] of Object.entries(r)) {
    if (v === undefined) continue;
    if (!first) add(",");
    first = false;
    add(JSON.stringify(k) + ":");
    if (Array.isArray(v)) {
      add("[");
      for (let i = 0; i < v.length; i++) add((i > 0 ? "," : "") + JSON.stringify(v[i]));
      add("]");
    } else add(JSON.stringify(v));
  }
  add("}");
};

const extracted = (dir) => {
  const { metas, articles } = loadCorpus(dir);
  return { metas, claims: articles.flatMap((a) => extractArticle(a, lexicon)) };
};

const generated = (count, seed) => {
  const { articles, claims } = generateClaims({ count, seed, lexicon: lexiconJson });
  return { metas: articles, claims };
};

const stylesDirs = readdirSync(join(ROOT, "test", "fixtures"))
  .filter((d) => /^styles(-[a-z]+)?$/.test(d))
  .sort();

const inputs = [
  ["demo", () => extracted(join(ROOT, "claims", "aleppo-2024"))],
  ...stylesDirs.map((d) => [d, () => extracted(join(ROOT, "test", "fixtures", d))]),
  [
    "styles-all",
    () => {
      const parts = stylesDirs.map((d) => extracted(join(ROOT, "test", "fixtures", d)));
      return { metas: parts.flatMap((p) => p.metas), claims: parts.flatMap((p) => p.claims) };
    },
  ],
  ["gen-10k-s1", () => generated(10_000, 1)],
  ["gen-10k-s2", () => generated(10_000, 2)],
  ["gen-10k-s3", () => generated(10_000, 3)],
  [
    "gen-10k-s1-shuffled",
    () => {
      const g = generated(10_000, 1);
      return { metas: g.metas, claims: rngOf(99).shuffle(g.claims) };
    },
  ],
  [
    "gen-10k-s1-articles-reversed",
    () => {
      const g = generated(10_000, 1);
      const byArticle = new Map();
      for (const c of g.claims) {
        if (!byArticle.has(c.article)) byArticle.set(c.article, []);
        byArticle.get(c.article).push(c);
      }
      return { metas: g.metas, claims: [...byArticle.values()].reverse().flat() };
    },
  ],
  [
    "gen-10k-s1-duplicates",
    () => {
      const g = generated(10_000, 1);
      const rng = rngOf(5);
      const dups = [];
      for (let i = 0; i < 500; i++) {
        const c = g.claims[Math.floor(rng.next() * g.claims.length)];
        // Another quantity under the same id: which of the two is kept shows in the result.
        const q = c.quantity;
        const bump = (x) => (x === null ? null : x + 1 + (i % 3));
        dups.push({ ...c, quantity: { ...q, value: bump(q.value), low: bump(q.low), high: bump(q.high) }, quote: `${c.quote} (again)` });
      }
      return { metas: g.metas, claims: rngOf(6).shuffle([...g.claims, ...dups]) };
    },
  ],
  ["gen-100k", () => generated(100_000, 7)],
  ["gen-1M", () => generated(1_000_000, 7)],
];

const lines = [];
for (const [name, make] of inputs) {
  if ((only && !only.has(name)) || skip.has(name)) continue;
  const { metas, claims } = make();
  const t0 = performance.now();
  // Variants of one claim set share its corpus name, so that an order-free result hashes alike.
  const r = reconcile({ corpus: name.replace(/-(shuffled|articles-reversed|duplicates)$/, ""), articles: metas, claims, lexicon });
  const seconds = Number(((performance.now() - t0) / 1000).toFixed(2));
  const hc = hasher();
  canonical(r, hc.add);
  const hw = hasher();
  written(r, hw.add);
  const line = { name, claims: claims.length, contradictions: r.contradictions.length, canonical: hc.digest(), written: hw.digest(), seconds };
  lines.push(line);
  process.stdout.write(JSON.stringify(line) + "\n");
}

if (values.record) writeFileSync(values.record, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
if (values.check) {
  const want = new Map(
    readFileSync(values.check, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .map((l) => [l.name, l]),
  );
  let bad = 0;
  for (const l of lines) {
    const w = want.get(l.name);
    if (!w) console.error(`${l.name}: not recorded`);
    else if (w.canonical !== l.canonical || w.written !== l.written) {
      console.error(`${l.name}: DIFFERS`);
      bad++;
    }
  }
  console.error(bad === 0 ? `all ${lines.length} hashes identical` : `${bad} of ${lines.length} differ`);
  process.exit(bad === 0 ? 0 : 1);
}
