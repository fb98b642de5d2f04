/**
 * An article prepared for reading: normalised text, tokens, and for each token its sentence,
 * paragraph and clause, plus the first line (the headline). Built in one linear pass.
 */
import { normalizeUnits, originalSpan, type NormalizedUnits } from "./text/normalize.js";
import { tokenizeUnits, trimInterned, type Token } from "./text/tokens.js";

export interface Doc {
  /** The text as written; `norm` maps the tokens' offsets back to it. */
  readonly text: string;
  readonly norm: NormalizedUnits;
  readonly tokens: readonly Token[];
  readonly sentence: Int32Array;
  readonly paragraph: Int32Array;
  readonly clause: Int32Array;
  /** Token index where the first non-empty line ends (exclusive). */
  readonly headlineEnd: number;
  /** The first line is a title (no closing full stop), not the article's lead sentence. */
  readonly headlineIsTitle: boolean;
  /**
   * Token index where the body begins: the first paragraph after the headline that ends a
   * sentence. The lines between (a standfirst, a dateline, a byline) are summary and label lines.
   * The headline's end when no such paragraph comes within a few lines.
   */
  readonly bodyStart: number;
  /** First token of each sentence. */
  readonly sentenceStart: readonly number[];
  /** Words and numbers before each token position (0 to n): gaps are read off it in constant time. */
  readonly wordsBefore: Int32Array;
}

/** Whether token `k` is written in capitals as the text has it, two letters or more ("WHO", not "who"). */
export const writtenInCapitals = (doc: Doc, k: number): boolean => {
  const t = doc.tokens[k];
  if (t === undefined || t.kind !== "word") return false;
  const span = originalSpan(doc.norm, t.start, t.end);
  return /^[A-Z]{2,}$/.test(doc.text.slice(span.start, span.end));
};

/** Whether token `k` opens with a capital letter as the text has it ("Group", not "group"). */
export const writtenCapitalised = (doc: Doc, k: number): boolean => {
  const t = doc.tokens[k];
  if (t === undefined || t.kind !== "word") return false;
  const span = originalSpan(doc.norm, t.start, t.end);
  return /^\p{Lu}/u.test(doc.text.slice(span.start, span.end));
};

/** The code unit of a punctuation token of one code unit, else -1 (punctuation is tested by code, not by set lookups). */
const punctCode = (t: Token): number => (t.kind === "punct" && t.text.length === 1 ? t.text.charCodeAt(0) : -1);

/** . ! ? ؟ */
const isSentenceEndCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x061f;

/** ، , ; ؛ : ( ) [ ] – — - */
const isClauseEndCode = (c: number): boolean =>
  c === 0x060c || c === 44 || c === 59 || c === 0x061b || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014 || c === 45;
/** Quotation marks: often around names («هيئة تحرير الشام»), so they break neither clauses nor phrases. */
export const QUOTES = new Set(['"', "“", "”", "«", "»", "'", "„"]);

/**
 * A full stop after an abbreviation and before a number ("Nov. 27", "Dec. 5") belongs to the
 * abbreviation: it ends no sentence. `abbreviations` are the language's (lower-case) short words;
 * `clipped`, short forms whose full stop ends no sentence before anything (the language's too).
 */
const abbreviationStop = (tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>, clipped: ReadonlySet<string>): boolean => {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || prev.kind !== "word") return false;
  // (and the full stop of a short form, before anything on its line: "incl. 104 civilians", "gov. since")
  return (next !== undefined && next.kind === "number" && abbreviations.has(prev.text)) || (next !== undefined && next.kind !== "break" && clipped.has(prev.text));
};

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/** A comma, Latin or Arabic. */
export const isComma = (t: Token | undefined): boolean => {
  const c = t === undefined ? -1 : punctCode(t);
  return c === 44 || c === 0x060c;
};

/** A full stop, question or exclamation mark (a sentence end unless an abbreviation's stop). */
export const isSentenceEnd = (t: Token | undefined): boolean => t !== undefined && isSentenceEndCode(punctCode(t));

export const isClauseBreak = (t: Token | undefined): boolean => {
  if (t === undefined || t.kind === "break") return true;
  const c = punctCode(t);
  return isClauseEndCode(c) || isSentenceEndCode(c);
};

/**
 * Whether the text is hard-wrapped (a line break every 40–90 characters inside sentences, as in
 * text copied from some pages): then a single line break is a space, not a sentence end.
 */
/** Marks that open a list's item on its line ("- 612 killed", "• Idlib"). */
export const BULLETS: ReadonlySet<string> = new Set(["-", "–", "—", "•", "*", "·", "▪"]);

