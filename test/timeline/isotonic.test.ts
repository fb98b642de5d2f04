/** The fitting tools of the timeline: weighted median and isotonic regression. */
import { describe, expect, it } from "vitest";
import { isotonic, weightedMedian } from "../../src/timeline/index.js";

describe("weightedMedian", () => {
  it("is not pulled by one heavy outlier of low weight", () => {
    expect(weightedMedian([{ value: 100, weight: 1 }, { value: 900, weight: 0.1 }])).toBe(100);
  });
  it("averages the two middle values when the weight splits exactly in half", () => {
    expect(weightedMedian([{ value: 100, weight: 1 }, { value: 120, weight: 1 }])).toBe(110);
  });
});

describe("isotonic", () => {
  it("leaves a rising sequence alone", () => {
    expect(isotonic([1, 2, 5, 9], [1, 1, 1, 1])).toEqual([1, 2, 5, 9]);
  });
  it("pools a fall with its neighbours instead of dropping it, towards the heavier side", () => {
    const fit = isotonic([100, 300, 200, 400], [1, 0.1, 1, 1]);
    expect(fit).toEqual([100, 200, 200, 400]);
  });
  it("is non-decreasing for any input", () => {
    const fit = isotonic([5, 3, 8, 1, 9, 2], [1, 2, 1, 3, 1, 1]);
    for (let i = 1; i < fit.length; i++) expect(fit[i]!).toBeGreaterThanOrEqual(fit[i - 1]!);
    expect(fit).toHaveLength(6);
  });
});
