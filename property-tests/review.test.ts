/** Reviewed claims survive any re-extraction unchanged; merging is idempotent. */
import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { ReviewedClaim } from "../src/domain/claim.js";
import { mergeExtraction } from "../src/review/merge.js";
import { claim } from "./arbitraries.js";

const inArticle = (article: string) => claim.map((c) => ({ ...c, id: `${article}#${c.id.split("#")[1]}`, article, partOf: null }));

test.prop([
  fc.uniqueArray(inArticle("a"), { selector: (c) => c.id, maxLength: 12 }),
  fc.array(fc.constantFrom("confirmed", "corrected", "added", "rejected", null), { maxLength: 12 }),
  fc.array(inArticle("a"), { maxLength: 12 }),
])("reviewed claims are kept unchanged by any re-extraction", (existing, statuses, freshRaw) => {
  const reviewed: ReviewedClaim[] = existing.map((c, i) =>
    statuses[i] ? { ...c, review: { status: statuses[i]!, by: "p", at: "2024-12-01", note: null } } : c,
  );
  const fresh = freshRaw.map((c, i) => ({ ...c, id: `a#${i + 1}` }));
  const merged = mergeExtraction(reviewed, fresh, ["a"]).claims;
  for (const r of reviewed.filter((c) => c.review)) expect(merged).toContainEqual(r);
  const ids = merged.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(mergeExtraction(merged, fresh, ["a"]).claims).toEqual(merged);
});
