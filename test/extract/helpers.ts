/** Test helper: extracts claims from one short text with the demo lexicon. */
import { join } from "node:path";
import { DEMO_CORPUS, loadLexiconSync } from "../helpers/corpus.js";
import { extractArticle } from "../../src/extract/index.js";
import type { Claim } from "../../src/domain/claim.js";
import type { Article } from "../../src/domain/corpus.js";

export const lexicon = loadLexiconSync(join(DEMO_CORPUS, "lexicon.json"));

export const article = (language: string, text: string, published = "2024-11-30", outlet: string | null = "Example News", latest = published): Article => ({
  meta: { id: "t", file: "t.txt", outlet, url: null, language, published: { earliest: published, latest }, publishedBasis: null },
  text,
});

export const extract = (language: string, text: string, published = "2024-11-30", outlet: string | null = "Example News", latest = published): Claim[] =>
  extractArticle(article(language, text, published, outlet, latest), lexicon);

/** The one claim whose written value is `value` (fails the test if there is not exactly one). */
export const only = (claims: readonly Claim[], value: number | null, metric?: string): Claim => {
  const hits = claims.filter((c) => c.quantity.value === value && (metric === undefined || c.metric === metric));
  if (hits.length !== 1) throw new Error(`expected one claim of ${value}, got ${hits.length}: ${JSON.stringify(claims.map((c) => [c.quantity.value, c.metric, c.quote]))}`);
  return hits[0]!;
};
