/**
 * The shared working state of a reconciliation: for every group its claims, figures and each
 * origin's series, built once and read by the contradiction, note, source and timeline passes.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Group } from "../domain/reconciliation.js";
import { claimColumns, HEADLINE, type ClaimColumns } from "./columns.js";
import { hasArticle, indexClaims, markArticle, newArticleMark, type ClaimIndex } from "./explain.js";
import { figuresOf, type Figure } from "./figures.js";
import { buildGroups, type GroupIndex } from "./groups.js";
import { compareClaimIds, compareStrings, textOrder } from "./order.js";
import { rankLookup, type ArticleRuns } from "./ranks.js";
import { seriesOf, type Series } from "./series.js";

export interface GroupAnalysis {
  readonly group: Group;
  readonly claims: readonly Claim[];
  /** Canonical positions of `claims`, ascending. */
  readonly ranks: readonly number[];
  readonly series: Series;
  /**
   * Current figures compared across origins: a headline number is left to the headline check
   * when the body of its article states figures of the same group.
   */
  readonly comparable: readonly Figure[];
  /** Current figures per origin, by day. */
  readonly byOrigin: ReadonlyMap<string, readonly Figure[]>;
  /** Claim ids, without duplicates, in canonical order. */
  readonly inOrder: (ids: Iterable<string>) => string[];
  /** The ids of claims given by canonical position, without duplicates, in canonical order. */
  readonly idsOf: (ranks: readonly number[]) => string[];
}

export interface Analysis {
  readonly lexicon: LexiconIndex;
  readonly claims: readonly Claim[];
  readonly index: ClaimIndex;
  /** Numbers and days of the claims, by canonical position. */
  readonly columns: ClaimColumns;
  readonly groups: GroupIndex;
  /** Working state of the groups analysed together (one family of related groups, or all), in id order. */
  readonly byGroup: ReadonlyMap<string, GroupAnalysis>;
  readonly articles: ReadonlyMap<string, ArticleMeta>;
  readonly languageOf: (article: string) => string;
  /** Claim ids, without duplicates, in canonical order. */
  readonly inOrder: (ids: Iterable<string>) => string[];
  /** The ids of claims given by canonical position, without duplicates, in canonical order. */
  readonly idsOf: (ranks: readonly number[]) => string[];
}

const articleOf = (id: string): string => {
  const at = id.lastIndexOf("#");
  return at < 0 ? id : id.slice(0, at);
};

const suffixOf = (id: string): number => {
  const at = id.lastIndexOf("#");
  if (at < 0) return Number.NaN;
  // Up to 15 decimal digits (the usual case) read in place; anything else as Number reads it.
  const len = id.length - at - 1;
  if (len > 0 && len <= 15) {
    let n = 0;
    let i = at + 1;
    for (; i < id.length; i++) {
      const d = id.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === id.length) return n;
  }
  const n = Number(id.slice(at + 1));
  return Number.isInteger(n) && n >= 0 ? n : Number.NaN;
};

/** Canonical order of two claim ids of one article. */
const compareInArticle = (xn: number, yn: number, x: string, y: string): number =>
  xn === yn || Number.isNaN(xn) || Number.isNaN(yn) ? compareClaimIds(x, y) : xn - yn;

/** Claims in canonical order, with their articles' runs when they were put in order by them. */
export interface CanonicalClaims {
  readonly claims: Claim[];
  readonly runs: ArticleRuns | null;
}

/**
 * Claims given article by article (each article's claims together and in order, the articles in
 * any order) put in canonical order by sorting the articles only, with the runs of the articles
 * when every id holds a `#`; null when they are not so given.
 */
const byArticleRuns = (claims: readonly Claim[]): CanonicalClaims | null => {
  const runs: { art: string; from: number; to: number }[] = [];
  const seen = new Set<string>();
  let prevArt = "";
  let prevAt = -2;
  let prevN = Number.NaN;
  let everyHash = true;
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]!.id;
    const at = id.lastIndexOf("#");
    everyHash &&= at >= 0;
    if (i > 0 && at === prevAt && (at < 0 ? id === prevArt : id.startsWith(prevArt) && id.charCodeAt(at) === 35)) {
      const n = suffixOf(id);
      if (compareInArticle(prevN, n, claims[i - 1]!.id, id) >= 0) return null;
      prevN = n;
      runs[runs.length - 1]!.to = i + 1;
      continue;
    }
    const art = at < 0 ? id : id.slice(0, at);
    if (seen.has(art)) return null;
    seen.add(art);
    runs.push({ art, from: i, to: i + 1 });
    prevArt = art;
    prevAt = at;
    prevN = suffixOf(id);
  }
  const order = textOrder(runs.map((r) => r.art));
  const out: Claim[] = new Array(claims.length);
  const starts = new Map<string, number>();
  const ends = new Int32Array(claims.length);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const r = runs[order[i]!]!;
    starts.set(r.art, k);
    ends[k] = k + r.to - r.from;
    for (let i = r.from; i < r.to; i++) out[k++] = claims[i]!;
  }
  return { claims: out, runs: everyHash ? { starts, ends } : null };
};

