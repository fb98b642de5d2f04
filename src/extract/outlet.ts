/**
 * The publishing outlet of an article as a source id: the lexicon source whose name is the
 * manifest's outlet (or its part before or inside parentheses: "Al Mashhad (المشهد)"), else a
 * slug of the outlet's name; null when the outlet is unknown.
 */
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { normalizeWord } from "./text/normalize.js";
import { spellings } from "./text/spelling.js";

/** Lower-case ASCII slug ("Digital Journal" → "digital-journal"); non-Latin names keep their letters. */
export const slug = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "") || "outlet";

/** Normalised source names per lexicon, built once: [id, is an outlet, names]. */
const namesCache = new WeakMap<LexiconIndex, readonly (readonly [string, boolean, ReadonlySet<string>])[]>();
const sourceNames = (lex: LexiconIndex) => {
  let c = namesCache.get(lex);
  if (!c) {
    c = lex.lexicon.sources.map((src) => [src.id, src.kind === "outlet", new Set(Object.values(src.names).flat().flatMap(spellings).map(normalizeWord))] as const);
    namesCache.set(lex, c);
  }
  return c;
};

/** Outlet ids per lexicon by outlet name (a corpus names few outlets). */
const outletIds = new WeakMap<LexiconIndex, Map<string, string | null>>();

export const outletId = (meta: Pick<ArticleMeta, "outlet"> & Partial<Pick<ArticleMeta, "id">>, lex: LexiconIndex): string | null => {
  const name = meta.outlet;
  if (typeof name !== "string") return outletIdOf(name, lex);
  const id = knownOutletId(name, lex);
  return id !== null && meta.id !== undefined && lex.source(id) === undefined ? corpusOutletId(meta.id, id) : id;
};

/**
 * The corpus's own id for an outlet the lexicon does not know, where its article ids carry one
 * ("en-syrianobserver-20241127" for "The Syrian Observer", "ar-aawsat-20241204" for "Asharq
 * Al-Awsat (الشرق الأوسط)"): the middle of an id of the form language-outlet-date; else the slug.
 */
const corpusOutletId = (articleId: string, slugId: string): string => /^[a-z]{2,3}-([a-z0-9]+)-\d{8}(?:-.*)?$/.exec(articleId)?.[1] ?? slugId;

const knownOutletId = (name: string, lex: LexiconIndex): string | null => {
  let known = outletIds.get(lex);
  if (known === undefined) {
    known = new Map();
    outletIds.set(lex, known);
  }
  let id = known.get(name);
  if (id === undefined) {
    if (known.size >= 10_000) known.clear();
    id = outletIdOf(name, lex);
    known.set(name, id);
  }
  return id;
};

/** An outlet's name as written, the part before its parentheses, and the part inside them ("International Rescue Committee (IRC)"). */
export const outletNameParts = (name: string): { whole: string; before: string; inside: string } => ({
  whole: name.trim(),
  before: name.replace(/\(.*$/, "").trim(),
  inside: (/\(([^)]*)\)/.exec(name)?.[1] ?? "").trim(),
});

/** A name written as an acronym of three letters or more ("OCHA", "UNICEF"), which a country office's name opens with. */
const ACRONYM = /^[A-Z]{3,}$/;

const outletIdOf = (name: string | null | undefined, lex: LexiconIndex): string | null => {
  const outlet = name?.trim();
  if (!outlet) return null;
  const parts = outletNameParts(outlet);
  const whole = normalizeWord(parts.whole);
  const before = normalizeWord(parts.before);
  const inside = normalizeWord(parts.inside);
  // ("UNHCR, the UN Refugee Agency", "Sky News Arabia – Abu Dhabi": the name before an apposition)
  const head = normalizeWord(outlet.replace(/\s*[,–—|:].*$/, ""));
  const candidates = [whole, before, inside, head].filter((c) => c.length > 0);
  for (const wantOutlet of [true, false]) {
    for (const [id, isOutlet, names] of sourceNames(lex)) {
      if (isOutlet !== wantOutlet) continue;
      const hit = wantOutlet ? candidates.some((c) => names.has(c)) : names.has(whole) || names.has(before) || names.has(head);
      if (hit) return id;
    }
  }
  // an edition or office named after a source ("World Health Organization Regional Office for the
  // Eastern Mediterranean", "Anadolu Arabic", "OCHA Syria"): the longest name the outlet's name opens
  // with, of two words or more, or of one for an outlet or agency or when it is an acronym
  let best: { id: string; length: number } | null = null;
  for (const src of lex.lexicon.sources) {
    const media = src.kind === "outlet" || src.kind === "news-agency";
    for (const name of Object.values(src.names).flat().flatMap(spellings)) {
      const n = normalizeWord(name);
      const words = n.split(" ").length;
      if ((words >= 2 || media || ACRONYM.test(name)) && whole.startsWith(`${n} `) && (best === null || n.length > best.length)) best = { id: src.id, length: n.length };
    }
  }
  if (best !== null) return best.id;
  return slug(outlet.replace(/\(.*$/, "")) || slug(outlet);
};

/** The source of a number that an article with no named outlet gives on its own authority. */
export const UNATTRIBUTED = "unattributed";
