/**
 * Properties of reconciliation on generated claims: independent of input order, idempotent,
 * provenance never lost by adding a claim, running totals never fall, low ≤ best ≤ high, every
 * number traced to input claims, and agreeing claims raise no contradiction.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { addDays } from "../src/domain/dates.js";
import { quantityOf } from "../src/domain/quantity.js";
import type { Reconciliation } from "../src/domain/reconciliation.js";
import { reconcile } from "../src/reconcile/index.js";
import { DEMO_CORPUS, loadLexiconSync } from "../test/helpers/corpus.js";
import { articlesOf, claim } from "../test/helpers/claims.js";

const lexicon = loadLexiconSync(`${DEMO_CORPUS}/lexicon.json`);
const run = (claims: readonly Claim[]): Reconciliation =>
  reconcile({ corpus: "p", articles: articlesOf(claims, { a: "ar", b: "en", c: "ar", d: "en", e: "ar" }), claims, lexicon });

const START = "2024-11-27";
const day = (k: number) => addDays(START, k);

const claimSpec = fc.record({
  article: fc.constantFrom("a", "b", "c", "d", "e"),
  source: fc.constantFrom("sohr", "ocha", "reuters", "opposition-ops", "other", "sana"),
  subject: fc.constantFrom("all", "combatants", "civilians", "government", "syrian-army"),
  location: fc.constantFrom("aleppo-and-idlib", "aleppo-city"),
  value: fc.integer({ min: 1, max: 400 }),
  qualifier: fc.constantFrom("exact", "exact", "exact", "more-than", "about", "at-least", "at-most"),
  day: fc.integer({ min: 0, max: 6 }),
  spread: fc.constantFrom(0, 0, 0, 1, 2),
  period: fc.boolean(),
  headline: fc.constantFrom(false, false, false, true),
  partOf: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4 }),
});

/** Claims with unique ids per article, parts pointing at an earlier claim of the same article. */
const claimsArb = fc.array(claimSpec, { minLength: 1, maxLength: 30 }).map((specs) => {
  const counts = new Map<string, number>();
  const out: Claim[] = [];
  for (const s of specs) {
    const n = (counts.get(s.article) ?? 0) + 1;
    counts.set(s.article, n);
    const partOf = s.partOf !== null && n > 1 ? `${s.article}#${(s.partOf % (n - 1)) + 1}` : null;
    out.push(
      claim({
        id: `${s.article}#${n}`,
        article: s.article,
        source: s.source,
        subject: s.subject,
        location: s.location,
        quantity: quantityOf(s.value, s.qualifier as "exact"),
        asOf: { earliest: day(s.day), latest: day(s.day + s.spread) },
        window: s.period ? { start: day(Math.max(0, s.day - 1)), end: day(Math.max(0, s.day - 1)) } : { start: START, end: day(s.day + s.spread) },
        tally: s.period ? "period" : "running-total",
        headline: s.headline,
        partOf,
      }),
    );
  }
  return out;
});

const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};

const RUNS = { numRuns: 150 };