const hardWrapped = (text: string): boolean => {
  let lines = 0;
  let wrapped = 0;
  for (let start = 0; ; ) {
    const lf = text.indexOf("\n", start);
    const end = lf < 0 ? text.length : lf;
    // the line trimmed as String.prototype.trim trims it, without making the string
    let a = start;
    let b = end;
    while (a < b && isTrimmed(text.charCodeAt(a))) a++;
    while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      lines++;
      // (a list's item, opening with its bullet, is a line of its own, not a wrapped one)
      // (nor a table's row, its cells parted by bars: "602 | people killed since 27 Nov | SOHR, 3 Dec")
      if (b - a >= 40 && b - a <= 90 && !isLineEndMark(text.charCodeAt(b - 1)) && !BULLETS.has(text[a]!) && !tableRow(text, a, b)) wrapped++;
    }
    if (lf < 0) break;
    start = lf + 1;
  }
  return lines >= 4 && wrapped * 2 >= lines;
};

/** Whether the line [a, b) of `text` is a table's row: it holds two bars between its cells. */
const tableRow = (text: string, a: number, b: number): boolean => {
  let bars = 0;
  for (let k = a + 1; k < b - 1 && bars < 2; k++) if (text.charCodeAt(k) === 124 && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) bars++;
  return bars === 2;
};

/** What `String.prototype.trim` removes: white space and line terminators. */
const isTrimmed = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** . ! ? ؟ : " ” » — a line ending in one is no hard wrap. */
const isLineEndMark = (c: number): boolean => isSentenceEndCode(c) || c === 58 || c === 34 || c === 0x201d || c === 0xbb;

/** A caption's timing line ("00:00:19,800 --> 00:00:22,500", "00:19.800 --> 00:22.500"). */
const TIMING_LINE = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[^\n]*$/gm;
/** How many timing lines make a text a caption track. */
const CAPTION_CUES = 3;

/**
 * The spans of the original text that number and time the cues of a caption track (SubRip or
 * WebVTT: a cue's number on a line of its own, then its timing line), in order; empty when the
 * text is no caption track. Its captions are then read as running text.
 */
const captionFurniture = (text: string): number[] => {
  if (!text.includes("-->")) return [];
  const spans: number[] = [];
  for (const m of text.matchAll(TIMING_LINE)) {
    const at = m.index;
    // (the cue's number on the line above)
    const above = /(?:^|\n)[ \t]*\d+[ \t]*\n$/.exec(text.slice(Math.max(0, at - 12), at));
    const from = above !== null ? at - above[0].length + (above[0].startsWith("\n") ? 1 : 0) : at;
    spans.push(from, at + m[0].length);
  }
  return spans.length >= 2 * CAPTION_CUES ? spans : [];
};

/**
 * The tokens of a caption track without its cues' numbers and timings, and with no line break
 * but after a sentence's end (or after the first line): a sentence split between cues is one.
 */
const captionText = (all: readonly Token[], norm: NormalizedUnits, furniture: readonly number[], firstBreak: number): Token[] => {
  const kept: Token[] = [];
  let f = 0;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    const at = originalSpan(norm, t.start, t.end).start;
    while (f < furniture.length && furniture[f + 1]! <= at) f += 2;
    if (f < furniture.length && furniture[f]! <= at) continue;
    if (t.kind === "break" && i > firstBreak) {
      const last = kept[kept.length - 1];
      if (last === undefined || last.kind === "break" || !isSentenceEndCode(punctCode(last))) continue;
    }
    kept.push(t);
  }
  return kept;
};

/**
 * The tokens with a count set off by parentheses in a sentence ("مقتل (43) شخصاً، بينهم (9) أطفال",
 * as reports of rights groups write their figures) made one number token that spans the
 * parentheses, so that the count is read as if they were not there and its quote keeps them. A
 * number in parentheses at a line's start (a list item's number) or before another number keeps
 * them.
 */
const unbracketedCounts = (all: Token[]): Token[] => {
  let kept: Token[] | null = null;
  let copied = 0;
  for (let i = 1; i + 2 < all.length; i++) {
    if (all[i]!.text !== "(" || all[i + 1]!.kind !== "number" || all[i + 2]!.text !== ")") continue;
    if (all[i - 1]!.kind === "break" || all[i + 3]?.kind === "number") continue;
    kept ??= [];
    for (let k = copied; k < i; k++) kept.push(all[k]!);
    kept.push({ ...all[i + 1]!, start: all[i]!.start, end: all[i + 2]!.end });
    copied = i + 3;
    i += 2;
  }
  if (kept === null) return all;
  for (let k = copied; k < all.length; k++) kept.push(all[k]!);
  return kept;
};

/**
 * The tokens of hard-wrapped text without the line breaks that only wrap: a break is kept after the
 * first line (up to `firstBreak`), next to another break (a paragraph), after a sentence end, or
 * before a list's item opening with its bullet.
 */
