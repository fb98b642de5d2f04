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

/** The first lines of the text, as [start, end) token ranges without their breaks. */
function* topLines(doc: Doc): Generator<[number, number]> {
  const { tokens, paragraph } = doc;
  for (let start = 0; start < tokens.length && paragraph[start]! < TOP_LINES; ) {
    let end = start;
    while (end < tokens.length && paragraph[end] === paragraph[start] && tokens[end]!.kind !== "break") end++;
    yield [start, end];
    start = end;
    while (start < tokens.length && tokens[start]!.kind === "break") start++;
  }
}

/** The sources named in parentheses near a line's start ("(Reuters)"), each with the index of its ")". */
function* parenthesisedSources(doc: Doc, lx: LexiconPhrases, start: number, end: number): Generator<{ value: string; close: number }> {
  const { tokens } = doc;
  for (let i = start; i < Math.min(end, start + DATELINE_TOKENS); i++) {
    if (tokens[i]!.text !== "(") continue;
    const inside = lx.sources.matchAt(tokens, i + 1);
    if (inside && tokens[inside.to]?.text === ")") yield { value: inside.value, close: inside.to };
  }
}

export const wireAgency = (doc: Doc, g: CompiledGrammar, lx: LexiconPhrases, lex: LexiconIndex, outlet: string | null): string | null => {
  const { tokens } = doc;
  const agency = (id: string): boolean => id !== outlet && lex.source(id)?.kind === "news-agency";
  for (const [start, end] of topLines(doc)) {
    let k = start;
    if (k < end && g.bylines.has(tokens[k]!.text)) k++;
    const whole = lx.sources.matchAt(tokens, k);
    if (whole && whole.to === end && agency(whole.value)) return whole.value;
    for (const inside of parenthesisedSources(doc, lx, start, end)) if (agency(inside.value)) return inside.value;
  }
  return null;
};

/**
 * The dateline of a wire story ("BEIRUT/AMMAN, Dec 6 (Reuters) -", "BEIRUT (AP) —"): its tokens,
 * from its line's start to past the dash after the parenthesised source, or null. A day named there
 * is when the copy was filed, not a time any count covers.
 */
export const datelineSpan = (doc: Doc, lx: LexiconPhrases): { from: number; to: number } | null => {
  for (const [start, end] of topLines(doc)) {
    for (const inside of parenthesisedSources(doc, lx, start, end)) {
      const dash = doc.tokens[inside.close + 1]?.text;
      if (dash === "-" || dash === "—" || dash === "–") return { from: start, to: inside.close + 2 };
    }
  }
  return null;
};
