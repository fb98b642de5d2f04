/**
 * Spelling variants of a token under which it may match a listed word (Arabic clitics and the
 * accusative alef folded, an English possessive dropped), memoised by text and by interned token
 * id, and the per-token-id cache the matchers keep their answers in.
 */
import { internBase, type Token } from "./tokens.js";

const ARABIC = /[\u0600-\u06ff]/u;

const memoFirst = new Map<string, readonly string[]>();
const memoLater = new Map<string, readonly string[]>();
const MEMO_LIMIT = 200_000;

/** Spelling variants of a text token under which it may match a listed word (itself first). */
export const tokenVariants = (t: string, first: boolean): readonly string[] => {
  const memo = first ? memoFirst : memoLater;
  const hit = memo.get(t);
  if (hit) return hit;
  if (memo.size > MEMO_LIMIT) memo.clear();
  const v = variantsOf(t, first);
  memo.set(t, v);
  return v;
};

const variantsOf = (t: string, first: boolean): string[] => {
  const out = [t];
  if (t.endsWith("'s")) out.push(t.slice(0, -2));
  if (!ARABIC.test(t)) return out;
  const add = (x: string) => {
    if (x.length >= 2 && !out.includes(x)) out.push(x);
  };
  if ((t.startsWith("و") || t.startsWith("ف")) && t.length > 2) add(t.slice(1));
  if (first) {
    for (const x of [...out]) {
      if (x.startsWith("لل") && x.length > 3) add("ال" + x.slice(2));
      if ((x.startsWith("ب") || x.startsWith("ل") || x.startsWith("ك")) && x.length > 2) add(x.slice(1));
    }
    for (const x of [...out]) if (x.startsWith("ال") && x.length > 4) add(x.slice(2));
  }
  for (const x of [...out]) if (x.endsWith("ا") && x.length > 2) add(x.slice(0, -1));
  return out;
};

/**
 * An empty array already of the engine's most general kind of elements: every cache's slots then
 * have one shape, whatever they hold (small integers, numbers, lists or `undefined`), so the code
 * reading them is compiled once instead of again for each new kind of array.
 */
const emptySlots = <V>(): (V | undefined)[] => {
  const slots: (V | undefined)[] = [undefined];
  slots.pop();
  return slots;
};

/**
 * An empty list of the engine's most general kind of elements (as `emptySlots`): a list that is
 * empty for some articles and holds strings or lists for others then has one shape, so the code
 * reading it is not compiled again when the other kind comes.
 */
export const generalList = <V>(): V[] => {
  const list: V[] = [undefined as V];
  list.pop();
  return list;
};

/**
 * A cache of one value per interned token id (`Token.id`), for ids at or above `internBase()`:
 * an array lookup instead of hashing the token's text. Stale ids (below the base) are not cached.
 */
export class IdCache<V> {
  private base = 0;
  private slots: (V | undefined)[] = emptySlots<V>();

  get(id: number): V | undefined {
    const b = internBase();
    if (b !== this.base) {
      this.base = b;
      this.slots = emptySlots<V>();
    }
    return this.slots[id - b];
  }

  set(id: number, v: V): void {
    const k = id - this.base;
    if (k < 0) return;
    while (this.slots.length < k) this.slots.push(undefined);
    this.slots[k] = v;
  }
}

const laterCache = new IdCache<readonly string[]>();

/** `tokenVariants(t.text, false)`, cached by token id. */
export const laterVariants = (t: Token): readonly string[] => {
  let v = laterCache.get(t.id);
  if (v === undefined) {
    v = tokenVariants(t.text, false);
    laterCache.set(t.id, v);
  }
  return v;
};
