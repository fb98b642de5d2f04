/**
 * Best-estimate timelines of every group (see estimate.ts for how a point is made). Groups are
 * estimated deepest subject first, so that a group's parts are ready to bound it from below.
 */
import type { Timeline, TimelinePoint } from "../domain/reconciliation.js";
import type { Analysis } from "../reconcile/analysis.js";
import { compareStrings } from "../reconcile/order.js";
import { cumulativePoints, periodPoints, type RankedPoints } from "./estimate.js";

export { isotonic } from "./isotonic.js";
export { weightedMedian } from "./weighted-median.js";
export { MAX_GAP_DAYS, PARTS_WEIGHT, pointOn } from "./estimate.js";

export const timelinesOf = (a: Analysis): Timeline[] => {
  // byGroup holds the groups in id order: a stable sort by depth alone keeps ids in order within a depth.
  const depths = new Map<string, number>();
  const depth = (s: string): number => {
    let d = depths.get(s);
    if (d === undefined) depths.set(s, (d = a.lexicon.subjectAncestors(s).length));
    return d;
  };
  const order = [...a.byGroup.values()].map((g) => ({ g, d: depth(g.group.key.subject) }));
  order.sort((x, y) => y.d - x.d);
  const done = new Map<string, RankedPoints>();
  const none: RankedPoints = { points: [], ranks: [] };
  for (const { g } of order) {
    if (!g.group.cumulative) {
      done.set(g.group.id, periodPoints(g));
      continue;
    }
    const parts = (a.groups.subjectChildren.get(g.group.id) ?? [])
      .filter((c) => a.groups.subjectParent.get(c) === g.group.id)
      .map((c) => done.get(c) ?? none);
    done.set(g.group.id, cumulativePoints(g, parts));
  }
  return [...a.byGroup.values()]
    .map((g) => ({ group: g.group.id, key: g.group.key, cumulative: g.group.cumulative, points: (done.get(g.group.id)?.points ?? []) as TimelinePoint[] }))
    .filter((t) => t.points.length > 0)
    .sort((x, y) => compareStrings(x.group, y.group));
};
