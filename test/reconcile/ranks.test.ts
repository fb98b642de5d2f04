import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/domain/claim.js";
import { rankLookup } from "../../src/reconcile/ranks.js";

const claimsWith = (ids: readonly string[]): Claim[] => ids.map((id) => ({ id }) as unknown as Claim);

describe("rankLookup", () => {
  it("finds every claim's position through its article, short and long articles alike", () => {
    const ids = ["a#1", "a#2", "a#10", ...Array.from({ length: 40 }, (_, i) => `b#${i + 1}`), "c", "d#x#1", "d#x#2"];
    const look = rankLookup(claimsWith(ids));
    ids.forEach((id, i) => expect(look.get(id)).toBe(i));
  });

  it("says nothing of ids it does not hold, in a known article or not", () => {
    const look = rankLookup(claimsWith(["a#1", "a#2", ...Array.from({ length: 20 }, (_, i) => `b#${i}`)]));
    expect(look.get("a#3")).toBeUndefined();
    expect(look.get("b#99")).toBeUndefined();
    expect(look.get("z#1")).toBeUndefined();
    expect(look.get("a")).toBeUndefined();
  });

  it("still finds claims whose articles are not kept together", () => {
    const ids = ["a#1", "b#1", "a#2"];
    const look = rankLookup(claimsWith(ids));
    ids.forEach((id, i) => expect(look.get(id)).toBe(i));
  });
});

describe("rankLookup given the runs of the articles", () => {
  it("finds the positions the scan of the ids finds", () => {
    const ids = ["a#1", "a#2", "a#10", ...Array.from({ length: 40 }, (_, i) => `b#${i + 1}`), "d#x#1", "d#x#2"];
    const ends = new Int32Array(ids.length);
    ends[0] = 3;
    ends[3] = 43;
    ends[43] = 45;
    const given = rankLookup(claimsWith(ids), { starts: new Map([["a", 0], ["b", 3], ["d#x", 43]]), ends });
    const scanned = rankLookup(claimsWith(ids));
    for (const id of [...ids, "a#3", "b#99", "z#1", "a", "d#x#3"]) expect(given.get(id)).toBe(scanned.get(id));
  });
});
