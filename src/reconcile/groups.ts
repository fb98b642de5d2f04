/**
 * Groups: claims that count the same thing, keyed by metric × subject × location × start of the
 * period. Running totals ("311 since Wednesday") and counts of a closed past period ("19 on
 * Thursday", said on Saturday) never share a group: a closed period adds its end to the key.
 * Lexicon hierarchies relate groups as part and whole (hts ⊂ opposition, aleppo-city ⊂
 * aleppo-province) instead of merging them.
 */
import type { Claim } from "../domain/claim.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Group, GroupKey } from "../domain/reconciliation.js";
import type { Lookup } from "./explain.js";
import { compareStrings } from "./order.js";

export interface Scope {
  readonly id: string;
  readonly key: GroupKey;
  readonly cumulative: boolean;
}

/** The window reaches the statement: the count runs from its start up to when it was said. */
export const isRunning = (c: Claim): boolean =>
  c.tally === "running-total" || (c.window.start !== null && (c.window.end === null || c.window.end >= c.asOf.earliest));

const day = (d: string | null): string => d ?? "undated";

export const groupId = (key: GroupKey): string =>
  `${key.metric}/${key.subject}/${key.location}/${day(key.windowStart)}` +
  (key.windowEnd === undefined ? "" : `..${day(key.windowEnd)}`);

/**
 * The place a claim is grouped under. A running total of a lexicon event (its window starts on the
 * event's first day) located at the event's area or a place above it counts the event's toll: "the
 * toll in Syria" of the offensive on Aleppo and Idlib is the offensive's toll, so it is grouped at
 * the event's area with the others instead of starting a series of its own. Places below the area
 * keep their own groups (parts of the whole). The claim itself keeps the place its text named.
 */
export const groupLocation = (lexicon: LexiconIndex, c: Claim, running: boolean): string => {
  if (!running || c.window.start === null) return c.location;
  for (const e of lexicon.lexicon.events)
    if (e.area !== null && e.start === c.window.start && e.area !== c.location && lexicon.placeWithin(e.area, c.location)) return e.area;
  return c.location;
};

export const scopeOf = (lexicon: LexiconIndex, c: Claim): Scope => {
  const cumulativeMetric = lexicon.metric(c.metric)?.cumulative ?? true;
  if (isRunning(c)) {
    const key: GroupKey = { metric: c.metric, subject: c.subject, location: groupLocation(lexicon, c, true), windowStart: c.window.start };
    return { id: groupId(key), key, cumulative: cumulativeMetric };
  }
  const key: GroupKey = { metric: c.metric, subject: c.subject, location: c.location, windowStart: c.window.start, windowEnd: c.window.end };
  return { id: groupId(key), key, cumulative: false };
};

export interface GroupIndex {
  readonly groups: readonly Group[];
  readonly byId: ReadonlyMap<string, Group>;
  /** Group id of each claim. */
  readonly groupOf: Lookup<string>;
  /** The claims of the i-th group of `groups`, in canonical order. */
  readonly claimsOf: (i: number) => readonly Claim[];
  /** The claims of a group given by id, in canonical order. */
  readonly claimsOfGroup: (id: string) => readonly Claim[];
  /** The canonical positions of the claims of the i-th group of `groups`, ascending. */
  readonly ranksOf: (i: number) => readonly number[];
  /** The nearest group above along the subject hierarchy (same metric, place and window). */
  readonly subjectParent: ReadonlyMap<string, string>;
  /** The nearest group above along the place hierarchy (same metric, subject and window). */
  readonly placeParent: ReadonlyMap<string, string>;
  /** Groups directly or transitively below along the subject hierarchy only, same place. */
  readonly subjectChildren: ReadonlyMap<string, readonly string[]>;
  /** Every group above along one hierarchy (subject above at the same place, or place above for the same subject). */
  readonly wholes: ReadonlyMap<string, readonly string[]>;
}

interface Member {
  readonly id: string;
  readonly scope: Scope;
  readonly ranks: number[];
  readonly claims: Claim[];
  readonly n: number;
}

