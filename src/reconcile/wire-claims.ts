/**
 * Claims as they cross to the second thread: typed arrays and one table of their repeated texts
 * (articles, metrics, subjects, places, sources, relays, days, qualifiers), their ids as one string
 * with their lengths. Reconciling families reads neither a claim's quote, nor its span, nor its
 * rule: those do not cross (the claims read back have an empty quote and rule, and span 0–0). Sending claims as objects
 * costs as much to read back as the thread saves (docs/performance.md); these arrays are copied
 * or moved whole. The claims are given in canonical order, one per id, and come back in it.
 */
import type { Claim, Tally } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { Qualifier } from "../domain/quantity.js";

/** Repeated texts numbered in the order first met; the text met last is remembered per field. */
export class TextTable {
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `s`. */
  of(s: string): number {
    let k = this.numbers.get(s);
    if (k === undefined) this.numbers.set(s, (k = this.texts.push(s) - 1));
    return k;
  }
}

/** The number of a field's text, or -1 for null, remembering the last text of that field. */
class Field {
  private last: string | null = null;
  private lastNumber = -1;
  constructor(private readonly table: TextTable) {}

  of(s: string | null): number {
    if (s === null) return -1;
    if (s !== this.last) {
      this.last = s;
      this.lastNumber = this.table.of(s);
    }
    return this.lastNumber;
  }
}

/** Text fields per claim, in this order, as numbers into `texts` (-1 for null). */
const ARTICLE = 0;
const METRIC = 1;
const SUBJECT = 2;
const LOCATION = 3;
const SOURCE = 4;
const WINDOW_START = 5;
const WINDOW_END = 6;
const TALLY = 7;
const EARLIEST = 8;
const LATEST = 9;
const PART_OF = 10;
const QUALIFIER = 11;
const LANGUAGE = 12;
const TEXT_FIELDS = 13;

/** Numbers per claim: value, low, high (NaN for null). */
const NUMBERS = 3;

export interface ClaimsOnWire {
  readonly count: number;
  readonly texts: readonly string[];
  /** `TEXT_FIELDS` numbers per claim. */
  readonly fields: Int32Array;
  readonly numbers: Float64Array;
  readonly headline: Uint8Array;
  /** The relays of claim i are `viaTexts[viaStarts[i] .. viaStarts[i + 1])`. */
  readonly viaStarts: Int32Array;
  readonly viaTexts: Int32Array;
  /** The claims' ids, one after the other; `lengths` one per claim. */
  readonly unique: string;
  readonly lengths: Int32Array;
}

/** The buffers of `w`, to be moved rather than copied. */
export const claimBuffers = (w: ClaimsOnWire): ArrayBuffer[] =>
  [w.fields, w.numbers, w.headline, w.viaStarts, w.viaTexts, w.lengths].map((a) => a.buffer as ArrayBuffer);

const orNaN = (x: number | null): number => (x === null ? Number.NaN : x);
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * The claims at `positions` of `claims` (canonical order), with the language of each claim's
 * article (`languageOf`), on the wire.
 */
export const encodeClaims = (claims: readonly Claim[], positions: readonly number[], languageOf: (article: string) => string): ClaimsOnWire => {
  const n = positions.length;
  const table = new TextTable();
  const field = Array.from({ length: TEXT_FIELDS }, () => new Field(table));
  const fields = new Int32Array(n * TEXT_FIELDS);
  const numbers = new Float64Array(n * NUMBERS);
  const headline = new Uint8Array(n);
  const viaStarts = new Int32Array(n + 1);
  const via: number[] = [];
  const viaField = new Field(table);
  const unique: string[] = new Array(n);
  const lengths = new Int32Array(n);
  let lastArticle = "";
  let language = "";
  for (let i = 0; i < n; i++) {
    const c = claims[positions[i]!]!;
    const f = i * TEXT_FIELDS;
    fields[f + ARTICLE] = field[ARTICLE]!.of(c.article);
    fields[f + METRIC] = field[METRIC]!.of(c.metric);
    fields[f + SUBJECT] = field[SUBJECT]!.of(c.subject);
    fields[f + LOCATION] = field[LOCATION]!.of(c.location);
    fields[f + SOURCE] = field[SOURCE]!.of(c.source);
    fields[f + WINDOW_START] = field[WINDOW_START]!.of(c.window.start);
    fields[f + WINDOW_END] = field[WINDOW_END]!.of(c.window.end);
    fields[f + TALLY] = field[TALLY]!.of(c.tally);
    fields[f + EARLIEST] = field[EARLIEST]!.of(c.asOf.earliest);
    fields[f + LATEST] = field[LATEST]!.of(c.asOf.latest);
    fields[f + PART_OF] = field[PART_OF]!.of(c.partOf);
    fields[f + QUALIFIER] = field[QUALIFIER]!.of(c.quantity.qualifier);
    if (i === 0 || c.article !== lastArticle) {
      lastArticle = c.article;
      language = languageOf(c.article);
    }
    fields[f + LANGUAGE] = field[LANGUAGE]!.of(language);
    const q = c.quantity;
    const m = i * NUMBERS;
    numbers[m] = orNaN(q.value);
    numbers[m + 1] = orNaN(q.low);
    numbers[m + 2] = orNaN(q.high);
    headline[i] = c.headline ? 1 : 0;
    for (let v = 0; v < c.via.length; v++) via.push(viaField.of(c.via[v]!));
    viaStarts[i + 1] = via.length;
    unique[i] = c.id;
    lengths[i] = c.id.length;
  }
  return { count: n, texts: table.texts, fields, numbers, headline, viaStarts, viaTexts: Int32Array.from(via), unique: unique.join(""), lengths };
};

