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

export const scopeOf = (lexicon: LexiconIndex, c: Claim): Scope => {
  const cumulativeMetric = lexicon.metric(c.metric)?.cumulative ?? true;
  if (isRunning(c)) {
    const key: GroupKey = { metric: c.metric, subject: c.subject, location: c.location, windowStart: c.window.start };
    return { id: groupId(key), key, cumulative: cumulativeMetric };
  }
  const key: GroupKey = { metric: c.metric, subject: c.subject, location: c.location, windowStart: c.window.start, windowEnd: c.window.end };
  return { id: groupId(key), key, cumulative: false };
};

export interface GroupIndex {
  readonly groups: readonly Group[];
  readonly byId: ReadonlyMap<string, Group>;
  /** Group id of each claim. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** The nearest group above along the subject hierarchy (same metric, place and window). */
  readonly subjectParent: ReadonlyMap<string, string>;
  /** The nearest group above along the place hierarchy (same metric, subject and window). */
  readonly placeParent: ReadonlyMap<string, string>;
  /** Groups directly or transitively below along the subject hierarchy only, same place. */
  readonly subjectChildren: ReadonlyMap<string, readonly string[]>;
  /** Every group above along one hierarchy (subject above at the same place, or place above for the same subject). */
  readonly wholes: ReadonlyMap<string, readonly string[]>;
}

const withKey = (key: GroupKey, subject: string, location: string): string =>
  groupId({ ...key, subject, location });

export const buildGroups = (lexicon: LexiconIndex, claims: readonly Claim[]): GroupIndex => {
  const members = new Map<string, { scope: Scope; claims: string[] }>();
  const groupOf = new Map<string, string>();
  for (const c of claims) {
    const running = isRunning(c);
    const id =
      `${c.metric}/${c.subject}/${c.location}/${day(c.window.start)}` + (running ? "" : `..${day(c.window.end)}`);
    let g = members.get(id);
    if (!g) {
      g = { scope: scopeOf(lexicon, c), claims: [] };
      members.set(id, g);
    }
    g.claims.push(c.id);
    groupOf.set(c.id, id);
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
    for (let si = 0; si < subjects.length; si++) {
      for (let pi = 0; pi < places.length; pi++) {
        if (si === 0 && pi === 0) continue;
        const parent = withKey(scope.key, subjects[si]!, places[pi]!);
        if (!members.has(parent)) continue;
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
  const groups: Group[] = [...members.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, { scope, claims: ids }]) => ({
      id,
      key: scope.key,
      cumulative: scope.cumulative,
      claims: ids,
      parts: (parts.get(id) ?? []).sort(compareStrings),
    }));
  for (const l of subjectChildren.values()) l.sort(compareStrings);
  return { groups, byId: new Map(groups.map((g) => [g.id, g])), groupOf, subjectParent, placeParent, subjectChildren, wholes };
};
