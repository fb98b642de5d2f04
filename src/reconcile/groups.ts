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
import { compareBarred } from "./columns.js";
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

/** The key of a claim's group, and whether the group is a running total. */
const keyOf = (lexicon: LexiconIndex, c: Claim): Omit<Scope, "id"> => {
  if (isRunning(c)) {
    const key: GroupKey = { metric: c.metric, subject: c.subject, location: groupLocation(lexicon, c, true), windowStart: c.window.start };
    return { key, cumulative: lexicon.metric(c.metric)?.cumulative ?? true };
  }
  const key: GroupKey = { metric: c.metric, subject: c.subject, location: c.location, windowStart: c.window.start, windowEnd: c.window.end };
  return { key, cumulative: false };
};

export const scopeOf = (lexicon: LexiconIndex, c: Claim): Scope => {
  const { key, cumulative } = keyOf(lexicon, c);
  return { id: groupId(key), key, cumulative };
};

export interface GroupIndex {
  readonly groups: readonly Group[];
  readonly byId: Lookup<Group>;
  /** Group id of each claim. */
  readonly groupOf: Lookup<string>;
  /** The position in `groups` of each claim's group, by canonical position. */
  readonly groupAt: Int32Array;
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

type Level = Map<unknown, unknown>;
/** The key of a running claim's window end (which does not enter its group). */
const RUNNING = Symbol("running");

const below = (m: Level, k: unknown): Level => {
  let x = m.get(k) as Level | undefined;
  if (x === undefined) m.set(k, (x = new Map()));
  return x;
};

const hasSlash = (s: string): boolean => s.indexOf("/") >= 0;

/**
 * Finding the number of the group whose id is `metric/subject/location/period`. When no metric,
 * subject or place of a group holds a slash, an id is one tuple of those four and the group is
 * found through maps keyed by them (`index`: no id string built per lookup); otherwise, and for a
 * subject or place holding a slash, through its id string (`byId`).
 */
const groupsByParts = (
  scopes: readonly Omit<Scope, "id">[],
  periods: readonly string[],
  numberOf: ReadonlyMap<string, number>,
): { readonly index: Level | null; readonly byId: (metric: string, subject: string, location: string, period: string) => number | undefined } => {
  const byId = (metric: string, subject: string, location: string, period: string): number | undefined =>
    numberOf.get(metric + "/" + subject + "/" + location + "/" + period);
  const index: Level = new Map();
  for (let n = 0; n < scopes.length; n++) {
    const { metric, subject, location } = scopes[n]!.key;
    if (hasSlash(metric) || hasSlash(subject) || hasSlash(location)) return { index: null, byId };
    below(below(below(index, metric), subject), location).set(periods[n]!, n);
  }
  return { index, byId };
};

/** Each distinct text of `texts` with its rank in the order of `compare`. */
const ranksOf = (texts: readonly string[], compare: (x: string, y: string) => number): Map<string, number> => {
  const distinct = [...new Set(texts)].sort(compare);
  const out = new Map<string, number>();
  for (let i = 0; i < distinct.length; i++) out.set(distinct[i]!, i);
  return out;
};

const SLASH = 47;

/**
 * Group numbers in the order of their ids (`metric/subject/location/period`). When no metric,
 * subject or place holds a slash, two ids compare as their first differing field, each followed
 * by a slash, and the periods (the ids' ends) as plain texts: the fields are ranked once, among
 * their few distinct texts, and the groups sorted by ranks instead of comparing long ids that
 * share most of their length. Otherwise by the ids themselves.
 */
const idOrder = (scopes: readonly Omit<Scope, "id">[], periods: readonly string[], ids: readonly string[]): number[] => {
  const order = ids.map((_, n) => n);
  const keys = scopes.map((s) => s.key);
  if (keys.some((k) => hasSlash(k.metric) || hasSlash(k.subject) || hasSlash(k.location)))
    return order.sort((x, y) => compareStrings(ids[x]!, ids[y]!));
  const slashed = (x: string, y: string): number => compareBarred(x, y, SLASH);
  const metrics = ranksOf(
    keys.map((k) => k.metric),
    slashed,
  );
  const subjects = ranksOf(
    keys.map((k) => k.subject),
    slashed,
  );
  const places = ranksOf(
    keys.map((k) => k.location),
    slashed,
  );
  const ends = ranksOf(periods, compareStrings);
  const m = new Int32Array(ids.length);
  const s = new Int32Array(ids.length);
  const l = new Int32Array(ids.length);
  const p = new Int32Array(ids.length);
  for (let n = 0; n < ids.length; n++) {
    m[n] = metrics.get(keys[n]!.metric)!;
    s[n] = subjects.get(keys[n]!.subject)!;
    l[n] = places.get(keys[n]!.location)!;
    p[n] = ends.get(periods[n]!)!;
  }
  return order.sort((x, y) => m[x]! - m[y]! || s[x]! - s[y]! || l[x]! - l[y]! || p[x]! - p[y]!);
};

/** Shared by the groups with no parts (most of them): one empty list rather than one each. */
const NO_PARTS: readonly string[] = [];

/**
 * Groups of claims given in canonical order; `rank` is each claim id's position among them and
 * `claimIds` their ids (the claims' column, read instead of their records). A
 * group's claims are held as one run of a single column of claim positions (grouped, then in
 * canonical order), not as lists per group: most groups hold one claim or a few.
 */
export const buildGroups = (lexicon: LexiconIndex, claims: readonly Claim[], rank: Lookup<number>, claimIds: readonly string[]): GroupIndex => {
  // Pass 1: each claim's group, numbered in order of first claim. The group of a claim depends on
  // its metric, subject, place, window start, and window end when not running: looked up through
  // maps keyed by those fields (no id string per claim).
  const groupAt = new Int32Array(claims.length);
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  /** The first claim of each group, which gives its key. */
  const firsts: number[] = [];
  const byFields: Level = new Map();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const running = isRunning(c);
    const byEnd = below(below(below(below(byFields, c.metric), c.subject), c.location), c.window.start);
    const endKey = running ? RUNNING : c.window.end;
    let n = byEnd.get(endKey) as number | undefined;
    if (n === undefined) {
      const id =
        `${c.metric}/${c.subject}/${groupLocation(lexicon, c, running)}/${day(c.window.start)}` + (running ? "" : `..${day(c.window.end)}`);
      n = numberOf.get(id);
      if (n === undefined) {
        n = ids.length;
        numberOf.set(id, n);
        ids.push(id);
        firsts.push(i);
      }
      byEnd.set(endKey, n);
    }
    groupAt[i] = n;
  }
  const scopes = firsts.map((i) => keyOf(lexicon, claims[i]!));
  const periods = ids.map((id, n) => {
    const { key } = scopes[n]!;
    return id.slice(key.metric.length + key.subject.length + key.location.length + 3);
  });
  // Groups in id order; each claim's group renumbered to its position in that order.
  const order = idOrder(scopes, periods, ids);
  const positionOf = new Int32Array(ids.length);
  for (let k = 0; k < order.length; k++) positionOf[order[k]!] = k;
  const starts = new Int32Array(ids.length + 1);
  for (let i = 0; i < claims.length; i++) {
    const k = positionOf[groupAt[i]!]!;
    groupAt[i] = k;
    starts[k + 1]!++;
  }
  for (let k = 0; k < ids.length; k++) starts[k + 1]! += starts[k]!;
  /** Claim positions, group after group; within a group ascending. */
  const members = new Int32Array(claims.length);
  const filled = starts.slice(0, ids.length);
  for (let i = 0; i < claims.length; i++) members[filled[groupAt[i]!]!++] = i;

