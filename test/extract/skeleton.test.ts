import { describe, expect, it } from "vitest";
import { bareSkeleton } from "../../src/extract/text/skeleton.js";

describe("the consonant skeleton of a name", () => {
  it("is the same for a Latin name and its Arabic spelling, and differs for other names", () => {
    expect(bareSkeleton("Zaman al-Wasl")).toBe(bareSkeleton("زمان الوصل"));
    expect(bareSkeleton("Levant24")).toBe(bareSkeleton("ليفانت 24"));
    expect(bareSkeleton("North Pulse")).toBe(bareSkeleton("نورث بالس"));
    expect(bareSkeleton("Al Mashhad")).toBe(bareSkeleton("المشهد"));
    expect(bareSkeleton("Enab Baladi")).not.toBe(bareSkeleton("زمان الوصل"));
  });
});
