/**
 * An article prepared for reading: normalised text, tokens, and for each token its sentence,
 * paragraph and clause, plus the first line (the headline). Built in one linear pass.
 */
import { normalizeUnits, type NormalizedUnits } from "./text/normalize.js";
import { tokenizeUnits, trimInterned, type Token } from "./text/tokens.js";

export interface Doc {
  readonly norm: NormalizedUnits;
  readonly tokens: readonly Token[];
  readonly sentence: Int32Array;
  readonly paragraph: Int32Array;
  readonly clause: Int32Array;
  /** Token index where the first non-empty line ends (exclusive). */
  readonly headlineEnd: number;
  /** The first line is a title (no closing full stop), not the article's lead sentence. */
  readonly headlineIsTitle: boolean;
  /** First token of each sentence. */
  readonly sentenceStart: readonly number[];
}

const SENTENCE_END = new Set([".", "!", "?", "؟"]);
const CLAUSE_END = new Set(["،", ",", ";", "؛", ":", "(", ")", "[", "]", "–", "—", "-"]);
/** Quotation marks: often around names («هيئة تحرير الشام»), so they break neither clauses nor phrases. */
export const QUOTES = new Set(['"', "“", "”", "«", "»", "'", "„"]);

/**
 * A full stop after an abbreviation and before a number ("Nov. 27", "Dec. 5") belongs to the
 * abbreviation: it ends no sentence. `abbreviations` are the language's (lower-case) short words.
 */
const abbreviationStop = (tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>): boolean => {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && prev.kind === "word" && next !== undefined && next.kind === "number" && abbreviations.has(prev.text);
};

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/** A comma, Latin or Arabic. */
export const isComma = (t: Token | undefined): boolean => t !== undefined && t.kind === "punct" && (t.text === "," || t.text === "،");

/** A full stop, question or exclamation mark (a sentence end unless an abbreviation's stop). */
export const isSentenceEnd = (t: Token | undefined): boolean => t !== undefined && t.kind === "punct" && SENTENCE_END.has(t.text);

export const isClauseBreak = (t: Token | undefined): boolean =>
  t === undefined || t.kind === "break" || (t.kind === "punct" && (CLAUSE_END.has(t.text) || SENTENCE_END.has(t.text)));

/**
 * Whether the text is hard-wrapped (a line break every 40–90 characters inside sentences, as in
 * text copied from some pages): then a single line break is a space, not a sentence end.
 */
const hardWrapped = (text: string): boolean => {
  let lines = 0;
  let wrapped = 0;
  for (let start = 0; ; ) {
    const lf = text.indexOf("\n", start);
    const end = lf < 0 ? text.length : lf;
    const line = text.slice(start, end).trim();
    if (line.length > 0) {
      lines++;
      if (line.length >= 40 && line.length <= 90 && !/[.!?؟:"”»]$/.test(line)) wrapped++;
    }
    if (lf < 0) break;
    start = lf + 1;
  }
  return lines >= 4 && wrapped * 2 >= lines;
};

export const prepare = (text: string, abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS): Doc => {
  trimInterned();
  const norm = normalizeUnits(text);
  const soft = hardWrapped(text);
  const all = tokenizeUnits(norm.units, norm.length);
  let firstBreak = all.findIndex((t) => t.kind === "break");
  if (firstBreak === 0) firstBreak = all.findIndex((t, i) => t.kind === "break" && i > 0 && all[i - 1]!.kind !== "break");
  const tokens = soft
    ? all.filter((t, i) => t.kind !== "break" || i <= firstBreak || all[i - 1]?.kind === "break" || all[i + 1]?.kind === "break" || (all[i - 1]?.kind === "punct" && SENTENCE_END.has(all[i - 1]!.text)))
    : all;
  const n = tokens.length;
  const columns = new Int32Array(3 * n);
  const sentence = columns.subarray(0, n);
  const paragraph = columns.subarray(n, 2 * n);
  const clause = columns.subarray(2 * n, 3 * n);
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
    } else if (t.kind === "punct" && SENTENCE_END.has(t.text) && !(t.text === "." && abbreviationStop(tokens, i, abbreviations))) {
      s++;
      c++;
      sentenceStart.push(i + 1);
    } else if (t.kind === "punct" && CLAUSE_END.has(t.text)) c++;
  }
  const end = headlineEnd < 0 ? n : headlineEnd;
  const last = tokens[end - 1];
  const headlineIsTitle = !(last && last.kind === "punct" && SENTENCE_END.has(last.text));
  return { norm, tokens, sentence, paragraph, clause, headlineEnd: end, headlineIsTitle, sentenceStart };
};
