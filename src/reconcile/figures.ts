/**
 * Figures: the distinct numbers a group holds. Claims that repeat one origin's number for the same
 * day (ten outlets carrying one dispatch) collapse into one figure that lists them all; items
 * of one article's breakdown that fall in the same group (24 civilians killed by shelling and 19
 * by airstrikes; 1 child among the first, 4 among the second) are added up; a claim nested inside
 * another claim of the same group (4 officers among 79 soldiers) is not a figure of the group's
 * total.
 */
import type { Claim } from "../domain/claim.js";
import type { IsoDay } from "../domain/dates.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { comparableInterval, pointValue, type Quantity } from "../domain/quantity.js";
import { quantityText } from "./describe.js";
import { ASIDE, compareBarred, EXACT as EXACT_FLAG, HEADLINE, INFINITE, PART, SECOND_HAND, type ClaimColumns } from "./columns.js";
import { claimWeight, isPartisan, originOf, PARTISAN_FACTOR, sourceWeight } from "./reliability.js";
import { compareStrings, sortRange } from "./order.js";

export interface Figure {
  /**
   * Stable identity within its group: origin, days and interval (made each time it is read: figures
   * are ordered and compared by `compareKeys`, which gives the order of their keys without them).
   */
  readonly key: string;
  readonly group: string;
  readonly origin: string;
  readonly source: string;
  readonly earliest: IsoDay;
  readonly latest: IsoDay;
  /** A representative number (the value as written, else the middle or bound of the interval). */
  readonly value: number;
  /** The interval compared with others (documented tolerance for "about"/"nearly"); high may be Infinity. */
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
  /** The quantity it reads (of its first claim). */
  readonly quantity: Quantity;
  /** The quantities added up into it when breakdown items were summed, else null. */
  readonly items: readonly Quantity[] | null;
  /** Canonical positions of the claims behind it, in claim id order (`claimIdsOf` gives their ids). */
  readonly ranks: readonly number[];
  /** How many claims are behind it (`ranks.length`, without making the list). */
  readonly rankCount: number;
  /** Writes `ranks` into `out` from position `at` (at `out.length`, appends them); returns the position after them. */
  copyRanks(out: number[], at: number): number;
  readonly articles: readonly string[];
  readonly partisan: boolean;
  readonly weight: number;
  /** `earliest` and `latest` as day numbers (integers compare faster than ISO strings in sweeps). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Position in its group's figures, which are in key order: a cheap tie-break. */
  seq: number;
  /** Every claim behind it is a headline number. */
  readonly headline: boolean;
  /**
   * Every claim behind it reached its article second-hand: at least one intermediary stands between
   * the origin and the publishing outlet (its `via`, the publisher last, has two or more entries).
   * A claim whose `via` is empty or names only the publisher is the origin's statement as reported.
   */
  readonly secondHand: boolean;
}

/** The ids of the claims behind a figure, in claim id order; `claims` are all claims in canonical order. */
export const claimIdsOf = (claims: readonly Claim[], f: Pick<Figure, "ranks">): string[] => f.ranks.map((r) => claims[r]!.id);

/** How a figure reads: "more than 200", "24 + 19". */
export const amountText = (f: Pick<Figure, "quantity" | "items">): string =>
  f.items === null ? quantityText(f.quantity) : f.items.map(quantityText).join(" + ");

/** Breakdown items of one article summed into one number of the group. */
interface Unit {
  readonly claims: Claim[];
  readonly ranks: number[];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly exact: boolean;
}

const unitOfItems = (cs: Claim[], ranks: number[]): Unit => {
  let value = 0;
  let low = 0;
  let high = 0;
  let exact = true;
  for (const c of cs) {
    const i = comparableInterval(c.quantity);
    value += pointValue(c.quantity);
    low += i.low;
    high += i.high;
    exact &&= c.quantity.qualifier === "exact";
  }
  return { claims: cs, ranks, value, low, high, exact };
};

interface SourceInfo {
  readonly named: boolean;
  readonly partisan: boolean;
  readonly weight: number;
}

