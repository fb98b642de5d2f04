/**
 * Plain-language wording of quantities, sources, subjects and places for explanations a
 * fact-checker can paste: names come from the lexicon (English first), never from code.
 */
import type { Claim } from "../domain/claim.js";
import { entryName, type LexiconIndex } from "../domain/lexicon.js";
import { quantityText } from "../domain/quantity.js";


const ACRONYM = /^[A-Z]{2,6}$/;

const memo = new WeakMap<LexiconIndex, Map<string, string>>();
const remembered = (lexicon: LexiconIndex, key: string, make: () => string): string => {
  let m = memo.get(lexicon);
  if (m === undefined) memo.set(lexicon, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = make()));
  return v;
};

/** The source's acronym or first English name; "an unnamed source" for the lexicon's nameless catch-all. */
export const sourceName = (lexicon: LexiconIndex, id: string): string => remembered(lexicon, `source:${id}`, () => sourceNameOf(lexicon, id));

const sourceNameOf = (lexicon: LexiconIndex, id: string): string => {
  const entry = lexicon.source(id);
  const names = entry?.names["en"] ?? [];
  if (entry?.kind === "other" && names.length === 0) return "an unnamed source";
  return names.find((n) => ACRONYM.test(n)) ?? names[0] ?? id;
};

export const subjectName = (lexicon: LexiconIndex, id: string): string =>
  remembered(lexicon, `subject:${id}`, () => entryName(lexicon.subject(id)?.names, id));
export const placeName = (lexicon: LexiconIndex, id: string): string =>
  remembered(lexicon, `place:${id}`, () => entryName(lexicon.place(id)?.names, id));

export { quantityText };

export const asOfText = (i: { readonly earliest: string; readonly latest: string }): string =>
  i.earliest === i.latest ? `as of ${i.latest}` : `as of a day between ${i.earliest} and ${i.latest}`;

/** "16 killed (Russians, Basel roundabout)": a part named for a sum. */
export const partText = (lexicon: LexiconIndex, c: Claim): string =>
  `${quantityText(c.quantity)} ${c.metric} (${subjectName(lexicon, c.subject)}, ${placeName(lexicon, c.location)})`;
