/**
 * The timeline of one group in the order groups are estimated: deepest subject first, so that a
 * running total's parts (the groups directly below it by subject) are finished before it and
 * bound it from below.
 */
import type { TimelinePoint } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "../reconcile/analysis.js";
import { cumulativePoints, periodPoints, type RankedPoints } from "./estimate.js";

/** Subject depth of groups, deepest first (stable: groups given in id order stay so within a depth). */
export const deepestFirst = <T>(a: Analysis, xs: readonly T[], groupOf: (x: T) => GroupAnalysis["group"]): T[] => {
  const depths = new Map<string, number>();
  const depth = (s: string): number => {
    let d = depths.get(s);
    if (d === undefined) depths.set(s, (d = a.lexicon.subjectAncestors(s).length));
    return d;
  };
  const order = xs.map((x) => ({ x, d: depth(groupOf(x).key.subject) }));
  order.sort((p, q) => q.d - p.d);
  return order.map((o) => o.x);
};

const NONE: RankedPoints = { points: [], ranks: [] };

/**
 * The points of one group; `done` holds the finished points of the groups estimated before it
 * (deepest subject first), and receives this group's.
 */
export const groupPoints = (a: Analysis, g: GroupAnalysis, done: Map<string, RankedPoints>): readonly TimelinePoint[] => {
  let r: RankedPoints;
  if (!g.group.cumulative) r = periodPoints(g);
  else {
    const parts = (a.groups.subjectChildren.get(g.group.id) ?? [])
      .filter((c) => a.groups.subjectParent.get(c) === g.group.id)
      .map((c) => done.get(c) ?? NONE);
    r = cumulativePoints(g, parts);
  }
  done.set(g.group.id, r);
  return r.points;
};

