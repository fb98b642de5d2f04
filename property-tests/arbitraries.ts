/** fast-check generators of the domain's values (days, quantities, claims, manifests, lexicons). */
import fc from "fast-check";
import { addDays } from "../src/domain/dates.js";
import { QUALIFIERS, quantityOf, rangeQuantity, vagueQuantity, VAGUE_BOUNDS, type Quantity, type VagueAmount } from "../src/domain/quantity.js";
import { SOURCE_KINDS } from "../src/domain/lexicon.js";
import type { Claim } from "../src/domain/claim.js";
import type { ArticleMeta } from "../src/domain/corpus.js";

export const isoDay = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2020-01-01", n));

export const dayInterval = fc.tuple(isoDay, fc.integer({ min: 0, max: 5 })).map(([d, n]) => ({ earliest: d, latest: addDays(d, n) }));

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

export const quantity: fc.Arbitrary<Quantity> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(...QUALIFIERS.filter((q) => q !== "range" && q !== "vague")))
    .map(([v, q]) => quantityOf(v, q as Exclude<(typeof QUALIFIERS)[number], "range" | "vague">)),
  fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 })).map(([a, b]) => rangeQuantity(a, b)),
  fc.constantFrom(...(Object.keys(VAGUE_BOUNDS) as VagueAmount[])).map(vagueQuantity),
);

export const claim: fc.Arbitrary<Claim> = fc
  .record({
    article: slug,
    n: fc.integer({ min: 1, max: 500 }),
    metric: fc.constantFrom("killed", "injured", "displaced", "captured", "airstrikes", "localities-seized"),
    quantity,
    subject: slug,
    location: slug,
    source: slug,
    via: fc.array(slug, { maxLength: 3 }),
    window: fc.record({ start: fc.option(isoDay, { nil: null }), end: fc.option(isoDay, { nil: null }) }),
    tally: fc.constantFrom("running-total" as const, "period" as const),
    asOf: dayInterval,
    partOf: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    headline: fc.boolean(),
    start: fc.nat({ max: 10000 }),
    quote: fc.string({ unit: "grapheme", maxLength: 60 }),
    rule: fc.constantFrom("ar/count-of-killed", "en/toll-rose-to", "review"),
  })
  .map((r) => ({
    id: `${r.article}#${r.n}`,
    article: r.article,
    metric: r.metric,
    quantity: r.quantity,
    subject: r.subject,
    location: r.location,
    source: r.source,
    via: r.via,
    window: r.window,
    tally: r.tally,
    asOf: r.asOf,
    partOf: r.partOf === null ? null : `${r.article}#${r.partOf}`,
    headline: r.headline,
    span: { start: r.start, end: r.start + r.quote.length },
    quote: r.quote,
    rule: r.rule,
  }));

export const articleMeta: fc.Arbitrary<ArticleMeta> = fc
  .record({
    id: slug,
    outlet: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    url: fc.option(fc.webUrl(), { nil: null }),
    language: fc.constantFrom("ar", "en", "fr"),
    published: dayInterval,
    publishedBasis: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
  })
  .map((r) => ({ ...r, file: `articles/${r.id}.txt` }));

const names = fc.dictionary(fc.constantFrom("ar", "en"), fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }), { maxKeys: 2 });

export const lexiconFile = fc.record({
  name: slug,
  description: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
  subjects: fc.array(fc.record({ id: slug, parent: fc.option(slug, { nil: null }), names }), { maxLength: 5 }),
  sources: fc.array(
    fc.record({
      id: slug,
      kind: fc.constantFrom(...SOURCE_KINDS),
      side: fc.option(slug, { nil: null }),
      reliability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      names,
    }),
    { maxLength: 5 },
  ),
  places: fc.array(fc.record({ id: slug, parent: fc.option(slug, { nil: null }), names }), { maxLength: 5 }),
  metrics: fc.array(fc.record({ id: slug, cumulative: fc.boolean(), names }), { maxLength: 3 }),
  events: fc.array(fc.record({ id: slug, start: isoDay, area: fc.option(slug, { nil: null }), names }), { maxLength: 2 }),
  defaults: fc.record({ subject: slug, location: slug }),
});
