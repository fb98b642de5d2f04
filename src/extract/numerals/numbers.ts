/**
 * Numbers as news writes them: Western and Arabic-Indic digits with separators, a scale word after
 * them ("1.5 million", "14 ألف"), number words in Arabic (with gender and dual forms) and English
 * ("twenty-five", "a dozen"), vague quantities ("dozens", عشرات) and implicit counts (a singular
 * or dual person noun: "طفل", "امرأتين", "a child"). Each mention keeps its token range.
 */
import type { Qualifier, VagueAmount } from "../../domain/quantity.js";
import type { Token } from "../text/tokens.js";
import { IdCache, tokenVariants } from "../text/phrases.js";
import type { CompiledGrammar } from "./compiled.js";
import { F_NUMBER_HEAD } from "../token-flag-bits.js";

export type NumberForm = "digits" | "words" | "vague" | "implicit";

export interface NumberMention {
  /** Token range [from, to) of the number itself (not its qualifier or noun). */
  readonly from: number;
  readonly to: number;
  /** The number as written; null for a vague quantity. */
  readonly value: number | null;
  readonly vague: VagueAmount | null;
  readonly form: NumberForm;
  /** A second number closing a range ("between 60,000 and 80,000"). */
  readonly rangeHigh?: number;
  /** Token range end including the range's second number. */
  readonly rangeTo?: number;
}

/** Parses a digit token: "14,000" → 14000, "280 000" → 280000, "1.5" → 1.5, "1,5" → 1.5. */
export const parseDigits = (s: string): number | null => {
  if (s.includes(" ")) return /^[0-9]{1,3}( [0-9]{3})+$/.test(s) ? Number(s.replaceAll(" ", "")) : null;
  if (!/^[0-9]+([.,][0-9]+)*$/.test(s)) return null;
  const groups = s.split(",");
  if (groups.length > 1 && groups.slice(1).every((g) => /^[0-9]{3}(\.[0-9]+)?$/.test(g))) {
    return Number(groups.join(""));
  }
  if (groups.length === 2 && !s.includes(".")) return Number(groups.join("."));
  if (groups.length > 1) return null;
  const dots = s.split(".");
  if (dots.length > 2) return dots.slice(1).every((g) => g.length === 3) ? Number(dots.join("")) : null;
  return Number(s);
};

type WordValue = { readonly value: number; readonly conj: boolean };

/** A per-grammar answer about a word token, computed once per token id (null kept for "none"). */
const perWord = <V>(caches: WeakMap<CompiledGrammar, IdCache<V | null>>, g: CompiledGrammar, t: Token | undefined, compute: (t: Token) => V | undefined): V | undefined => {
  if (t === undefined || t.kind !== "word") return undefined;
  let cache = caches.get(g);
  if (cache === undefined) {
    cache = new IdCache<V | null>();
    caches.set(g, cache);
  }
  let v = cache.get(t.id);
  if (v === undefined) {
    v = compute(t) ?? null;
    cache.set(t.id, v);
  }
  return v ?? undefined;
};

/** Per grammar, the value of each word token by id (null: not a number word). */
const wordValues = new WeakMap<CompiledGrammar, IdCache<WordValue | null>>();

/** The value of a number word token (cached per grammar by token id). */
export const wordValue = (g: CompiledGrammar, t: Token | undefined): WordValue | undefined => perWord(wordValues, g, t, (w) => wordValueOf(g, w));

const wordValueOf = (g: CompiledGrammar, t: Token): WordValue | undefined => {
  const direct = g.numberWords.get(t.text);
  if (direct !== undefined) return { value: direct, conj: false };
  if (g.grammar.clitics && (t.text.startsWith("و") || t.text.startsWith("ف"))) {
    const v = g.numberWords.get(t.text.slice(1));
    if (v !== undefined) return { value: v, conj: true };
  }
  // ("بثلاث غارات", "لأربعة أطفال": a preposition glued to a number word of three letters or more)
  if (g.grammar.clitics && (t.text.startsWith("ب") || t.text.startsWith("ل")) && t.text.length >= 4) {
    const v = g.numberWords.get(t.text.slice(1));
    if (v !== undefined) return { value: v, conj: false };
  }
  if (!g.grammar.clitics && t.text.includes("-")) {
    // (past a qualifier glued by its hyphen: "sixty-odd", "forty-plus")
    const glued = gluedQualifier(g, t.text);
    const parts = (glued === null ? t.text : t.text.slice(0, t.text.lastIndexOf("-"))).split("-").map((p) => g.numberWords.get(p));
    if (parts.every((p) => p !== undefined && p < 100)) return { value: parts.reduce((a: number, b) => a + (b ?? 0), 0), conj: false };
  }
  return undefined;
};

