/**
 * Scores extracted claims against gold annotations, in memory, with the matching rules of the
 * shared gold scorer: a gold claim matches an unused predicted claim of the same metric and the
 * same written number, preferring the same subject, then the same source; a prediction that repeats
 * a gold number of the same metric without matching (a headline restated in the body) counts
 * neither for nor against precision. Figures are ratios rounded to three decimals (null when the
 * denominator is zero), with the lists of misses and extras so a failing test says what went wrong.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Claim } from "../../src/domain/claim.js";

/** One annotated claim of a gold file (snake_case, as in the gold format). */
export interface GoldClaim {
  readonly metric: string;
  readonly qualifier: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly subject: string;
  readonly source: string;
  readonly via?: readonly string[];
  readonly window_start: string | null;
  readonly as_of: string | null;
  readonly location?: string;
  readonly part_of: number | null;
  readonly quote: string;
  /** Optional: `running-total` or `period`. */
  readonly tally?: string;
  /** Optional: the number stands in the first line. */
  readonly headline?: boolean;
  readonly note?: string;
}

/** One gold file: an article's metadata and its claims. */
export interface GoldDocument {
  readonly id: string;
  readonly outlet: string | null;
  readonly language?: string;
  readonly published?: string;
  readonly claims: readonly GoldClaim[];
}

export interface ScoreFigures {
  readonly articles: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly recall: number | null;
  readonly precision: number | null;
  readonly f1: number | null;
  readonly qualifier: number | null;
  readonly bounds: number | null;
  readonly subject: number | null;
  readonly source: number | null;
  readonly via: number | null;
  readonly asOf: number | null;
  readonly window: number | null;
  readonly partOf: number | null;
  readonly spans: number | null;
  /** Over matched gold claims that carry a `tally`. */
  readonly tally: number | null;
  /** Over matched gold claims that carry `headline`. */
  readonly headline: number | null;
}

export interface ArticleScore {
  readonly id: string;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly restatements: number;
  /** Gold claims no prediction matched: `metric value subject (source) «quote»`. */
  readonly misses: readonly string[];
  /** Predictions that match no gold claim and restate none: `metric value subject (source) «quote»`. */
  readonly extras: readonly string[];
}

export interface ScoreReport {
  readonly summary: ScoreFigures;
  readonly articles: readonly ArticleScore[];
}

const METRICS = new Set(["killed", "injured", "displaced", "captured", "airstrikes", "localities-seized"]);
const KNOWN_SOURCES = new Set([
  "sohr", "ocha", "unicef", "who", "sana", "syrian-army", "syrian-mod", "opposition-ops",
  "russian-mod", "turkish-mfa", "white-helmets", "residents",
]);

/** Ids may be written with hyphens or underscores, in any case. */
const norm = (s: string): string => s.trim().toLowerCase().replace(/_/g, "-");
const normOrNull = (s: string | null | undefined): string | null => (s == null ? null : norm(s));

interface G {
  readonly index: number;
  readonly metric: string;
  readonly qualifier: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly subject: string;
  readonly source: string;
  readonly via: readonly string[];
  readonly windowStart: string | null;
  readonly asOf: string | null;
  readonly partOf: number | null;
  readonly quote: string;
  readonly tally: string | undefined;
  readonly headline: boolean | undefined;
}

interface P {
  readonly claim: Claim;
  readonly metric: string;
  readonly qualifier: string;
  readonly subject: string;
  readonly source: string;
  readonly via: readonly string[];
}

const goldOf = (c: GoldClaim, index: number): G => ({
  index,
  metric: norm(c.metric),
  qualifier: norm(c.qualifier),
  value: c.value ?? null,
  low: c.low ?? null,
  high: c.high ?? null,
  subject: norm(c.subject),
  source: norm(c.source),
  via: (c.via ?? []).map(norm),
  windowStart: c.window_start ?? null,
  asOf: c.as_of ?? null,
  partOf: c.part_of ?? null,
  quote: c.quote,
  tally: c.tally,
  headline: c.headline,
});

const predOf = (c: Claim): P => ({
  claim: c,
  metric: norm(c.metric),
  qualifier: norm(c.quantity.qualifier),
  subject: norm(c.subject),
  source: norm(c.source),
  via: c.via.map(norm),
});

/** A vague gold quantity ("dozens") has no written number: it matches a vague prediction. */
const sameNumber = (g: G, p: P): boolean =>
  g.value === null ? p.claim.quantity.value === null || p.qualifier === "vague" : p.claim.quantity.value === g.value;

const preference = (g: G, p: P): number => (p.subject === g.subject ? 2 : 0) + (p.source === g.source ? 1 : 0);

const describeGold = (g: G): string => `${g.metric} ${g.value} ${g.subject} (${g.source}) «${g.quote}»`;
const describePred = (p: P): string =>
  `${p.metric} ${p.claim.quantity.value} ${p.subject} (${p.source}) «${p.claim.quote}» [${p.claim.id}]`;

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((1000 * n) / d) / 1000);

/**
 * Scores `predicted` against `gold`. Predictions for articles without a gold document, and of
 * metrics outside the six scored ones, are ignored. `texts` (article id → text) enables the span
 * check: `text.slice(span.start, span.end) === quote`.
 */