const sourceInfoOf = (lexicon: LexiconIndex, c: Claim): SourceInfo => ({
  named: originOf(lexicon, c) === c.source,
  partisan: isPartisan(lexicon, c),
  weight: claimWeight(lexicon, c),
});

const figureKey = (origin: string, earliest: IsoDay, latest: IsoDay, exact: boolean, low: number, high: number, value: number): string =>
  `${origin}|${earliest}|${latest}|${exact ? "x" : "~"}|${low}|${high}|${value}`;

const EXACT = 120; // "x"
const INEXACT = 126; // "~"

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Whole numbers from 0 to 15 digits: their decimal strings compare by arithmetic. */
const isPlain = (x: number): boolean => x >= 0 && x < 1e15 && Number.isInteger(x);

const digitCount = (x: number): number => {
  let n = 1;
  while (n < 15 && x >= POW10[n]!) n++;
  return n;
};

/**
 * Compares `String(x)` with `String(y)` as strings, each followed by a bar when `barred` (a field
 * inside a key) or by nothing (the key's last field); whole numbers without making the strings.
 */
const compareNumberTexts = (x: number, y: number, barred: boolean): number => {
  if (x === y || (x !== x && y !== y)) return 0;
  if (isPlain(x) && isPlain(y)) {
    const dx = digitCount(x);
    const dy = digitCount(y);
    if (dx === dy) return x - y;
    // The longer one's leading digits against the shorter; equal: the shorter is its prefix, and a
    // bar sorts after every digit, the end of the string before any.
    if (dx < dy) {
      const p = POW10[dy - dx]!;
      const lead = (y - (y % p)) / p;
      return x !== lead ? x - lead : barred ? 1 : -1;
    }
    const p = POW10[dx - dy]!;
    const lead = (x - (x % p)) / p;
    return lead !== y ? lead - y : barred ? -1 : 1;
  }
  const sx = String(x);
  const sy = String(y);
  if (barred) return compareBarred(sx, sy); // number texts hold no bar: never NaN
  return sx < sy ? -1 : sx > sy ? 1 : 0;
};

/** The order of two figures' keys, from their fields; NaN when a text field holding a bar leaves it open. */
const compareKeyFields = (a: Figure, b: Figure): number => {
  // NaN is falsy: each text field is tested before the next is read.
  let d = compareBarred(a.origin, b.origin);
  if (d !== 0) return d;
  d = compareBarred(a.earliest, b.earliest);
  if (d !== 0) return d;
  d = compareBarred(a.latest, b.latest);
  if (d !== 0) return d;
  return (
    (a.exact ? EXACT : INEXACT) - (b.exact ? EXACT : INEXACT) ||
    compareNumberTexts(a.low, b.low, true) ||
    compareNumberTexts(a.high, b.high, true) ||
    compareNumberTexts(a.value, b.value, false)
  );
};

/**
 * The order of two figures' keys as strings (`compareStrings(a.key, b.key)` in sign), without
 * making the keys: a group's figures are in key order (their `seq`), others compare field by field.
 */
export const compareKeys = (a: Figure, b: Figure): number => {
  if (a === b) return 0;
  if (a.group === b.group) return a.seq - b.seq;
  const d = compareKeyFields(a, b);
  return Number.isNaN(d) ? compareStrings(a.key, b.key) : d;
};

/**
 * Whether `a1 + "\u0000" + b1` sorts before `a2 + "\u0000" + b2`, the keys of two pairs of
 * figures joined: the first keys decide, then the second (a key ends in digits, so where one first
 * key is the other's prefix the shorter sorts first either way); a key holding that character is
 * compared as the joined strings.
 */
export const keyPairBefore = (a1: Figure, b1: Figure, a2: Figure, b2: Figure): boolean => {
  if (hasNul(a1) || hasNul(b1) || hasNul(a2) || hasNul(b2)) return `${a1.key}\u0000${b1.key}` < `${a2.key}\u0000${b2.key}`;
  return (compareKeys(a1, a2) || compareKeys(b1, b2)) < 0;
};

