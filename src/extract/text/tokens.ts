/**
 * Tokens of normalised text: words, numbers (digits with their separators), punctuation and line
 * breaks, each with its offsets in the normalised text. One pass, linear in the text length.
 */

export type TokenKind = "word" | "number" | "punct" | "break";

export interface Token {
  readonly kind: TokenKind;
  /** The token as normalised (lower case, folded Arabic). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

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
      out.push({ kind: "break", text: "\n", start: i, end: i + 1 });
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
      out.push({ kind: "number", text: s.slice(i, j), start: i, end: j });
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
      out.push({ kind: "word", text: s.slice(i, j), start: i, end: j });
      i = j;
    } else {
      out.push({ kind: "punct", text: ch, start: i, end: i + ch.length });
      i += ch.length;
    }
  }
  return out;
};
