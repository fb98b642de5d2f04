/**
 * Markers that open an item of a list without being part of it: an ordinal adverb closed by a
 * colon, dash, bracket or comma ("أولاً: 118 مدنياً", "Second - 412 fighters"). Such a word is
 * neither a speaker's label nor a count.
 */
import type { CompiledGrammar } from "./numerals/compiled.js";
import { laterVariants } from "./text/phrases.js";
import type { Token } from "./text/tokens.js";

const MARKER_ENDS = new Set([":", "-", "–", "—", ")", "،", ","]);

/** The token after an ordinal marker opening at `k` (and its punctuation), or `k` when there is none. */
export const enumeratorEnd = (g: CompiledGrammar, tokens: readonly Token[], k: number): number => {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || t.kind !== "word" || next === undefined || next.kind !== "punct" || !MARKER_ENDS.has(next.text)) return k;
  return laterVariants(t).some((v) => g.enumerators.has(v)) ? k + 2 : k;
};
