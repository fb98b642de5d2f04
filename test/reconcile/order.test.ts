import { describe, expect, it } from "vitest";
import { compareStrings, textOrder } from "../../src/reconcile/order.js";

/** The positions of `texts` as a stable sort by `compareStrings` gives them. */
const reference = (texts: readonly string[]): number[] => texts.map((_, i) => i).sort((x, y) => compareStrings(texts[x]!, texts[y]!));

describe("textOrder", () => {
  it("orders texts as compareStrings does: prefixes, long shared starts, NUL and units past one byte", () => {
    const texts = [
      "reuters-20241127-0000012",
      "reuters-20241127-0000002",
      "reuters-20241127-000001",
      "reuters-20241127-0000012-extra",
      "reuters-20241127-0000012-extr",
      "",
      "a",
      "a\u0000",
      "a\u0000b",
      "ab",
      "\uffff",
      "\ud83d\ude00 article",
      "حلب-20241127",
      "حلب-2024112",
      "Z",
    ];
    expect(textOrder(texts)).toEqual(reference(texts));
  });

  it("keeps equal texts in their order", () => {
    const texts = ["b", "a", "b", "a", "a"];
    expect(textOrder(texts)).toEqual([1, 3, 4, 0, 2]);
  });

  it("agrees with compareStrings on random texts sharing long starts", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ["a", "b", "-", "0", "1", "\u0000", "é", "\u4e00", "\ud83d\ude00"];
    const texts = Array.from({ length: 2000 }, () => {
      const stem = next() < 0.5 ? "outlet-2024-11-27-" : "outlet-2024-";
      let t = next() < 0.8 ? stem : "";
      const n = Math.floor(next() * 12);
      for (let i = 0; i < n; i++) t += alphabet[Math.floor(next() * alphabet.length)];
      return t;
    });
    expect(textOrder(texts)).toEqual(reference(texts));
  });
});
