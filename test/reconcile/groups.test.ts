/** Group keys: the event's toll said of a wider place joins the event's area; narrower places stay parts. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import { reconcile } from "../../src/reconcile/index.js";
import { DEMO_CORPUS, loadLexiconSync } from "../helpers/corpus.js";
import { articlesOf, claim } from "../helpers/claims.js";

const lexicon = loadLexiconSync(`${DEMO_CORPUS}/lexicon.json`);
const event = lexicon.lexicon.events.find((e) => e.area !== null)!;
const run = (claims: Claim[]) => reconcile({ corpus: "test", articles: articlesOf(claims), claims, lexicon });
const groupOf = (r: ReturnType<typeof run>, id: string) => r.groups.find((g) => g.claims.includes(id))!.id;

describe("groups of an event's running totals", () => {
  it("a toll of the event said of a place above its area is grouped at the area, with the same series", () => {
    const r = run([
      claim({ id: "a#1", value: 242, location: "syria", window: { start: event.start, end: "2024-11-29" }, asOf: "2024-11-29" }),
      claim({ id: "b#1", value: 311, location: event.area!, window: { start: event.start, end: "2024-11-30" }, asOf: "2024-11-30" }),
    ]);
    expect(groupOf(r, "a#1")).toBe(groupOf(r, "b#1"));
    expect(groupOf(r, "a#1")).toContain(`/${event.area}/`);
    const points = r.timeline.find((t) => t.group === groupOf(r, "a#1"))!.points;
    expect(points.map((p) => [p.date, p.best])).toEqual([
      ["2024-11-29", 242],
      ["2024-11-30", 311],
    ]);
  });

  it("a place below the area keeps its own group, and a count from another start keeps its place", () => {
    const r = run([
      claim({ id: "a#1", value: 40, location: "aleppo-city", window: { start: event.start, end: "2024-11-30" } }),
      claim({ id: "b#1", value: 311, location: event.area!, window: { start: event.start, end: "2024-11-30" } }),
      claim({ id: "c#1", value: 5000, location: "syria", window: { start: "2011-03-15", end: "2024-11-30" } }),
    ]);
    expect(new Set([groupOf(r, "a#1"), groupOf(r, "b#1"), groupOf(r, "c#1")]).size).toBe(3);
    expect(groupOf(r, "c#1")).toContain("/syria/");
  });
});

describe("groups in id order", () => {
  // Texts whose characters sort on either side of the slash that joins an id's fields.
  const texts = fc.array(fc.constantFrom("a", "b", "-", ".", "0", "z", "/"), { minLength: 0, maxLength: 4 }).map((cs) => cs.join(""));
  const spec = fc.record({
    metric: fc.oneof(fc.constantFrom("killed", "wounded"), texts),
    subject: fc.oneof(fc.constantFrom("all", "civilians"), texts),
    location: fc.oneof(fc.constantFrom("aleppo-city", "aleppo"), texts),
    start: fc.constantFrom("2024-11-27", "2024-11-2", "2024-11-27a", null),
    end: fc.constantFrom("2024-11-28", "2024-11-280", null),
    tally: fc.constantFrom("running-total" as const, "period" as const),
  });

  test.prop([fc.array(spec, { minLength: 1, maxLength: 40 })])("come in the order of their id strings, whatever their fields hold", (specs) => {
    const claims = specs.map((s, i) =>
      claim({ id: `a${i}#1`, metric: s.metric, subject: s.subject, location: s.location, window: { start: s.start, end: s.end }, tally: s.tally }),
    );
    const ids = run(claims).groups.map((g) => g.id);
    expect(ids).toEqual([...ids].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
