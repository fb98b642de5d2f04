/**
 * The weekday a word names (الأربعاء، وبالخميس، Wednesday), by the grammar's weekday list and the
 * word's spelling variants; cached per grammar by interned token id.
 */
import type { CompiledGrammar } from "../numerals/compiled.js";
import { IdCache, tokenVariants } from "../text/phrases.js";
import type { Token } from "../text/tokens.js";

/** Per grammar, the weekday each token id names (-1: none). */
const weekdayCache = new WeakMap<CompiledGrammar, IdCache<number>>();

/** The weekday (0 = Sunday) a token names, if it is a word naming one. */
export const weekdayOf = (g: CompiledGrammar, t: Token | undefined): number | undefined => {
  if (t === undefined || t.kind !== "word") return undefined;
  let cache = weekdayCache.get(g);
  if (cache === undefined) {
    cache = new IdCache<number>();
    weekdayCache.set(g, cache);
  }
  let w = cache.get(t.id);
  if (w === undefined) {
    w = -1;
    for (const v of tokenVariants(t.text, true)) {
      const x = g.weekdays.get(v);
      if (x !== undefined) {
        w = x;
        break;
      }
    }
    cache.set(t.id, w);
  }
  return w < 0 ? undefined : w;
};