type Level = Map<unknown, unknown>;
/** The key of a running claim's window end (which does not enter its group). */
const RUNNING = Symbol("running");

const below = (m: Level, k: unknown): Level => {
  let x = m.get(k) as Level | undefined;
  if (x === undefined) m.set(k, (x = new Map()));
  return x;
};

/** Groups of claims given in canonical order; `rank` is each claim id's position among them. */
export const buildGroups = (lexicon: LexiconIndex, claims: readonly Claim[], rank: Lookup<number>): GroupIndex => {
  const members = new Map<string, Member>();
  const groupAt = new Int32Array(claims.length);
  const list: Member[] = [];
  // The group of a claim depends on its metric, subject, place, window start, and window end
  // when not running: looked up through maps keyed by those fields (no id string per claim).
  const byFields: Level = new Map();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const running = isRunning(c);
    const byEnd = below(below(below(below(byFields, c.metric), c.subject), c.location), c.window.start);
    const endKey = running ? RUNNING : c.window.end;
    let g = byEnd.get(endKey) as Member | undefined;
    if (g === undefined) {
      const id =
        `${c.metric}/${c.subject}/${groupLocation(lexicon, c, running)}/${day(c.window.start)}` + (running ? "" : `..${day(c.window.end)}`);
      g = members.get(id);
      if (!g) {
        g = { id, scope: scopeOf(lexicon, c), ranks: [], claims: [], n: list.length };
        members.set(id, g);
        list.push(g);
      }
      byEnd.set(endKey, g);
    }
    g.ranks.push(i);
    g.claims.push(c);
    groupAt[i] = g.n;
  }
  const parts = new Map<string, string[]>();
  const subjectParent = new Map<string, string>();
  const placeParent = new Map<string, string>();
  const subjectChildren = new Map<string, string[]>();
  const wholes = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const [id, { scope }] of members) {
    const subjects = lexicon.subjectAncestors(scope.key.subject);
    const places = lexicon.placeAncestors(scope.key.location);
    if (subjects.length === 1 && places.length === 1) continue;
    // The id with another subject and place: metric/subject/location/period
    const period = id.slice(scope.key.metric.length + scope.key.subject.length + scope.key.location.length + 3);
    const head = scope.key.metric + "/";
    for (let si = 0; si < subjects.length; si++) {
      for (let pi = 0; pi < places.length; pi++) {
        if (si === 0 && pi === 0) continue;
        // The group's own id string, so that lists of related groups share it rather than copies.
        const parent = members.get(head + subjects[si]! + "/" + places[pi]! + "/" + period)?.id;
        if (parent === undefined) continue;
        push(parts, parent, id);
        if (pi === 0 || si === 0) push(wholes, id, parent);
        if (pi === 0) {
          push(subjectChildren, parent, id);
          if (!subjectParent.has(id)) subjectParent.set(id, parent);
        }
        if (si === 0 && !placeParent.has(id)) placeParent.set(id, parent);
      }
    }
  }
  const sorted = [...members.entries()].sort(([a], [b]) => compareStrings(a, b));
  const groups: Group[] = sorted.map(([id, { scope, claims: cs }]) => ({
    id,
    key: scope.key,
    cumulative: scope.cumulative,
    claims: cs.map((c) => c.id),
    parts: (parts.get(id) ?? []).sort(compareStrings),
  }));
  const idOf: string[] = new Array(list.length);
  for (const [id, g] of sorted) idOf[g.n] = id;
  for (const l of subjectChildren.values()) l.sort(compareStrings);
  const groupOf: Lookup<string> = {
    get: (claimId) => {
      const r = rank.get(claimId);
      return r === undefined ? undefined : idOf[groupAt[r]!];
    },
  };
  const claimsOf = (i: number): readonly Claim[] => sorted[i]![1].claims;
  const ranksOf = (i: number): readonly number[] => sorted[i]![1].ranks;
  const claimsOfGroup = (id: string): readonly Claim[] => members.get(id)!.claims;
  return { groups, byId: new Map(groups.map((g) => [g.id, g])), groupOf, claimsOf, claimsOfGroup, ranksOf, subjectParent, placeParent, subjectChildren, wholes };
};
