/**
 * Claim extraction: an article and a lexicon in, sourced claims out (contract in SPEC.md). Pure,
 * deterministic, linear in the text; it never throws (an article it cannot read yields no claims).
 */
import type { Article } from "../domain/corpus.js";
import type { Claim } from "../domain/claim.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { arabicGrammar } from "./arabic/grammar.js";
import { extractWith } from "./claims.js";
import { englishGrammar } from "./english/grammar.js";
import type { Grammar } from "./grammar.js";

export { UNATTRIBUTED, outletId } from "./outlet.js";
export type { Grammar } from "./grammar.js";

const GRAMMARS: Readonly<Record<string, Grammar>> = { ar: arabicGrammar, en: englishGrammar };

/** The grammar for an article: its declared language, else the script most of its letters use. */
export const grammarFor = (article: Article): Grammar => {
  const tag = article.meta.language.toLowerCase().split("-")[0] ?? "";
  const g = GRAMMARS[tag];
  if (g) return g;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < article.text.length && i < 5000; i++) {
    const c = article.text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > latin ? arabicGrammar : englishGrammar;
};

export const extractArticle = (article: Article, lexicon: LexiconIndex): Claim[] => {
  try {
    return extractWith(article, lexicon, grammarFor(article));
  } catch {
    return [];
  }
};
