/**
 * Best-estimate timelines of every group (see estimate.ts for how a point is made). Groups are
 * estimated deepest subject first, so that a group's parts are ready to bound it from below.
 */
import type { Timeline, TimelinePoint } from "../domain/reconciliation.js";
import type { Analysis } from "../reconcile/analysis.js";
import { compareStrings } from "../reconcile/order.js";
import type { RankedPoints } from "./estimate.js";
import { deepestFirst, groupPoints } from "./group-points.js";

export { isotonic } from "./isotonic.js";
export { weightedMedian } from "./weighted-median.js";
export { MAX_GAP_DAYS, PARTS_WEIGHT, pointOn } from "./estimate.js";

export const timelinesOf = (a: Analysis): Timeline[] => {
  // byGroup holds the groups in id order: a stable sort by depth alone keeps ids in order within a depth.
  const done = new Map<string, RankedPoints>();
  for (const g of deepestFirst(a, [...a.byGroup.values()], (g) => g.group)) groupPoints(a, g, done);
  return [...a.byGroup.values()]
    .map((g) => ({ group: g.group.id, key: g.group.key, cumulative: g.group.cumulative, points: (done.get(g.group.id)?.points ?? []) as TimelinePoint[] }))
    .filter((t) => t.points.length > 0)
    .sort((x, y) => compareStrings(x.group, y.group));
};
