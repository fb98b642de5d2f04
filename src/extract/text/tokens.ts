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
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\r" || ch === "\f" || ch === "\v" || /\s/u.test(ch);

const charAt = (s: string, i: number): string => {
  const cp = s.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
};

/** Splits normalised text into tokens. */
export const tokenize = (s: string): Token[] => {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = charAt(s, i);
    const c = s.charCodeAt(i);
    if (ch === "\n") {
      out.push({ kind: "break", text: "\n", start: i, end: i + 1, id: internId("\n") });
      i++;
    } else if (isSpace(ch)) {
      i += ch.length;
    } else if (isDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < s.length && isDigit(s.charCodeAt(j))) j++;
        const sep = s[j];
        if ((sep === "," || sep === ".") && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
      const text = s.slice(i, j);
      out.push({ kind: "number", text, start: i, end: j, id: internId(text) });
      i = j;
    } else if (LETTER.test(ch)) {
      let j = i + ch.length;
      for (;;) {
        if (j >= s.length) break;
        const cj = charAt(s, j);
        if (LETTER.test(cj)) {
          j += cj.length;
        } else if ((cj === "-" || cj === "'") && j + 1 < s.length && LETTER.test(charAt(s, j + 1))) {
          j += 1;
        } else break;
      }
      const text = s.slice(i, j);
      out.push({ kind: "word", text, start: i, end: j, id: internId(text) });
      i = j;
    } else {
      out.push({ kind: "punct", text: ch, start: i, end: i + ch.length, id: internId(ch) });
      i += ch.length;
    }
  }
  return out;
};
