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
/** Open-addressing table of the interned texts: a power of two, at most half full, grown as needed (small tables stay in cache). */
const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 19;
let slotText: (string | undefined)[] = new Array<string | undefined>(MIN_SLOTS);
let slotId = new Int32Array(MIN_SLOTS);
let slotHash = new Int32Array(MIN_SLOTS);
let mask = MIN_SLOTS - 1;
let size = 0;
let nextId = 0;
let base = 0;

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** FNV-1a hash of the code units u[start, end). */
const hashOf = (u: Uint16Array, start: number, end: number): number => {
  let h = FNV_BASIS;
  for (let k = start; k < end; k++) h = Math.imul(h ^ u[k]!, FNV_PRIME);
  return h;
};

/** Whether the text `t` has the code units u[start, start + t.length). */
const sameUnits = (t: string, u: Uint16Array, start: number): boolean => {
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== u[start + k]) return false;
  return true;
};

/** The slot holding u[start, end) (whose hash is `h`), or the empty slot where it belongs. */
const slotOf = (u: Uint16Array, start: number, end: number, h: number): number => {
  const len = end - start;
  let k = h & mask;
  for (;;) {
    const t = slotText[k];
    if (t === undefined) return k;
    if (slotHash[k] === h && t.length === len && sameUnits(t, u, start)) return k;
    k = (k + 1) & mask;
  }
};

/** The text of the code units u[start, end), exactly (lone surrogates included). */
const textOf = (u: Uint16Array, start: number, end: number): string => {
  if (end - start === 1) return String.fromCharCode(u[start]!);
  let t = "";
  // `apply` reads the typed array as an argument list (faster than spreading it); chunks keep the argument count small
  for (let k = start; k < end; k += 4096) t += String.fromCharCode.apply(null, u.subarray(k, Math.min(end, k + 4096)) as unknown as number[]);
  return t;
};

/** The code units of a string. */
const unitsOf = (s: string): Uint16Array => {
  const u = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) u[k] = s.charCodeAt(k);
  return u;
};

/** Doubles the table, keeping every text with its id. */
const grow = (): void => {
  const texts = slotText;
  const ids = slotId;
  const hashes = slotHash;
  const slots = texts.length * 2;
  slotText = new Array<string | undefined>(slots);
  slotId = new Int32Array(slots);
  slotHash = new Int32Array(slots);
  mask = slots - 1;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k];
    if (t === undefined) continue;
    let j = hashes[k]! & mask;
    while (slotText[j] !== undefined) j = (j + 1) & mask;
    slotText[j] = t;
    slotId[j] = ids[k]!;
    slotHash[j] = hashes[k]!;
  }
};

/** The slot of u[start, end), interning it (with a new id) when new. */
const intern = (u: Uint16Array, start: number, end: number, h: number): number => {
  let k = slotOf(u, start, end, h);
  if (slotText[k] === undefined) {
    if ((size + 1) * 2 > slotText.length) {
      if (slotText.length < MAX_SLOTS) grow();
      // one huge document: start afresh (ids keep counting, so its earlier tokens only read as stale)
      else clear();
      k = slotOf(u, start, end, h);
    }
    slotText[k] = textOf(u, start, end);
    slotId[k] = nextId++;
    slotHash[k] = h;
    size++;
  }
  return k;
};

/** The id of a token text, allocating one for a new text. */
export const internId = (text: string): number => {
  const u = unitsOf(text);
  return slotId[intern(u, 0, u.length, hashOf(u, 0, u.length))]!;
};

/** The lowest id still interned: caches indexed by `id - internBase()` drop what lies below. */
export const internBase = (): number => base;

/** Empties the table when it is full; call only between documents (their tokens' ids go stale). */
export const trimInterned = (): void => {
  if (size >= INTERN_LIMIT) clear();
};

const clear = (): void => {
  slotText = new Array<string | undefined>(MIN_SLOTS);
  slotId = new Int32Array(MIN_SLOTS);
  slotHash = new Int32Array(MIN_SLOTS);
  mask = MIN_SLOTS - 1;
  size = 0;
  base = nextId;
};

/** A token of u[start, end), its text shared with every equal token. */
const token = (kind: TokenKind, u: Uint16Array, start: number, end: number, h: number = hashOf(u, start, end)): Token => {
  const k = intern(u, start, end, h);
  return { kind, text: slotText[k]!, start, end, id: slotId[k]! };
};

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A space and then exactly three digits at `at` ("… 000"), no digit right after them. */
const spaceGroupAt = (s: Uint16Array, n: number, at: number): boolean =>
  at + 3 < n && s[at] === 32 && isDigit(s[at + 1]!) && isDigit(s[at + 2]!) && isDigit(s[at + 3]!) && !(at + 4 < n && isDigit(s[at + 4]!));
