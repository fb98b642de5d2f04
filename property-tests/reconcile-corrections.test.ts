/**
 * Properties of how an origin's lower figures are read (docs/reconciliation.md, "Figures and
 * origins"): a new lower value stated first-hand on a later day is a correction downwards
 * (regression), one relayed second-hand is an older statement relayed late; either way the result
 * does not depend on input order and the running total never goes down.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { addDays } from "../src/domain/dates.js";
import type { Reconciliation } from "../src/domain/reconciliation.js";
import { reconcile } from "../src/reconcile/index.js";
import { DEMO_CORPUS, loadLexiconSync } from "../test/helpers/corpus.js";
import { articlesOf, claim } from "../test/helpers/claims.js";

const lexicon = loadLexiconSync(`${DEMO_CORPUS}/lexicon.json`);
const run = (claims: readonly Claim[]): Reconciliation => reconcile({ corpus: "p", articles: articlesOf(claims), claims, lexicon });
const day = (k: number) => addDays("2024-11-27", k);
const GROUP = "killed/all/aleppo-and-idlib/2024-11-27";

/** The relay chains a claim may come through: none, the publisher only, an agency then the publisher. */
const VIAS: readonly (readonly string[])[] = [[], ["middle-east-monitor"], ["afp", "al-araby-tv"]];

const statements = fc.array(
  fc.record({ value: fc.integer({ min: 1, max: 500 }), day: fc.integer({ min: 0, max: 6 }), via: fc.integer({ min: 0, max: 2 }), source: fc.constantFrom("sohr", "ocha") }),
  { minLength: 1, maxLength: 12 },
);

const claimsOf = (specs: readonly { value: number; day: number; via: number; source: string }[]): Claim[] =>
  specs.map((s, i) => claim({ id: `s${i}#1`, value: s.value, source: s.source, via: [...VIAS[s.via]!], asOf: day(s.day) }));

describe("corrections downwards", () => {
  test.prop([statements, fc.integer()], { numRuns: 150 })("do not depend on input order, and the estimate never goes down", (specs, seed) => {
    const claims = claimsOf(specs);
    const reversed = seed % 2 === 0 ? [...claims].reverse() : claims;
    const r = run(claims);
    expect(run(reversed)).toEqual(r);
    const t = r.timeline.find((x) => x.group === GROUP);
    for (let i = 1; i < (t?.points.length ?? 0); i++) expect(t!.points[i]!.best).toBeGreaterThanOrEqual(t!.points[i - 1]!.best);
  });

  const fall = fc.record({
    high: fc.integer({ min: 50, max: 500 }),
    drop: fc.integer({ min: 1, max: 40 }),
    gap: fc.integer({ min: 1, max: 5 }),
    via: fc.integer({ min: 0, max: 2 }),
  });

  test.prop([fall], { numRuns: 100 })("a new lower value said later is a regression when first-hand, a note when second-hand", ({ high, drop, gap, via }) => {
    const low = high - drop;
    const r = run([
      claim({ id: "a#1", value: high, asOf: day(0) }),
      claim({ id: "b#1", value: low, asOf: day(gap), via: [...VIAS[via]!] }),
    ]);
    const regressions = r.contradictions.filter((c) => c.kind === "regression");
    if (VIAS[via]!.length <= 1) {
      expect(regressions.map((c) => c.claims)).toEqual([["a#1", "b#1"]]);
      const t = r.timeline.find((x) => x.group === GROUP)!;
      // the later statement supersedes the earlier: no day is estimated above the correction
      for (const p of t.points) expect(p.best).toBeLessThanOrEqual(low);
    } else {
      expect(regressions).toEqual([]);
      expect(r.notes.some((n) => n.kind === "cumulative-update" && n.claims.includes("b#1"))).toBe(true);
    }
  });
});
