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

const NO_RANKS: readonly (readonly number[])[] = [];
const NO_CHILDREN: readonly string[] = [];
const NO_PARTS: readonly RankedPoints[] = [];

/**
 * The points of one group; `done` holds the finished points of the groups estimated before it
 * (deepest subject first), and receives this group's. Only the group directly above a group reads
 * its points' claim positions: they are kept until it has, and not at all for a group with none
 * above it.
 */
export const groupPoints = (a: Analysis, g: GroupAnalysis, done: Map<string, RankedPoints>): readonly TimelinePoint[] => {
  let r: RankedPoints;
  const id = g.group.id;
  if (!g.group.cumulative) r = periodPoints(g, a.columns);
  else {
    const below = a.groups.subjectChildren.get(id);
    const children = below === undefined ? NO_CHILDREN : below.filter((c) => a.groups.subjectParent.get(c) === id);
    r = cumulativePoints(
      g,
      a.columns,
      children.length === 0 ? NO_PARTS : children.map((c) => done.get(c) ?? NONE),
    );
    for (const c of children) {
      const used = done.get(c);
      if (used !== undefined && used.ranks.length > 0) done.set(c, { points: used.points, ranks: NO_RANKS });
    }
  }
  done.set(id, a.groups.subjectParent.has(id) || r.ranks.length === 0 ? r : { points: r.points, ranks: NO_RANKS });
  return r.points;
};

