/**
 * The lexicon: what the engine knows about one conflict, as data. Subjects (who is counted) and
 * places form hierarchies (a child's count is part of its parent's); sources have a kind that sets
 * how far their numbers are trusted; metrics name what is counted. Every entry carries its names in
 * each language (aliases and spelling variants). Another conflict needs another lexicon, not code.
 */
import type { IsoDay } from "./dates.js";

/** Names of an entry per language: `{ "ar": ["المرصد السوري", …], "en": ["SOHR", …] }`. */
export type Names = Readonly<Record<string, readonly string[]>>;

export type SourceKind =
  | "monitor"
  | "un-agency"
  | "ngo"
  | "belligerent"
  | "state-media"
  | "government"
  | "news-agency"
  | "outlet"
  | "witnesses"
  | "other";

export const SOURCE_KINDS: readonly SourceKind[] = [
  "monitor",
  "un-agency",
  "ngo",
  "belligerent",
  "state-media",
  "government",
  "news-agency",
  "outlet",
  "witnesses",
  "other",
];

export interface SubjectEntry {
  readonly id: string;
  readonly parent: string | null;
  /** A party to the conflict (a force or an armed group), not a kind of people: "others" counted after its members are more of them. */
  readonly party: boolean;
  readonly names: Names;
}

export interface SourceEntry {
  readonly id: string;
  readonly kind: SourceKind;
  /** The subject (side) a belligerent or its media speaks for; its claims about others are partisan. */
  readonly side: string | null;
  /** Overrides the kind's default reliability weight (0..1), documented in docs/reconciliation.md. */
  readonly reliability: number | null;
  readonly names: Names;
}

export interface PlaceEntry {
  readonly id: string;
  readonly parent: string | null;
  readonly names: Names;
}

/**
 * Whom a count of a metric is about: the people counted ("24 civilians killed"), the actor that
 * did what is counted ("the rebels seized 50 villages"), or nobody named in the text (airstrikes,
 * which always get the metric's default subject).
 */
export type SubjectRole = "counted" | "actor" | "fixed";

export interface MetricEntry {
  readonly id: string;
  /** Whether reports of this metric are usually running totals (killed) rather than events. */
  readonly cumulative: boolean;
  /** Whom the count is about (optional in the file, default `counted`). */
  readonly subjectRole?: SubjectRole;
  /** The subject a count of this metric gets when the text names none (default: the lexicon default). */
  readonly defaultSubject?: string | null;
  /**
   * Subjects this metric never counts, with everyone within them (optional, default none): soldiers
   * crossing a border are not displaced people, so a count of them under `displaced` is no claim.
   */
  readonly notOf?: readonly string[];
  /**
   * Subjects whose counts are of this metric when no metric word stands in their sentence but the
   * sentence before names this one (optional, default none): families counted after a sentence on
   * an exodus are displaced families ("نحو 8 آلاف عائلة وصلت حتى مساء أمس إلى مدينة الطبقة").
   */
  readonly impliedFor?: readonly string[];
  /** Words that signal the metric in each language (verbs, nouns). */
  readonly names: Names;
}

/** A named event of the conflict whose start anchors "since the offensive began". */
export interface EventEntry {
  readonly id: string;
  readonly start: IsoDay;
  /**
   * The place the event's running totals cover: a toll of the event said to be "in Syria" (a
   * place above this one) is the event's toll, and is grouped here; null when unknown.
   */
  readonly area: string | null;
  readonly names: Names;
}

export interface Lexicon {
  readonly name: string;
  readonly description: string | null;
  readonly subjects: readonly SubjectEntry[];
  readonly sources: readonly SourceEntry[];
  readonly places: readonly PlaceEntry[];
  readonly metrics: readonly MetricEntry[];
  readonly events: readonly EventEntry[];
  /** What a claim gets when the text names no subject or place. */
  readonly defaults: { readonly subject: string; readonly location: string };
}

/** The first name of an entry in a language (English by default), else in any language, else its id. */
export const entryName = (names: Names | undefined, id: string, language = "en"): string => {
  if (!names) return id;
  const preferred = names[language]?.[0];
  if (preferred) return preferred;
  for (const list of Object.values(names)) if (list[0]) return list[0];
  return id;
};

/** Lookups over a lexicon, built once. */
export interface LexiconIndex {
  readonly lexicon: Lexicon;
  readonly subject: (id: string) => SubjectEntry | undefined;
  readonly source: (id: string) => SourceEntry | undefined;
  readonly place: (id: string) => PlaceEntry | undefined;
  readonly metric: (id: string) => MetricEntry | undefined;
  /** The subject and its ancestors, nearest first. */
  readonly subjectAncestors: (id: string) => readonly string[];
  readonly placeAncestors: (id: string) => readonly string[];
  /** `child` is `parent` or lies below it. */
  readonly subjectWithin: (child: string, parent: string) => boolean;
  readonly placeWithin: (child: string, parent: string) => boolean;
}

const chain = (byId: ReadonlyMap<string, { parent: string | null }>, id: string): string[] => {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let cur: string | null = id; cur !== null && !seen.has(cur); cur = byId.get(cur)?.parent ?? null) {
    seen.add(cur);
    out.push(cur);
  }
  return out;
};

export const indexLexicon = (lexicon: Lexicon): LexiconIndex => {
  const subjects = new Map(lexicon.subjects.map((s) => [s.id, s]));
  const sources = new Map(lexicon.sources.map((s) => [s.id, s]));
  const places = new Map(lexicon.places.map((p) => [p.id, p]));
  const metrics = new Map(lexicon.metrics.map((m) => [m.id, m]));
  const subjectChains = new Map<string, readonly string[]>();
  const placeChains = new Map<string, readonly string[]>();
  const memo = (cache: Map<string, readonly string[]>, byId: ReadonlyMap<string, { parent: string | null }>, id: string) => {
    let c = cache.get(id);
    if (!c) {
      c = chain(byId, id);
      cache.set(id, c);
    }
    return c;
  };
  return {
    lexicon,
    subject: (id) => subjects.get(id),
    source: (id) => sources.get(id),
    place: (id) => places.get(id),
    metric: (id) => metrics.get(id),
    subjectAncestors: (id) => memo(subjectChains, subjects, id),
    placeAncestors: (id) => memo(placeChains, places, id),
    subjectWithin: (child, parent) => memo(subjectChains, subjects, child).includes(parent),
    placeWithin: (child, parent) => memo(placeChains, places, child).includes(parent),
  };
};