const hasNul = (f: Figure): boolean => f.origin.indexOf("\u0000") >= 0 || f.earliest.indexOf("\u0000") >= 0 || f.latest.indexOf("\u0000") >= 0;

/** Bits of a figure's flags. */
const F_EXACT = 1;
const F_PARTISAN = 2;
const F_HEADLINE = 4;
const F_SECOND_HAND = 8;

/**
 * What the figures of one reconciliation share: the claims' columns, the article lists, and each
 * source's weight before partisanship (by source number, NaN until first read).
 */
interface FigureContext {
  readonly cols: ClaimColumns;
  readonly articleList: (rank: number) => readonly string[];
  readonly lexicon: LexiconIndex;
  readonly sourceWeights: Float64Array;
  /** The columns read most, at hand (`cols.held`, `cols.earliest`, `cols.latest`, `cols.days`, `cols.dayNumbers`). */
  readonly lows: Int32Array;
  readonly highs: Int32Array;
  readonly values: Int32Array;
  readonly earliest: Int32Array;
  readonly latest: Int32Array;
  readonly days: readonly IsoDay[];
  readonly dayNumbers: Float64Array;
}

/** The context of each columns' figures (held no longer than the columns). */
const contexts = new WeakMap<ClaimColumns, FigureContext>();

const contextOf = (lexicon: LexiconIndex, articleList: (rank: number) => readonly string[], cols: ClaimColumns): FigureContext => {
  const x = contexts.get(cols);
  if (x !== undefined && x.lexicon === lexicon && x.articleList === articleList) return x;
  const ctx: FigureContext = {
    cols,
    articleList,
    lexicon,
    sourceWeights: new Float64Array(cols.sources.length).fill(Number.NaN),
    lows: cols.held.low,
    highs: cols.held.high,
    values: cols.held.value,
    earliest: cols.earliest,
    latest: cols.latest,
    days: cols.days,
    dayNumbers: cols.dayNumbers,
  };
  contexts.set(cols, ctx);
  return ctx;
};

/**
 * A figure, kept small (a large group's figures outlive the young generation): its days, source and,
 * for a claim standing alone, its numbers are read from the claims' columns at the position of its
 * first claim; summed items keep their numbers in their unit; the weight is the source's, shared;
 * the flags are one bit field; a figure of one claim keeps no list of positions, and none keeps
 * its key.
 */
class FigureRecord implements Figure {
  constructor(
    private readonly ctx: FigureContext,
    readonly group: string,
    readonly origin: string,
    /** The claim it reads (its quantity is read from it when a text needs it), at canonical position `r0`. */
    private readonly c0: Claim,
    private readonly r0: number,
    /** The summed items it reads, else null. */
    private readonly unit: Unit | null,
    /** The positions of its claims when not `r0` alone. */
    private readonly list: readonly number[] | null,
    /** Its articles when not those of `r0` alone. */
    private readonly arts: readonly string[] | null,
    private readonly bits: number,
    public seq: number,
  ) {}