/** The qualifier glued to the end of a word by a hyphen ("sixty-odd", "forty-plus": `qualifiersAfter` "-odd"), or null. */
export const gluedQualifier = (g: CompiledGrammar, text: string): Exclude<Qualifier, "range" | "vague" | "exact"> | null => {
  const at = text.lastIndexOf("-");
  return at > 0 ? (g.grammar.qualifiersAfter[text.slice(at)] ?? null) : null;
};

/** Combines number words: units and tens add, hundreds and scales multiply what precedes. */
const combine = (values: readonly number[]): number => {
  let total = 0;
  let cur = 0;
  for (const v of values) {
    if (v >= 1000) {
      total += (cur || 1) * v;
      cur = 0;
    } else if (v === 100) cur = (cur || 1) * 100;
    else cur += v;
  }
  return total + cur;
};

/** `parseDigits` of a digit token, cached by token id. */
const digitValues = new IdCache<number | null>();
const digitsValue = (t: Token): number | null => {
  let v = digitValues.get(t.id);
  if (v === undefined) {
    v = parseDigits(t.text);
    digitValues.set(t.id, v);
  }
  return v;
};

const scaleAt = (g: CompiledGrammar, tokens: readonly Token[], i: number): number | undefined => scaleOf(g, tokens[i]);

/** Per grammar, the scale each word token stands for by id (null: none). */
const scales = new WeakMap<CompiledGrammar, IdCache<number | null>>();

/** The scale a word stands for (thousand, million, ألف), if any (cached per grammar by token id). */
export const scaleOf = (g: CompiledGrammar, t: Token | undefined): number | undefined => perWord(scales, g, t, (w) => scaleOfText(g, w.text));

const scaleOfText = (g: CompiledGrammar, text: string): number | undefined => {
  for (const v of tokenVariants(text, false)) {
    const s = g.scaleWords.get(v);
    if (s !== undefined) return s;
  }
  return undefined;
};

/**
 * Where a digit token's number ends when no time word follows: after the scale word if one
 * follows (its mask has `scaleBit`), else after the token; the token itself when it does not parse.
 */
export const digitsEnd = (tokens: readonly Token[], i: number, flags: Int32Array, scaleBit: number): number =>
  digitsValue(tokens[i]!) === null ? i : (flags[i + 1] ?? 0) & scaleBit ? i + 2 : i + 1;

/** "ونصف (المليون)", "and a half" after a scale word (`scale`, its last value): half of it, and where it ends. */
const halfAfter = (g: CompiledGrammar, tokens: readonly Token[], j: number, scale: number): { value: number; to: number } | undefined => {
  if (scale < 1000) return undefined;
  const h = g.halves.matchAt(tokens, j);
  if (h === undefined) return undefined;
  // (the scale again after it, bare or definite: "مليون ونصف المليون")
  if (scaleAt(g, tokens, h.to) === scale) return { value: scale / 2, to: h.to + 1 };
  const definite = g.fixedNumbers.matchAt(tokens, h.to);
  return { value: scale / 2, to: definite?.value === scale ? definite.to : h.to };
};

/** A decimal times its scale, rid of the binary fraction's error ("4.1 مليون" is 4,100,000, not 4,099,999.9999999995). */
const scaled = (v: number, s: number): number => {
  const x = v * s;
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-6 * Math.max(1, Math.abs(x)) ? r : x;
};

/**
 * The rest below a scale, in digits joined by و at token `j` ("48 ألفاً و500", "مليون و60 ألف"), and
 * where it ends: under the scale (not a range's second number, "بين 30 ألفاً و40 ألف"), and a
 * hundred or more when no scale of its own follows (not a count of its own: "ألف و3 أطفال").
 */
const restAfterScale = (g: CompiledGrammar, tokens: readonly Token[], j: number, scale: number): { value: number; to: number } | undefined => {
  const joined = tokens[j];
  const digits = tokens[j + 1];
  if (!g.grammar.clitics || joined?.text !== "و" || digits?.kind !== "number" || joined.end !== digits.start) return undefined;
  const r = digitsValue(digits);
  if (r === null) return undefined;
  const own = scaleAt(g, tokens, j + 2);
  const rest = own !== undefined ? scaled(r, own) : r;
  if (rest >= scale || (own === undefined && rest < 100)) return undefined;
  return { value: rest, to: own !== undefined ? j + 3 : j + 2 };
};