  // Relations by group number while they are found, then as maps by id. Groups are walked in id
  // order, so that each list of related groups (parts, children) is made in id order: no sort.
  const partsBy: (string[] | undefined)[] = new Array(ids.length);
  const wholesBy: (string[] | undefined)[] = new Array(ids.length);
  const childrenBy: (string[] | undefined)[] = new Array(ids.length);
  const subjectParentBy: (string | undefined)[] = new Array(ids.length);
  const placeParentBy: (string | undefined)[] = new Array(ids.length);
  const push = (m: (string[] | undefined)[], k: number, v: string) => {
    const l = m[k];
    if (l) l.push(v);
    else m[k] = [v];
  };
  const { index, byId: numberById } = groupsByParts(scopes, periods, numberOf);
  for (let k = 0; k < order.length; k++) {
    const n = order[k]!;
    const id = ids[n]!;
    const { key } = scopes[n]!;
    const subjects = lexicon.subjectAncestors(key.subject);
    const places = lexicon.placeAncestors(key.location);
    if (subjects.length === 1 && places.length === 1) continue;
    // The group with another subject and place: metric/subject/location/period, its maps looked
    // up once per metric and subject.
    const period = periods[n]!;
    const byMetric = index === null ? undefined : (index.get(key.metric) as Level | undefined);
    for (let si = 0; si < subjects.length; si++) {
      const subject = subjects[si]!;
      const bySubject = index === null || hasSlash(subject) ? null : ((byMetric?.get(subject) as Level | undefined) ?? undefined);
      for (let pi = 0; pi < places.length; pi++) {
        if (si === 0 && pi === 0) continue;
        const place = places[pi]!;
        const p =
          bySubject === null || hasSlash(place)
            ? numberById(key.metric, subject, place, period)
            : ((bySubject?.get(place) as Level | undefined)?.get(period) as number | undefined);
        if (p === undefined) continue;
        // The group's own id string, so that lists of related groups share it rather than copies.
        const parent = ids[p]!;
        push(partsBy, p, id);
        if (pi === 0 || si === 0) push(wholesBy, n, parent);
        if (pi === 0) {
          push(childrenBy, p, id);
          subjectParentBy[n] ??= parent;
        }
        if (si === 0) placeParentBy[n] ??= parent;
      }
    }
  }
  const subjectParent = new Map<string, string>();
  const placeParent = new Map<string, string>();
  const subjectChildren = new Map<string, string[]>();
  const wholes = new Map<string, string[]>();
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    if (subjectParentBy[n] !== undefined) subjectParent.set(id, subjectParentBy[n]!);
    if (placeParentBy[n] !== undefined) placeParent.set(id, placeParentBy[n]!);
    const children = childrenBy[n];
    if (children !== undefined) subjectChildren.set(id, children);
    if (wholesBy[n] !== undefined) wholes.set(id, wholesBy[n]!);
  }
  const ranksOf = (k: number): number[] => {
    const from = starts[k]!;
    // Lists of the output are allocated at their exact length (an array grown by push keeps spare room).
    const out: number[] = new Array(starts[k + 1]! - from);
    for (let j = 0; j < out.length; j++) out[j] = members[from + j]!;
    return out;
  };
  const claimsOf = (k: number): Claim[] => {
    const from = starts[k]!;
    const out: Claim[] = new Array(starts[k + 1]! - from);
    for (let j = 0; j < out.length; j++) out[j] = claims[members[from + j]!]!;
    return out;
  };
  const groups: Group[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const n = order[k]!;
    const id = ids[n]!;
    const { key, cumulative } = scopes[n]!;
    const from = starts[k]!;
    const memberIds: string[] = new Array(starts[k + 1]! - from);
    for (let j = 0; j < memberIds.length; j++) memberIds[j] = claimIds[members[from + j]!]!;
    groups[k] = { id, key, cumulative, claims: memberIds, parts: partsBy[n] ?? NO_PARTS };
  }
  const positionOfId = (id: string): number | undefined => {
    const n = numberOf.get(id);
    return n === undefined ? undefined : positionOf[n];
  };
  const groupOf: Lookup<string> = {
    get: (claimId) => {
      const r = rank.get(claimId);
      return r === undefined ? undefined : groups[groupAt[r]!]!.id;
    },
  };
  const byId: Lookup<Group> = {
    get: (id) => {
      const k = positionOfId(id);
      return k === undefined ? undefined : groups[k];
    },
  };
  const claimsOfGroup = (id: string): readonly Claim[] => claimsOf(positionOfId(id)!);
  return { groups, byId, groupOf, groupAt, claimsOf, claimsOfGroup, ranksOf, subjectParent, placeParent, subjectChildren, wholes };
};
