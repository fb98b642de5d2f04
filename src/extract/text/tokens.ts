/**
 * Tokens of normalised text: words, numbers (digits with their separators), punctuation and line
 * breaks, each with its offsets in the normalised text and an interned id of its text (equal texts,
 * equal ids), so that per-word facts (spelling variants, which phrases a word starts) are computed
 * once per distinct word and looked up by index. One pass, linear in the text length.
 */

export type TokenKind = "word" | "number" | "punct" | "break";

export interface Token {
  readonly kind: TokenKind;
  /** The token as normalised (lower case, folded Arabic). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Interned id of `text`: ids are never reused, and ids below `internBase()` are no longer cached. */
  readonly id: number;
}

/** Distinct texts kept before the table is emptied (ids keep counting, so stale ids stay distinct). */
const INTERN_LIMIT = 200_000;
const interned = new Map<string, number>();
let nextId = 0;
let base = 0;

/** The id of a token text, allocating one for a new text. */
export const internId = (text: string): number => {
  let id = interned.get(text);
  if (id === undefined) {
    id = nextId++;
    interned.set(text, id);
  }
  return id;
};

/** The lowest id still interned: caches indexed by `id - internBase()` drop what lies below. */
export const internBase = (): number => base;

/** Empties the table when it is full; call only between documents (their tokens' ids go stale). */
export const trimInterned = (): void => {
  if (interned.size < INTERN_LIMIT) return;
  interned.clear();
  base = nextId;
};

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const OTHER = 1;
const IS_LETTER = 2;
const IS_SPACE = 3;
/** Class of each BMP code point (0: not yet known), filled on first sight. */
const CLASS = new Uint8Array(0x10000);
const classify = (cp: number): number => {
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? IS_LETTER : SPACE.test(ch) ? IS_SPACE : OTHER;
};
/** Whether a code point is a letter or mark, a space, or something else. */
const classOf = (cp: number): number => {
  if (cp > 0xffff) return classify(cp);
  let k = CLASS[cp]!;
  if (k === 0) {
    k = classify(cp);
    CLASS[cp] = k;
  }
  return k;
};
const isLetterAt = (s: string, i: number): boolean => classOf(s.codePointAt(i)!) === IS_LETTER;

/** Splits normalised text into tokens. */
export const tokenize = (s: string): Token[] => {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (c === 10) {
      out.push({ kind: "break", text: "\n", start: i, end: i + 1, id: internId("\n") });
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < s.length && isDigit(s.charCodeAt(j))) j++;
        const sep = s.charCodeAt(j);
        if ((sep === 44 || sep === 46) && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
      const text = s.slice(i, j);
      out.push({ kind: "number", text, start: i, end: j, id: internId(text) });
      i = j;
      continue;
    }
    const k = classOf(cp);
    if (k === IS_SPACE) {
      i += width;
    } else if (k === IS_LETTER) {
      let j = i + width;
      while (j < s.length) {
        const cj = s.codePointAt(j)!;
        if (classOf(cj) === IS_LETTER) j += cj > 0xffff ? 2 : 1;
        else if ((cj === 45 || cj === 39) && j + 1 < s.length && isLetterAt(s, j + 1)) j += 1;
        else break;
      }
      const text = s.slice(i, j);
      out.push({ kind: "word", text, start: i, end: j, id: internId(text) });
      i = j;
    } else {
      const ch = s.slice(i, i + width);
      out.push({ kind: "punct", text: ch, start: i, end: i + width, id: internId(ch) });
      i += width;
    }
  }
  return out;
};
