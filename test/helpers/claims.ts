/**
 * Test helper: hand-made claims with sensible defaults, so that a test states only what matters
 * to it ("SOHR said 311 killed on 2024-11-30") and the rest is filled in.
 */
import type { Claim } from "../../src/domain/claim.js";
import type { ArticleMeta } from "../../src/domain/corpus.js";
import type { Quantity } from "../../src/domain/quantity.js";
import { quantityOf, rangeQuantity } from "../../src/domain/quantity.js";
import type { IsoDay } from "../../src/domain/dates.js";

export interface ClaimSpec extends Partial<Omit<Claim, "quantity" | "asOf">> {
  /** An exact value (shortcut for `quantity`). */
  readonly value?: number;
  readonly quantity?: Quantity;
  /** The day of the statement (shortcut for an asOf of one day), or the interval. */
  readonly asOf?: IsoDay | { readonly earliest: IsoDay; readonly latest: IsoDay };
}

let counter = 0;

/** A claim: killed / all / aleppo-and-idlib since 2024-11-27, running total, from SOHR, unless told otherwise. */
export const claim = (spec: ClaimSpec = {}): Claim => {
  const article = spec.article ?? spec.id?.split("#")[0] ?? `article-${++counter}`;
  const id = spec.id ?? `${article}#${++counter}`;
  const quantity = spec.quantity ?? quantityOf(spec.value ?? 100, "exact");
  const asOf = typeof spec.asOf === "string" ? { earliest: spec.asOf, latest: spec.asOf } : (spec.asOf ?? { earliest: "2024-11-30", latest: "2024-11-30" });
  const quote = spec.quote ?? `${quantity.value ?? quantity.low ?? ""} killed`;
  return {
    id,
    article,
    metric: spec.metric ?? "killed",
    quantity,
    subject: spec.subject ?? "all",
    location: spec.location ?? "aleppo-and-idlib",
    source: spec.source ?? "sohr",
    via: spec.via ?? [],
    window: spec.window ?? { start: "2024-11-27", end: asOf.latest },
    tally: spec.tally ?? "running-total",
    asOf,
    partOf: spec.partOf ?? null,
    headline: spec.headline ?? false,
    span: spec.span ?? { start: 0, end: quote.length },
    quote,
    rule: spec.rule ?? "test",
  };
};

export const exact = (v: number): Quantity => quantityOf(v, "exact");
export const moreThan = (v: number): Quantity => quantityOf(v, "more-than");
export const atLeast = (v: number): Quantity => quantityOf(v, "at-least");
export const about = (v: number): Quantity => quantityOf(v, "about");
export const nearly = (v: number): Quantity => quantityOf(v, "nearly");
export const between = (lo: number, hi: number): Quantity => rangeQuantity(lo, hi);

/** A manifest entry for an article id. */
export const article = (id: string, spec: Partial<ArticleMeta> = {}): ArticleMeta => ({
  id,
  file: spec.file ?? `articles/${id}.txt`,
  outlet: spec.outlet ?? null,
  url: spec.url ?? null,
  language: spec.language ?? "en",
  published: spec.published ?? { earliest: "2024-11-30", latest: "2024-11-30" },
  publishedBasis: spec.publishedBasis ?? null,
});

/** Manifest entries for every article the claims name (language from `languages` when given). */
export const articlesOf = (claims: readonly Claim[], languages: Readonly<Record<string, string>> = {}): ArticleMeta[] =>
  [...new Set(claims.map((c) => c.article))].sort().map((id) => {
    const lang = languages[id];
    return lang === undefined ? article(id) : article(id, { language: lang });
  });
