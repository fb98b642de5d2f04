#!/usr/bin/env node
/**
 * Generates synthetic claim sets for the reconciliation benchmark:
 *   node scripts/generate-claims.mjs --count N [--seed S] [--out FILE.jsonl] [--manifest FILE.json]
 * or, from another script, `generateClaims({count, seed, lexicon})` → {articles, claims} in memory.
 *
 * Claims have the full export shape (SPEC.md) and come in articles of 3–15 claims, a total first and
 * its breakdown after (partOf set). Their group keys (metric, subject, location, window start) follow
 * the skew of real archives: most claims are running totals of deaths for the whole conflict area
 * since the offensive began (a few very large groups), the rest spread over sub-places, sides and
 * daily period counts (many small groups). Values rise over time with source noise, belligerents
 * inflate, a few figures go down. All ids come from the lexicon. Same seed, same claims.
 */
import { readFileSync, createWriteStream, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { rngOf } from "./generate-corpus.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const DEMO_LEXICON = join(HERE, "..", "claims", "aleppo-2024", "lexicon.json");

export const loadLexiconJson = (file = DEMO_LEXICON) => JSON.parse(readFileSync(file, "utf8"));

/** Cumulative weights of a Zipf law with exponent `s` over `n` ranks. */
const zipf = (n, s) => {
  const w = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
};
const draw = (rng, cum) => {
  const r = rng.next();
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Entries ordered from the root down (breadth first), starting at `root`. */
const byDepth = (entries, root) => {
  const out = [];
  const queue = [root];
  while (queue.length) {
    const id = queue.shift();
    out.push(id);
    for (const e of entries) if (e.parent === id) queue.push(e.id);
  }
  return out;
};

const pad = (n, w) => String(n).padStart(w, "0");
const dayAt = (start, i) => new Date(Date.parse(start + "T00:00:00Z") + i * 86400000).toISOString().slice(0, 10);

/**
 * Streams claims article by article: `onArticle(meta, claims)`. Memory stays that of one article.
 * Returns the number of claims made.
 */
export const forEachArticleClaims = ({ count, seed = 7, lexicon, days = 365 }, onArticle) => {
  const rng = rngOf(seed);
  const metrics = lexicon.metrics.map((m) => m.id);
  const metricCum = zipf(metrics.length, 1.6);
  const subjects = byDepth(lexicon.subjects, lexicon.defaults.subject);
  const subjectCum = zipf(subjects.length, 1.4);
  const parentOf = new Map(lexicon.subjects.map((s) => [s.id, s.parent]));
  const places = byDepth(lexicon.places, lexicon.defaults.location);
  const placeCum = zipf(places.length, 1.4);
  const start = lexicon.events?.[0]?.start ?? "2024-01-01";
  const dayCum = zipf(days, 0.6);
  const sources = lexicon.sources.filter((s) => s.kind !== "other");
  const weightOf = { monitor: 8, "un-agency": 2, ngo: 1, belligerent: 2, "state-media": 1, government: 0.3, "news-agency": 2, outlet: 1, witnesses: 0.5 };
  const sourcePairs = sources.map((s) => [s, weightOf[s.kind] ?? 0.2]);
  const relays = sources.filter((s) => s.kind === "news-agency" || s.kind === "outlet");
  const quals = [
    ["exact", 70],
    ["more-than", 8],
    ["at-least", 8],
    ["about", 6],
    ["nearly", 3],
    ["range", 2],
    ["vague", 3],
  ];
  const within = (child, ancestor) => {
    for (let c = child; c; c = parentOf.get(c) ?? null) if (c === ancestor) return true;
    return false;
  };
  // Values that repeat across claims are shared, as a loader that interns them would share them.
  const interned = new Map();
  const intern = (key, make) => {
    let v = interned.get(key);
    if (v === undefined) interned.set(key, (v = make()));
    return v;
  };
  let made = 0;
  let n = 0;
  while (made < count) {
    const dayIdx = draw(rng, dayCum);
    const day = dayAt(start, dayIdx);
    const outlet = rng.pick(relays);
    const id = `${outlet.id}-${day.replaceAll("-", "")}-${pad(n++, 7)}`;
    const uncertain = rng.chance(0.15);
    const meta = {
      id,
      file: `articles/${id}.txt`,
      outlet: outlet.names.en?.[0] ?? null,
      url: null,
      language: rng.chance(0.5) ? "ar" : "en",
      published: { earliest: day, latest: uncertain ? dayAt(day, 1) : day },
      publishedBasis: null,
    };
    const k = Math.min(count - made, rng.int(3, 15));
    const claims = [];
    let total = null;
    for (let j = 0; j < k; j++) {
      const metric = metrics[draw(rng, metricCum)];
      const subject = j === 0 ? subjects[0] : subjects[draw(rng, subjectCum)];
      const location = places[draw(rng, placeCum)];
      const running = rng.chance(0.6);
      const windowStart = running ? start : dayAt(start, Math.max(0, dayIdx - rng.int(0, 2)));
      const source = rng.weighted(sourcePairs);
      const viaIds = source.id === outlet.id ? [] : rng.chance(0.3) ? [rng.pick(relays).id, outlet.id] : [outlet.id];
      const via = intern(`via:${viaIds.join(",")}`, () => viaIds);
      // A value that rises with time for running totals, shrinks down the subject/place tree.
      const depth = subjects.indexOf(subject) + places.indexOf(location) + 1;
      const base = running ? 40 + dayIdx * 3 : 5 + rng.int(0, 30);
      let value = Math.max(1, Math.round((base * (0.8 + rng.next() * 0.4)) / Math.sqrt(depth)));
      if (source.kind === "belligerent") value *= rng.int(2, 4);
      if (rng.chance(0.03)) value = Math.max(1, Math.round(value * 0.8));
      const qualifier = rng.weighted(quals);
      const quantity =
        qualifier === "exact"
          ? { value, qualifier, low: value, high: value }
          : qualifier === "more-than"
            ? { value, qualifier, low: value + 1, high: null }
            : qualifier === "at-least"
              ? { value, qualifier, low: value, high: null }
              : qualifier === "range"
                ? { value: null, qualifier, low: value, high: value + rng.int(5, 50) }
                : qualifier === "vague"
                  ? { value: null, qualifier, low: 24, high: 99 }
                  : { value, qualifier, low: null, high: null };
      const spanStart = 40 + j * 180 + rng.int(0, 60);
      const quote = `${source.names.en?.[0] ?? source.id} said ${value ?? "dozens of"} ${subject} ${metric} in ${location}`;
      const claim = {
        id: `${id}#${j + 1}`,
        article: id,
        metric,
        quantity,
        subject,
        location,
        source: source.id,
        via,
        window: intern(`w:${windowStart}:${running ? "" : day}`, () => ({ start: windowStart, end: running ? null : day })),
        tally: running ? "running-total" : "period",
        asOf: meta.published,
        partOf:
          total && j > 0 && total.metric === metric && total.location === location && subject !== total.subject && within(subject, total.subject)
            ? total.id
            : null,
        headline: j === 0 && rng.chance(0.3),
        span: { start: spanStart, end: spanStart + quote.length },
        quote,
        rule: intern(`r:${meta.language}`, () => `${meta.language}/synthetic`),
      };
      if (j === 0) total = claim;
      claims.push(claim);
    }
    made += claims.length;
    onArticle(meta, claims);
  }
  return made;
};

/** The whole set in memory: `{articles: ArticleMeta[], claims: Claim[]}`. */
export const generateClaims = ({ count, seed = 7, lexicon = loadLexiconJson(), days }) => {
  const articles = [];
  const claims = [];
  forEachArticleClaims({ count, seed, lexicon, days }, (meta, cs) => {
    articles.push(meta);
    for (const c of cs) claims.push(c);
  });
  return { articles, claims };
};

/** Group key of a claim as the reconciliation defines it (metric, subject, location, window start). */
export const groupKeyOf = (c) => `${c.metric}/${c.subject}/${c.location}/${c.window.start ?? ""}`;

const main = async () => {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" },
      seed: { type: "string", default: "7" },
      out: { type: "string" },
      manifest: { type: "string" },
      lexicon: { type: "string", default: DEMO_LEXICON },
      stats: { type: "boolean", default: false },
    },
  });
  const lexicon = loadLexiconJson(values.lexicon);
  const out = values.out ? createWriteStream(resolve(values.out)) : process.stdout;
  const articles = [];
  const groups = new Map();
  let buf = "";
  const made = forEachArticleClaims({ count: Number(values.count), seed: Number(values.seed), lexicon }, (meta, cs) => {
    if (values.manifest) articles.push(meta);
    for (const c of cs) {
      buf += JSON.stringify(c) + "\n";
      if (values.stats) groups.set(groupKeyOf(c), (groups.get(groupKeyOf(c)) ?? 0) + 1);
    }
    if (buf.length > 1 << 20) {
      out.write(buf);
      buf = "";
    }
  });
  out.write(buf);
  if (out !== process.stdout) await new Promise((r) => out.end(r));
  if (values.manifest) writeFileSync(resolve(values.manifest), JSON.stringify(articles) + "\n");
  if (values.stats) {
    const sizes = [...groups.values()].sort((a, b) => b - a);
    console.error(JSON.stringify({ claims: made, groups: sizes.length, largest: sizes.slice(0, 5), singletons: sizes.filter((s) => s === 1).length }));
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
