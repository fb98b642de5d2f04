/**
 * Per source: how its numbers compared with other origins' numbers for the same thing on the same
 * day (agreement: share of its comparable figures that another origin's figure overlaps, with a 5%
 * tolerance), whether it is partisan, and who relays it.
 */
import type { SourceSummary } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "./analysis.js";
import type { Figure } from "./figures.js";
import { compareStrings } from "./order.js";
import { isPartisan, sourceKindOf } from "./reliability.js";

export const AGREEMENT_TOLERANCE = 0.05;

const agrees = (x: Figure, y: Figure): boolean =>
  x.low <= y.high * (1 + AGREEMENT_TOLERANCE) && y.low <= x.high * (1 + AGREEMENT_TOLERANCE);

interface Acc {
  /** Its claim ids, allocated at their count; `filled` of them set so far. */
  claims: string[];
  filled: number;
  via: Set<string>;
  partisan: boolean;
  compared: number;
  agreed: number;
  superseded: number;
  corrections: number;
}

/**
 * Per-source counts gathered group by group (`addGroup` for each analysed group), then
 * summarised once every group has been seen.
 */
export interface SourceTally {
  readonly addGroup: (g: GroupAnalysis) => void;
  readonly summaries: () => SourceSummary[];
}

export const sourceTally = (base: Analysis): SourceTally => {
  const acc = new Map<string, Acc>();
  const get = (s: string): Acc => {
    let x = acc.get(s);
    if (!x) {
      x = { claims: [], filled: 0, via: new Set(), partisan: false, compared: 0, agreed: 0, superseded: 0, corrections: 0 };
      acc.set(s, x);
    }
    return x;
  };
  // Lists grown by push leave spare room and copies behind: each source's is counted first, by
  // its number in the claims' columns (no lookup by name per claim).
  const { source: sourceAt, sources } = base.columns;
  const counts = new Int32Array(sources.length);
  for (let r = 0; r < base.claims.length; r++) counts[sourceAt[r]!]!++;
  const accOf: (Acc | undefined)[] = new Array(sources.length);
  for (let r = 0; r < base.claims.length; r++) {
    const c = base.claims[r]!;
    const k = sourceAt[r]!;
    let x = accOf[k];
    if (x === undefined) {
      x = accOf[k] = get(sources[k]!);
      if (x.filled === 0) x.claims = new Array(counts[k]!);
    }
    x.claims[x.filled++] = c.id;
    for (let v = 0; v < c.via.length; v++) x.via.add(c.via[v]!);
    if (!x.partisan && isPartisan(base.lexicon, c)) x.partisan = true;
  }
  const addGroup = (g: GroupAnalysis): void => {
    for (const s of g.series.stale) get(s.by.source).superseded += s.superseded.length;
    for (const r of g.series.corrections) get(r.later.source).corrections += 1;
    // Agreement is counted between figures of one day: a group of one comparable figure has none.
    if (g.comparable.length < 2) return;
    // Comparable figures are in day order (current figures are): each day's are one run of them.
    const cmp = g.comparable;
    for (let s = 0; s < cmp.length; ) {
      const day = cmp[s]!.latest;
      let e = s + 1;
      while (e < cmp.length && cmp[e]!.latest === day) e++;
      if (e - s >= 2)
        for (let i = s; i < e; i++) {
          const f = cmp[i]!;
          const x = get(f.source);
          x.compared += 1;
          let agreed = false;
          for (let j = s; j < e && !agreed; j++) agreed = cmp[j]!.origin !== f.origin && agrees(f, cmp[j]!);
          if (agreed) x.agreed += 1;
        }
      s = e;
    }
  };
  const summaries = (): SourceSummary[] =>
    [...acc.entries()]
      .sort(([s1], [s2]) => compareStrings(s1, s2))
      .map(([source, x]) => {
        const notes: string[] = [];
        if (x.partisan) notes.push("a party to the fighting: its counts of losses outside its own side are partisan and weighted down");
        if (x.corrections > 0) notes.push(`corrected its running total downwards ${x.corrections} time(s)`);
        if (x.superseded > 0) notes.push(`${x.superseded} earlier figure(s) superseded by its later statements`);
        if (x.compared === 0) notes.push("no same-day figure of another origin to compare with");
        return {
          source,
          kind: sourceKindOf(base.lexicon, source),
          // Claims were taken in canonical order, each once.
          claims: x.claims,
          agreement: x.compared === 0 ? null : x.agreed / x.compared,
          partisan: x.partisan,
          relayedBy: [...x.via].filter((v) => v !== source).sort(compareStrings),
          notes,
        };
      });
  return { addGroup, summaries };
};
