/**
 * Differences that look like contradictions but are not, said rather than raised: stale figures
 * superseded by their origin's newer one, a later article restating an older figure, one dispatch
 * carried by many outlets (one origin, not many confirmations), a bound containing an exact figure
 * ("more than 200" and 242 agree), counts over different periods, and a part set against its whole.
 */
import type { Claim } from "../domain/claim.js";
import type { Note } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "./analysis.js";
import { asOfText, sourceName } from "./describe.js";
import { figureText, originNumbersOf, pairCode, scopeText } from "./conflicts.js";
import { amountText, claimIdsOf, compareKeys, type Figure } from "./figures.js";
import { flat } from "./flatten.js";
import type { Repeat, Stale } from "./series.js";
import { compareStrings, shortHash, sortRange } from "./order.js";

const NO_NOTES: readonly Note[] = [];

const noteId = (kind: string, group: string, parts: readonly string[]): string => `${kind}/${group}/${shortHash(parts.join("\u0000"))}`;

const when = (f: Figure): string => asOfText({ earliest: f.earliest, latest: f.latest });

const byOriginOf = <T>(xs: readonly T[], origin: (x: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = origin(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
};

const more = (n: number, what: string): string => (n > 1 ? ` (${n} ${what} in all; the first is described)` : "");

/** The claim positions of each superseding figure then of the figures it supersedes, in one list. */
const staleRanks = (entries: readonly Stale[]): number[] => {
  const out: number[] = [];
  for (const e of entries) {
    e.by.copyRanks(out, out.length);
    for (const f of e.superseded) f.copyRanks(out, out.length);
  }
  return out;
};

/** The claim positions of the figures of repeats (each figure once: a peak is often repeated), in one list. */
const repeatRanks = (entries: readonly Repeat[]): number[] => {
  const figures = new Set<Figure>();
  for (const e of entries) {
    figures.add(e.figure);
    if (e.earlier !== null) figures.add(e.earlier);
    figures.add(e.peak);
  }
  let n = 0;
  for (const f of figures) n += f.rankCount;
  const out: number[] = new Array(n);
  n = 0;
  for (const f of figures) n = f.copyRanks(out, n);
  return out;
};

/** Per origin and group: its lower figures of a day superseded by its highest, and its stale relays. */
const staleNotes = (a: Analysis, g: GroupAnalysis): Note[] => {
  const out: Note[] = [];
  for (const [origin, entries] of byOriginOf(g.series.stale, (s) => s.by.origin)) {
    const { by, superseded } = entries[0]!;
    out.push({
      id: noteId("cumulative-update", g.group.id, [origin, "same-day"]),
      kind: "cumulative-update",
      claims: a.idsOf(staleRanks(entries)),
      explanation:
        (g.group.cumulative
          ? `${sourceName(a.lexicon, by.source)} gave ${superseded.map(amountText).join(", ")} as well as ${amountText(by)} for ${scopeText(a, g.group.key)} ${when(by)}: a running total only rises, so the lower figures are earlier statements and ${amountText(by)} supersedes them.`
          : `${sourceName(a.lexicon, by.source)} gave ${superseded.map(amountText).join(", ")} as well as ${amountText(by)} for ${scopeText(a, g.group.key)} ${when(by)}: the highest is taken as its latest count.`) +
        more(entries.length, "days with superseded figures"),
    });
  }
  for (const [origin, entries] of byOriginOf(g.series.repeats, (r) => r.figure.origin)) {
    const { figure, earlier, peak, reason } = entries[0]!;
    out.push({
      id: noteId("cumulative-update", g.group.id, [origin, "repeat"]),
      kind: "cumulative-update",
      claims: a.idsOf(repeatRanks(entries)),
      explanation:
        (earlier !== null
          ? `${figureText(a, figure)} restates a figure first given ${when(earlier)}, after ${sourceName(a.lexicon, peak.source)} had reported ${amountText(peak)} ${when(peak)}: a stale figure, not a fall.`
          : reason === "undated"
            ? `${figureText(a, figure)} is lower than the ${amountText(peak)} ${sourceName(a.lexicon, peak.source)} had reported ${when(peak)}, but it may have been said before it: taken as an older statement, not a correction.`
            : `${figureText(a, figure)}, relayed second-hand, is lower than the ${amountText(peak)} ${sourceName(a.lexicon, peak.source)} had reported ${when(peak)}: taken as an older statement relayed late, not a correction.`) +
        more(entries.length, "stale figures"),
    });
  }
  return out;
};

const circularNotes = (a: Analysis, g: GroupAnalysis): readonly Note[] => {
  // Most groups have no figure carried by several articles: no list is filtered for them.
  let out: Note[] | null = null;
  for (const f of g.series.figures) {
    // (a figure of one claim is carried by that claim's one article: its list is not read)
    if (f.rankCount <= 1 || f.articles.length <= 1) continue;
    const relays = [...new Set(f.ranks.flatMap((r) => a.claims[r]!.via))].sort(compareStrings);
    (out ??= []).push({
      id: noteId("circular-reporting", g.group.id, [f.key]),
      kind: "circular-reporting" as const,
      claims: claimIdsOf(a.claims, f),
      explanation: `${amountText(f)} from ${sourceName(a.lexicon, f.source)} ${when(f)} is carried by ${f.articles.length} articles (${f.articles.join(", ")}${relays.length > 0 ? `; relayed by ${relays.map((r) => sourceName(a.lexicon, r)).join(", ")}` : ""}): one origin, counted once, not ${f.articles.length} confirmations.`,
    });
  }
  return out ?? NO_NOTES;
};

/**
 * The key of a pair of origins, as the texts `x + "\u0000" + y` would be: `pairCode`, or, for
 * origins holding that character, the number of the joined text (negative: apart from the codes,
 * which are not).
 */
const agreementKey = (numbers: Map<string, number>, x: string, y: string): number | string => {
  if (x.indexOf("\u0000") < 0 && y.indexOf("\u0000") < 0) return pairCode(numbers, x, y);
  const joined = `${x}\u0000${y}`;
  let n = numbers.get(joined);
  if (n === undefined) numbers.set(joined, (n = numbers.size));
  return -1 - n;
};

/** Exact figures by value, then key (a day's few are sorted in place). */
const byValueThenKey = (x: Figure, y: Figure): number => x.value - y.value || compareKeys(x, y);

/** A non-exact figure whose interval contains another origin's exact figure of the same day. */
const boundedNotes = (a: Analysis, g: GroupAnalysis): Note[] => {
  const out: Note[] = [];
  /** By pair of origins (`agreementKey`), in the order first found. */
  let agg: Map<number | string, { b: Figure; e: Figure; count: number; ranks: number[] }> | null = null;
  // Comparable figures are in day order (current figures are): each day's are one run of them, in
  // the order a table by day would list them; a day of one figure holds no pair.
  const cmp = g.comparable;
  for (let s = 0; s < cmp.length; ) {
    const day = cmp[s]!.latest;
    let e = s + 1;
    while (e < cmp.length && cmp[e]!.latest === day) e++;
    const from = s;
    s = e;
    if (e - from === 1) continue;
    let exacts: Figure[] | null = null;
    for (let i = from; i < e; i++) if (cmp[i]!.exact) (exacts ??= []).push(cmp[i]!);
    if (exacts === null) continue;
    sortRange(exacts, 0, exacts.length, byValueThenKey);
    for (let i = from; i < e; i++) {
      const b = cmp[i]!;
      if (b.exact) continue;
      let lo = 0;
      let hi = exacts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (exacts[mid]!.value < b.low) lo = mid + 1;
        else hi = mid;
      }
      let e: Figure | undefined;
      for (let i = lo; i < exacts.length && exacts[i]!.value <= b.high; i++)
        if (exacts[i]!.origin !== b.origin && exacts[i]!.value !== b.value) {
          e = exacts[i];
          break;
        }
      if (e === undefined) continue;
      const k = agreementKey(originNumbersOf(a), b.origin, e.origin);
      const x = (agg ??= new Map()).get(k);
      if (x === undefined) {
        const ranks: number[] = new Array(b.rankCount + e.rankCount);
        e.copyRanks(ranks, b.copyRanks(ranks, 0));
        agg.set(k, { b, e, count: 1, ranks });
      } else {
        x.count += 1;
        e.copyRanks(x.ranks, b.copyRanks(x.ranks, x.ranks.length));
        if (b.latest < x.b.latest || (b.latest === x.b.latest && compareKeys(b, x.b) < 0)) {
          x.b = b;
          x.e = e;
        }
      }
    }
  }
  if (agg !== null)
    for (const { b, e, count, ranks } of agg.values())
      out.push({
        id: noteId("bounded-or-rounded", g.group.id, [b.origin, e.origin]),
        kind: "bounded-or-rounded",
        claims: a.idsOf(ranks),
        explanation: `${figureText(a, b)} and ${figureText(a, e)} agree: the ${amountText(b)} contains ${e.value}.` + more(count, "such agreements"),
      });
  return out;
};

const sameCount = (x: Claim, y: Claim): boolean =>
  x.metric === y.metric && x.subject === y.subject && x.location === y.location && x.source === y.source;

/** A field holds the separator of the map's keys (which would then join fields differently). */
const hasBar = (c: Claim): boolean => c.metric.includes("|") || c.subject.includes("|") || c.location.includes("|") || c.source.includes("|");

/** Articles up to this many claims are bucketed by comparing claims, larger ones through a map. */
const SMALL_ARTICLE = 32;

/**
 * The ids of one article's claims of one metric, subject, place and source, for each such count
 * stated more than once, in order of first claim (ids in claim order).
 */
const sameCountsOf = (claims: readonly Claim[]): string[][] => {
  const out: string[][] = [];
  if (claims.length <= SMALL_ARTICLE && !claims.some(hasBar)) {
    let taken = 0;
    for (let i = 0; i < claims.length; i++) {
      if (taken & (1 << i)) continue;
      let ids: string[] | null = null;
      for (let j = i + 1; j < claims.length; j++)
        if (!(taken & (1 << j)) && sameCount(claims[i]!, claims[j]!)) {
          (ids ??= [claims[i]!.id]).push(claims[j]!.id);
          taken |= 1 << j;
        }
      if (ids !== null) out.push(ids);
    }
    return out;
  }
  const buckets = new Map<string, string[]>();
  for (const c of claims) {
    const k = `${c.metric}|${c.subject}|${c.location}|${c.source}`;
    const l = buckets.get(k);
    if (l) l.push(c.id);
    else buckets.set(k, [c.id]);
  }
  for (const ids of buckets.values()) if (ids.length >= 2) out.push(ids);
  return out;
};

/** One article's counts of one thing from one source over different periods: not compared. */
const windowNotes = (a: Analysis): Note[] => {
  const out: Note[] = [];
  for (const claims of a.index.byArticle.values()) {
    if (claims.length < 2) continue;
    for (const ids of sameCountsOf(claims)) {
      if (ids.length < 2) continue;
      const groups = [...new Set(ids.map((id) => a.groups.groupOf.get(id)!))].sort(compareStrings);
      if (groups.length < 2) continue;
      const c0 = a.index.byId.get(ids[0]!)!;
      const parts = groups.map((gid) => {
        const k = a.groups.byId.get(gid)!.key;
        const vals = ids.filter((id) => a.groups.groupOf.get(id) === gid).map((id) => a.index.byId.get(id)!.quantity.value ?? "?");
        const period =
          k.windowEnd === undefined ? (k.windowStart === null ? "undated" : `since ${k.windowStart}`) : `${k.windowStart ?? "?"} to ${k.windowEnd ?? "?"}`;
        return `${period}: ${[...new Set(vals)].join(", ")}`;
      });
      out.push(
        flat({
          id: noteId("different-window", groups[0]!, [c0.article, c0.source, ...groups]),
          kind: "different-window",
          claims: a.inOrder(ids),
          explanation: `${c0.article} gives ${sourceName(a.lexicon, c0.source)}'s counts of ${c0.metric} over different periods (${parts.join("; ")}): a count over a window is not a running total, and they are not compared.`,
        }),
      );
    }
  }
  return out;
};

/** An origin's part (HTS) reported after its whole (HTS and allies) in another article: a narrower scope, not a fall. */
const scopeNotes = (a: Analysis, g: GroupAnalysis): Note[] => {
  const pid = a.groups.subjectParent.get(g.group.id);
  const p = pid === undefined ? undefined : a.byGroup.get(pid);
  if (p === undefined) return [];
  const out: Note[] = [];
  // (walked by forEach: iterating a group of one origin would make a table of it)
  g.byOrigin.forEach((own, origin) => {
    const theirs = p.byOrigin.get(origin);
    if (theirs === undefined) return;
    const child = own[own.length - 1]!;
    // the parent's latest figure of the same origin said no later than the child's
    let lo = 0;
    let hi = theirs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (theirs[mid]!.latest <= child.latest) lo = mid + 1;
      else hi = mid;
    }
    const whole = lo === 0 ? undefined : theirs[lo - 1];
    if (whole === undefined || !(child.high < whole.low) || whole.articles.some((x) => child.articles.includes(x))) return;
    out.push({
      id: noteId("different-scope", g.group.id, [child.key, whole.key]),
      kind: "different-scope",
      claims: a.idsOf([...child.ranks, ...whole.ranks]),
      explanation: `${figureText(a, child)} for ${scopeText(a, g.group.key)} is a part of ${figureText(a, whole)} for ${scopeText(a, p.group.key)}: a narrower scope, not a fall.`,
    });
  });
  return out;
};

/** The notes of one group about its own figures (not those about the group above it). */
export const ownNotesOf = (a: Analysis, g: GroupAnalysis, out: Note[]): void => {
  const several = g.series.figures.length > 1;
  if (several) for (const n of staleNotes(a, g)) out.push(n);
  for (const n of circularNotes(a, g)) out.push(n);
  if (several) for (const n of boundedNotes(a, g)) out.push(n);
};

/**
 * A group's part reported after its whole (`a.byGroup` gives the group above by id): reads only
 * the groups and their current figures by origin.
 */
export const scopeNotesOf = (a: Analysis, g: GroupAnalysis, out: Note[]): void => {
  for (const n of scopeNotes(a, g)) out.push(n);
};

/** Notes across groups: one article's counts of one thing over different periods. */
export const articleNotesOf = (a: Analysis): Note[] => windowNotes(a);