/** Whether a number or "+" stands right before `at`, perhaps past one space. */
const numberBefore = (s: Uint16Array, at: number): boolean => {
  let k = at - 1;
  if (k >= 0 && s[k] === 32) k--;
  return k >= 0 && (isDigit(s[k]!) || s[k] === 43);
};

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
/** The code point at u[i] (of n units), read as `String.prototype.codePointAt` reads it. */
const codePointAt = (u: Uint16Array, n: number, i: number): number => {
  const c = u[i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = u[i + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000;
  }
  return c;
};
const isLetterAt = (u: Uint16Array, n: number, i: number): boolean => classOf(codePointAt(u, n, i)) === IS_LETTER;

/** How many full stops in a row make a leader ("Civilians ............ 167"), one token that ends no sentence. */
const LEADER_DOTS = 4;

/** The end of the leader of full stops starting at `i`, or `i` where the run is shorter than a leader. */
const leaderEnd = (s: Uint16Array, n: number, i: number): number => {
  let j = i;
  while (j < n && s[j] === 46) j++;
  return j - i >= LEADER_DOTS ? j : i;
};

/** Whether a token is a leader of full stops between a row's label and its figure (see `leaderEnd`). */
export const isLeader = (t: Token | undefined): boolean => t !== undefined && t.kind === "punct" && t.text.length >= LEADER_DOTS && t.text.charCodeAt(0) === 46;

/** Splits normalised text into tokens. */
export const tokenize = (s: string): Token[] => tokenizeUnits(unitsOf(s), s.length);

/** Splits normalised text, given as its first `n` code units, into tokens (as `tokenize` does the same text). */
export const tokenizeUnits = (s: Uint16Array, n: number): Token[] => {
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const c = s[i]!;
    if (c === 32) {
      i++;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(s, n, i) : c;
    const width = cp > 0xffff ? 2 : 1;
    if (c === 10) {
      out.push(token("break", s, i, i + 1));
      i++;
      continue;
    }
    if (isDigit(c)) {
      let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
      let j = i + 1;
      for (;;) {
        while (j < n && isDigit(s[j]!)) h = Math.imul(h ^ s[j++]!, FNV_PRIME);
        // the unit after is tested at every number end, so the optimised code has seen that test before the first separator
        const sep = j < n ? s[j]! : -1;
        const digitAfter = j + 1 < n && isDigit(s[j + 1]!);
        if ((sep === 44 || sep === 46) && digitAfter) h = Math.imul(h ^ s[j++]!, FNV_PRIME);
        else break;
      }
      // thousands grouped by spaces ("280 000", "1 100 000"): only after one to three digits that
      // follow no number or "+", and only when no further digit group follows (a phone number's)
      if (j - i <= 3 && s[j] === 32 && spaceGroupAt(s, n, j) && !numberBefore(s, i)) {
        let end = j;
        while (spaceGroupAt(s, n, end)) end += 4;
        if (!(s[end] === 32 && end + 1 < n && isDigit(s[end + 1]!))) {
          for (let u = j; u < end; u++) h = Math.imul(h ^ s[u]!, FNV_PRIME);
          j = end;
        }
      }
      out.push(token("number", s, i, j, h));
      i = j;
      continue;
    }
    const k = classOf(cp);
    if (k === IS_SPACE) {
      i += width;
    } else if (k === IS_LETTER) {
      let h = FNV_BASIS;
      for (let u = i; u < i + width; u++) h = Math.imul(h ^ s[u]!, FNV_PRIME);
      let j = i + width;
      while (j < n) {
        const cj = s[j]!;
        if (cj < 0xd800 || cj > 0xdbff) {
          // one code unit (a lone low surrogate reads as itself, as codePointAt gives it)
          let kj = CLASS[cj]!;
          if (kj === 0) kj = classOf(cj);
          if (kj === IS_LETTER || ((cj === 45 || cj === 39) && j + 1 < n && isLetterAt(s, n, j + 1))) {
            h = Math.imul(h ^ cj, FNV_PRIME);
            j++;
            continue;
          }
          break;
        }
        const cp2 = codePointAt(s, n, j);
        if (classOf(cp2) !== IS_LETTER) break;
        h = Math.imul(h ^ cj, FNV_PRIME);
        if (cp2 > 0xffff) h = Math.imul(h ^ s[j + 1]!, FNV_PRIME);
        j += cp2 > 0xffff ? 2 : 1;
      }
      out.push(token("word", s, i, j, h));
      i = j;
    } else if (c === 46 && leaderEnd(s, n, i) > i) {
      const j = leaderEnd(s, n, i);
      out.push(token("punct", s, i, j));
      i = j;
    } else {
      out.push(token("punct", s, i, i + width));
      i += width;
    }
  }
  return out;
};

/** Whether the number at `k` closes a fraction written tight with a slash ("4/6", "1/5"): a share or a counter, not a count. */
export const fractionEndsAt = (tokens: readonly Token[], k: number): boolean => {
  const slash = tokens[k - 1];
  const first = tokens[k - 2];
  return tokens[k]?.kind === "number" && slash?.text === "/" && first?.kind === "number" && first.end === slash.start && slash.end === tokens[k]!.start;
};
