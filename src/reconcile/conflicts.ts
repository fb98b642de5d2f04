/**
 * Contradictions between figures of one group and between a group and the group above it:
 * `cross-source` (origins disagree beyond their bounds, or a part exceeds its whole),
 * `regression` (an origin's running total goes down with a new value), `translation-drift`
 * (one statement rendered with different numbers in two languages) and `bounds` (one article
 * states intervals that cannot both hold). Each looks for a reconciling explanation first.
 */
import type { GroupKey, Contradiction, Resolution } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "./analysis.js";
import { asOfText, placeName, sourceName, subjectName } from "./describe.js";
import { findSumWithDifference, hasArticle, isRoundingOf, markArticle, newArticleMark } from "./explain.js";
import { amountText, claimIdsOf, keyPairBefore, type Figure } from "./figures.js";
import { shortHash } from "./order.js";
import { gapSeverity, withResolution } from "./severity.js";
import type { Correction } from "./series.js";
import { partsExceeding, sweepBothWays, type PairSink } from "./sweep.js";

export const figureText = (a: Analysis, f: Figure): string =>
  `${sourceName(a.lexicon, f.source)}'s ${amountText(f)} ${asOfText({ earliest: f.earliest, latest: f.latest })}` +
  (f.articles.length > 1 ? ` (carried by ${f.articles.length} articles)` : "");

export const scopeText = (a: Analysis, k: GroupKey): string =>
  `${k.metric} (${subjectName(a.lexicon, k.subject)}, ${placeName(a.lexicon, k.location)}${k.windowStart === null ? "" : `, since ${k.windowStart}`})`;

export const contradictionId = (kind: string, group: string, parts: readonly string[]): string =>
  `${kind}/${group}/${shortHash(parts.join("\u0000"))}`;

/** The later figure of the smaller side's origin that covers the larger: it was an earlier count. */
const laterUpdate = (a: Analysis, g: GroupAnalysis, larger: Figure, smaller: Figure): Resolution | null => {
  const own = g.byOrigin.get(smaller.origin) ?? [];
  const later = own.find((f) => f.latest > smaller.latest && f.value >= larger.low);
  if (later === undefined) return null;
  return {
    kind: "cumulative-update",
    text: `${figureText(a, smaller)} was an earlier count: ${sourceName(a.lexicon, later.source)} later reported ${amountText(later)} ${asOfText({ earliest: later.earliest, latest: later.latest })}, which includes it and agrees with ${sourceName(a.lexicon, larger.source)}`,
    claims: claimIdsOf(a.claims, later),
  };
};

const rounding = (a: Analysis, x: Figure, y: Figure): Resolution | null => {
  if (!x.exact || !y.exact) return null;
  const [round, other] = isRoundingOf(x.value, y.value) ? [x, y] : isRoundingOf(y.value, x.value) ? [y, x] : [null, null];
  if (round === null || other === null) return null;
  return {
    kind: "bounded-or-rounded",
    text: `${round.value} reads as a round figure for ${other.value} (${sourceName(a.lexicon, other.source)})`,
    claims: [],
  };
};

const partisan = (a: Analysis, x: Figure, y: Figure): Resolution | null => {
  const p = x.partisan ? x : y.partisan ? y : null;
  if (p === null) return null;
  return {
    kind: "partisan-source",
    text: `${sourceName(a.lexicon, p.source)} is a party to the fighting counting losses outside its own side: its figure is flagged as partisan and weighted down in the estimate`,
    claims: [],
  };
};

/** A reconciling explanation specific to one pair of figures (a sum, an update, a rounding). */
const specificResolution = (a: Analysis, g: GroupAnalysis, above: Figure, below: Figure): Resolution | null =>
  findSumWithDifference(a.lexicon, a.index, g.group.key, above, below) ?? laterUpdate(a, g, above, below) ?? rounding(a, above, below);

const gapOf = (above: Figure, below: Figure): number => (above.low - below.high) / Math.max(1, Math.abs(below.high));

