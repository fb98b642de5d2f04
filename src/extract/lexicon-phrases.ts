/**
 * The lexicon compiled for matching: one phrase set per kind of entry (subjects, sources, places,
 * metrics, events), over the names of every language, so a Latin acronym in Arabic text matches too,
 * and in both English spellings.
 */
import type { LexiconIndex } from "../domain/lexicon.js";
import { PhraseSet } from "./text/phrases.js";
import { spellings } from "./text/spelling.js";

export interface LexiconPhrases {
  readonly subjects: PhraseSet<string>;
  readonly sources: PhraseSet<string>;
  readonly places: PhraseSet<string>;
  /** A name may signal several metrics ("captured"): all are kept, in lexicon order. */
  readonly metrics: PhraseSet<readonly string[]>;
  readonly events: PhraseSet<string>;
}

const namesOf = (entries: readonly { id: string; names: Readonly<Record<string, readonly string[]>> }[]): [string, string][] =>
  entries.flatMap((e) => Object.values(e.names).flatMap((ns) => ns.flatMap((n) => spellings(n).map((v) => [v, e.id] as [string, string]))));

const cache = new WeakMap<LexiconIndex, LexiconPhrases>();

export const lexiconPhrases = (lex: LexiconIndex): LexiconPhrases => {
  const hit = cache.get(lex);
  if (hit) return hit;
  const metricNames = new Map<string, string[]>();
  for (const [name, id] of namesOf(lex.lexicon.metrics)) {
    const ids = metricNames.get(name) ?? [];
    if (!ids.includes(id)) ids.push(id);
    metricNames.set(name, ids);
  }
  const out: LexiconPhrases = {
    subjects: new PhraseSet(namesOf(lex.lexicon.subjects)),
    sources: new PhraseSet(namesOf(lex.lexicon.sources)),
    places: new PhraseSet(namesOf(lex.lexicon.places)),
    metrics: new PhraseSet(metricNames),
    events: new PhraseSet(namesOf(lex.lexicon.events)),
  };
  cache.set(lex, out);
  return out;
};
