/**
 * The news agency whose copy an article republishes, read from its first lines: a line that is only
 * the agency's name ("AFP", "By Reuters"), or the agency in parentheses in a dateline ("BEIRUT (AP) —",
 * "AMMAN, Dec 5 (Reuters) -"). The agency then relays every attributed number of the article.
 */
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Doc } from "./document.js";
import type { LexiconPhrases } from "./lexicon-phrases.js";
import type { CompiledGrammar } from "./numerals/compiled.js";

/** How many lines from the top a byline or dateline is looked for. */
const TOP_LINES = 6;
/** How far into a line a dateline's parenthesised agency may stand. */
const DATELINE_TOKENS = 10;

export const wireAgency = (doc: Doc, g: CompiledGrammar, lx: LexiconPhrases, lex: LexiconIndex, outlet: string | null): string | null => {
  const { tokens, paragraph } = doc;
  const agency = (id: string): boolean => id !== outlet && lex.source(id)?.kind === "news-agency";
  for (let start = 0; start < tokens.length && paragraph[start]! < TOP_LINES; ) {
    let end = start;
    while (end < tokens.length && paragraph[end] === paragraph[start] && tokens[end]!.kind !== "break") end++;
    let k = start;
    if (k < end && g.bylines.has(tokens[k]!.text)) k++;
    const whole = lx.sources.matchAt(tokens, k);
    if (whole && whole.to === end && agency(whole.value)) return whole.value;
    for (let i = start; i < Math.min(end, start + DATELINE_TOKENS); i++) {
      if (tokens[i]!.text !== "(") continue;
      const inside = lx.sources.matchAt(tokens, i + 1);
      if (inside && tokens[inside.to]?.text === ")" && agency(inside.value)) return inside.value;
    }
    start = end;
    while (start < tokens.length && tokens[start]!.kind === "break") start++;
  }
  return null;
};

/**
 * The dateline of a wire story ("BEIRUT/AMMAN, Dec 6 (Reuters) -", "BEIRUT (AP) —"): its tokens,
 * from its line's start to past the dash after the parenthesised source, or null. A day named there
 * is when the copy was filed, not a time any count covers.
 */
export const datelineSpan = (doc: Doc, lx: LexiconPhrases): { from: number; to: number } | null => {
  const { tokens, paragraph } = doc;
  for (let start = 0; start < tokens.length && paragraph[start]! < TOP_LINES; ) {
    let end = start;
    while (end < tokens.length && paragraph[end] === paragraph[start] && tokens[end]!.kind !== "break") end++;
    for (let i = start; i < Math.min(end, start + DATELINE_TOKENS); i++) {
      if (tokens[i]!.text !== "(") continue;
      const inside = lx.sources.matchAt(tokens, i + 1);
      const dash = inside !== undefined && tokens[inside.to]?.text === ")" ? tokens[inside.to + 1]?.text : undefined;
      if (dash === "-" || dash === "—" || dash === "–") return { from: start, to: inside!.to + 2 };
    }
    start = end;
    while (start < tokens.length && tokens[start]!.kind === "break") start++;
  }
  return null;
};
