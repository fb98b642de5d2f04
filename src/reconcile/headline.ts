/**
 * Headline numbers the body does not state (`headline-body`): a headline figure is checked against
 * the figures of its own article's body (a bound or tolerance containing a body figure agrees); when two body figures add up to it ("343 = 327 +
 * 16 killed at Basel roundabout") or it rounds one of them, that is said as the resolution.
 */
import type { Claim } from "../domain/claim.js";
import { comparableInterval } from "../domain/quantity.js";
import type { Contradiction, Resolution } from "../domain/reconciliation.js";
import type { Analysis } from "./analysis.js";
import { partText, quantityText, sourceName } from "./describe.js";
import { contradictionId } from "./conflicts.js";
import { findTwoClaimSum, isRoundingOf } from "./explain.js";
import { flat } from "./flatten.js";

import { gapSeverity, withResolution } from "./severity.js";

const describeSum = (a: Analysis, h: Claim, x: Claim, y: Claim): string =>
  `${quantityText(h.quantity)} = ${quantityText(x.quantity)} + ${partText(a.lexicon, y)}: the headline adds ${sourceName(a.lexicon, y.source)}'s ${quantityText(y.quantity)} to ${sourceName(a.lexicon, x.source)}'s ${quantityText(x.quantity)}`;

export const headlinesOf = (a: Analysis): Contradiction[] => {
  const out: Contradiction[] = [];
  for (const article of a.index.byArticle.keys()) {
    // Most articles have no headline number: their claims are not read again.
    if (!a.index.headlined.has(article)) continue;
    const claims = a.index.byArticle.get(article)!;
    const heads = claims.filter((c) => c.headline);
    if (heads.length === 0) continue;
    const body = claims.filter((c) => !c.headline);
    for (const h of heads) {
      const hv = h.quantity.value;
      if (hv === null) continue;
      const sameMetric = body.filter((c) => c.metric === h.metric);
      if (sameMetric.length === 0 || sameMetric.some((c) => c.quantity.value === hv)) continue;
      const hi = comparableInterval(h.quantity);
      const overlaps = (c: Claim) => {
        const ci = comparableInterval(c.quantity);
        return ci.low <= hi.high && hi.low <= ci.high;
      };
      const group = a.groups.groupOf.get(h.id)!;
      const related = sameMetric.filter((c) => a.lexicon.subjectWithin(c.subject, h.subject));
      if (related.length === 0 || related.some(overlaps)) continue;
      const inGroup = related.filter((c) => a.groups.groupOf.get(c.id) === group);
      const stated = inGroup.length > 0 ? inGroup : related;
      const sum = findTwoClaimSum(a.lexicon, sameMetric, hv, h, (c) => a.groups.groupOf.get(c.id) === group);
      let resolution: Resolution | null = null;
      if (sum !== null) {
        const [x, y] = sum.pairs[0]!;
        resolution = { kind: "sum-of-claims", text: describeSum(a, h, x, y), claims: a.inOrder(sum.pairs.flatMap(([p, q]) => [p.id, q.id])) };
      } else {
        const r = related.find((c) => c.quantity.value !== null && isRoundingOf(hv, c.quantity.value));
        if (r !== undefined)
          resolution = { kind: "bounded-or-rounded", text: `the headline's ${hv} rounds the body's ${quantityText(r.quantity)}`, claims: [r.id] };
      }
      const nearest = stated.reduce((m, c) => (Math.abs((c.quantity.value ?? 0) - hv) < Math.abs((m.quantity.value ?? 0) - hv) ? c : m));
      const nv = nearest.quantity.value ?? 0;
      out.push(
        flat({
          id: contradictionId("headline-body", group, [h.id]),
          kind: "headline-body",
          claims: a.inOrder([h.id, ...related.map((c) => c.id)]),
          severity: withResolution(gapSeverity(Math.max(hv, nv), Math.min(hv, nv)), resolution),
          explanation: `The headline of ${article} says ${quantityText(h.quantity)} ${h.metric}; the body does not state that number: it gives ${stated.map((c) => `${quantityText(c.quantity)} (${sourceName(a.lexicon, c.source)})`).join(", ")}.`,
          resolution,
        }),
      );
    }
  }
  return out;
};
