/** Every file format round-trips through JSON and its codec; quantities' bounds agree with their qualifiers. */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isRight } from "fp-ts/lib/Either.js";
import { ClaimC, ClaimsFileC } from "../src/codecs/claims.js";
import { LexiconFileC } from "../src/codecs/lexicon.js";
import { ManifestC } from "../src/codecs/manifest.js";
import { isCoherent, quantityOf } from "../src/domain/quantity.js";
import { articleMeta, claim, lexiconFile, quantity } from "./arbitraries.js";

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("codecs round-trip", () => {
  test.prop([claim])("a claim decodes back to itself after JSON", (c) => {
    const decoded = ClaimC.decode(roundTrip(ClaimC.encode(c)));
    expect(isRight(decoded)).toBe(true);
    if (isRight(decoded)) expect(decoded.right).toEqual(c);
  });

  test.prop([fc.array(claim, { maxLength: 5 }), fc.array(fc.option(fc.constantFrom("confirmed", "corrected", "added", "rejected" as const), { nil: undefined }), { maxLength: 5 })])(
    "a claims file with reviews decodes back to itself",
    (claims, statuses) => {
      const file = {
        version: 1 as const,
        claims: claims.map((c, i) => (statuses[i] ? { ...c, review: { status: statuses[i]!, by: "reviewer", at: "2024-12-01", note: null } } : c)),
      };
      const decoded = ClaimsFileC.decode(roundTrip(file));
      expect(isRight(decoded)).toBe(true);
      if (isRight(decoded)) expect(decoded.right).toEqual(file);
    },
  );

  test.prop([fc.array(articleMeta, { maxLength: 5 })])("a manifest decodes back to itself", (m) => {
    const decoded = ManifestC.decode(roundTrip(m));
    expect(isRight(decoded)).toBe(true);
    if (isRight(decoded)) expect(decoded.right).toEqual(m);
  });

  test.prop([lexiconFile])("a lexicon decodes back to itself", (l) => {
    const decoded = LexiconFileC.decode(roundTrip(l));
    expect(isRight(decoded)).toBe(true);
    if (isRight(decoded)) expect(decoded.right).toEqual(l);
  });
});

describe("quantities", () => {
  test.prop([quantity])("bounds agree with the qualifier (low ≤ high where both are set)", (q) => {
    expect(isCoherent(q)).toBe(true);
    if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
  });

  test.prop([fc.integer({ min: 0, max: 1e9 })])("more-than n opens at n + 1; at-least n at n; at-most n closes at n", (n) => {
    expect(quantityOf(n, "more-than")).toEqual({ value: n, qualifier: "more-than", low: n + 1, high: null });
    expect(quantityOf(n, "at-least")).toEqual({ value: n, qualifier: "at-least", low: n, high: null });
    expect(quantityOf(n, "at-most")).toEqual({ value: n, qualifier: "at-most", low: null, high: n });
  });

  test("more than 200 is value 200, low 201, high open", () => {
    expect(quantityOf(200, "more-than")).toEqual({ value: 200, qualifier: "more-than", low: 201, high: null });
  });
});