/** The value of an Arabic number word with the article ("الخمسين"), a count only where a qualifying verb stands before it. */
export const definiteNumberWord = (g: CompiledGrammar, t: Token): number | undefined =>
  g.grammar.clitics && t.kind === "word" && t.text.startsWith("ال") ? g.numberWords.get(t.text.slice(2)) : undefined;

/** A written number starting at token `i`: digits (with scale) or number words. */
export const numberAt = (g: CompiledGrammar, tokens: readonly Token[], i: number): { value: number; to: number; form: NumberForm } | undefined => {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === "number") {
    const v = digitsValue(t);
    if (v === null) return undefined;
    const s = scaleAt(g, tokens, i + 1);
    const rest = s !== undefined ? restAfterScale(g, tokens, i + 2, s) : undefined;
    if (rest !== undefined) return { value: scaled(v, s!) + rest.value, to: rest.to, form: "digits" };
    if (s === undefined) return { value: v, to: i + 1, form: "digits" };
    const half = halfAfter(g, tokens, i + 2, s);
    return half ? { value: scaled(v, s) + half.value, to: half.to, form: "digits" } : { value: scaled(v, s), to: i + 2, form: "digits" };
  }
  // (a definite number word right after a qualifying verb: "عدد البلدات … تجاوز الخمسين")
  const definite = definiteNumberWord(g, t);
  if (definite !== undefined && i > 0 && g.qualifiersBefore.matchAt(tokens, i - 1)?.to === i) return { value: definite, to: i + 1, form: "words" };
  const fixed = g.fixedNumbers.matchAt(tokens, i);
  // (one ending in a number word goes on as number words do: "a hundred and fifteen thousand")
  if (fixed && !g.numberWords.has(tokens[fixed.to - 1]!.text)) return { value: fixed.value, to: fixed.to, form: "words" };
  const first = fixed ?? wordValue(g, t);
  if (first === undefined) return undefined;
  // (the rest of a definite number after a noun, no count: "خلال الأيام الاثني عشر")
  const before = tokens[i - 1];
  if (g.grammar.clitics && before !== undefined && before.kind === "word" && before.text.startsWith("ال") && g.numberWords.has(before.text.slice(2))) return undefined;
  const values = [first.value];
  let j = fixed?.to ?? i + 1;
  for (;;) {
    const nt = tokens[j];
    if (nt === undefined) break;
    const last = values[values.length - 1]!;
    if (g.joiners.has(nt.text) && last >= 100) {
      const w = wordValue(g, tokens[j + 1]);
      if (w && w.value < 100) {
        values.push(w.value);
        j += 2;
        continue;
      }
      break;
    }
    const direct = wordValue(g, nt);
    // "وأحد" folds to "واحد": read the conjunction first when the word allows it
    const conj = g.grammar.clitics && nt.kind === "word" && nt.text.startsWith("و") ? g.numberWords.get(nt.text.slice(1)) : undefined;
    // (hundreds after a thousand: "ألف وستمئة", "ثلاثة آلاف وخمسمئة")
    const okConj = (v: number) => (v >= 20 && v < 100 && last < 10) || (last >= 100 && v < 100) || (last >= 1000 && v >= 100 && v < 1000);
    const okDirect = (v: number) =>
      (v === 10 && last < 10) || v === 100 || v >= 1000 || (last >= 20 && last < 100 && v < 10 && !g.grammar.clitics) || (last >= 100 && v < 100 && !g.grammar.clitics);
    let next: number | undefined;
    if (conj !== undefined && okConj(conj)) next = conj;
    else if (direct !== undefined && (direct.conj ? okConj(direct.value) : okDirect(direct.value))) next = direct.value;
    if (next === undefined) break;
    values.push(next);
    j++;
  }
  const s = scaleAt(g, tokens, j);
  if (s !== undefined && !g.numberWords.has(tokens[j]!.text)) {
    values.push(s);
    j++;
  }
  const value = combine(values);
  const top = values[values.length - 1]!;
  const rest = top >= 1000 ? restAfterScale(g, tokens, j, top) : undefined;
  if (rest !== undefined) return { value: value + rest.value, to: rest.to, form: "words" };
  const half = halfAfter(g, tokens, j, top);
  return half ? { value: value + half.value, to: half.to, form: "words" } : { value, to: j, form: "words" };
};

