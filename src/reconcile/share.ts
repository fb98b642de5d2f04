/**
 * The families reconciled on a second thread. Families (same metric and period) are reconciled
 * independently, but a family's explanations read other claims of its metric (a difference stated
 * by a claim of the same article, whatever its period): so the share is made of whole metrics,
 * and the thread is given every claim of them and nothing else. Its findings are then the ones
 * those families give on the main thread.
 */
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { familiesOf, prepare } from "./analysis.js";
import { reconcileFamily, type FamilyOutput } from "./family.js";
import { groupCounts } from "./sources.js";
import { FindingsWriter, type FindingsOnWire } from "./wire-findings.js";

/**
 * The share of the claims the second thread takes: besides its families, the main thread puts the
 * claims in order, builds the groups for all of them, reads the findings back and does the checks
 * across groups, about as much as this share of the family loop.
 */
export const SECOND_SHARE = 0.55;

/**
 * The metrics whose families go to the second thread: the largest metrics first, while their
 * claims stay within `SECOND_SHARE` of all (the largest always); none when there is one metric.
 */
export const sharedMetrics = (claims: readonly Claim[]): ReadonlySet<string> => {
  const counts = new Map<string, number>();
  let last = "";
  let run = 0;
  for (const c of claims) {
    if (c.metric === last) {
      run++;
      continue;
    }
    if (run > 0) counts.set(last, (counts.get(last) ?? 0) + run);
    last = c.metric;
    run = 1;
  }
  if (run > 0) counts.set(last, (counts.get(last) ?? 0) + run);
  const out = new Set<string>();
  if (counts.size < 2) return out;
  let taken = 0;
  for (const [metric, n] of [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)))
    if (taken === 0 || taken + n <= SECOND_SHARE * claims.length) {
      out.add(metric);
      taken += n;
    }
  return out;
};

/**
 * The families of `claims` (every claim of some metrics, canonical order) reconciled as on the
 * main thread, their findings on the wire: claims by their position in `claims`, timelines by
 * their group's position among the groups of `claims`.
 */
export const reconcileShare = (lexicon: LexiconIndex, articles: readonly ArticleMeta[], claims: readonly Claim[]): FindingsOnWire => {
  const base = prepare(lexicon, articles, claims);
  const out: FamilyOutput = { contradictions: [], notes: [], timeline: new Array(base.groups.groups.length).fill(undefined) };
  const counts = groupCounts();
  const position = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) position.set(claims[i]!.id, i);
  const writer = new FindingsWriter((id) => position.get(id)!);
  for (const family of familiesOf(base)) {
    reconcileFamily(base, family, out, counts);
    writer.take(out, family);
  }
  return writer.finish(counts.counts);
};