const softBreaks = (all: readonly Token[], firstBreak: number): Token[] => {
  const kept: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (
      t.kind !== "break" ||
      i <= firstBreak ||
      (i > 0 && all[i - 1]!.kind === "break") ||
      (i + 1 < all.length && all[i + 1]!.kind === "break") ||
      (i > 0 && isSentenceEndCode(punctCode(all[i - 1]!))) ||
      (i + 2 < all.length && BULLETS.has(all[i + 1]!.text) && all[i + 2]!.kind !== "break")
    )
      kept.push(t);
  }
  return kept;
};

/**
 * The lines of the tokens, between line breaks, as [start, end) token positions in two arrays of
 * one length; a blank line is empty (start = end).
 */
export const linesOf = (tokens: readonly Token[]): { readonly starts: readonly number[]; readonly ends: readonly number[] } => {
  const n = tokens.length;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= n; ) {
    let j = i;
    while (j < n && tokens[j]!.kind !== "break") j++;
    starts.push(i);
    ends.push(j);
    i = j + 1;
  }
  return { starts, ends };
};

/** Signs a figure of a dashboard may carry before or after its number ("~48,500", ">600", "130+"). */
const FIGURE_SIGNS = new Set(["~", "≈", ">", "<", "≥", "≤", "+"]);
/** How many tokens the label or the credit line of a figure may have. */
const FIGURE_LABEL_TOKENS = 12;

/**
 * The line breaks that join a dashboard's figure to its label and its credit: a line holding only
 * a number (perhaps with a sign: ">600", "130+") takes the short line right above it, with no
 * sentence end ("Deaths, all parties"), and the short line right below it ("SOHR |
 * 02 Dec") unless another figure follows that one, into one sentence, as if written "Deaths, all
 * parties: 529 (SOHR, 02 Dec)". A blank line parts figures; the first line (a title) joins none.
 * Null when the text has no such figure.
 */
const figureJoins = (tokens: readonly Token[], firstBreak: number): Uint8Array | null => {
  const n = tokens.length;
  const { starts, ends } = linesOf(tokens);
  const figure = (l: number): boolean => {
    let a = starts[l]!;
    let b = ends[l]!;
    if (b - a > 3) return false;
    const sign = (t: Token | undefined) => t !== undefined && t.kind === "punct" && FIGURE_SIGNS.has(t.text);
    if (sign(tokens[a])) a++;
    if (b > a && sign(tokens[b - 1])) b--;
    return b - a === 1 && tokens[a]!.kind === "number";
  };
  const short = (l: number): boolean => {
    const a = starts[l]!;
    const b = ends[l]!;
    return b > a && b - a <= FIGURE_LABEL_TOKENS && !isSentenceEndCode(punctCode(tokens[b - 1]!));
  };
  let joins: Uint8Array | null = null;
  for (let l = 1; l < starts.length; l++) {
    if (!figure(l)) continue;
    // (the line above: right above, not the title)
    if (starts[l - 1]! > firstBreak && short(l - 1) && !figure(l - 1)) {
      joins ??= new Uint8Array(n);
      joins[starts[l]! - 1] = 1;
    }
    if (l + 1 < starts.length && short(l + 1) && !figure(l + 1) && !(l + 2 < starts.length && figure(l + 2))) {
      joins ??= new Uint8Array(n);
      joins[ends[l]!] = 1;
    }
  }
  return joins;
};