/**
 * The disagreements between origins in one group (or of one part with a whole): one contradiction
 * listing every claim involved, described by its widest gap, so that a noisy group is one finding
 * rather than one per pair of figures.
 */
interface Disagreement {
  readonly g: GroupAnalysis;
  readonly parent: GroupAnalysis | null;
  /** The pair of the widest gap, and that gap. */
  worstAbove: Figure;
  worstBelow: Figure;
  worstGap: number;
  count: number;
  /** The origins of the first pair (the only one of most disagreements). */
  readonly firstAbove: string;
  readonly firstBelow: string;
  /**
   * Ordered pairs of origins that disagree, each as one key (`pairCode`): made when a pair
   * other than the first comes.
   */
  pairs: Set<number | string> | null;
  first: string;
  last: string;
  /**
   * The claim positions of every figure involved, a figure's as often as it takes part in a pair
   * other than right after one it took part in (listed once in the contradiction: its claims are
   * sorted and deduplicated).
   */
  readonly ranks: number[];
  /** The figures of the pair before (a sweep often pairs one figure with several in a row). */
  lastAbove: Figure | null;
  lastBelow: Figure | null;
  /**
   * For each higher figure, the lowest upper bound of the figures it disagrees with: its origin's
   * superseded figures of that day above it disagree the same way, and are listed once at the end
   * rather than looked through for every pair. Made for the first higher figure that has any.
   */
  lowestBelow: Map<Figure, number> | null;
}

/** Origin texts numbered in the order first counted, per reconciliation (keyed by its claims). */
const originNumbers = new WeakMap<readonly unknown[], Map<string, number>>();

/** The numbers of origin texts of the reconciliation of `a`, for `pairCode`. */
export const originNumbersOf = (a: Analysis): Map<string, number> => {
  let m = originNumbers.get(a.claims);
  if (m === undefined) originNumbers.set(a.claims, (m = new Map()));
  return m;
};

/** Origin numbers below this make a pair's code one number. */
const PAIR_BASE = 2 ** 21;

/** The ordered pair of origins `above` over `below` as one key (distinct pairs, distinct keys). */
export const pairCode = (numbers: Map<string, number>, above: string, below: string): number | string => {
  let x = numbers.get(above);
  if (x === undefined) numbers.set(above, (x = numbers.size));
  let y = numbers.get(below);
  if (y === undefined) numbers.set(below, (y = numbers.size));
  return x < PAIR_BASE && y < PAIR_BASE ? x * PAIR_BASE + y : `${x},${y}`;
};

/** Counts the pair of origins `above` over `below` in `d` unless it is already counted. */
const countOrigins = (numbers: Map<string, number>, d: Disagreement, above: string, below: string): void => {
  if (d.pairs === null) {
    if (above === d.firstAbove && below === d.firstBelow) return;
    d.pairs = new Set([pairCode(numbers, d.firstAbove, d.firstBelow)]);
  }
  d.pairs.add(pairCode(numbers, above, below));
};

const describePair = (a: Analysis, g: GroupAnalysis, parent: GroupAnalysis | null, above: Figure, below: Figure): string => {
  const k = g.group.key;
  const timing = above.latest < below.earliest ? `; a running total said by ${above.latest} cannot be lower on ${below.earliest}` : "";
  return parent === null
    ? `${figureText(a, above)} against ${figureText(a, below)} for ${scopeText(a, k)}: the counts disagree beyond their stated bounds${timing}.`
    : `${figureText(a, above)} for ${scopeText(a, k)} exceeds ${figureText(a, below)} for ${scopeText(a, parent.group.key)}, which includes them: a part cannot exceed its whole${timing}.`;
};

const ranksOf = (figures: Iterable<Pick<Figure, "ranks">>): number[] => {
  const out: number[] = [];
  for (const f of figures) for (const r of f.ranks) out.push(r);
  return out;
};

