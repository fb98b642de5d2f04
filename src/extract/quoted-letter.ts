/**
 * Letters and statements an article prints whole inside quotation marks ("«سعادة الأمين العام، …
 * المكتب الإعلامي – الدفاع المدني السوري»"): paragraphs from one opening with a quotation mark
 * that it does not close to the first that closes it. The publisher does not speak inside them:
 * what their writers counted ("وثّقت فرقنا", "our teams recorded") is the writers' figure, and the
 * writer is the source a signature line names, at the letter's end or right after it.
 */
import type { Doc } from "./document.js";
import type { PhraseSet } from "./text/phrases.js";
import type { Token } from "./text/tokens.js";

/** Each opening mark of a quotation with its closing mark (a straight double quote closes itself). */
const PAIRS: ReadonlyMap<string, string> = new Map([["«", "»"], ["“", "”"], ['"', '"']]);
/** The mark that closes a quotation `open` opens, if `open` opens one. */
export const closingMark = (open: string): string | undefined => PAIRS.get(open);
/** How many paragraphs a printed letter may run to. */
const LETTER_PARAGRAPHS = 24;
/** How many words a signature line has at most. */
const SIGNATURE_WORDS = 10;

/** Each paragraph's first and last token (exclusive end). */
const paragraphRanges = (doc: Doc): { from: number[]; to: number[] } => {
  const from: number[] = [];
  const to: number[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const p = doc.paragraph[k]!;
    if (from[p] === undefined) from[p] = k;
    to[p] = k + 1;
  }
  return { from, to };
};

/**
 * Where, in tokens `from`–`to`, the quotation opened by `open` closes (-1: it stays open), with
 * `depth` quotations of the same marks open at `from` (quotations inside it, "«انتشلت جثث …»",
 * open and close again).
 */
const closeAt = (tokens: readonly Token[], from: number, to: number, open: string, depth: number): number => {
  const close = closingMark(open)!;
  let d = depth;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== "punct") continue;
    if (t.text === close && (close !== open || d > 0)) {
      if (--d === 0) return k;
    } else if (t.text === open) d++;
  }
  return -1;
};

/** The source a line of a few words names (a signature: "المكتب الإعلامي – الدفاع المدني السوري"), or null. */
const signatureOf = (tokens: readonly Token[], from: number, to: number, sources: PhraseSet<string>): string | null => {
  let words = 0;
  let named: string | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" || t.kind === "number") words++;
    if (named === null && t.kind === "word") named = sources.matchAt(tokens, k)?.value ?? null;
  }
  return words <= SIGNATURE_WORDS ? named : null;
};

/**
 * The source a line presenting the letter names ("أصدرت القيادة العامة للجيش اليوم البيان التالي:"):
 * the first the lexicon knows, other than the publisher, in the paragraph before the letter when
 * that paragraph ends with a colon.
 */
const presenter = (tokens: readonly Token[], from: number | undefined, to: number, sources: PhraseSet<string>, publisher: string | null): string | null => {
  if (from === undefined) return null;
  let end = to - 1;
  while (end > from && tokens[end]!.kind === "break") end--;
  if (tokens[end]?.text !== ":") return null;
  for (let k = from; k < end; k++) {
    const m = tokens[k]!.kind === "word" ? sources.matchAt(tokens, k) : undefined;
    if (m !== undefined && m.value !== publisher) return m.value;
  }
  return null;
};

/** Where the last line of tokens `from`–`to` starts. */
const lastLineFrom = (tokens: readonly Token[], from: number, to: number): number => {
  let k = to - 1;
  while (k > from && tokens[k]!.kind === "break") k--;
  while (k > from && tokens[k - 1]!.kind !== "break") k--;
  return k;
};
/** Where the first line of tokens `from`–`to` ends. */
const firstLineTo = (tokens: readonly Token[], from: number, to: number): number => {
  let k = from;
  while (k < to && tokens[k]!.kind === "break") k++;
  while (k < to && tokens[k]!.kind !== "break") k++;
  return k;
};

/**
 * For each paragraph inside a printed letter, the letter's writer: the source its signature names,
 * else the source the line presenting it names, else "other". Paragraphs outside letters are absent.
 */
export const lettersOf = (doc: Doc, sources: PhraseSet<string>, publisher: string | null): ReadonlyMap<number, string> => {
  const { tokens } = doc;
  const out = new Map<number, string>();
  const { from, to } = paragraphRanges(doc);
  for (let p = 0; p < from.length; p++) {
    const pf = from[p];
    if (pf === undefined) continue;
    let first = pf;
    while (first < to[p]! && tokens[first]!.kind === "break") first++;
    // (a letter opens its paragraph with a quotation mark it leaves open)
    const opening = tokens[first];
    if (opening === undefined || opening.kind !== "punct" || closingMark(opening.text) === undefined || closeAt(tokens, first + 1, to[p]!, opening.text, 1) >= 0) continue;
    let last = -1;
    for (let q = p + 1; q < Math.min(from.length, p + LETTER_PARAGRAPHS) && last < 0; q++)
      if (from[q] !== undefined && closeAt(tokens, from[q]!, to[q]!, opening.text, 1) >= 0) last = q;
    if (last < 0) continue;
    const signed = signatureOf(tokens, lastLineFrom(tokens, from[last]!, to[last]!), to[last]!, sources);
    const next = from[last + 1];
    const after = signed ?? (next === undefined ? null : signatureOf(tokens, next, firstLineTo(tokens, next, to[last + 1]!), sources));
    for (let q = p; q <= last; q++) out.set(q, after ?? presenter(tokens, from[p - 1], first, sources, publisher) ?? "other");
    p = last;
  }
  return out;
};
