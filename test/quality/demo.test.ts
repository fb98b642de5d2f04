/**
 * Extraction quality on the demo corpus: the acceptance thresholds, scored against the reviewed
 * gold annotations in test/fixtures/aleppo-2024/gold. A failure prints the figures and, per article,
 * the gold claims missed and the extracted claims that match nothing.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { DEMO_CORPUS, loadCorpusSync } from "../helpers/corpus.js";
import { formatScore, loadGoldSync, scoreClaims, type ScoreFigures, type ScoreReport } from "../helpers/score.js";

const GOLD = join(import.meta.dirname, "..", "fixtures", "aleppo-2024", "gold");

const THRESHOLDS: ReadonlyArray<readonly [keyof ScoreFigures, number]> = [
  ["recall", 0.95],
  ["precision", 0.95],
  ["subject", 0.9],
  ["source", 0.9],
  ["asOf", 0.9],
  ["partOf", 0.9],
  ["spans", 1],
];

describe("extraction on the demo corpus", () => {
  let report: ScoreReport;
  beforeAll(() => {
    const { articles, lexicon } = loadCorpusSync(DEMO_CORPUS);
    const gold = loadGoldSync(GOLD);
    expect(gold.map((d) => d.id).sort()).toEqual(articles.map((a) => a.meta.id).sort());
    const claims = articles.flatMap((a) => extractArticle(a, lexicon));
    report = scoreClaims(gold, claims, new Map(articles.map((a) => [a.meta.id, a.text])));
  });

  it.each(THRESHOLDS)("%s is at least %d", (figure, threshold) => {
    expect(report.summary[figure] ?? 0, `${figure} below ${threshold}\n${formatScore(report)}`).toBeGreaterThanOrEqual(threshold);
  });
});