/** The singular of an Arabic dual person noun ("امرأتين" → "امراه", "طفلان" → "طفل"), if it is one. */
export const dualStem = (g: CompiledGrammar, text: string): string | undefined => {
  const stem = dualStemOf(g, g.grammar.clitics && text.startsWith("و") ? text.slice(1) : text);
  // (past a preposition glued to it: "تعرض المركز لغارتين", "بغارتين")
  return stem ?? (g.grammar.clitics && (text.startsWith("ل") || text.startsWith("ب")) ? dualStemOf(g, text.slice(1)) : undefined);
};

const dualStemOf = (g: CompiledGrammar, bare: string): string | undefined => {
  if (!(bare.endsWith("ين") || bare.endsWith("ان")) || bare.length < 5) return undefined;
  const stem = bare.slice(0, -2);
  // a stem in ي before ين is a plural (مدنيين, civilians), not a dual, unless its plural is broken
  // (جنديين: جندي → جنود); before ان it is a dual (جنديان)
  if (stem.endsWith("ي") && bare.endsWith("ين") && !g.grammar.brokenPlurals.includes(stem)) return undefined;
  if (bare.endsWith("ين") && g.grammar.soundPlurals.includes(stem)) return undefined;
  if (g.singularNouns.has(stem) || g.dualNouns.has(stem)) return stem;
  const fem = stem.slice(0, -1) + "ه";
  return stem.endsWith("ت") && (g.singularNouns.has(fem) || g.dualNouns.has(fem)) ? fem : undefined;
};

const dualValue = (g: CompiledGrammar, text: string): boolean => dualStem(g, text) !== undefined;

/**
 * Whether `fem` is "و" and the feminine of the Arabic counted noun `noun` ("طالبا" and "وطالبه",
 * as normalised): the two genders of one group, as Arabic names them together ("37 طالباً وطالبة").
 */
export const pairedGender = (noun: string, fem: string): boolean => {
  if (!fem.startsWith("و") || !(fem.endsWith("ه") || fem.endsWith("ة"))) return false;
  const stem = fem.slice(1, -1);
  return stem.length >= 3 && (noun === stem || noun === stem + "ا" || noun === stem + "ين" || noun === stem + "ون");
};

const singular = (g: CompiledGrammar, text: string): boolean =>
  g.singularNouns.has(text) || (g.grammar.clitics && (text.startsWith("و") || text.startsWith("ف")) && g.singularNouns.has(text.slice(1)));

/** Whether an implicit count (a singular or dual person noun, or "a" before one) may start at a token. */
export const isImplicitHead = (g: CompiledGrammar, t: Token): boolean =>
  t.kind === "word" && (g.grammar.clitics ? singular(g, t.text) || dualValue(g, t.text) : g.singularArticles.has(t.text) && t.text !== "one");

/** Every number mention in the tokens, in order, not overlapping (`flags`: the tokens' masks, to skip where none starts). */
export const findNumbers = (g: CompiledGrammar, tokens: readonly Token[], flags?: Int32Array): NumberMention[] => {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (flags !== undefined && (flags[i]! & F_NUMBER_HEAD) === 0 && tokens[i]!.kind !== "number") {
      i++;
      continue;
    }
    const n = numberAt(g, tokens, i);
    if (n) {
      const last = out[out.length - 1];
      // "three (3) children": a figure restated in digits right after its words is one mention
      if (last !== undefined && last.to === i && last.value === n.value && last.form === "words" && n.form === "digits") out[out.length - 1] = { ...last, to: n.to };
      else out.push({ from: i, to: n.to, value: n.value, vague: null, form: n.form });
      i = n.to;
      continue;
    }
    const v = g.vague.matchAt(tokens, i);
    if (v) {
      out.push({ from: i, to: v.to, value: null, vague: v.value, form: "vague" });
      i = v.to;
      continue;
    }
    const t = tokens[i]!;
    if (t.kind === "word") {
      const last = out[out.length - 1];
      const afterNumber = last !== undefined && last.to === i && last.form !== "implicit";
      if (afterNumber) {
        // the counted noun of the number before it
      } else if (g.grammar.clitics) {
        if (singular(g, t.text)) out.push({ from: i, to: i + 1, value: 1, vague: null, form: "implicit" });
        else if (dualValue(g, t.text)) out.push({ from: i, to: i + 1, value: 2, vague: null, form: "implicit" });
      } else if (g.singularArticles.has(t.text) && t.text !== "one") {
        const nt = tokens[i + 1];
        const nt2 = tokens[i + 2];
        if (nt && singular(g, nt.text)) {
          out.push({ from: i, to: i + 2, value: 1, vague: null, form: "implicit" });
          i += 2;
          continue;
        }
        if (nt && nt2 && nt.kind === "word" && singular(g, nt2.text) && !g.singularNouns.has(nt.text)) {
          out.push({ from: i, to: i + 3, value: 1, vague: null, form: "implicit" });
          i += 3;
          continue;
        }
      }
    }
    i++;
  }
  return joinRanges(g, tokens, out);
};

