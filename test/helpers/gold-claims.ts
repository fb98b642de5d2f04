/**
 * Test helper: turns the gold annotation files of a corpus (format in the shared gold-format
 * notes: snake_case ids, `part_of` as an index, `as_of` and `window_start` days) into `Claim[]`,
 * so that reconciliation can be tested on the demo corpus independently of extraction.
 * Ids are `${article}#${index + 1}`; spans are found by locating the quote in the article text.
 */
import { join } from "node:path";
import type { Claim } from "../../src/domain/claim.js";
import type { Article } from "../../src/domain/corpus.js";
import type { LexiconIndex } from "../../src/domain/lexicon.js";
import type { Qualifier } from "../../src/domain/quantity.js";
import { outletId } from "../../src/extract/index.js";
import { DEMO_CORPUS, loadCorpusSync } from "./corpus.js";
import { loadGoldSync, type GoldDocument } from "./score.js";

export const DEMO_GOLD = join(import.meta.dirname, "..", "fixtures", "aleppo-2024", "gold");

const fold = (s: string): string => s.trim().toLowerCase().replace(/_/g, "-");

/** Claims of one gold file, given its article. */
export const goldFileToClaims = (gold: GoldDocument, art: Article, lexicon: LexiconIndex): Claim[] => {
  const firstLineEnd = art.text.indexOf("\n") < 0 ? art.text.length : art.text.indexOf("\n");
  return gold.claims.map((g, i) => {
    const start = art.text.indexOf(g.quote);
    if (start < 0) throw new Error(`${gold.id} claim ${i}: quote not found in the article text`);
    const metric = fold(g.metric);
    const source = fold(g.source) === "outlet" ? (outletId(art.meta, lexicon) ?? "other") : fold(g.source);
    const asOf = g.as_of === null ? art.meta.published : { earliest: g.as_of, latest: g.as_of };
    const cumulative = lexicon.metric(metric)?.cumulative ?? true;
    const running = cumulative && g.window_start !== null;
    return {
      id: `${gold.id}#${i + 1}`,
      article: gold.id,
      metric,
      quantity: { value: g.value, qualifier: fold(g.qualifier) as Qualifier, low: g.low, high: g.high },
      subject: fold(g.subject),
      location: fold(g.location ?? lexicon.lexicon.defaults.location),
      source,
      via: (g.via ?? []).map(fold),
      window: { start: g.window_start, end: g.window_start === null ? null : asOf.latest },
      tally: running ? "running-total" : "period",
      asOf,
      partOf: g.part_of === null ? null : `${gold.id}#${g.part_of + 1}`,
      headline: start < firstLineEnd,
      span: { start, end: start + g.quote.length },
      quote: g.quote,
      rule: "gold",
    } satisfies Claim;
  });
};

/** Every gold claim of a corpus, with the corpus's articles and lexicon. */
export const loadGoldClaims = (
  goldDir: string = DEMO_GOLD,
  corpusDir: string = DEMO_CORPUS,
): { claims: Claim[]; articles: Article[]; lexicon: LexiconIndex } => {
  const { articles, lexicon } = loadCorpusSync(corpusDir);
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const claims = loadGoldSync(goldDir).flatMap((gold) => {
    const art = byId.get(gold.id);
    if (!art) throw new Error(`${goldDir}: no article ${gold.id} in ${corpusDir}`);
    return goldFileToClaims(gold, art, lexicon);
  });
  return { claims, articles, lexicon };
};
