/**
 * Breakdowns that do not add up: the direct parts of a total (claims whose `partOf` is it) are
 * summed as intervals; parts nested one level further down (79 soldiers and 21 militiamen inside
 * 100 government forces) are inside their own total and are not counted twice. Parts exceeding
 * the total is a `breakdown-mismatch`. Parts falling short are not raised: breakdowns that list
 * only some categories ("including 5 children") are normal.
 */
import type { Claim } from "../domain/claim.js";
import type { Contradiction, Resolution } from "../domain/reconciliation.js";
import { comparableInterval } from "../domain/quantity.js";
import type { Analysis } from "./analysis.js";
import { partText, quantityText, sourceName } from "./describe.js";
import { contradictionId } from "./conflicts.js";
import { compareClaimIds } from "./order.js";
import { EXACT, PART } from "./columns.js";
import { flat } from "./flatten.js";
import { gapSeverity, withResolution } from "./severity.js";

const NO_POSITIONS: readonly number[] = [];

/**
 * A later total of the same group and source equal to the sum of the parts; `totals` gives the
 * positions of the exact claims of a group (by position) by value, `at` is the total's position.
 */
const matchingTotal = (
  a: Analysis,
  totals: (group: number) => ReadonlyMap<number, readonly number[]>,
  total: Claim,
  at: number,
  sum: number,
): Resolution | null => {
  let hit: Claim | undefined;
  for (const r of totals(a.groups.groupAt[at]!).get(sum) ?? NO_POSITIONS) {
    const c = a.claims[r]!;
    // (listed by their representative number: a claim without a value of its own is not one)
    const v = c.quantity.value;
    if (v === null || !(v === sum || (v !== v && sum !== sum))) continue;
    if (c.source === total.source && c.id !== total.id && c.asOf.latest >= total.asOf.latest) {
      hit = c;
      break;
    }
  }
  if (hit === undefined) return null;
  return {
    kind: "cumulative-update",
    text: `the parts add up to ${sourceName(a.lexicon, hit.source)}'s total of ${sum} reported in ${hit.article}: the total given with them is an earlier figure`,
    claims: [hit.id],
  };
};

export const breakdownsOf = (a: Analysis): Contradiction[] => {
  /** The parts of each total (by its id), and the total's canonical position (negative when no claim has that id). */
  const partsOf = new Map<string, { readonly at: number; readonly claims: Claim[] }>();
  // The claims' flags say which are parts: the others are not read.
  const flags = a.columns.flags;
  for (let r = 0; r < a.claims.length; r++) {
    if ((flags[r]! & PART) === 0) continue;
    const c = a.claims[r]!;
    if (c.partOf === null) continue;
    const l = partsOf.get(c.partOf);
    if (l) l.claims.push(c);
    else partsOf.set(c.partOf, { at: a.columns.partOf[r]!, claims: [c] });
  }
  const out: Contradiction[] = [];
  // Positions of the exact claims of a group by value (in canonical order), read from the
  // columns, made for the groups of totals whose parts exceed them.
  const cache = new Map<number, Map<number, number[]>>();
  const totals = (group: number): ReadonlyMap<number, readonly number[]> => {
    let m = cache.get(group);
    if (m === undefined) {
      m = new Map();
      for (const r of a.groups.ranksOf(group)) {
        if ((flags[r]! & EXACT) === 0) continue;
        const k = a.columns.value(r);
        const l = m.get(k);
        if (l) l.push(r);
        else m.set(k, [r]);
      }
      cache.set(group, m);
    }
    return m;
  };
  for (const totalId of partsOf.keys()) {
    const { at, claims: partsAll } = partsOf.get(totalId)!;
    if (at < 0) continue;
    const total = a.claims[at]!;
    const parts = partsAll.filter((p) => p.metric === total.metric).sort((x, y) => compareClaimIds(x.id, y.id));
    if (parts.length === 0) continue;
    let low = 0;
    let value = 0;
    for (const p of parts) {
      low += comparableInterval(p.quantity).low;
      value += p.quantity.value ?? comparableInterval(p.quantity).low;
    }
    const t = comparableInterval(total.quantity);
    if (low <= t.high) continue;
    const nested = parts.filter((p) => partsOf.has(p.id));
    const nestedText =
      nested.length === 0
        ? ""
        : ` Parts given inside these (${nested
            .flatMap((p) => (partsOf.get(p.id)?.claims ?? []).map((q) => `${quantityText(q.quantity)} within the ${quantityText(p.quantity)}`))
            .join(", ")}) are counted once, in their own total.`;
    const resolution = matchingTotal(a, totals, total, at, value);
    out.push(
      flat({
        id: contradictionId("breakdown-mismatch", a.groups.groups[a.groups.groupAt[at]!]!.id, [total.id]),
        kind: "breakdown-mismatch",
        claims: a.inOrder([total.id, ...parts.map((p) => p.id)]),
        severity: withResolution(gapSeverity(low, t.high), resolution),
        explanation: `In ${total.article}, the parts (${parts.map((p) => partText(a.lexicon, p)).join(" + ")}) add up to ${low === value ? value : `at least ${low}`}, more than the total of ${quantityText(total.quantity)} ${total.metric} they break down.${nestedText}`,
        resolution,
      }),
    );
  }
  return out;
};