  get source(): string {
    const cols = this.ctx.cols;
    return cols.sources[cols.source[this.r0]!]!;
  }
  get earliest(): IsoDay {
    const ctx = this.ctx;
    return ctx.days[ctx.earliest[this.r0]!]!;
  }
  get latest(): IsoDay {
    const ctx = this.ctx;
    return ctx.days[ctx.latest[this.r0]!]!;
  }
  get firstDay(): number {
    const ctx = this.ctx;
    return ctx.dayNumbers[ctx.earliest[this.r0]!]!;
  }
  get lastDay(): number {
    const ctx = this.ctx;
    return ctx.dayNumbers[ctx.latest[this.r0]!]!;
  }
  get value(): number {
    const u = this.unit;
    if (u !== null) return u.value;
    const x = this.ctx.values[this.r0]!;
    return x > ASIDE && x < INFINITE ? x : this.ctx.cols.value(this.r0);
  }
  get low(): number {
    const u = this.unit;
    if (u !== null) return u.low;
    const x = this.ctx.lows[this.r0]!;
    return x > ASIDE && x < INFINITE ? x : this.ctx.cols.low(this.r0);
  }
  get high(): number {
    const u = this.unit;
    if (u !== null) return u.high;
    const x = this.ctx.highs[this.r0]!;
    return x > ASIDE && x < INFINITE ? x : this.ctx.cols.high(this.r0);
  }
  get exact(): boolean {
    return (this.bits & F_EXACT) !== 0;
  }
  get partisan(): boolean {
    return (this.bits & F_PARTISAN) !== 0;
  }
  get headline(): boolean {
    return (this.bits & F_HEADLINE) !== 0;
  }
  get secondHand(): boolean {
    return (this.bits & F_SECOND_HAND) !== 0;
  }
  get weight(): number {
    const ctx = this.ctx;
    const k = ctx.cols.source[this.r0]!;
    let w = ctx.sourceWeights[k]!;
    if (w !== w) ctx.sourceWeights[k] = w = sourceWeight(ctx.lexicon, ctx.cols.sources[k]!);
    return w * ((this.bits & F_PARTISAN) !== 0 ? PARTISAN_FACTOR : 1);
  }
  get ranks(): readonly number[] {
    return this.list ?? [this.r0];
  }
  get rankCount(): number {
    return this.list === null ? 1 : this.list.length;
  }
  copyRanks(out: number[], at: number): number {
    const l = this.list;
    if (l === null) {
      out[at] = this.r0;
      return at + 1;
    }
    for (let i = 0; i < l.length; i++) out[at + i] = l[i]!;
    return at + l.length;
  }
  get articles(): readonly string[] {
    return this.arts ?? this.ctx.articleList(this.r0);
  }
  get items(): readonly Quantity[] | null {
    const u = this.unit;
    return u === null || u.claims.length === 1 ? null : u.claims.map((c) => c.quantity);
  }
  get quantity(): Quantity {
    return this.c0.quantity;
  }

  /** Made each time it is read (only ids of contradictions and notes read it): kept, it would outlive the young generation with the figure. */
  get key(): string {
    return figureKey(this.origin, this.earliest, this.latest, this.exact, this.low, this.high, this.value);
  }
}