/** Claims in canonical order, one per id (for a duplicated id, the first in JSON order). */
export const canonicalClaims = (claims: readonly Claim[]): Claim[] => canonicalOrder(claims).claims;

/** `canonicalClaims`, with the runs of their articles when they were found on the way. */
const canonicalOrder = (claims: readonly Claim[]): CanonicalClaims => {
  // Claims files and extraction give claims in order: checking is linear, sorting is not.
  let ordered = true;
  for (let i = 1; i < claims.length && ordered; i++) ordered = compareClaimIds(claims[i - 1]!.id, claims[i]!.id) < 0;
  if (ordered) return { claims: claims.slice(), runs: null };
  const byRuns = byArticleRuns(claims);
  if (byRuns !== null) return byRuns;
  const keyed = claims.map((c) => ({ c, art: articleOf(c.id), n: suffixOf(c.id) }));
  keyed.sort((x, y) => (x.art < y.art ? -1 : x.art > y.art ? 1 : compareInArticle(x.n, y.n, x.c.id, y.c.id)));
  const sorted = keyed.map((k) => k.c);
  const out: Claim[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.id === sorted[i]!.id) j++;
    if (j - i === 1) out.push(sorted[i]!);
    else {
      const same = sorted.slice(i, j).map((c) => [JSON.stringify(c), c] as const);
      same.sort(([a], [b]) => compareStrings(a, b));
      out.push(same[0]![1]);
    }
    i = j;
  }
  return { claims: out, runs: null };
};

/** One buffer, grown as needed, in which lists of claim positions are sorted (not a typed array per list). */
let scratch = new Int32Array(1024);

/** Lists shorter than this are sorted by insertion, without a view of the buffer. */
const SHORT_LIST = 32;

/** `rs` sorted ascending into `scratch[0 .. rs.length)`: valid until the next call. */
const sortIntoScratch = (rs: readonly number[]): void => {
  const n = rs.length;
  if (scratch.length < n) scratch = new Int32Array(Math.max(n, 2 * scratch.length));
  const buf = scratch;
  if (n >= SHORT_LIST) {
    for (let i = 0; i < n; i++) buf[i] = rs[i]!;
    buf.subarray(0, n).sort();
    return;
  }
  for (let i = 0; i < n; i++) {
    const r = rs[i]!;
    let j = i;
    for (; j > 0 && buf[j - 1]! > r; j--) buf[j] = buf[j - 1]!;
    buf[j] = r;
  }
};