/** What claims read back share: one object for each distinct pair of days and list of relays. */
const shared = <T>(m: Map<number, T>, key: number, make: () => T): T => {
  let x = m.get(key);
  if (x === undefined) m.set(key, (x = make()));
  return x;
};

const NO_SPAN = { start: 0, end: 0 };

/** The claims of `w`, and their articles' languages as manifest entries (only `id` and `language` set). */
export const decodeClaims = (w: ClaimsOnWire): { readonly claims: Claim[]; readonly articles: ArticleMeta[] } => {
  const { texts, fields, numbers, headline, viaStarts, viaTexts, unique, lengths } = w;
  const text = (f: number): string | null => (f < 0 ? null : texts[f]!);
  const pairKey = (x: number, y: number): number => (x + 1) * (texts.length + 1) + (y + 1);
  const windows = new Map<number, Claim["window"]>();
  const asOfs = new Map<number, Claim["asOf"]>();
  const vias = new Map<number, readonly string[]>();
  const viaOf = (i: number): readonly string[] => {
    const from = viaStarts[i]!;
    const to = viaStarts[i + 1]!;
    const make = (): string[] => {
      const via: string[] = new Array(to - from);
      for (let v = from; v < to; v++) via[v - from] = texts[viaTexts[v]!]!;
      return via;
    };
    // Lists of none or one relay are shared; longer ones are made for each claim.
    return to - from > 1 ? make() : shared(vias, to === from ? -1 : viaTexts[from]!, make);
  };
  const claims: Claim[] = new Array(w.count);
  const articles: ArticleMeta[] = [];
  let at = 0;
  for (let i = 0; i < w.count; i++) {
    const f = i * TEXT_FIELDS;
    const m = i * NUMBERS;
    const id = unique.slice(at, (at += lengths[i]!));
    const article = texts[fields[f + ARTICLE]!]!;
    if (i === 0 || fields[f + ARTICLE] !== fields[f - TEXT_FIELDS + ARTICLE])
      articles.push({ id: article, language: texts[fields[f + LANGUAGE]!]! } as ArticleMeta);
    const ws = fields[f + WINDOW_START]!;
    const we = fields[f + WINDOW_END]!;
    const e = fields[f + EARLIEST]!;
    const l = fields[f + LATEST]!;
    claims[i] = {
      id,
      article,
      metric: texts[fields[f + METRIC]!]!,
      quantity: { value: orNull(numbers[m]!), qualifier: texts[fields[f + QUALIFIER]!]! as Qualifier, low: orNull(numbers[m + 1]!), high: orNull(numbers[m + 2]!) },
      subject: texts[fields[f + SUBJECT]!]!,
      location: texts[fields[f + LOCATION]!]!,
      source: texts[fields[f + SOURCE]!]!,
      via: viaOf(i),
      window: shared(windows, pairKey(ws, we), () => ({ start: text(ws), end: text(we) })),
      tally: texts[fields[f + TALLY]!]! as Tally,
      asOf: shared(asOfs, pairKey(e, l), () => ({ earliest: texts[e]!, latest: texts[l]! })),
      partOf: text(fields[f + PART_OF]!),
      headline: headline[i] === 1,
      span: NO_SPAN,
      quote: "",
      rule: "",
    };
  }
  return { claims, articles };
};
