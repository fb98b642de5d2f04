/**
 * Text normalisation for matching, with a map back to the original text. Matching folds what news
 * spells in many ways (Arabic diacritics, tatweel, alef/hamza forms, taa marbuta, alef maqsura,
 * Arabic-Indic digits and separators, case, typographic apostrophes, invisible marks) while every
 * normalised character keeps the UTF-16 offset it came from, so spans point into the text as given.
 */

/** The normalised text and, for each of its code units, the offset of the original code unit. */
export interface Normalized {
  readonly text: string;
  /** `origin[i]` is the original offset of `text[i]`; `origin[text.length]` is the original length. */
  readonly origin: Int32Array;
}

const isDropped = (c: number): boolean =>
  (c >= 0x064b && c <= 0x065f) || // harakat, tanween, shadda, sukun
  c === 0x0670 || // superscript alef
  c === 0x0640 || // tatweel
  (c >= 0x200b && c <= 0x200f) || // zero-width and direction marks
  c === 0xfeff || // byte-order mark
  c === 0x061c || // Arabic letter mark
  c === 0x00ad; // soft hyphen

const FOLD: Readonly<Record<number, string>> = {
  0x0623: "ا", // أ
  0x0625: "ا", // إ
  0x0622: "ا", // آ
  0x0671: "ا", // ٱ
  0x0629: "ه", // ة
  0x0649: "ي", // ى
  0x0624: "و", // ؤ
  0x0626: "ي", // ئ
  0x06cc: "ي", // Persian yeh
  0x06a9: "ك", // keheh
  0x066c: ",", // Arabic thousands separator
  0x066b: ".", // Arabic decimal separator
  0x066a: "%", // Arabic percent sign
  0x0130: "i", // Latin capital I with dot above (Turkish names: "İHH")
  0x0131: "i", // Latin dotless i
  0x2019: "'",
  0x2018: "'",
  0x02bc: "'",
  0x00a0: " ",
  0x202f: " ",
  0x2009: " ",
};

const FOLD_CODES = new Map<number, number>(Object.entries(FOLD).map(([k, v]) => [Number(k), v.charCodeAt(0)]));

const foldCode = (c: number): number => {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x0660 && c <= 0x0669) return 48 + c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return 48 + c - 0x06f0;
  const f = FOLD_CODES.get(c);
  if (f !== undefined) return f;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
};

/** Fold of each code unit, plus one (0: not yet known; DROP: dropped), filled on first sight. */
const FOLDED = new Int32Array(0x10000);
const DROP = 0x10001;
const foldedOf = (c: number): number => {
  let f = FOLDED[c]!;
  if (f === 0) {
    f = isDropped(c) ? DROP : foldCode(c) + 1;
    FOLDED[c] = f;
  }
  return f;
};

/** Decodes code units as they are (lone surrogates included: `ignoreBOM` keeps a leading U+FEFF out of it). */
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether `text[i]` is a Latin letter. */
const latinAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLatin(text.charCodeAt(i));

/** Whether an initialism ("U.N.", "U.S.") starts at `i`: two single Latin letters, each followed by a dot. */
const initialismAt = (text: string, i: number): boolean =>
  latinAt(text, i) && text.charCodeAt(i + 1) === 46 && latinAt(text, i + 2) && text.charCodeAt(i + 3) === 46 && !latinAt(text, i - 1) && !latinAt(text, i + 4);

/** The dot at `i` belongs to an initialism, and is dropped so that it reads as one word ("un"). */
const initialismDot = (text: string, i: number): boolean => initialismAt(text, i - 1) || initialismAt(text, i - 3);

/** Normalised text as code units (for the tokenizer, which reads them without a string). */
export interface NormalizedUnits {
  /** The normalised text is `units[0, length)`: as `Normalized.text` decodes (lone surrogates read as U+FFFD). */
  readonly units: Uint16Array;
  readonly length: number;
  /** As `Normalized.origin`. */
  readonly origin: Int32Array;
}

/** Replaces each surrogate of u[0, n) that is not half of a pair by U+FFFD, as decoding UTF-16 does. */
const replaceLoneSurrogates = (u: Uint16Array, n: number): void => {
  for (let i = 0; i < n; i++) {
    const c = u[i]!;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < n && u[i + 1]! >= 0xdc00 && u[i + 1]! <= 0xdfff) i++;
    else u[i] = 0xfffd;
  }
};

/** Normalises `text` for matching into code units; linear in its length. */
export const normalizeUnits = (text: string): NormalizedUnits => {
  // one allocation: the offsets, then the folded code units
  const buffer = new ArrayBuffer((text.length + 1) * 4 + text.length * 2);
  const origin = new Int32Array(buffer, 0, text.length + 1);
  const out = new Uint16Array(buffer, (text.length + 1) * 4, text.length);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f = FOLDED[c]!;
    if (f === 0) f = foldedOf(c);
    if (f === DROP || (c === 46 && initialismDot(text, i))) continue;
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    out[n] = f - 1;
    origin[n++] = i;
  }
  origin[n] = text.length;
  if (surrogates) replaceLoneSurrogates(out, n);
  return { units: out, length: n, origin: origin.subarray(0, n + 1) };
};

/** Normalises `text` for matching; linear in its length. */
export const normalize = (text: string): Normalized => {
  const u = normalizeUnits(text);
  return { text: UTF16.decode(u.units.subarray(0, u.length)), origin: u.origin };
};

const normalizedWords = new Map<string, string>();
const WORDS_LIMIT = 50_000;

/** Normalises a word list entry (no offsets needed); names are normalised again and again, so results are kept. */
export const normalizeWord = (s: string): string => {
  let w = normalizedWords.get(s);
  if (w === undefined) {
    if (normalizedWords.size >= WORDS_LIMIT) normalizedWords.clear();
    w = normalize(s).text.trim();
    normalizedWords.set(s, w);
  }
  return w;
};

/** Original span of the normalised range [start, end). */
export const originalSpan = (n: { readonly origin: Int32Array }, start: number, end: number): { start: number; end: number } => {
  const s = n.origin[start] ?? 0;
  const e = end > start ? (n.origin[end - 1] ?? 0) + 1 : s;
  return { start: s, end: e };
};
