/** Codec of a corpus lexicon, `lexicon.json` (format in docs/lexicon.md). */
import * as t from "io-ts";
import { SOURCE_KINDS, type Lexicon } from "../domain/lexicon.js";
import { IsoDayC, NonEmptyString, nullable, oneOf } from "./primitives.js";

export const NamesC = t.record(t.string, t.array(t.string), "Names");

const optionalNull = <C extends t.Mixed>(c: C) => t.union([c, t.null, t.undefined]);

export const SubjectEntryC = t.intersection(
  [t.type({ id: NonEmptyString, parent: nullable(t.string), names: NamesC }), t.partial({ party: optionalNull(t.boolean) })],
  "SubjectEntry",
);
export const SourceEntryC = t.type(
  {
    id: NonEmptyString,
    kind: oneOf(SOURCE_KINDS, "SourceKind"),
    side: optionalNull(t.string),
    reliability: optionalNull(t.number),
    names: NamesC,
  },
  "SourceEntry",
);
export const PlaceEntryC = t.type({ id: NonEmptyString, parent: nullable(t.string), names: NamesC }, "PlaceEntry");
export const MetricEntryC = t.intersection(
  [
    t.type({ id: NonEmptyString, cumulative: t.boolean, names: NamesC }),
    t.partial({ subjectRole: optionalNull(oneOf(["counted", "actor", "fixed"] as const, "SubjectRole")), defaultSubject: optionalNull(t.string), notOf: optionalNull(t.array(t.string)), impliedFor: optionalNull(t.array(t.string)) }),
  ],
  "MetricEntry",
);
export const EventEntryC = t.type({ id: NonEmptyString, start: IsoDayC, area: optionalNull(t.string), names: NamesC }, "EventEntry");

export const LexiconFileC = t.type(
  {
    name: NonEmptyString,
    description: optionalNull(t.string),
    subjects: t.array(SubjectEntryC),
    sources: t.array(SourceEntryC),
    places: t.array(PlaceEntryC),
    metrics: t.array(MetricEntryC),
    events: t.union([t.array(EventEntryC), t.undefined]),
    defaults: t.type({ subject: NonEmptyString, location: NonEmptyString }),
  },
  "Lexicon",
);
export type LexiconFile = t.TypeOf<typeof LexiconFileC>;

/** The domain lexicon from a decoded file (optional fields filled with their defaults). */
export const lexiconFromFile = (f: LexiconFile): Lexicon => ({
  name: f.name,
  description: f.description ?? null,
  subjects: f.subjects.map((s) => ({ ...s, party: s.party ?? false })),
  sources: f.sources.map((s) => ({ ...s, side: s.side ?? null, reliability: s.reliability ?? null })),
  places: f.places,
  metrics: f.metrics.map((m) => ({ ...m, subjectRole: m.subjectRole ?? "counted", defaultSubject: m.defaultSubject ?? null, notOf: m.notOf ?? [], impliedFor: m.impliedFor ?? [] })),
  events: (f.events ?? []).map((e) => ({ ...e, area: e.area ?? null })),
  defaults: f.defaults,
});