const crossSource = (a: Analysis, d: Disagreement, resolution: Resolution | null): Contradiction => {
  const above = d.worstAbove;
  const below = d.worstBelow;
  // (how many pairs of origins disagree: the first alone until another comes)
  const pairCount = d.pairs?.size ?? 1;
  const more =
    d.count > 1
      ? ` In all ${d.count} figures disagree this way${pairCount > 1 ? `, between ${pairCount} pairs of origins` : ""}, from ${d.first} to ${d.last}; this is the widest gap.`
      : "";
  const group = d.parent?.group.id ?? d.g.group.id;
  const identity = [d.g.group.id];
  return {
    id: contradictionId("cross-source", group, identity),
    kind: "cross-source",
    claims: a.idsOf(d.ranks),
    severity: withResolution(gapSeverity(above.low, below.high), resolution),
    explanation: describePair(a, d.g, d.parent, above, below) + more,
    resolution,
  };
};

/**
 * Cross-source contradictions of a group against itself (`parent` null) or of a group's figures
 * against a whole above it, folded from the pairs of a sweep as it finds them: all disagreements
 * of a group are one contradiction listing every claim involved, described by the widest gap. A
 * single disagreement is first checked for what reconciles it (a sum, an update, a rounding).
 */
class CrossSources implements PairSink {
  /** Disagreements in the order of their first pair (one for a group against itself). */
  private readonly found: Disagreement[] = [];
  private byGroup: Map<string, Disagreement> | null = null;
  private last: Disagreement | null = null;

  constructor(
    private readonly a: Analysis,
    private readonly parent: GroupAnalysis | null,
  ) {}

  pair(above: Figure, below: Figure): void {
    const k = above.group;
    const last = this.last;
    let d: Disagreement | undefined = last !== null && last.g.group.id === k ? last : (this.byGroup?.get(k) ?? undefined);
    if (d === undefined) {
      d = {
        g: this.a.byGroup.get(k)!,
        parent: this.parent,
        worstAbove: above,
        worstBelow: below,
        worstGap: gapOf(above, below),
        count: 1,
        firstAbove: above.origin,
        firstBelow: below.origin,
        pairs: null,
        first: below.latest,
        last: below.latest,
        ranks: [],
        lastAbove: null,
        lastBelow: null,
        lowestBelow: null,
      };
      const found = this.found;
      if (found.length > 0) {
        if (this.byGroup === null) {
          this.byGroup = new Map();
          for (const x of found) this.byGroup.set(x.g.group.id, x);
        }
        this.byGroup.set(k, d);
      }
      found.push(d);
    } else {
      d.count += 1;
      if (above.origin !== d.lastAbove!.origin || below.origin !== d.lastBelow!.origin) countOrigins(originNumbersOf(this.a), d, above.origin, below.origin);
      if (below.latest < d.first) d.first = below.latest;
      if (below.latest > d.last) d.last = below.latest;
    }
    this.last = d;
    // Claims are listed once in the contradiction: a figure paired again with the next is not added again.
    if (above !== d.lastAbove) above.copyRanks(d.ranks, d.ranks.length);
    if (below !== d.lastBelow) below.copyRanks(d.ranks, d.ranks.length);
    d.lastAbove = above;
    d.lastBelow = below;
    // The higher origin's other statements of that day that disagree the same way are part of it
    // (the lower origin's lower statements of its day are its earlier counts: a note says so).
    const supersededBy = d.g.series.supersededBy;
    if (supersededBy.size > 0 && supersededBy.has(above)) {
      const lowestBelow = (d.lowestBelow ??= new Map());
      const lowest = lowestBelow.get(above);
      if (lowest === undefined || below.high < lowest) lowestBelow.set(above, below.high);
    }
    if (d.count === 1) return;
    const gap = gapOf(above, below);
    const wgap = d.worstGap;
    if (gap > wgap || (gap === wgap && keyPairBefore(above, below, d.worstAbove, d.worstBelow))) {
      d.worstAbove = above;
      d.worstBelow = below;
      d.worstGap = gap;
    }
  }

