/**
 * Best-estimate timelines on hand-made scenarios: the estimate should follow the monitor's own
 * daily running total (within 5%, inside low–high) despite lagging, inflated, copied and
 * corrected figures from others.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import { addDays } from "../../src/domain/dates.js";
import type { Timeline } from "../../src/domain/reconciliation.js";
import { reconcile } from "../../src/reconcile/index.js";
import { DEMO_CORPUS, loadLexiconSync } from "../helpers/corpus.js";
import { articlesOf, claim, moreThan } from "../helpers/claims.js";

const lexicon = loadLexiconSync(`${DEMO_CORPUS}/lexicon.json`);
const run = (claims: Claim[]) => reconcile({ corpus: "test", articles: articlesOf(claims), claims, lexicon });
const day = (k: number) => addDays("2024-11-27", k);
const SOHR = [97, 150, 242, 311, 343, 412, 480];
const GROUP = "killed/all/aleppo-and-idlib/2024-11-27";

const timeline = (claims: Claim[], group = GROUP): Timeline => {
  const t = run(claims).timeline.find((x) => x.group === group);
  if (t === undefined) throw new Error(`no timeline ${group}`);
  return t;
};

const expectTracksSohr = (t: Timeline, sohr: readonly number[]) => {
  for (let k = 0; k < sohr.length; k++) {
    const p = t.points.find((x) => x.date === day(k));
    expect(p, day(k)).toBeDefined();
    expect(Math.abs(p!.best - sohr[k]!) / sohr[k]!, `${day(k)} best ${p!.best} vs ${sohr[k]}`).toBeLessThanOrEqual(0.05);
    expect(p!.low).toBeLessThanOrEqual(sohr[k]!);
    expect(p!.high).toBeGreaterThanOrEqual(sohr[k]!);
  }
};

const expectWellFormed = (t: Timeline) => {
  for (let i = 0; i < t.points.length; i++) {
    const p = t.points[i]!;
    expect(p.low).toBeLessThanOrEqual(p.best);
    expect(p.best).toBeLessThanOrEqual(p.high);
    expect(p.claims.length).toBeGreaterThan(0);
    if (i > 0) {
      expect(p.date > t.points[i - 1]!.date).toBe(true);
      if (t.cumulative) expect(p.best).toBeGreaterThanOrEqual(t.points[i - 1]!.best);
    }
  }
};

const sohrWeek = (): Claim[] => SOHR.map((v, k) => claim({ id: `sohr-${k}#1`, value: v, source: "sohr", via: ["afp"], asOf: day(k) }));

describe("a week of rising tallies from three sources", () => {
  it("follows the monitor while the UN lags and an outlet runs ahead", () => {
    const ocha = [0, 2, 4, 6].map((k) => claim({ id: `ocha-${k}#1`, value: Math.round(SOHR[k]! * 0.85), source: "ocha", asOf: day(k) }));
    const outlet = [1, 3, 5].map((k) => claim({ id: `outlet-${k}#1`, value: Math.round(SOHR[k]! * 1.12), source: "al-araby-tv", asOf: day(k) }));
    const t = timeline([...sohrWeek(), ...ocha, ...outlet]);
    expectWellFormed(t);
    expectTracksSohr(t, SOHR);
    expect(t.points.find((p) => p.date === day(0))?.claims).toEqual(["ocha-0#1", "sohr-0#1"]);
  });

  it("fills a day with no statement between its neighbours", () => {
    const week = sohrWeek().filter((c) => c.asOf.latest !== day(3));
    const t = timeline(week);
    expectWellFormed(t);
    const p = t.points.find((x) => x.date === day(3))!;
    expect(p.low).toBeGreaterThanOrEqual(SOHR[2]!);
    expect(p.high).toBeLessThanOrEqual(SOHR[4]!);
    expect(p.claims).toEqual(["sohr-2#1", "sohr-4#1"]);
  });
});

describe("a belligerent's inflated claim", () => {
  it("is weighted down: the estimate stays with the monitor and the claim is flagged partisan", () => {
    const sohrGov = [37, 60, 79, 100].map((v, k) => claim({ id: `s-${k}#1`, value: v, subject: "government", asOf: day(k) }));
    const ops = [1, 2, 3].map((k) => claim({ id: `ops-${k}#1`, quantity: moreThan(200 * k), source: "opposition-ops", subject: "government", asOf: day(k) }));
    const r = run([...sohrGov, ...ops]);
    const t = r.timeline.find((x) => x.group === "killed/government/aleppo-and-idlib/2024-11-27")!;
    expectWellFormed(t);
    expectTracksSohr(t, [37, 60, 79, 100]);
    expect(r.sources.find((s) => s.source === "opposition-ops")?.partisan).toBe(true);
    expect(r.contradictions.filter((c) => c.kind === "cross-source").every((c) => c.resolution?.kind === "partisan-source")).toBe(true);
  });
});

describe("a cluster of outlets copying one dispatch", () => {
  it("counts as one origin, so ten copies do not outweigh the monitor", () => {
    const copies = Array.from({ length: 10 }, (_, i) =>
      claim({ id: `copy-${i}#1`, value: 380, source: "reuters", via: [`outlet-${i}`], asOf: day(3) }),
    );
    const t = timeline([...sohrWeek(), ...copies]);
    expectWellFormed(t);
    expectTracksSohr(t, SOHR);
  });
});

describe("a figure corrected downwards by its source", () => {
  it("supersedes the earlier figure: the timeline never goes down and stays at or below the correction", () => {
    const claims = [
      claim({ id: "c-0#1", value: 200, asOf: day(0) }),
      claim({ id: "c-1#1", value: 300, asOf: day(1) }),
      claim({ id: "c-2#1", value: 280, asOf: day(2) }),
      claim({ id: "c-3#1", value: 320, asOf: day(3) }),
    ];
    const r = run(claims);
    const t = r.timeline.find((x) => x.group === GROUP)!;
    expectWellFormed(t);
    expect(t.points.map((p) => p.best)).toEqual([200, 280, 280, 320]);
    expect(t.points[1]!.method).toBe("latest-statement");
    expect(t.points[1]!.claims).toEqual(["c-1#1"]);
    expect(r.contradictions.map((c) => [c.kind, c.claims])).toEqual([["regression", ["c-1#1", "c-2#1"]]]);
  });
});

describe("an older figure relayed late", () => {
  it("is not taken as a correction: the estimate keeps following the monitor's own figures", () => {
    const late = [
      claim({ id: "late-4#1", value: 242, source: "sohr", via: ["middle-east-monitor"], asOf: day(4) }),
      claim({ id: "late-6#1", value: 300, source: "sohr", via: ["reuters", "aawsat"], asOf: day(6) }),
    ];
    const week = sohrWeek().filter((c) => c.asOf.latest !== day(6));
    const r = run([...week, ...late]);
    const t = r.timeline.find((x) => x.group === GROUP)!;
    expectWellFormed(t);
    expectTracksSohr(t, SOHR.slice(0, 6));
    expect(r.contradictions.filter((c) => c.kind === "regression")).toEqual([]);
    expect(r.notes.some((n) => n.kind === "cumulative-update" && n.claims.includes("late-6#1"))).toBe(true);
  });
});

describe("uncertainty about when something was said", () => {
  it("widens the interval of every day the statement may have been made", () => {
    const claims = [
      claim({ id: "u-0#1", value: 100, asOf: day(0) }),
      claim({ id: "u-1#1", value: 250, source: "ocha", asOf: { earliest: day(1), latest: day(3) } }),
      claim({ id: "u-4#1", value: 300, asOf: day(4) }),
    ];
    const t = timeline(claims);
    expectWellFormed(t);
    for (const k of [1, 2]) {
      const p = t.points.find((x) => x.date === day(k))!;
      expect(p.high).toBeGreaterThanOrEqual(250);
      expect(p.claims).toContain("u-1#1");
    }
    expect(t.points.find((x) => x.date === day(3))!.best).toBe(250);
  });
});

describe("counts of a closed period", () => {
  it("are estimated per statement day without being forced to rise", () => {
    const w = { start: day(1), end: day(1) };
    const claims = [
      claim({ id: "p#1", value: 19, window: w, tally: "period", asOf: day(2) }),
      claim({ id: "q#1", value: 25, window: w, tally: "period", source: "ocha", asOf: day(3) }),
    ];
    const r = run(claims);
    const t = r.timeline.find((x) => !x.cumulative)!;
    expectWellFormed(t);
    expect(t.points.map((p) => [p.date, p.claims])).toEqual([
      [day(2), ["p#1"]],
      [day(3), ["p#1", "q#1"]],
    ]);
  });
});