/**
 * A range's first number with the scale of its second where only the second has one: "between 80
 * and 100 thousand", "بين ثمانين ومئة ألف" run from 80,000 (not where the product passes the
 * second: "between 500 and 1 million").
 */
const lowOfRange = (g: CompiledGrammar, tokens: readonly Token[], a: NumberMention, b: NumberMention): NumberMention => {
  const scale = scaleAt(g, tokens, b.to - 1);
  if (scale === undefined || scale < 1000 || a.value === null || b.value === null || scaleAt(g, tokens, a.to - 1) !== undefined) return a;
  const low = a.value * scale;
  return low < b.value ? { ...a, value: low } : a;
};

/** How many words before a range's "from" a word of change is looked for ("ارتفع عدد القتلى في حلب من …"). */
const CHANGE_REACH = 6;
/** Whether a word of change (`changeWords`) stands a few words before `at`, within its clause. */
const changeBefore = (g: CompiledGrammar, tokens: readonly Token[], at: number): boolean => {
  for (let k = at - 1; k >= Math.max(0, at - CHANGE_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === "break" || (t.kind === "punct" && t.text !== "(" && t.text !== ")")) return false;
    if (t.kind === "word" && g.changeWords.hasHead(t)) return true;
  }
  return false;
};

/** "between 60,000 and 80,000", "60,000-80,000", "25 to 30": one mention with both bounds. */
const joinRanges = (g: CompiledGrammar, tokens: readonly Token[], ms: NumberMention[]): NumberMention[] => {
  const out: NumberMention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1];
    // (the join glued to a number word: "ما بين ٨٠٠ ألف ومليون")
    const glued = b !== undefined && g.grammar.clitics && b.from === a.to && b.form === "words" && g.rangeJoin.has(tokens[b.from]!.text.charAt(0)) && [1, 2].some((d) => g.rangeStart.matchAt(tokens, a.from - d)?.to === a.from);
    if (glued && a.value !== null && b.value !== null && a.form !== "implicit" && b.value > a.value) {
      out.push({ ...lowOfRange(g, tokens, a, b), rangeHigh: b.value, rangeTo: b.to });
      k++;
      continue;
    }
    if (b && a.value !== null && b.value !== null && a.form !== "implicit" && b.form !== "implicit" && b.value > a.value && b.from === a.to + 1) {
      const join = tokens[a.to]!;
      const started = [1, 2].some((d) => {
        const m = g.rangeStart.matchAt(tokens, a.from - d);
        return m !== undefined && m.to === a.from;
      });
      const tight = tokens[a.to - 1]!.end === join.start && join.end === tokens[b.from]!.start;
      const dash = join.text === "-" || join.text === "–";
      // ("25 to 30 strikes", not "rose from 25 to 30")
      const open = g.openRangeJoin.has(join.text) && !g.rangeFrom.has(tokens[a.from - 1]?.text ?? "");
      // ("من 140 إلى 150 غارة", not "ارتفعت الحصيلة من 311 إلى 327")
      const fromTo = g.rangeJoin.has(join.text) && tokens[a.from - 1] !== undefined && g.openRangeFrom.has(tokens[a.from - 1]!.text) && !changeBefore(g, tokens, a.from - 1);
      if ((started && (g.rangeJoin.has(join.text) || dash)) || (dash && tight) || open || fromTo) {
        out.push({ ...lowOfRange(g, tokens, a, b), rangeHigh: b.value, rangeTo: b.to });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
