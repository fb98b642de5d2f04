/**
 * An article prepared for reading: normalised text, tokens, and for each token its sentence,
 * paragraph and clause, plus the first line (the headline). Built in one linear pass.
 */
import { normalize, type Normalized } from "./text/normalize.js";
import { tokenize, type Token } from "./text/tokens.js";

export interface Doc {
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly sentence: Int32Array;
  readonly paragraph: Int32Array;
  readonly clause: Int32Array;
  /** Token index where the first non-empty line ends (exclusive). */
  readonly headlineEnd: number;
  /** First token of each sentence. */
  readonly sentenceStart: readonly number[];
}

const SENTENCE_END = new Set([".", "!", "?", "؟", "…"]);
const CLAUSE_END = new Set(["،", ",", ";", "؛", ":", "(", ")", "[", "]", '"', "“", "”", "«", "»", "–", "—", "-", "'"]);

export const isClauseBreak = (t: Token | undefined): boolean =>
  t === undefined || t.kind === "break" || (t.kind === "punct" && (CLAUSE_END.has(t.text) || SENTENCE_END.has(t.text)));

export const prepare = (text: string): Doc => {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const n = tokens.length;
  const sentence = new Int32Array(n);
  const paragraph = new Int32Array(n);
  const clause = new Int32Array(n);
  const sentenceStart: number[] = [0];
  let s = 0;
  let p = 0;
  let c = 0;
  let headlineEnd = -1;
  let seenWord = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    sentence[i] = s;
    paragraph[i] = p;
    clause[i] = c;
    if (t.kind !== "break") seenWord = true;
    if (t.kind === "break") {
      if (seenWord && headlineEnd < 0) headlineEnd = i;
      if (i > 0 && tokens[i - 1]!.kind !== "break") {
        const ended = tokens[i - 1]!.kind === "punct" && SENTENCE_END.has(tokens[i - 1]!.text);
        if (!ended) {
          s++;
          c++;
          sentenceStart.push(i + 1);
        }
        p++;
      }
    } else if (t.kind === "punct" && SENTENCE_END.has(t.text)) {
      s++;
      c++;
      sentenceStart.push(i + 1);
    } else if (t.kind === "punct" && CLAUSE_END.has(t.text)) c++;
  }
  return { norm, tokens, sentence, paragraph, clause, headlineEnd: headlineEnd < 0 ? n : headlineEnd, sentenceStart };
};
