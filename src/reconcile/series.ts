/**
 * One origin's numbers over time within a group. For each origin and day only its highest figure
 * is current (a running total only rises, so the others were said earlier that day: stale);
 * a later figure that restates one of its older values after a higher one is a stale relay;
 * a genuinely new lower value is the origin correcting itself: a regression, and it caps what the
 * origin said before (its later statement supersedes the earlier one). Figures of one origin on
 * one day that differ by a digit or two between languages are one statement rendered twice.
 */
import type { Figure } from "./figures.js";
import { compareStrings } from "./order.js";

export interface Stale {
  readonly by: Figure;
  readonly superseded: readonly Figure[];
}

export interface Repeat {
  /** The later figure that restates an older value. */
  readonly figure: Figure;
  /** The earlier figure with the same value, or null for a lower figure relayed late. */
  readonly earlier: Figure | null;
  /** The higher figure the origin had given in between. */
  readonly peak: Figure;
}

export interface Correction {
  readonly earlier: Figure;
  readonly later: Figure;
}

export interface Series {
  readonly figures: readonly Figure[];
  /** One figure per origin and day, repeats left out; sorted by day then origin. */
  readonly current: readonly Figure[];
  readonly stale: readonly Stale[];
  readonly repeats: readonly Repeat[];
  readonly corrections: readonly Correction[];
  readonly drifts: readonly (readonly [Figure, Figure])[];
  /** Value of a current figure after its origin's later corrections (by figure key). */
  readonly adjusted: ReadonlyMap<string, number>;
}

/** Two renderings of one statement: exact, close, and from articles in different languages. */
const isDrift = (a: Figure, b: Figure, languageOf: (article: string) => string): boolean => {
  if (!a.exact || !b.exact || a.value === b.value) return false;
  const la = new Set(a.articles.map(languageOf));
  if (b.articles.some((x) => la.has(languageOf(x)))) return false;
  return Math.abs(a.value - b.value) <= Math.max(2, 0.02 * Math.max(a.value, b.value));
};

const byValueDesc = (a: Figure, b: Figure): number => b.value - a.value || b.low - a.low || compareStrings(a.key, b.key);

export const seriesOf = (figures: readonly Figure[], cumulative: boolean, languageOf: (article: string) => string): Series => {
  const buckets = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = `${f.origin}\u0000${f.latest}`;
    const l = buckets.get(k);
    if (l) l.push(f);
    else buckets.set(k, [f]);
  }
  const stale: Stale[] = [];
  const drifts: (readonly [Figure, Figure])[] = [];
  const dayCurrent: { figure: Figure; bucket: Figure[] }[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length > 1) bucket.sort(byValueDesc);
    const top = bucket[0]!;
    const drifted = new Set<string>();
    for (let i = 0; i + 1 < bucket.length; i++) {
      const a = bucket[i]!;
      const b = bucket[i + 1]!;
      if (isDrift(a, b, languageOf)) {
        drifts.push([a, b]);
        drifted.add(a.key).add(b.key);
      }
    }
    const superseded = bucket.slice(1).filter((f) => !drifted.has(f.key));
    if (superseded.length > 0) stale.push({ by: top, superseded });
    dayCurrent.push({ figure: top, bucket });
  }
  dayCurrent.sort((a, b) => compareStrings(a.figure.origin, b.figure.origin) || compareStrings(a.figure.latest, b.figure.latest));

  const repeats: Repeat[] = [];
  const corrections: Correction[] = [];
  const adjusted = new Map<string, number>();
  const current: Figure[] = [];
  let i = 0;
  while (i < dayCurrent.length) {
    const origin = dayCurrent[i]!.figure.origin;
    let j = i;
    while (j < dayCurrent.length && dayCurrent[j]!.figure.origin === origin) j++;
    const kept: Figure[] = [];
    const correctedAt: boolean[] = [];
    let peak: Figure | null = null;
    const seen = new Map<number, Figure>();
    for (let k = i; k < j; k++) {
      const { figure: f, bucket } = dayCurrent[k]!;
      let isCorrection = false;
      if (cumulative && peak !== null && f.high < peak.low) {
        const earlier = seen.get(f.value);
        if (earlier !== undefined || f.relayed) {
          repeats.push({ figure: f, earlier: earlier ?? null, peak });
          continue;
        }
        corrections.push({ earlier: peak, later: f });
        isCorrection = true;
        peak = f;
      } else if (peak === null || f.value > peak.value) peak = f;
      kept.push(f);
      correctedAt.push(isCorrection);
      for (const g of bucket) if (!seen.has(g.value)) seen.set(g.value, g);
    }
    let cap = Number.POSITIVE_INFINITY;
    for (let k = kept.length - 1; k >= 0; k--) {
      const f = kept[k]!;
      if (f.value > cap) adjusted.set(f.key, cap);
      if (correctedAt[k]) cap = Math.min(cap, f.value);
    }
    current.push(...kept);
    i = j;
  }
  current.sort((a, b) => compareStrings(a.latest, b.latest) || compareStrings(a.origin, b.origin));
  return { figures, current, stale, repeats, corrections, drifts, adjusted };
};