  /** The contradictions of the pairs given, appended to `out`. */
  close(out: Contradiction[]): void {
    const { a, parent } = this;
    for (const d of this.found) {
      if (d.lowestBelow !== null)
        for (const [above, lowest] of d.lowestBelow)
          for (const f of d.g.series.supersededBy.get(above)!) if (f.low > lowest) for (const r of f.ranks) d.ranks.push(r);
      const above = d.worstAbove;
      const below = d.worstBelow;
      const specific = parent === null && d.count === 1 ? specificResolution(a, d.g, above, below) : null;
      out.push(crossSource(a, d, specific ?? partisan(a, above, below)));
    }
  }
}

/**
 * Parts exceeding their whole: the figures of every group below `p` (by subject at the same place,
 * or by place for the same subject) against p's figures, seen from both sides in one pass per
 * whole.
 */
const partsAgainstWhole = (a: Analysis, p: GroupAnalysis, children: readonly GroupAnalysis[], out: Contradiction[]): void => {
  // (each child's figures as a list of their own: joined only in day order, by merging)
  const parts: (readonly Figure[])[] = [];
  for (const c of children) if (c.comparable.length > 0) parts.push(c.comparable);
  if (parts.length === 0 || p.comparable.length === 0) return;
  const found = new CrossSources(a, p);
  partsExceeding(parts, p.comparable, found);
  found.close(out);
};

/** An origin's running total going down to new values: one contradiction per origin and group. */
const regressions = (a: Analysis, g: GroupAnalysis, out: Contradiction[]): void => {
  if (g.series.corrections.length === 0) return;
  const byOrigin = new Map<string, Correction[]>();
  for (const r of g.series.corrections) {
    const l = byOrigin.get(r.later.origin);
    if (l) l.push(r);
    else byOrigin.set(r.later.origin, [r]);
  }
  for (const [origin, rs] of byOrigin) {
    const worst = rs.reduce((w, r) => (gapOf(r.earlier, r.later) > gapOf(w.earlier, w.later) ? r : w));
    const { earlier, later } = worst;
    out.push({
      id: contradictionId("regression", g.group.id, [origin]),
      kind: "regression",
      claims: a.idsOf(ranksOf(new Set(rs.flatMap((r) => [r.earlier, ...r.alsoAbove, r.later, ...r.restatedBy])))),
      severity: gapSeverity(earlier.low, later.high),
      explanation:
        `${sourceName(a.lexicon, later.source)}'s running total of ${scopeText(a, g.group.key)} went down from ${amountText(earlier)} ${asOfText({ earliest: earlier.earliest, latest: earlier.latest })} to ${amountText(later)} ${asOfText({ earliest: later.earliest, latest: later.latest })}: the source corrected itself downwards, and its later statement supersedes the earlier in the estimate.` +
        (rs.length > 1 ? ` It went down ${rs.length} times in all; this is the largest fall.` : ""),
      resolution: null,
    });
  }
};

const langs = (a: Analysis, f: Figure): string => [...new Set(f.articles.map(a.languageOf))].sort().join("/");

const drift = (a: Analysis, g: GroupAnalysis, x: Figure, y: Figure): Contradiction => ({
  id: contradictionId("translation-drift", g.group.id, [x.key, y.key]),
  kind: "translation-drift",
  claims: a.idsOf([...x.ranks, ...y.ranks]),
  severity: "low",
  explanation: `${sourceName(a.lexicon, x.source)}'s statement of ${scopeText(a, g.group.key)} ${asOfText({ earliest: x.earliest, latest: x.latest })} reads ${x.value} in ${langs(a, x)} and ${y.value} in ${langs(a, y)}: one statement rendered with different numbers.`,
  resolution: null,
});

/** A figure's claim positions, written here one figure at a time (no list made for a figure of one claim). */
const rankBuffer: number[] = [];