/** An analysis without its groups' working state (`byGroup` empty): what every family shares. */
export const prepare = (lexicon: LexiconIndex, articles: readonly ArticleMeta[], claimsIn: readonly Claim[]): Analysis => {
  const { claims, runs } = canonicalOrder(claimsIn);
  /** Position of each claim id in canonical order: the one lookup from ids to claims. */
  const rank = rankLookup(claims, runs);
  const columns = claimColumns(claims, rank);
  const index = indexClaims(claims, rank, columns);
  const groups = buildGroups(lexicon, claims, rank, columns.ids);
  const articleMap = new Map(articles.map((a) => [a.id, a]));
  const languageOf = (a: string) => articleMap.get(a)?.language ?? "und";
  const ids = columns.ids;
  const inOrder = (xs: Iterable<string>): string[] => {
    if (Array.isArray(xs) && xs.length === 1) return [xs[0] as string];
    const rs: number[] = [];
    for (const id of xs) rs.push(rank.get(id)!);
    if (rs.length === 1) return [ids[rs[0]!]!];
    return idsOf(rs);
  };
  const idsOf = (rs: readonly number[]): string[] => {
    if (rs.length === 1) return [ids[rs[0]!]!];
    let ascending = true;
    for (let i = 1; i < rs.length && ascending; i++) ascending = rs[i - 1]! < rs[i]!;
    // Lists of the output are allocated at their exact length (an array grown by push keeps spare room).
    if (ascending) {
      const out: string[] = new Array(rs.length);
      for (let i = 0; i < rs.length; i++) out[i] = ids[rs[i]!]!;
      return out;
    }
    sortIntoScratch(rs);
    const sorted = scratch;
    let n = 0;
    for (let i = 0; i < rs.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
    const out: string[] = new Array(n);
    for (let i = 0, k = 0; i < rs.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out[k++] = ids[sorted[i]!]!;
    return out;
  };
  return { lexicon, claims, index, columns, groups, byGroup: new Map(), articles: articleMap, languageOf, inOrder, idsOf };
};

/**
 * The current figures of a group with one origin (most groups) by origin: that origin's list is
 * the group's current figures, and no table is made for it (kept until its family is done).
 */
class OneOrigin implements ReadonlyMap<string, readonly Figure[]> {
  constructor(
    private readonly origin: string,
    private readonly figures: readonly Figure[],
  ) {}

  get size(): number {
    return 1;
  }
  get(origin: string): readonly Figure[] | undefined {
    return origin === this.origin ? this.figures : undefined;
  }
  has(origin: string): boolean {
    return origin === this.origin;
  }
  forEach(f: (figures: readonly Figure[], origin: string, map: ReadonlyMap<string, readonly Figure[]>) => void, thisArg?: unknown): void {
    f.call(thisArg, this.figures, this.origin, this);
  }
  /** (Iterators from a map made when asked: groups are iterated by origin only where a whole is above them.) */
  entries(): MapIterator<[string, readonly Figure[]]> {
    return new Map([[this.origin, this.figures]]).entries();
  }
  keys(): MapIterator<string> {
    return new Map([[this.origin, this.figures]]).keys();
  }
  values(): MapIterator<readonly Figure[]> {
    return new Map([[this.origin, this.figures]]).values();
  }
  [Symbol.iterator](): MapIterator<[string, readonly Figure[]]> {
    return this.entries();
  }
}

/** The working state of the i-th group (figures, series, current figures by origin). */
export const analyseGroup = (a: Analysis, gi: number): GroupAnalysis => {
  const { lexicon, groups, languageOf, inOrder, idsOf } = a;
  const group = groups.groups[gi]!;
  const gClaims = groups.claimsOf(gi);
  const gRanks = groups.ranksOf(gi);
  const figures = figuresOf(lexicon, a.index.articleList, a.columns, group.id, gClaims, gRanks, groups.groupAt);
  const series = seriesOf(figures, group.cumulative, languageOf);
  let comparable = series.current;
  if (series.current.some((f) => f.headline)) {
    // Read from the columns: a claim's article by its number, its flags say headline. The
    // articles of the group's body claims are marked; a figure's articles are those of its claims.
    const { articleNumber, articleCount } = a.index;
    const body = newArticleMark(articleCount);
    for (const r of gRanks) if ((a.columns.flags[r]! & HEADLINE) === 0) markArticle(body, articleNumber[r]!);
    comparable = series.current.filter((f) => !(f.headline && f.ranks.every((r) => hasArticle(body, articleNumber[r]!))));
  }
  const current = series.current;
  let one = current.length > 0;
  for (let i = 1; i < current.length && one; i++) one = current[i]!.origin === current[0]!.origin;
  let byOrigin: ReadonlyMap<string, readonly Figure[]>;
  if (one) byOrigin = new OneOrigin(current[0]!.origin, current);
  else {
    const m = new Map<string, Figure[]>();
    for (const f of current) {
      const l = m.get(f.origin);
      if (l) l.push(f);
      else m.set(f.origin, [f]);
    }
    byOrigin = m;
  }
  return { group, claims: gClaims, ranks: gRanks, series, comparable, byOrigin, inOrder, idsOf };
};

/**
 * The groups that may be related as part and whole: same metric and period (the lexicon's
 * hierarchies relate only subjects and places). Each family is the positions of its groups in
 * id order; families come in the order of their first group.
 */
export const familiesOf = (a: Analysis): number[][] => {
  const byKey = new Map<string, number[]>();
  const gs = a.groups.groups;
  for (let gi = 0; gi < gs.length; gi++) {
    const k = gs[gi]!.key;
    const key = `${k.metric}\u0000${k.windowStart ?? ""}\u0000${k.windowEnd === undefined ? "running" : `${k.windowEnd ?? ""}`}`;
    const l = byKey.get(key);
    if (l) l.push(gi);
    else byKey.set(key, [gi]);
  }
  return [...byKey.values()];
};

/** `base` with the working state of the given groups (positions in id order), and only theirs. */
export const withGroups = (base: Analysis, positions: readonly number[]): Analysis => {
  const byGroup = new Map<string, GroupAnalysis>();
  const a: Analysis = { ...base, byGroup };
  for (const gi of positions) byGroup.set(base.groups.groups[gi]!.id, analyseGroup(a, gi));
  return a;
};

/** The whole analysis at once: every group's working state (a reconciliation builds one family at a time). */
export const analyse = (lexicon: LexiconIndex, articles: readonly ArticleMeta[], claimsIn: readonly Claim[]): Analysis => {
  const base = prepare(lexicon, articles, claimsIn);
  return withGroups(
    base,
    base.groups.groups.map((_, i) => i),
  );
};
