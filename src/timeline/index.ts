/**
 * Best-estimate timelines: how a point is made (estimate.ts), and one group's timeline
 * (group-points.ts), which reconciliation calls for each group, deepest subject first, so that a
 * group's parts are ready to bound it from below.
 */

export { isotonic } from "./isotonic.js";
export { weightedMedian } from "./weighted-median.js";
export { MAX_GAP_DAYS, PARTS_WEIGHT, pointOn } from "./estimate.js";
