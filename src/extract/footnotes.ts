/**
 * Numbered notes that source a text's sentences: a marker after a sentence or a figure ("… had
 * passed 600.[1]", "holds "over 1,000" captured soldiers,[4] and …") refers to a line of its own
 * that opens with the same marker, among the text's last lines ("[1] Syrian Observatory for Human
 * Rights, as reported by Agence France-Presse, Dec. 3, 2024."). The note names the source, the
 * medium that relayed it and the day it gave the figure. A line may hold several notes, each
 * running to the next marker.
 */
import type { PhraseMatch } from "./text/phrases.js";
import type { Token } from "./text/tokens.js";

/** What a note says of the figures that refer to it: the source, who relayed it, and the day. */
export interface Footnote<Day> {
  /** The source the note names, null when it names none the lexicon knows (its day still counts). */
  readonly source: string | null;
  readonly via: readonly string[];
  readonly day: Day | null;
}

/** How many tokens a note's line is read for its sources and its day. */
const NOTE_TOKENS = 40;

/** The number of a marker "[n]" opening at token `k`, or -1. */
export const markerAt = (tokens: readonly Token[], k: number): number => {
  const open = tokens[k];
  const num = tokens[k + 1];
  if (open === undefined || open.text !== "[" || num === undefined || num.kind !== "number" || !/^\d{1,3}$/.test(num.text) || tokens[k + 2]?.text !== "]") return -1;
  return Number(num.text);
};

/**
 * The notes of a text by number: lines that open with a marker, each naming a source the lexicon
 * knows (`sourceAt`) or a day. Their first source is the one cited, a later one the medium
 * relaying it; the note's day (`dayIn`) is the day of the figure. Empty when no line opens so.
 */
export const footnotes = <Day>(
  tokens: readonly Token[],
  sourceAt: (k: number) => PhraseMatch<string> | undefined,
  dayIn: (from: number, to: number) => Day | null,
): ReadonlyMap<number, Footnote<Day>> => {
  const notes = new Map<number, Footnote<Day>>();
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    if (k > 0 && tokens[k - 1]!.kind !== "break") continue;
    // (a line may hold several notes, each running to the next marker: "[1] SOHR, 1 December 2024.
    // [2] OCHA Flash Update No. 2, 30 November 2024.")
    for (let at = k; markerAt(tokens, at) >= 0; ) {
      const number = markerAt(tokens, at);
      let end = at + 3;
      while (end < Math.min(n, at + NOTE_TOKENS) && tokens[end]!.kind !== "break" && markerAt(tokens, end) < 0) end++;
      const named: string[] = [];
      for (let j = at + 3; j < end; ) {
        const s = sourceAt(j);
        if (s === undefined) {
          j++;
          continue;
        }
        if (!named.includes(s.value)) named.push(s.value);
        j = s.to;
      }
      const day = dayIn(at + 3, end);
      if ((named.length > 0 || day !== null) && !notes.has(number)) notes.set(number, { source: named[0] ?? null, via: named.slice(1), day });
      at = end;
    }
  }
  return notes;
};