export const prepare = (text: string, abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS, clipped: ReadonlySet<string> = NO_ABBREVIATIONS): Doc => {
  trimInterned();
  const norm = normalizeUnits(text);
  const soft = hardWrapped(text);
  const all = tokenizeUnits(norm.units, norm.length);
  let firstBreak = -1;
  for (let i = 0; i < all.length; i++) {
    if (all[i]!.kind === "break") {
      firstBreak = i;
      break;
    }
  }
  if (firstBreak === 0) {
    firstBreak = -1;
    for (let i = 1; i < all.length; i++) {
      if (all[i]!.kind === "break" && all[i - 1]!.kind !== "break") {
        firstBreak = i;
        break;
      }
    }
  }
  const furniture = captionFurniture(text);
  const tokens = unbracketedCounts(furniture.length > 0 ? captionText(all, norm, furniture, firstBreak) : soft ? softBreaks(all, firstBreak) : all);
  const n = tokens.length;
  const joins = figureJoins(tokens, firstBreak);
  const columns = new Int32Array(4 * n + 1);
  const sentence = columns.subarray(0, n);
  const paragraph = columns.subarray(n, 2 * n);
  const clause = columns.subarray(2 * n, 3 * n);
  const wordsBefore = columns.subarray(3 * n, 4 * n + 1);
  const sentenceStart: number[] = [0];
  let s = 0;
  let p = 0;
  let c = 0;
  let headlineEnd = -1;
  let seenWord = false;
  let words = 0;
  // words and numbers of the first line: a one-word line over the headline is its section label ("World")
  let firstLineWords = 0;
  let firstLineNumber = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    sentence[i] = s;
    paragraph[i] = p;
    clause[i] = c;
    if (t.kind === "word" || t.kind === "number") words++;
    wordsBefore[i + 1] = words;
    if (t.kind === "break") {
      if (seenWord && headlineEnd < 0) {
        if (firstLineWords === 1 && !firstLineNumber && i + 1 < n) seenWord = false;
        else headlineEnd = i;
        firstLineWords = 0;
      }
      // (a dashboard's figure with its label and credit is one sentence: a clause each)
      if (joins !== null && joins[i] === 1) {
        c++;
        continue;
      }
      if (i > 0 && tokens[i - 1]!.kind !== "break") {
        if (!isSentenceEndCode(punctCode(tokens[i - 1]!))) {
          s++;
          c++;
          sentenceStart.push(i + 1);
        }
        p++;
      }
      continue;
    }
    seenWord = true;
    if (headlineEnd < 0) {
      if (t.kind === "word") firstLineWords++;
      else if (t.kind === "number") firstLineNumber = true;
    }
    const code = punctCode(t);
    if (code < 0) continue;
    if (isSentenceEndCode(code) && !(code === 46 && abbreviationStop(tokens, i, abbreviations, clipped))) {
      s++;
      c++;
      sentenceStart.push(i + 1);
    } else if (isClauseEndCode(code)) c++;
  }
  const end = headlineEnd < 0 ? n : headlineEnd;
  const last = tokens[end - 1];
  const headlineIsTitle = !(last && isSentenceEndCode(punctCode(last)));
  return { text, norm, tokens, sentence, paragraph, clause, headlineEnd: end, headlineIsTitle, bodyStart: bodyStartAfter(tokens, paragraph, end), sentenceStart, wordsBefore };
};

/**
 * Whether token `k` is a line break that joins a dashboard's figure to its label or its credit
 * (see `figureJoins`): the sentence goes on past it, in a clause of its own.
 */
export const joinsLines = (doc: Doc, k: number): boolean =>
  doc.tokens[k]?.kind === "break" && k + 1 < doc.tokens.length && doc.sentence[k + 1] === doc.sentence[k] && doc.clause[k + 1] !== doc.clause[k];

/** Distance in word and number tokens between two token positions (either order; positions outside the text count nothing). */
export const gapWords = (doc: Doc, a: number, b: number): number => {
  const before = doc.wordsBefore;
  const last = before.length - 1;
  const lo = Math.max(0, Math.min(a, b, last));
  const hi = Math.min(last, Math.max(a, b));
  return hi > lo ? before[hi]! - before[lo]! : 0;
};

/** The texts of tokens [from, to) joined by spaces, as grammar lists spell a phrase. */
export const phraseText = (tokens: readonly Token[], from: number, to: number): string => {
  let text = "";
  for (let k = from; k < to; k++) text += (k > from ? " " : "") + tokens[k]!.text;
  return text;
};

/** How many paragraphs after the headline may be summary and label lines before the body. */
const SUMMARY_LINES = 5;

/** The first token of the first paragraph after `end` whose last token ends a sentence (see `Doc.bodyStart`). */
const bodyStartAfter = (tokens: readonly Token[], paragraph: Int32Array, end: number): number => {
  let start = -1;
  let seen = 0;
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "break") continue;
    if (start < 0 || paragraph[i] !== paragraph[start]) {
      if (++seen > SUMMARY_LINES) return end;
      start = i;
    }
    const next = tokens[i + 1];
    // (a closing quote may follow the stop: `… the spokesman said."`)
    const stop = isSentenceEndCode(punctCode(t)) || (t.kind === "punct" && QUOTES.has(t.text) && i > 0 && isSentenceEndCode(punctCode(tokens[i - 1]!)));
    if ((next === undefined || next.kind === "break") && stop) return start;
  }
  return end;
};

/** Words of names read by `nameWords`, by name (a corpus has few publishers, named again in every article). */
const namesRead = new Map<string, readonly string[]>();
const NAMES_LIMIT = 10_000;

/**
 * The texts of the word tokens of a short text such as a publisher's name, as `prepare` reads them
 * (abbreviations only split sentences, so they change no word), kept per text.
 */
export const nameWords = (name: string): readonly string[] => {
  let words = namesRead.get(name);
  if (words === undefined) {
    if (namesRead.size >= NAMES_LIMIT) namesRead.clear();
    words = prepare(name).tokens.filter((t) => t.kind === "word").map((t) => t.text);
    namesRead.set(name, words);
  }
  return words;
};
