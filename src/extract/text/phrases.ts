/**
 * Phrase matching over tokens: finds every occurrence of a list of names (lexicon names, grammar
 * cue words) in a token sequence, longest match first, without overlaps. Arabic clitics are
 * folded on the first token (و/ف, then ب/ل/ك, لل for ال) and on later tokens (و), and the
 * accusative alef of tanween is optional, so a name is listed once in its base spelling.
 * Lookup is by first token in a map, so matching is linear in the text for a fixed list.
 */
import { normalizeWord } from "./normalize.js";
import { internBase, tokenize, type Token } from "./tokens.js";
import { IdCache, laterVariants, tokenVariants } from "./variants.js";
import { WordSet } from "./word-set.js";

export { IdCache, laterVariants, tokenVariants };

export interface PhraseMatch<T> {
  /** First token index (inclusive) and last (exclusive). */
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/**
 * The phrases that may start at a token: all of them in order of preference (by head variant,
 * each list longest first), the positions of the one-word ones, and the positions of the longer
 * ones by their second word, so that only those the next token continues are tried.
 */
interface Starts<T> {
  readonly list: readonly Entry<T>[];
  /** Position in `list` of the first one-word phrase, or -1. */
  readonly single: number;
  /** Positions in `list` (ascending) of the phrases of two words or more, by second word; null when there are none. */
  readonly bySecond: ReadonlyMap<string, readonly number[]> | null;
}

const NONE: readonly string[] = [];

/** A compiled list of phrases with values. */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Per token id, the variants that start a phrase of this set (most tokens: none). */
  private readonly heads = new IdCache<readonly string[]>();
  /** Per token id, the phrases starting with one of its head variants (see `startsOf`). */
  private readonly starts = new IdCache<Starts<T>>();
  /** Per token id since `statusBase`: 0 not yet known, 1 starts no phrase of this set, 2 may start one (one byte, so the table stays in cache). */
  private status = new Uint8Array(256);
  private statusBase = 0;
  private maxWords = 1;
  /** The second words of this set's phrases: a token none of whose variants is one continues no phrase. */
  private readonly seconds = new WordSet();

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of phrases) {
      const words = tokenize(normalizeWord(phrase)).map((t) => t.text);
      const head = words[0];
      if (head === undefined) continue;
      const list = this.byFirst.get(head) ?? [];
      list.push({ words, value });
      this.byFirst.set(head, list);
      this.maxWords = Math.max(this.maxWords, words.length);
    }
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.words.length - a.words.length);
      for (const e of list) if (e.words.length > 1) this.seconds.add(e.words[1]!);
    }
  }

  /**
   * The longest phrase starting at token `i`, if any. Small so that it is inlined where it is
   * called: most words start no phrase, and that answer is one byte read. (Ids are never reused,
   * so an id allocated after the status table was based reads as not yet known.)
   */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (t !== undefined) {
      const k = t.id - this.statusBase;
      if (k >= 0 && k < this.status.length && this.status[k] === 1) return undefined;
    }
    return this.matchFrom(tokens, i);
  }

  /** Whether a phrase of this set may start at token `t` (false guarantees `matchAt` finds none there). */
  mayStart(t: Token): boolean {
    return t.kind !== "break" && this.headsOf(t).length > 0;
  }

  private matchFrom(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (t === undefined || t.kind === "break") return undefined;
    const st = this.startsOf(t);
    // the first of the longest phrases that match: a longer one wins, and among equally long ones the first in `list`
    let best = st.single;
    let bestLength = best < 0 ? 0 : 1;
    const next = tokens[i + 1];
    if (st.bySecond !== null && next !== undefined && next.kind !== "break" && this.seconds.hasToken(next)) {
      for (const v of laterVariants(next)) {
        const at = st.bySecond.get(v);
        if (at === undefined) continue;
        for (let k = 0; k < at.length; k++) {
          const p = at[k]!;
          const words = st.list[p]!.words;
          if (words.length < bestLength || (words.length === bestLength && p > best)) continue;
          if (this.rest(tokens, i + 1, words)) {
            best = p;
            bestLength = words.length;
          }
        }
      }
    }
    return best < 0 ? undefined : { from: i, to: i + bestLength, value: st.list[best]!.value };
  }

  /** The phrases that may start at a token (cached by id). */
  private startsOf(t: Token): Starts<T> {
    let st = this.starts.get(t.id);
    if (st === undefined) {
      const list: Entry<T>[] = [];
      for (const v of this.headsOf(t)) for (const e of this.byFirst.get(v) ?? []) list.push(e);
      let single = -1;
      let bySecond: Map<string, number[]> | null = null;
      for (let p = 0; p < list.length; p++) {
        const words = list[p]!.words;
        if (words.length === 1) {
          if (single < 0) single = p;
          continue;
        }
        bySecond ??= new Map();
        const at = bySecond.get(words[1]!);
        if (at === undefined) bySecond.set(words[1]!, [p]);
        else at.push(p);
      }
      st = { list, single, bySecond };
      this.starts.set(t.id, st);
    }
    return st;
  }

  /**
   * Whether a phrase of this set lies wholly within tokens [from, to) (as `findAll` over that
   * slice would find one), looking only at tokens whose mask has `bit`.
   */
  anyWithin(tokens: readonly Token[], flags: Int32Array, bit: number, from: number, to: number): boolean {
    const end = Math.min(to, tokens.length);
    for (let i = from; i < end; i++) {
      if ((flags[i]! & bit) === 0) continue;
      const t = tokens[i]!;
      if (t.kind === "break") continue;
      const st = this.startsOf(t);
      if (st.single >= 0) return true;
      const next = tokens[i + 1];
      if (st.bySecond === null || next === undefined || next.kind === "break" || !this.seconds.hasToken(next)) continue;
      for (const v of laterVariants(next)) {
        const at = st.bySecond.get(v);
        if (at === undefined) continue;
        for (let k = 0; k < at.length; k++) {
          const words = st.list[at[k]!]!.words;
          if (i + words.length <= end && this.rest(tokens, i + 1, words)) return true;
        }
      }
    }
    return false;
  }

  /** The variants of a (non-break) token that start a phrase of this set, recording the answer in the status table. */
  private headsOf(t: Token): readonly string[] {
    const b = internBase();
    if (b !== this.statusBase) {
      this.status = new Uint8Array(256);
      this.statusBase = b;
    }
    const k = t.id - b;
    let heads = this.heads.get(t.id);
    if (heads === undefined) {
      heads = tokenVariants(t.text, true).filter((v) => this.byFirst.has(v));
      if (heads.length === 0) heads = NONE;
      this.heads.set(t.id, heads);
    }
    if (k >= 0) {
      if (k >= this.status.length) {
        const grown = new Uint8Array(Math.max(this.status.length * 2, k + 1));
        grown.set(this.status);
        this.status = grown;
      }
      this.status[k] = heads.length === 0 ? 1 : 2;
    }
    return heads;
  }

  private rest(tokens: readonly Token[], j: number, words: readonly string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[j + k - 1];
      if (t === undefined || t.kind === "break") return false;
      if (t.text !== words[k] && !laterVariants(t).includes(words[k]!)) return false;
    }
    return true;
  }

  /** All non-overlapping matches, left to right, longest at each position. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}

/** Index from token position to the match covering it (for O(1) lookups while reading context). */
export const coverage = <T>(matches: readonly PhraseMatch<T>[], length: number): (PhraseMatch<T> | undefined)[] => {
  const at: (PhraseMatch<T> | undefined)[] = new Array(length);
  for (const m of matches) for (let i = m.from; i < m.to; i++) at[i] = m;
  return at;
};
