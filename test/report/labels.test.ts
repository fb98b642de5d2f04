/** Labels every report shares: quantities as news writes them, periods of groups, right-to-left languages. */
import { describe, expect, it } from "vitest";
import { quantityOf, rangeQuantity, vagueQuantity } from "../../src/domain/quantity.js";
import { isRtl, periodText, quantityText } from "../../src/report/labels.js";

describe("labels", () => {
  it("writes quantities with their qualifier", () => {
    expect(quantityText(quantityOf(14000, "exact"))).toBe("14,000");
    expect(quantityText(quantityOf(200, "more-than"))).toBe("more than 200");
    expect(quantityText(quantityOf(100, "nearly"))).toBe("nearly 100");
    expect(quantityText(quantityOf(50, "less-than"))).toBe("fewer than 50");
    expect(quantityText(rangeQuantity(60000, 80000))).toBe("between 60,000 and 80,000");
    expect(quantityText(vagueQuantity("dozens"))).toBe("24–99 (vague)");
  });

  it("names the period of a group, closed periods included", () => {
    const key = { metric: "killed", subject: "all", location: "syria" };
    expect(periodText({ ...key, windowStart: "2024-11-27" })).toBe("since 2024-11-27");
    expect(periodText({ ...key, windowStart: "2024-11-27", windowEnd: null })).toBe("since 2024-11-27");
    expect(periodText({ ...key, windowStart: "2024-11-28", windowEnd: "2024-11-28" })).toBe("on 2024-11-28");
    expect(periodText({ ...key, windowStart: "2024-11-27", windowEnd: "2024-11-28" })).toBe("2024-11-27 to 2024-11-28");
    expect(periodText({ ...key, windowStart: null })).toBe("period not stated");
  });

  it("knows which languages are written right to left", () => {
    expect(isRtl("ar")).toBe(true);
    expect(isRtl("ar-SY")).toBe(true);
    expect(isRtl("fa")).toBe(true);
    expect(isRtl("en")).toBe(false);
    expect(isRtl(undefined)).toBe(false);
  });
});
