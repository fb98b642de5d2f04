/**
 * Families reconciled on a second thread (src/reconcile/second-thread.ts) against one thread: the
 * same result, key order included, on generated claim sets of several metrics and on the demo
 * corpus. Worker threads run compiled JavaScript, so this test builds dist/ first and imports the
 * compiled engine (as test/shell/parallel.test.ts does).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReconcileInput } from "../../src/reconcile/index.js";

type Reconcile = typeof import("../../src/reconcile/index.js");
type Share = typeof import("../../src/reconcile/share.js");

const ROOT = join(import.meta.dirname, "..", "..");
const dist = (rel: string): string => pathToFileURL(join(ROOT, "dist", rel)).href;

let engine: Reconcile;
let share: Share;
let lexicon: ReconcileInput["lexicon"];
let generateClaims: (o: { count: number; seed: number; lexicon: unknown }) => { articles: ReconcileInput["articles"]; claims: ReconcileInput["claims"] };
let lexiconJson: unknown;

beforeAll(async () => {
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  for (const f of ["reconcile/index.js", "reconcile/worker.js"]) if (!existsSync(join(ROOT, "dist", f))) throw new Error(`dist/${f} was not built`);
  engine = (await import(dist("reconcile/index.js"))) as Reconcile;
  share = (await import(dist("reconcile/share.js"))) as Share;
  const lib = await import(pathToFileURL(join(ROOT, "scripts", "bench-lib.mjs")).href);
  const gen = await import(pathToFileURL(join(ROOT, "scripts", "generate-claims.mjs")).href);
  const file = join(ROOT, "claims", "aleppo-2024", "lexicon.json");
  lexicon = await lib.loadLexicon(file);
  lexiconJson = gen.loadLexiconJson(file);
  generateClaims = gen.generateClaims;
});

const both = (input: ReconcileInput) => {
  const one = engine.reconcile(input, { secondThread: "never" });
  const two = engine.reconcile(input, { secondThread: "always" });
  return { one: JSON.stringify(one), two: JSON.stringify(two) };
};

describe("reconcile on a second thread", () => {
  it("gives the one-thread result on generated claims, written alike", () => {
    for (const seed of [1, 5]) {
      const { articles, claims } = generateClaims({ count: 4000, seed, lexicon: lexiconJson });
      expect(share.sharedMetrics(claims).size).toBeGreaterThan(0);
      const { one, two } = both({ corpus: `gen-${seed}`, articles, claims, lexicon });
      expect(two).toBe(one);
    }
  });

  it("gives the one-thread result whatever the order of the claims", () => {
    const { articles, claims } = generateClaims({ count: 3000, seed: 3, lexicon: lexiconJson });
    const reversed = claims.slice().reverse();
    const { one } = both({ corpus: "gen", articles, claims, lexicon });
    expect(JSON.stringify(engine.reconcile({ corpus: "gen", articles, claims: reversed, lexicon }, { secondThread: "always" }))).toBe(one);
  });

  it("shares whole metrics, the largest first, and none of a single metric", () => {
    const { claims } = generateClaims({ count: 2000, seed: 2, lexicon: lexiconJson });
    const metrics = share.sharedMetrics(claims);
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c.metric, (counts.get(c.metric) ?? 0) + 1);
    const largest = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0];
    expect(metrics.has(largest)).toBe(true);
    expect(metrics.size).toBeLessThan(counts.size);
    expect(share.sharedMetrics(claims.filter((c) => c.metric === largest)).size).toBe(0);
  });
});
