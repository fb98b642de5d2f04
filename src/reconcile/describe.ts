/**
 * Plain-language wording of quantities, sources, subjects and places for explanations a
 * fact-checker can paste: names come from the lexicon (English first), never from code.
 */
import type { Claim } from "../domain/claim.js";
import { entryName, type LexiconIndex } from "../domain/lexicon.js";
import { quantityText } from "../domain/quantity.js";

const ACRONYM = /^[A-Z]{2,6}$/;

/** Names already worded, per lexicon and kind of entry (ids are looked up without building a key). */
interface Worded {
  readonly source: Map<string, string>;
  readonly subject: Map<string, string>;
  readonly place: Map<string, string>;
}

const memo = new WeakMap<LexiconIndex, Worded>();
const remembered = (lexicon: LexiconIndex, kind: keyof Worded, id: string, make: (lexicon: LexiconIndex, id: string) => string): string => {
  let w = memo.get(lexicon);
  if (w === undefined) memo.set(lexicon, (w = { source: new Map(), subject: new Map(), place: new Map() }));
  const m = w[kind];
  let v = m.get(id);
  if (v === undefined) m.set(id, (v = make(lexicon, id)));
  return v;
};

/**
 * The source's acronym or first English name; "an unnamed source" for the lexicon's nameless
 * catch-all. (Not an acronym that also names a party counted: the command that speaks for the
 * factions is not "HTS", the group that leads it.)
 */
export const sourceName = (lexicon: LexiconIndex, id: string): string => remembered(lexicon, "source", id, sourceNameOf);

const sourceNameOf = (lexicon: LexiconIndex, id: string): string => {
  const entry = lexicon.source(id);
  const names = entry?.names["en"] ?? [];
  if (entry?.kind === "other" && names.length === 0) return "an unnamed source";
  const party = (n: string): boolean => lexicon.lexicon.subjects.some((s) => Object.values(s.names).some((list) => list.includes(n)));
  return names.find((n) => ACRONYM.test(n) && !party(n)) ?? names[0] ?? id;
};

const subjectNameOf = (lexicon: LexiconIndex, id: string): string => entryName(lexicon.subject(id)?.names, id);
const placeNameOf = (lexicon: LexiconIndex, id: string): string => entryName(lexicon.place(id)?.names, id);

export const subjectName = (lexicon: LexiconIndex, id: string): string =>
  remembered(lexicon, "subject", id, subjectNameOf);
export const placeName = (lexicon: LexiconIndex, id: string): string =>
  remembered(lexicon, "place", id, placeNameOf);

export { quantityText };

export const asOfText = (i: { readonly earliest: string; readonly latest: string }): string =>
  i.earliest === i.latest ? `as of ${i.latest}` : `as of a day between ${i.earliest} and ${i.latest}`;

/** "16 killed (Russians, Basel roundabout)": a part named for a sum. */
export const partText = (lexicon: LexiconIndex, c: Claim): string =>
  `${quantityText(c.quantity)} ${c.metric} (${subjectName(lexicon, c.subject)}, ${placeName(lexicon, c.location)})`;
