/**
 * One family of related groups (same metric and period: parts and wholes never cross it)
 * reconciled group by group, deepest subject first. Each group's own contradictions, notes,
 * source counts and timeline are made as soon as its figures are, and only what the groups around
 * it read afterwards is kept (its comparable figures, by origin, and the figures they supersede);
 * then parts are checked against their wholes and set against the group above them.
 */
import type { Contradiction, Note, Timeline, TimelinePoint } from "../domain/reconciliation.js";
import type { RankedPoints } from "../timeline/estimate.js";
import { deepestFirst, groupPoints } from "../timeline/group-points.js";
import { analyseGroup, type Analysis, type GroupAnalysis } from "./analysis.js";
import { groupConflicts, wholeConflicts } from "./conflicts.js";
import { flattenTexts } from "./flatten.js";
import { ownNotesOf, scopeNotesOf } from "./notes.js";
import type { Figure } from "./figures.js";
import type { Series, Superseded } from "./series.js";
import type { SourceTally } from "./sources.js";

export interface FamilyOutput {
  readonly contradictions: Contradiction[];
  readonly notes: Note[];
  /** Each group's timeline at the group's position (groups are in id order), none where it has no points. */
  readonly timeline: (Timeline | undefined)[];
}

const NONE: readonly never[] = [];
const NO_VALUES: ReadonlyMap<Figure, number> = new Map();
const NO_SUPERSEDED: ReadonlyMap<Figure, readonly Superseded[]> = new Map();

/** The series kept of a group that supersedes nothing (most): one for all of them. */
const NOTHING_KEPT: Series = {
  figures: NONE,
  current: NONE,
  stale: NONE,
  repeats: NONE,
  corrections: NONE,
  drifts: NONE,
  supersededBy: NO_SUPERSEDED,
  adjusted: NO_VALUES,
};

/**
 * The figures a current figure supersedes, as the part-and-whole checks read them (lower bound and
 * claims), for a group with a whole above it; none for the others, which are never the part.
 */
const supersededOf = (a: Analysis, g: GroupAnalysis): ReadonlyMap<Figure, readonly Superseded[]> => {
  if (g.series.supersededBy.size === 0 || (a.groups.wholes.get(g.group.id)?.length ?? 0) === 0) return NO_SUPERSEDED;
  const out = new Map<Figure, readonly Superseded[]>();
  for (const [by, fs] of g.series.supersededBy) out.set(by, fs.map((f) => ({ low: f.low, ranks: f.ranks })));
  return out;
};

/**
 * What the part-and-whole checks and scope notes read of a group once its own passes are done
 * (not its claims: those checks read figures only), so that the rest of its figures can go.
 */
const keptOf = (a: Analysis, g: GroupAnalysis): GroupAnalysis => {
  const supersededBy = supersededOf(a, g);
  const series: Series = supersededBy === NO_SUPERSEDED ? NOTHING_KEPT : { ...NOTHING_KEPT, supersededBy };
  return { group: g.group, claims: NONE, ranks: NONE, series, comparable: g.comparable, byOrigin: g.byOrigin, inOrder: g.inOrder, idsOf: g.idsOf };
};

/** Reconciles the groups at `positions` (in id order) of `base`, appending to `out` and `sources`. */
export const reconcileFamily = (base: Analysis, positions: readonly number[], out: FamilyOutput, sources: SourceTally): void => {
  const byGroup = new Map<string, GroupAnalysis>();
  const a: Analysis = { ...base, byGroup };
  const kept: GroupAnalysis[] = new Array(positions.length);
  const done = new Map<string, RankedPoints>();
  const at = positions.map((_, k) => k);
  for (const k of deepestFirst(a, at, (k) => base.groups.groups[positions[k]!]!)) {
    const g = analyseGroup(a, positions[k]!);
    byGroup.set(g.group.id, g);
    const fromC = out.contradictions.length;
    const fromN = out.notes.length;
    groupConflicts(a, g, out.contradictions);
    ownNotesOf(a, g, out.notes);
    flattenTexts(out.contradictions, out.notes, fromC, fromN);
    sources.addGroup(g);
    const points = groupPoints(a, g, done);
    if (points.length > 0) out.timeline[positions[k]!] = { group: g.group.id, key: g.group.key, cumulative: g.group.cumulative, points: points as TimelinePoint[] };
    const small = keptOf(a, g);
    byGroup.set(g.group.id, small);
    kept[k] = small;
  }
  const fromC = out.contradictions.length;
  const fromN = out.notes.length;
  wholeConflicts(a, kept, out.contradictions);
  for (const g of kept) scopeNotesOf(a, g, out.notes);
  flattenTexts(out.contradictions, out.notes, fromC, fromN);
};
