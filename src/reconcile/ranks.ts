/**
 * Positions of claim ids among the claims in canonical order, found through the run of their
 * article (one entry per article, not one per claim: at a million claims a map of every id is
 * tens of megabytes and a second of hashing). Canonical order keeps an article's claims together.
 */
import type { Claim } from "../domain/claim.js";
import type { Lookup } from "./explain.js";

/** Runs longer than this get a map of their ids on first use rather than being scanned. */
const SHORT_RUN = 16;

/** A map of every id, for claims whose articles are not in runs (not canonical order). */
const everyId = (claims: readonly Claim[]): Lookup<number> => {
  const rank = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) rank.set(claims[i]!.id, i);
  return rank;
};

/**
 * The runs of claims of one article (the part of their id before its last `#`): where each begins,
 * and at each run's first position where it ends (exclusive).
 */
export interface ArticleRuns {
  readonly starts: ReadonlyMap<string, number>;
  readonly ends: Int32Array;
}

/**
 * Position of each claim id among `claims` (canonical order, one claim per id). `runs`, when the
 * claims were put in order by their articles' runs (every id holding a `#`), are those runs: the
 * ids are then not read again to find them.
 */
export const rankLookup = (claims: readonly Claim[], runs: ArticleRuns | null = null): Lookup<number> =>
  runs === null ? scanned(claims) : lookupIn(claims, runs.starts, runs.ends);

/** The lookup of `claims` with their runs found by reading every id. */
const scanned = (claims: readonly Claim[]): Lookup<number> => {
  const starts = new Map<string, number>();
  /** End (exclusive) of the run starting at each position. */
  const ends = new Int32Array(claims.length);
  let prefix = "";
  let prefixAt = -2;
  let start = 0;
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]!.id;
    const at = id.lastIndexOf("#");
    if (at >= 0 && at === prefixAt && id.startsWith(prefix)) continue;
    if (i > 0) ends[start] = i;
    const p = at < 0 ? id : id.slice(0, at);
    if (starts.has(p)) return everyId(claims);
    starts.set(p, i);
    prefix = p;
    prefixAt = at;
    start = i;
  }
  if (claims.length > 0) ends[start] = claims.length;
  return lookupIn(claims, starts, ends);
};

/** The lookup of `claims` through the runs of their articles. */
const lookupIn = (claims: readonly Claim[], starts: ReadonlyMap<string, number>, ends: Int32Array): Lookup<number> => {
  const long = new Map<number, Map<string, number>>();
  // Lookups come in bursts from one article: its run is remembered.
  let lastPrefix = "";
  let lastFrom = -1;
  return {
    get: (id) => {
      let from: number | undefined;
      const at = id.lastIndexOf("#");
      if (lastFrom >= 0 && at === lastPrefix.length && id.startsWith(lastPrefix)) from = lastFrom;
      else {
        const p = at < 0 ? id : id.slice(0, at);
        from = starts.get(p);
        if (from === undefined) return undefined;
        if (at >= 0) {
          lastPrefix = p;
          lastFrom = from;
        }
      }
      const to = ends[from]!;
      if (to - from <= SHORT_RUN) {
        for (let i = from; i < to; i++) if (claims[i]!.id === id) return i;
        return undefined;
      }
      let byId = long.get(from);
      if (byId === undefined) {
        byId = new Map();
        for (let i = from; i < to; i++) byId.set(claims[i]!.id, i);
        long.set(from, byId);
      }
      return byId.get(id);
    },
  };
};
