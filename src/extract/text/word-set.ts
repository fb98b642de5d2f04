/**
 * A grammar's word list as a set of normalised words that also answers, for a token, whether one
 * of its spelling variants (`laterVariants`) is listed. The answer depends only on the token's text,
 * so it is kept per interned token id in a one-byte table: the per-number rules test a word against
 * a list with one array read instead of a hash lookup per variant.
 */
import { laterVariants } from "./variants.js";
import { internBase, type Token } from "./tokens.js";

export class WordSet extends Set<string> {
  /** Per token id since `statusBase`: 0 not yet known, 1 no variant listed, 2 one is. */
  private status = new Uint8Array(256);
  private statusBase = 0;

  /** Whether one of the token's spelling variants is in the set. */
  hasToken(t: Token): boolean {
    const b = internBase();
    if (b !== this.statusBase) {
      this.status = new Uint8Array(256);
      this.statusBase = b;
    }
    const k = t.id - b;
    if (k >= 0 && k < this.status.length) {
      const known = this.status[k]!;
      if (known !== 0) return known === 2;
    }
    return this.look(t, k);
  }

  /** Looks a token's variants up and records the answer (ids below the base are not recorded). */
  private look(t: Token, k: number): boolean {
    let found = false;
    for (const v of laterVariants(t)) {
      if (this.has(v)) {
        found = true;
        break;
      }
    }
    if (k >= 0) {
      if (k >= this.status.length) {
        const grown = new Uint8Array(Math.max(this.status.length * 2, k + 1));
        grown.set(this.status);
        this.status = grown;
      }
      this.status[k] = found ? 2 : 1;
    }
    return found;
  }
}
