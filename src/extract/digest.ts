/**
 * The items of a digest of news (an alert e-mail, a newsletter, a page of search results): each item
 * is a title line, a line that is only the name of the outlet or agency that published it, and its
 * snippet, up to a blank line ("Toll from northwest Syria fighting climbs to 211: monitor" / "The
 * New Arab" / "… The Syrian Observatory for Human Rights said …"). That outlet relays every count of
 * its item, title and snippet. A text is read so only where two items or more are laid out so.
 */
import type { LexiconIndex } from "../domain/lexicon.js";
import { firstIndex } from "./bisect.js";
import { isSentenceEnd, linesOf, type Doc } from "./document.js";
import type { LexiconPhrases } from "./lexicon-phrases.js";

/** An item of a digest: its tokens [from, to) and the outlet that published it. */
export interface DigestItem {
  readonly from: number;
  readonly to: number;
  readonly relay: string;
}

/** How many items make a digest. */
const DIGEST_ITEMS = 2;

/** The items of the text, in order, when it is a digest; none otherwise. */
export const digestItems = (doc: Doc, lx: LexiconPhrases, lex: LexiconIndex, outlet: string | null): readonly DigestItem[] => {
  const { tokens } = doc;
  const { starts, ends } = linesOf(tokens);
  const lines = starts.length;
  const empty = (l: number) => l < 0 || l >= lines || starts[l] === ends[l];
  /** The outlet a line names whole, with a title line right above and a line right below. */
  const relayOf = (l: number): string | null => {
    if (empty(l) || empty(l - 1) || empty(l + 1) || isSentenceEnd(tokens[ends[l - 1]! - 1])) return null;
    const m = lx.sources.matchAt(tokens, starts[l]!);
    if (m === undefined || m.to !== ends[l] || m.value === outlet) return null;
    const kind = lex.source(m.value)?.kind;
    return kind === "news-agency" || kind === "outlet" ? m.value : null;
  };
  const relays: (string | null)[] = [];
  for (let l = 0; l < lines; l++) relays.push(relayOf(l));
  const items: DigestItem[] = [];
  for (let l = 1; l < lines; l++) {
    const relay = relays[l];
    if (relay === null || relay === undefined) continue;
    // (the snippet runs to a blank line, or to the next item's title)
    let last = l + 1;
    while (!empty(last + 1) && !(relays[last + 2] ?? null)) last++;
    items.push({ from: starts[l - 1]!, to: ends[last]!, relay });
  }
  return items.length >= DIGEST_ITEMS ? items : [];
};

/** The item holding token `k`, if any (items are in order and apart: a binary search). */
export const itemAt = (items: readonly DigestItem[], k: number): DigestItem | undefined => {
  const item = items[firstIndex(items.length, (i) => items[i]!.to <= k)];
  return item !== undefined && item.from <= k ? item : undefined;
};
