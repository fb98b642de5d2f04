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
import { PART } from "./columns.js";
import { flat } from "./flatten.js";
import { gapSeverity, withResolution } from "./severity.js";

/** A later total of the same group and source equal to the sum of the parts. */
const matchingTotal = (a: Analysis, totals: (group: string) => ReadonlyMap<number, readonly Claim[]>, total: Claim, sum: number): Resolution | null => {
  const groupId = a.groups.groupOf.get(total.id)!;
  const hit = (totals(groupId).get(sum) ?? []).find((c) => c.source === total.source && c.id !== total.id && c.asOf.latest >= total.asOf.latest);
  if (hit === undefined) return null;
  return {
    kind: "cumulative-update",
    text: `the parts add up to ${sourceName(a.lexicon, hit.source)}'s total of ${sum} reported in ${hit.article}: the total given with them is an earlier figure`,
    claims: [hit.id],
  };
};

export const breakdownsOf = (a: Analysis): Contradiction[] => {
  const partsOf = new Map<string, Claim[]>();
  // The claims' flags say which are parts: the others are not read.
  const flags = a.columns.flags;
  for (let r = 0; r < a.claims.length; r++) {
    if ((flags[r]! & PART) === 0) continue;
    const c = a.claims[r]!;
    if (c.partOf === null) continue;
    const l = partsOf.get(c.partOf);
    if (l) l.push(c);
    else partsOf.set(c.partOf, [c]);
  }
  const out: Contradiction[] = [];
  // Exact claims of a group by value (in canonical order), made for the groups of totals whose parts exceed them.
  const cache = new Map<string, Map<number, Claim[]>>();
  const totals = (groupId: string): ReadonlyMap<number, readonly Claim[]> => {
    let m = cache.get(groupId);
    if (m === undefined) {
      m = new Map();
      for (const c of a.groups.claimsOfGroup(groupId)) {
        if (c.quantity.qualifier !== "exact" || c.quantity.value === null) continue;
        const k = c.quantity.value;
        const l = m.get(k);
        if (l) l.push(c);
        else m.set(k, [c]);
      }
      cache.set(groupId, m);
    }
    return m;
  };
  for (const totalId of partsOf.keys()) {
    const partsAll = partsOf.get(totalId)!;
    const total = a.index.byId.get(totalId);
    if (total === undefined) continue;
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
            .flatMap((p) => (partsOf.get(p.id) ?? []).map((q) => `${quantityText(q.quantity)} within the ${quantityText(p.quantity)}`))
            .join(", ")}) are counted once, in their own total.`;
    const resolution = matchingTotal(a, totals, total, value);
    out.push(
      flat({
        id: contradictionId("breakdown-mismatch", a.groups.groupOf.get(total.id)!, [total.id]),
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