export const scoreClaims = (
  gold: readonly GoldDocument[],
  predicted: readonly Claim[],
  texts: ReadonlyMap<string, string> = new Map(),
): ScoreReport => {
  const t = {
    gold: 0, pred: 0, tp: 0, qualifier: 0, bounds: 0, subject: 0, source: 0, via: 0,
    asOf: 0, asOfKnown: 0, window: 0, windowKnown: 0, partOf: 0, partOfKnown: 0,
    spanOk: 0, spanChecked: 0, tally: 0, tallyKnown: 0, headline: 0, headlineKnown: 0,
  };
  const goldIds = new Set(gold.map((d) => d.id));
  const byArticle = new Map<string, P[]>();
  for (const c of predicted) {
    if (!goldIds.has(c.article) || !METRICS.has(norm(c.metric))) continue;
    const list = byArticle.get(c.article) ?? [];
    list.push(predOf(c));
    byArticle.set(c.article, list);
  }
  const articles: ArticleScore[] = [];
  for (const doc of gold) {
    const gclaims = doc.claims.map(goldOf).filter((g) => METRICS.has(g.metric));
    const pclaims = byArticle.get(doc.id) ?? [];
    const used = new Set<number>();
    const pairs: [G, P][] = [];
    for (const g of gclaims) {
      let best = -1;
      let bestScore = -1;
      pclaims.forEach((p, j) => {
        if (used.has(j) || p.metric !== g.metric || !sameNumber(g, p)) return;
        const s = preference(g, p);
        if (s > bestScore) {
          best = j;
          bestScore = s;
        }
      });
      const chosen = pclaims[best];
      if (chosen !== undefined) {
        used.add(best);
        pairs.push([g, chosen]);
      }
    }
    const text = texts.get(doc.id);
    if (text !== undefined) {
      for (const p of pclaims) {
        t.spanChecked++;
        if (text.slice(p.claim.span.start, p.claim.span.end) === p.claim.quote) t.spanOk++;
      }
    }
    const goldToPred = new Map(pairs.map(([g, p]) => [g.index, p]));
    const outlet = normOrNull(doc.outlet);
    const outletish = (p: P): boolean => p.via.length === 0 && !KNOWN_SOURCES.has(p.source);
    for (const [g, p] of pairs) {
      const q = p.claim.quantity;
      if (p.qualifier === g.qualifier) t.qualifier++;
      if ((q.low ?? null) === g.low && (q.high ?? null) === g.high) t.bounds++;
      if (p.subject === g.subject) t.subject++;
      if (p.source === g.source || (g.source === "outlet" && outletish(p))) t.source++;
      const gvia = g.via.filter((v) => v !== outlet);
      if (JSON.stringify(gvia) === JSON.stringify(p.via.slice(0, gvia.length))) t.via++;
      if (g.asOf) {
        t.asOfKnown++;
        if (p.claim.asOf.earliest <= g.asOf && g.asOf <= p.claim.asOf.latest) t.asOf++;
      }
      if (g.windowStart) {
        t.windowKnown++;
        if (p.claim.window.start === g.windowStart) t.window++;
      }
      if (g.partOf !== null) {
        t.partOfKnown++;
        const total = goldToPred.get(g.partOf);
        if (total !== undefined && p.claim.partOf === total.claim.id) t.partOf++;
      }
      if (g.tally !== undefined) {
        t.tallyKnown++;
        if (p.claim.tally === g.tally) t.tally++;
      }
      if (g.headline !== undefined) {
        t.headlineKnown++;
        if (p.claim.headline === g.headline) t.headline++;
      }
    }
    const matchedG = new Set(pairs.map(([g]) => g.index));
    const matchedP = new Set(pairs.map(([, p]) => p));
    const restated = (p: P): boolean =>
      gclaims.some((g) => g.metric === p.metric && g.value !== null && p.claim.quantity.value === g.value);
    const unmatched = pclaims.filter((p) => !matchedP.has(p));
    const restatements = unmatched.filter(restated);
    articles.push({
      id: doc.id,
      gold: gclaims.length,
      predicted: pclaims.length,
      matched: pairs.length,
      restatements: restatements.length,
      misses: gclaims.filter((g) => !matchedG.has(g.index)).map(describeGold),
      extras: unmatched.filter((p) => !restated(p)).map(describePred),
    });
    t.gold += gclaims.length;
    t.pred += pclaims.length - restatements.length;
    t.tp += pairs.length;
  }
  return {
    summary: {
      articles: gold.length,
      gold: t.gold,
      predicted: t.pred,
      matched: t.tp,
      recall: ratio(t.tp, t.gold),
      precision: ratio(t.tp, t.pred),
      f1: t.gold && t.pred ? ratio(2 * t.tp, t.gold + t.pred) : null,
      qualifier: ratio(t.qualifier, t.tp),
      bounds: ratio(t.bounds, t.tp),
      subject: ratio(t.subject, t.tp),
      source: ratio(t.source, t.tp),
      via: ratio(t.via, t.tp),
      asOf: ratio(t.asOf, t.asOfKnown),
      window: ratio(t.window, t.windowKnown),
      partOf: ratio(t.partOf, t.partOfKnown),
      spans: ratio(t.spanOk, t.spanChecked),
      tally: ratio(t.tally, t.tallyKnown),
      headline: ratio(t.headline, t.headlineKnown),
    },
    articles,
  };
};

/** Reads every `<id>.json` of a gold folder (files without a `claims` list are skipped), sorted by file name. */
export const loadGoldSync = (dir: string): GoldDocument[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldDocument)
    .filter((d) => Array.isArray(d.claims));

/** A readable account of a score: the figures, then per article what was missed and what was extra. */
export const formatScore = (report: ScoreReport): string => {
  const figures = Object.entries(report.summary)
    .map(([k, v]) => `${k} ${v}`)
    .join("  ");
  const lines = [figures];
  for (const a of report.articles) {
    if (a.misses.length === 0 && a.extras.length === 0) continue;
    lines.push(`${a.id}: gold ${a.gold}, predicted ${a.predicted}, matched ${a.matched}`);
    for (const m of a.misses) lines.push(`  missed ${m}`);
    for (const e of a.extras) lines.push(`  extra  ${e}`);
  }
  return lines.join("\n");
};