/** The distinct articles of `cs`, in text order (sorted in place and deduplicated: no set, no copies). */
const articlesOf = (cs: readonly Claim[]): string[] => {
  const out = cs.map((c) => c.article);
  sortRange(out, 0, out.length, compareStrings);
  let n = 0;
  for (let i = 0; i < out.length; i++) if (n === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
};

/** The claim positions given to `makeFigure` for a claim standing alone (it keeps `r0`, no list). */
const NO_RANKS: readonly number[] = [];

/**
 * A figure read from a claim standing alone (`unit` null) or from summed items (`unit`, whose first
 * claim is `c0`, at canonical position `r0`); `cs` and `ranks` are the claims behind it in id order,
 * `cs` null for `c0` alone; `ctx` what the figures share.
 */
const makeFigure = (
  ctx: FigureContext,
  groupId: string,
  origin: string,
  c0: Claim,
  r0: number,
  unit: Unit | null,
  cs: readonly Claim[] | null,
  ranks: readonly number[],
  info: SourceInfo,
  seq: number,
): Figure => {
  const flags = ctx.cols.flags;
  let headline = true;
  let secondHand = true;
  if (cs === null) {
    headline = (flags[r0]! & HEADLINE) !== 0;
    secondHand = (flags[r0]! & SECOND_HAND) !== 0;
  } else
    for (const r of ranks) {
      headline &&= (flags[r]! & HEADLINE) !== 0;
      secondHand &&= (flags[r]! & SECOND_HAND) !== 0;
    }
  const exact = unit === null ? (flags[r0]! & EXACT_FLAG) !== 0 : unit.exact;
  const bits = (exact ? F_EXACT : 0) | (info.partisan ? F_PARTISAN : 0) | (headline ? F_HEADLINE : 0) | (secondHand ? F_SECOND_HAND : 0);
  return new FigureRecord(
    ctx,
    groupId,
    origin,
    c0,
    r0,
    unit,
    ranks === NO_RANKS || (ranks.length === 1 && ranks[0] === r0) ? null : ranks,
    cs === null || cs.length === 1 ? null : articlesOf(cs),
    bits,
    seq,
  );
};

/**
 * Origin numbers (`out[0..m)`, numbers into `texts`) replaced by ranks in the order of `text + "|"`,
 * equal texts ranked alike; false when a text holds a bar.
 */
const rankOrigins = (texts: readonly string[], m: number, out: Int32Array): boolean => {
  for (const t of texts) if (t.indexOf("|") >= 0) return false;
  if (texts.length === 1) {
    out.fill(0, 0, m);
    return true;
  }
  const order = texts.map((_, k) => k);
  sortRange(order, 0, order.length, (x, y) => compareBarred(texts[x]!, texts[y]!));
  const rankOf = new Int32Array(texts.length);
  for (let i = 0, r = 0; i < order.length; i++) {
    if (i > 0 && texts[order[i]!] !== texts[order[i - 1]!]) r++;
    rankOf[order[i]!] = r;
  }
  for (let u = 0; u < m; u++) out[u] = rankOf[out[u]!]!;
  return true;
};

/** Columns of a group's units while its figures are made, shared by every group and grown as needed. */
let rank0 = new Int32Array(256);
let lows = new Float64Array(256);
let highs = new Float64Array(256);
let values = new Float64Array(256);
let exacts = new Uint8Array(256);
let oR = new Int32Array(256);
let eR = new Int32Array(256);
let lR = new Int32Array(256);

const reserveColumns = (n: number): void => {
  if (rank0.length >= n) return;
  const size = Math.max(n, 2 * rank0.length);
  rank0 = new Int32Array(size);
  lows = new Float64Array(size);
  highs = new Float64Array(size);
  values = new Float64Array(size);
  exacts = new Uint8Array(size);
  oR = new Int32Array(size);
  eR = new Int32Array(size);
  lR = new Int32Array(size);
};

/** Groups of fewer units than this are sorted by the comparison alone. */
const PACKED_SORT = 64;
/** Unit numbers below this fit under a packed key. */
const UNIT_SPAN = 2 ** 21;
/** Packed keys of units, shared by every group and grown as needed. */
let packed = new Float64Array(256);

/**
 * `order` (the units' numbers) put in the order of `byKey`, for units whose origins and days are
 * ranked (`oR`, `eR`, `lR`; `origins` and `days` bound them): the origin, days and exactness that
 * lead each key are packed with the unit's number into one number and sorted as numbers, and only
 * units that share them are compared by `byKey` (a total order: the result is the one its sort
 * gives). False, `order` untouched, when the packed numbers would not be exact.
 */
const packedOrder = (order: number[], m: number, origins: number, days: number, byKey: (x: number, y: number) => number): boolean => {
  if (m >= UNIT_SPAN || origins * days * days * 2 >= 2 ** 32) return false;
  if (packed.length < m) packed = new Float64Array(Math.max(m, 2 * packed.length));
  const keys = packed.subarray(0, m);
  for (let u = 0; u < m; u++) keys[u] = (((oR[u]! * days + eR[u]!) * days + lR[u]!) * 2 + (1 - exacts[u]!)) * UNIT_SPAN + u;
  keys.sort();
  for (let i = 0; i < m; i++) order[i] = keys[i]! % UNIT_SPAN;
  // Units of one lead are mostly few: sorted by insertion (else by the built-in sort), by the whole key.
  for (let s = 0; s < m; ) {
    const lead = Math.floor(keys[s]! / UNIT_SPAN);
    let e = s + 1;
    while (e < m && Math.floor(keys[e]! / UNIT_SPAN) === lead) e++;
    sortRange(order, s, e, byKey);
    s = e;
  }
  return true;
};

interface SourceSeen {
  readonly info: SourceInfo;
  /** Its number among the origins of the call when it is named (its own origin), else -1. */
  readonly origin: number;
}

/** Per source number, the serial of the last call that saw it and what it saw (shared by every call). */
let serial = 0;
let sourceMark = new Int32Array(64);
const sourceSeen: (SourceSeen | undefined)[] = [];

/** The figures of one group's claims (given in canonical order, with their canonical positions). */
export const figuresOf = (
  lexicon: LexiconIndex,
  articleList: (rank: number) => readonly string[],
  cols: ClaimColumns,
  groupId: string,
  claims: readonly Claim[],
  ranks: readonly number[],
  groupAt: Int32Array,
): Figure[] => {
  if (claims.length === 1) {
    // Most groups: one claim, one figure (none when it is nested inside itself).
    const c = claims[0]!;
    if (c.partOf === c.id) return [];
    const info = sourceInfoOf(lexicon, c);
    const origin = info.named ? c.source : originOf(lexicon, c);
    return [makeFigure(contextOf(lexicon, articleList, cols), groupId, origin, c, ranks[0]!, null, null, ranks, info, 0)];
  }
  // Within a group the subject is fixed, so how a source is weighed depends on the source only.
  // Origins are numbered as they come (a named source is its own origin, numbered with its
  // weight); the numbers are ranked once their texts are all known.
  // Sources are found by their number in the claims' columns, marked with this call's serial.
  const originTexts: string[] = [];
  let otherOrigins: Map<string, number> | null = null;
  const call = ++serial;
  if (sourceMark.length < cols.sources.length) {
    sourceMark = new Int32Array(Math.max(cols.sources.length, 2 * sourceMark.length));
    sourceSeen.length = sourceMark.length;
  }
  /** The source record of the claim `c` at canonical position `r`. */
  const sourceOf = (c: Claim, r: number): SourceSeen => {
    const k = cols.source[r]!;
    if (sourceMark[k] === call) return sourceSeen[k]!;
    const info = sourceInfoOf(lexicon, c);
    const s: SourceSeen = { info, origin: info.named ? originTexts.push(cols.sources[k]!) - 1 : -1 };
    sourceMark[k] = call;
    sourceSeen[k] = s;
    return s;
  };
  /** The origin number of a unit's first claim (at `r`); its text is `originTexts[number]`. */
  const originNumber = (c: Claim, r: number): number => {
    const s = sourceOf(c, r);
    if (s.origin >= 0) return s.origin;
    const text = originOf(lexicon, c);
    otherOrigins ??= new Map();
    let k = otherOrigins.get(text);
    if (k === undefined) otherOrigins.set(text, (k = originTexts.push(text) - 1));
    return k;
  };
  // Units (a claim alone, or one article's breakdown items summed) as columns: what their keys
  // are made of, the first claim, and its canonical position (claims and positions are in id order).
  const n = claims.length;
  const origins: string[] = [];
  const firsts: Claim[] = [];
  const units: (Unit | null)[] = [];
  reserveColumns(n);
  let m = 0;
  const addUnit = (c0: Claim, u: Unit | null, r0: number, exact: boolean, low: number, high: number, value: number): void => {
    const k = originNumber(c0, r0);
    origins.push(originTexts[k]!);
    oR[m] = k;
    firsts.push(c0);
    units.push(u);
    rank0[m] = r0;
    lows[m] = low;
    highs[m] = high;
    values[m] = value;
    exacts[m] = exact ? 1 : 0;
    m++;
  };
  let siblings: Map<string, { claims: Claim[]; ranks: number[] }> | null = null;
  const flags = cols.flags;
  const gi = groupAt[ranks[0]!]!;
  for (let k = 0; k < n; k++) {
    const r = ranks[k]!;
    if ((flags[r]! & PART) === 0) {
      addUnit(claims[k]!, null, r, (flags[r]! & EXACT_FLAG) !== 0, cols.low(r), cols.high(r), cols.value(r));
      continue;
    }
    const p = cols.partOf[r]!;
    if (p >= 0 && groupAt[p] === gi) continue; // nested inside a claim of this group
    const c = claims[k]!;
    siblings ??= new Map();
    const l = siblings.get(c.article);
    if (l) {
      l.claims.push(c);
      l.ranks.push(ranks[k]!);
    } else siblings.set(c.article, { claims: [c], ranks: [ranks[k]!] });
  }
  if (siblings !== null)
    for (const l of siblings.values()) {
      const u = unitOfItems(l.claims, l.ranks);
      addUnit(u.claims[0]!, u, u.ranks[0]!, u.exact, u.low, u.high, u.value);
    }
  if (m === 0) return [];
  // Units in the order of their keys (origin|earliest|latest|x or ~|low|high|value, compared as
  // strings), those of one key by their first claim: compared field by field, texts by rank.
  const dayRanks = cols.dayRanks;
  let keys: string[] | null = null;
  if (dayRanks === null || !rankOrigins(originTexts, m, oR)) {
    // A text holding a bar: the keys themselves decide.
    keys = new Array(m);
    for (let u = 0; u < m; u++) {
      const r = rank0[u]!;
      keys[u] = figureKey(origins[u]!, cols.days[cols.earliest[r]!]!, cols.days[cols.latest[r]!]!, exacts[u] === 1, lows[u]!, highs[u]!, values[u]!);
    }
  } else
    for (let u = 0; u < m; u++) {
      const r = rank0[u]!;
      eR[u] = dayRanks[cols.earliest[r]!]!;
      lR[u] = dayRanks[cols.latest[r]!]!;
    }
  const compareUnitKeys = (x: number, y: number): number => {
    if (keys !== null) return compareStrings(keys[x]!, keys[y]!);
    return (
      oR[x]! - oR[y]! ||
      eR[x]! - eR[y]! ||
      lR[x]! - lR[y]! ||
      exacts[y]! - exacts[x]! ||
      compareNumberTexts(lows[x]!, lows[y]!, true) ||
      compareNumberTexts(highs[x]!, highs[y]!, true) ||
      compareNumberTexts(values[x]!, values[y]!, false)
    );
  };
  const order: number[] = new Array(m);
  for (let u = 0; u < m; u++) order[u] = u;
  const byKey = (x: number, y: number): number => compareUnitKeys(x, y) || rank0[x]! - rank0[y]!;
  if (keys !== null || m < PACKED_SORT || !packedOrder(order, m, originTexts.length, cols.days.length, byKey)) sortRange(order, 0, m, byKey);
  const out: Figure[] = [];
  const ctx = contextOf(lexicon, articleList, cols);
  for (let s = 0; s < m; ) {
    const u0 = order[s]!;
    let e = s + 1;
    while (e < m && compareUnitKeys(u0, order[e]!) === 0) e++;
    const c0 = firsts[u0]!;
    const unit = units[u0]!;
    let cs: readonly Claim[] | null;
    let rs: readonly number[];
    if (e - s === 1) {
      cs = unit === null ? null : unit.claims;
      // (a claim alone: its position is `r0`, and the figure keeps no list)
      rs = unit === null ? NO_RANKS : unit.ranks;
    } else {
      // Every unit's claims, in id order (canonical positions ascending).
      const pairs: { c: Claim; r: number }[] = [];
      for (let i = s; i < e; i++) {
        const x = order[i]!;
        const ux = units[x]!;
        if (ux === null) pairs.push({ c: firsts[x]!, r: rank0[x]! });
        else for (let j = 0; j < ux.claims.length; j++) pairs.push({ c: ux.claims[j]!, r: ux.ranks[j]! });
      }
      pairs.sort((p, q) => p.r - q.r);
      const csl: Claim[] = new Array(pairs.length);
      const rsl: number[] = new Array(pairs.length);
      for (let i = 0; i < pairs.length; i++) {
        csl[i] = pairs[i]!.c;
        rsl[i] = pairs[i]!.r;
      }
      cs = csl;
      rs = rsl;
    }
    out.push(makeFigure(ctx, groupId, origins[u0]!, c0, rank0[u0]!, unit, cs, rs, sourceOf(c0, rank0[u0]!).info, out.length));
    s = e;
  }
  return out;
};