describe("reconcile", () => {
  test.prop([claimsArb, fc.integer()], RUNS)("does not depend on the order of its input", (claims, seed) => {
    expect(run(shuffled(claims, seed))).toEqual(run(claims));
  });

  test.prop([claimsArb], RUNS)("is idempotent: the same claims, twice or given twice, give the same output", (claims) => {
    const once = run(claims);
    expect(run(claims)).toEqual(once);
    expect(run([...claims, ...claims])).toEqual(once);
  });

  test.prop([claimsArb, claimSpec], RUNS)("adding a claim never removes a point's or an explanation's provenance", (claims, extraSpec) => {
    const before = run(claims);
    const extra = claim({
      id: `z#1`,
      article: "z",
      source: extraSpec.source,
      subject: extraSpec.subject,
      location: extraSpec.location,
      quantity: quantityOf(extraSpec.value, extraSpec.qualifier as "exact"),
      asOf: { earliest: day(extraSpec.day), latest: day(extraSpec.day + extraSpec.spread) },
    });
    const after = run([...claims, extra]);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const afterGroups = new Map(after.groups.map((g) => [g.id, g]));
    for (const t of before.timeline) {
      const own = new Set(afterGroups.get(t.group)?.claims ?? []);
      const next = new Map((after.timeline.find((x) => x.group === t.group)?.points ?? []).map((p) => [p.date, p]));
      for (const p of t.points)
        for (const id of p.claims) {
          const c = byId.get(id)!;
          // the group's own claims said (possibly) on that day stay on that day's point
          if (own.has(id) && c.asOf.earliest <= p.date && p.date <= c.asOf.latest) expect(next.get(p.date)?.claims).toContain(id);
        }
    }
    // a claim behind a contradiction stays behind one, or behind a note saying why it no longer
    // contradicts; a contradiction the added claim dissolved (it superseded one side as the same
    // origin's update, or restated it in another language) is explained by the finding that ties
    // the added claim to that side
    const findings = [...after.contradictions, ...after.notes];
    const explained = new Set(findings.flatMap((x) => x.claims));
    const tiedToExtra = new Set(findings.filter((x) => x.claims.includes(extra.id)).flatMap((x) => x.claims));
    for (const x of before.contradictions) {
      const dissolved = x.claims.some((id) => tiedToExtra.has(id));
      for (const id of x.claims) expect(explained.has(id) || dissolved, id).toBe(true);
    }
  });

  test.prop([claimsArb], RUNS)("running totals never go down; low ≤ best ≤ high", (claims) => {
    for (const t of run(claims).timeline) {
      for (let i = 0; i < t.points.length; i++) {
        const p = t.points[i]!;
        expect(p.low).toBeLessThanOrEqual(p.best);
        expect(p.best).toBeLessThanOrEqual(p.high);
        if (i > 0) expect(p.date > t.points[i - 1]!.date).toBe(true);
        if (t.cumulative && i > 0) expect(p.best).toBeGreaterThanOrEqual(t.points[i - 1]!.best);
      }
    }
  });

  test.prop([claimsArb], RUNS)("every number traces to at least one input claim", (claims) => {
    const ids = new Set(claims.map((c) => c.id));
    const r = run(claims);
    const traced = (xs: readonly string[]) => {
      expect(xs.length).toBeGreaterThan(0);
      for (const id of xs) expect(ids.has(id)).toBe(true);
    };
    for (const g of r.groups) traced(g.claims);
    for (const t of r.timeline) for (const p of t.points) traced(p.claims);
    for (const c of r.contradictions) {
      traced(c.claims);
      for (const id of c.resolution?.claims ?? []) expect(ids.has(id)).toBe(true);
    }
    for (const n of r.notes) traced(n.claims);
    for (const s of r.sources) traced(s.claims);
    expect(new Set(r.groups.flatMap((g) => g.claims))).toEqual(ids);
  });

  const agreeing = fc.record({
    value: fc.integer({ min: 20, max: 1000 }),
    day: fc.integer({ min: 0, max: 6 }),
    voices: fc.array(
      fc.record({
        article: fc.constantFrom("a", "b", "c", "d"),
        source: fc.constantFrom("sohr", "ocha", "reuters", "white-helmets", "other"),
        via: fc.subarray(["afp", "reuters", "middle-east-monitor"]),
        form: fc.constantFrom("exact", "at-least", "more-than", "about", "at-most"),
        headline: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  });

  test.prop([agreeing], RUNS)("claims that agree yield no contradiction", ({ value, day: k, voices }) => {
    const counts = new Map<string, number>();
    const claims = voices.map((v) => {
      const n = (counts.get(v.article) ?? 0) + 1;
      counts.set(v.article, n);
      const q =
        v.form === "exact" || v.form === "about"
          ? quantityOf(value, v.form)
          : v.form === "at-most"
            ? quantityOf(value + 5, "at-most")
            : quantityOf(value - 5, v.form);
      return claim({ id: `${v.article}#${n}`, article: v.article, source: v.source, via: v.via, quantity: q, asOf: day(k), headline: v.headline && n > 1 });
    });
    expect(run(claims).contradictions).toEqual([]);
  });
});