/** Within one article: an upper-bounded statement lies wholly below another statement's lower bound. */
const boundsIn = (a: Analysis, g: GroupAnalysis): Contradiction[] => {
  // Only an article stating an upper-bounded figure can hold such a pair: the others are not
  // listed. Such articles are marked by number (the articles of a figure are those of its claims).
  const { articleNumber, articleCount, articleList } = a.index;
  const figures = g.series.figures;
  const rs = rankBuffer;
  let mark = 0;
  for (const f of figures)
    if (!f.exact && Number.isFinite(f.high)) {
      if (mark === 0) mark = newArticleMark(articleCount);
      const n = f.copyRanks(rs, 0);
      for (let i = 0; i < n; i++) markArticle(mark, articleNumber[rs[i]!]!);
    }
  if (mark === 0) return [];
  /** The figures of each marked article, by its number, in the order the articles are first met. */
  const byArticle = new Map<number, { readonly art: string; readonly figures: Figure[] }>();
  const add = (k: number, art: string, f: Figure): void => {
    const l = byArticle.get(k);
    if (l) l.figures.push(f);
    else byArticle.set(k, { art, figures: [f] });
  };
  for (const f of figures) {
    // Most figures are from no such article: told by their claims' marks, without their texts.
    const n = f.copyRanks(rs, 0);
    let any = false;
    for (let i = 0; i < n && !any; i++) any = hasArticle(mark, articleNumber[rs[i]!]!);
    if (!any) continue;
    if (n === 1) {
      const r = rs[0]!;
      add(articleNumber[r]!, articleList(r)[0]!, f);
      continue;
    }
    // (its articles in their order: each one's number is that of a claim of the figure in it)
    for (const art of f.articles) {
      let k = -1;
      for (let i = 0; i < n && k < 0; i++) if (articleList(rs[i]!)[0] === art) k = articleNumber[rs[i]!]!;
      if (k >= 0 && hasArticle(mark, k)) add(k, art, f);
    }
  }
  const out: Contradiction[] = [];
  for (const { art, figures: fs } of byArticle.values()) {
    let hi: Figure | null = null;
    let lo: Figure | null = null;
    for (const f of fs) {
      if (hi === null || f.low > hi.low) hi = f;
      if (!f.exact && Number.isFinite(f.high) && (lo === null || f.high < lo.high)) lo = f;
    }
    if (hi === null || lo === null || hi === lo || hi.low <= lo.high) continue;
    out.push({
      id: contradictionId("bounds", g.group.id, [art, hi.key, lo.key]),
      kind: "bounds",
      claims: a.idsOf([...hi.ranks, ...lo.ranks].filter((r) => a.claims[r]!.article === art)),
      severity: gapSeverity(hi.low, lo.high),
      explanation: `${art} states ${amountText(hi)} and ${amountText(lo)} for ${scopeText(a, g.group.key)}: the two intervals cannot both hold.`,
      resolution: null,
    });
  }
  return out;
};

/** The contradictions within one group (`a.byGroup` gives it by id), appended to `out`. */
export const groupConflicts = (a: Analysis, g: GroupAnalysis, out: Contradiction[]): void => {
  // A group of one figure (most groups) has nothing to compare within itself.
  if (g.series.figures.length > 1) {
    if (g.comparable.length > 1) {
      const found = new CrossSources(a, null);
      sweepBothWays(g.comparable, g.comparable, found);
      found.close(out);
    }
    regressions(a, g, out);
    for (const [x, y] of g.series.drifts) out.push(drift(a, g, x, y));
    for (const c of boundsIn(a, g)) out.push(c);
  }
};

/**
 * Parts exceeding their wholes among `groups` (given in id order, each also in `a.byGroup`): reads
 * only their group, comparable figures and superseded figures.
 */
export const wholeConflicts = (a: Analysis, groups: Iterable<GroupAnalysis>, out: Contradiction[]): void => {
  const childrenOf = new Map<string, GroupAnalysis[]>();
  for (const g of groups) {
    for (const pid of a.groups.wholes.get(g.group.id) ?? []) {
      const l = childrenOf.get(pid);
      if (l) l.push(g);
      else childrenOf.set(pid, [g]);
    }
  }
  for (const [pid, children] of childrenOf) partsAgainstWhole(a, a.byGroup.get(pid)!, children, out);
};
