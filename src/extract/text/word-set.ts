/**
 * A grammar's word list as a set of normalised words that also answers, for a token, whether one
 * of its spelling variants is listed: as a later word of a phrase (`laterVariants`) or as a head
 * word, with clitics folded (`tokenVariants(text, true)`). The answers depend only on the token's
 * text, so they are kept per interned token id in one-byte tables: the rules test a word against a
 * list with one array read instead of a hash lookup per variant.
 */
import { internBase, type Token } from "./tokens.js";
import { laterVariants, tokenVariants } from "./variants.js";

/** One answer per interned token id (0 not yet known, 1 no, 2 yes), emptied when the intern table is. */
class Answers {
  private bytes = new Uint8Array(256);
  private base = 0;

  /** The answer recorded for an id (0 when unknown, or when the id is below the intern base). */
  get(id: number): number {
    const b = internBase();
    if (b !== this.base) {
      this.bytes = new Uint8Array(256);
      this.base = b;
    }
    const k = id - b;
    return k >= 0 && k < this.bytes.length ? this.bytes[k]! : 0;
  }

  set(id: number, yes: boolean): void {
    const k = id - this.base;
    if (k < 0) return;
    if (k >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, k + 1));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[k] = yes ? 2 : 1;
  }
}

export class WordSet extends Set<string> {
  private readonly later = new Answers();
  private readonly heads = new Answers();

  /** Whether one of the token's later-word variants (`laterVariants`) is in the set. */
  hasToken(t: Token): boolean {
    const known = this.later.get(t.id);
    if (known !== 0) return known === 2;
    const yes = this.hasAny(laterVariants(t));
    this.later.set(t.id, yes);
    return yes;
  }

  /** Whether one of the token's head-word variants (`tokenVariants(text, true)`) is in the set. */
  hasHead(t: Token): boolean {
    const known = this.heads.get(t.id);
    if (known !== 0) return known === 2;
    const yes = this.hasAny(tokenVariants(t.text, true));
    this.heads.set(t.id, yes);
    return yes;
  }

  private hasAny(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.has(words[i]!)) return true;
    return false;
  }
}
