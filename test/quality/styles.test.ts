/**
 * Extraction quality on articles the rules were not written from: the hand-written styles corpora
 * (wire copy, Arabic outlets, monitors, UN, civil defence, state media, opposition statements; sets B,
 * C and D were written later and scored before any rule was changed for them) scored against their gold claims
 * with the targets set for unseen articles. Sets E to R were written blind (without looking at the
 * extractor) and scored before any rule was changed for them; the rules were then tuned on them in
 * turn, and they are held to floors just under the figures reached (they do not all reach the
 * targets yet). A failure prints the figures and, per article, the gold claims missed and the
 * extracted claims that match nothing.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { DEMO_CORPUS, loadCorpusSync } from "../helpers/corpus.js";
import { formatScore, loadGoldSync, scoreClaims, type ScoreFigures, type ScoreReport } from "../helpers/score.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const CORPORA = ["styles", "styles-b", "styles-c", "styles-d"] as const;

const THRESHOLDS: ReadonlyArray<readonly [keyof ScoreFigures, number]> = [
  ["recall", 0.9],
  ["precision", 0.95],
  ["subject", 0.9],
  ["source", 0.9],
  ["asOf", 0.9],
  ["spans", 1],
];

/**
 * The blind sets' floors: the figures of the last extraction commit of 8 December 2026
 * (twenty-second session), rounded down to the hundredth and less 0.01 (a floor already above that
 * stays), so that a rule that loses ground on any of them fails. Each set's README gives its first score,
 * taken before any rule was tuned on it; styles-ak and styles-al were held out through the fifth
 * session, styles-am and styles-an through the sixth, styles-ao and styles-ap through the seventh,
 * styles-au and styles-av through the eighth (styles-aq/ar and styles-as/at joined during it),
 * styles-ay and styles-az through the ninth (styles-aw/ax joined during it), styles-bb and
 * styles-bc through the tenth (styles-ba joined during it), styles-bd and styles-be through the
 * eleventh (styles-bb/bc opened during it), styles-bf and styles-bg through the twelfth
 * (styles-bd/be opened during it), styles-bh and styles-bi through the thirteenth (styles-bf/bg
 * opened during it), styles-bj and styles-bk through the fourteenth (styles-bh/bi opened during
 * it), styles-bl and styles-bm through the fifteenth (styles-bj/bk opened during it), styles-bn and
 * styles-bo through the sixteenth (styles-bl/bm opened during it), styles-bp and styles-bq through
 * the seventeenth (styles-bn/bo opened during it), styles-br and styles-bs through the eighteenth
 * (styles-bp/bq opened during it), styles-bt and styles-bu through the nineteenth (styles-br/bs
 * opened during it), styles-bv and styles-bw through the twentieth (styles-bt/bu opened during
 * it), styles-bx and styles-by through the twenty-first (styles-bv/bw opened during it), styles-bz and
 * styles-ca through the twenty-second (styles-bx/by opened during it), and their
 * READMEs also give their score at the end of the session that held them out.
 */
const BLIND_FLOORS: Readonly<Record<string, ReadonlyArray<readonly [keyof ScoreFigures, number]>>> = {
  "styles-e": [["recall", 0.97], ["precision", 0.99], ["subject", 0.94], ["source", 0.97], ["asOf", 0.95], ["spans", 1]],
  "styles-f": [["recall", 0.98], ["precision", 0.98], ["subject", 0.96], ["source", 0.95], ["asOf", 0.98], ["spans", 1]],
  "styles-g": [["recall", 0.96], ["precision", 0.96], ["subject", 0.90], ["source", 0.92], ["asOf", 0.98], ["spans", 1]],
  "styles-h": [["recall", 0.99], ["precision", 0.98], ["subject", 0.94], ["source", 0.92], ["asOf", 0.99], ["spans", 1]],
  "styles-i": [["recall", 0.94], ["precision", 0.97], ["subject", 0.90], ["source", 0.93], ["asOf", 0.99], ["spans", 1]],
  "styles-j": [["recall", 0.99], ["precision", 0.99], ["subject", 0.93], ["source", 0.90], ["asOf", 0.99], ["spans", 1]],
  "styles-k": [["recall", 0.95], ["precision", 0.98], ["subject", 0.93], ["source", 0.91], ["asOf", 0.99], ["spans", 1]],
  "styles-l": [["recall", 0.99], ["precision", 0.98], ["subject", 0.98], ["source", 0.97], ["asOf", 0.99], ["spans", 1]],
  "styles-m": [["recall", 0.95], ["precision", 0.96], ["subject", 0.97], ["source", 0.94], ["asOf", 0.94], ["spans", 1]],
  "styles-n": [["recall", 0.97], ["precision", 0.94], ["subject", 0.97], ["source", 0.94], ["asOf", 0.97], ["spans", 1]],
  "styles-o": [["recall", 0.94], ["precision", 0.98], ["subject", 0.94], ["source", 0.97], ["asOf", 0.99], ["spans", 1]],
  "styles-p": [["recall", 0.96], ["precision", 0.97], ["subject", 0.94], ["source", 0.88], ["asOf", 0.99], ["spans", 1]],
  "styles-q": [["recall", 0.94], ["precision", 0.98], ["subject", 0.90], ["source", 0.94], ["asOf", 0.99], ["spans", 1]],
  "styles-r": [["recall", 0.96], ["precision", 0.99], ["subject", 0.95], ["source", 0.96], ["asOf", 0.97], ["spans", 1]],
  "styles-s": [["recall", 0.99], ["precision", 0.96], ["subject", 0.92], ["source", 0.93], ["asOf", 0.93], ["spans", 1]],
  "styles-t": [["recall", 0.93], ["precision", 0.95], ["subject", 0.91], ["source", 0.91], ["asOf", 0.97], ["spans", 1]],
  "styles-v": [["recall", 0.97], ["precision", 0.96], ["subject", 0.91], ["source", 0.96], ["asOf", 0.96], ["spans", 1]],
  "styles-u": [["recall", 0.92], ["precision", 0.98], ["subject", 0.92], ["source", 0.90], ["asOf", 0.96], ["spans", 1]],
  "styles-w": [["recall", 0.94], ["precision", 0.95], ["subject", 0.93], ["source", 0.94], ["asOf", 0.95], ["spans", 1]],
  "styles-x": [["recall", 0.96], ["precision", 0.96], ["subject", 0.92], ["source", 0.93], ["asOf", 0.94], ["spans", 1]],
  "styles-y": [["recall", 0.98], ["precision", 0.98], ["subject", 0.94], ["source", 0.92], ["asOf", 0.96], ["spans", 1]],
  "styles-z": [["recall", 0.97], ["precision", 0.95], ["subject", 0.95], ["source", 0.92], ["asOf", 0.98], ["spans", 1]],
  "styles-aa": [["recall", 0.98], ["precision", 0.96], ["subject", 0.92], ["source", 0.92], ["asOf", 0.94], ["spans", 1]],
  "styles-ab": [["recall", 0.99], ["precision", 0.99], ["subject", 0.92], ["source", 0.95], ["asOf", 0.97], ["spans", 1]],
  "styles-ac": [["recall", 0.96], ["precision", 0.99], ["subject", 0.92], ["source", 0.95], ["asOf", 0.94], ["spans", 1]],
  "styles-ad": [["recall", 0.99], ["precision", 0.99], ["subject", 0.97], ["source", 0.96], ["asOf", 0.99], ["spans", 1]],
  "styles-af": [["recall", 0.93], ["precision", 0.98], ["subject", 0.90], ["source", 0.94], ["asOf", 0.94], ["spans", 1]],
  "styles-ae": [["recall", 0.97], ["precision", 0.98], ["subject", 0.89], ["source", 0.99], ["asOf", 0.98], ["spans", 1]],
  "styles-ag": [["recall", 0.99], ["precision", 0.97], ["subject", 0.90], ["source", 0.94], ["asOf", 0.97], ["spans", 1]],
  "styles-ah": [["recall", 0.99], ["precision", 0.94], ["subject", 0.88], ["source", 0.92], ["asOf", 0.95], ["spans", 1]],
  "styles-ai": [["recall", 0.99], ["precision", 0.97], ["subject", 0.92], ["source", 0.92], ["asOf", 0.93], ["spans", 1]],
  "styles-aj": [["recall", 0.95], ["precision", 0.94], ["subject", 0.88], ["source", 0.84], ["asOf", 0.90], ["spans", 1]],
  "styles-ak": [["recall", 0.96], ["precision", 0.97], ["subject", 0.87], ["source", 0.96], ["asOf", 0.92], ["spans", 1]],
  "styles-al": [["recall", 0.97], ["precision", 0.99], ["subject", 0.95], ["source", 0.92], ["asOf", 0.93], ["spans", 1]],
  "styles-am": [["recall", 0.98], ["precision", 0.97], ["subject", 0.92], ["source", 0.92], ["asOf", 0.96], ["spans", 1]],
  "styles-an": [["recall", 0.93], ["precision", 0.99], ["subject", 0.99], ["source", 0.94], ["asOf", 0.94], ["spans", 1]],
  "styles-ao": [["recall", 0.98], ["precision", 0.98], ["subject", 0.92], ["source", 0.93], ["asOf", 0.92], ["spans", 1]],
  "styles-ap": [["recall", 0.94], ["precision", 0.96], ["subject", 0.96], ["source", 0.93], ["asOf", 0.93], ["spans", 1]],
  "styles-aq": [["recall", 0.97], ["precision", 0.95], ["subject", 0.91], ["source", 0.94], ["asOf", 0.97], ["spans", 1]],
  "styles-ar": [["recall", 0.96], ["precision", 0.99], ["subject", 0.97], ["source", 0.94], ["asOf", 0.92], ["spans", 1]],
  "styles-as": [["recall", 0.96], ["precision", 0.99], ["subject", 0.90], ["source", 0.92], ["asOf", 0.94], ["spans", 1]],
  "styles-at": [["recall", 0.93], ["precision", 0.96], ["subject", 0.95], ["source", 0.95], ["asOf", 0.91], ["spans", 1]],
  "styles-au": [["recall", 0.96], ["precision", 0.94], ["subject", 0.85], ["source", 0.92], ["asOf", 0.96], ["spans", 1]],
  "styles-av": [["recall", 0.95], ["precision", 0.95], ["subject", 0.95], ["source", 0.91], ["asOf", 0.88], ["spans", 1]],
  "styles-aw": [["recall", 0.94], ["precision", 0.96], ["subject", 0.90], ["source", 0.89], ["asOf", 0.91], ["spans", 1]],
  "styles-ax": [["recall", 0.97], ["precision", 0.99], ["subject", 0.92], ["source", 0.95], ["asOf", 0.95], ["spans", 1]],
  "styles-ay": [["recall", 0.96], ["precision", 0.97], ["subject", 0.89], ["source", 0.88], ["asOf", 0.96], ["spans", 1]],
  "styles-az": [["recall", 0.94], ["precision", 0.97], ["subject", 0.96], ["source", 0.97], ["asOf", 0.96], ["spans", 1]],
  "styles-ba": [["recall", 0.97], ["precision", 0.97], ["subject", 0.88], ["source", 0.99], ["asOf", 0.93], ["spans", 1]],
  "styles-bb": [["recall", 0.94], ["precision", 0.93], ["subject", 0.96], ["source", 0.94], ["asOf", 0.96], ["spans", 1]],
  "styles-bc": [["recall", 0.96], ["precision", 0.97], ["subject", 0.92], ["source", 0.89], ["asOf", 0.97], ["spans", 1]],
  "styles-bd": [["recall", 0.96], ["precision", 0.97], ["subject", 0.95], ["source", 0.90], ["asOf", 0.96], ["spans", 1]],
  "styles-be": [["recall", 0.99], ["precision", 0.97], ["subject", 0.97], ["source", 0.96], ["asOf", 0.99], ["spans", 1]],
  "styles-bf": [["recall", 0.99], ["precision", 0.97], ["subject", 0.88], ["source", 0.96], ["asOf", 0.95], ["spans", 1]],
  "styles-bg": [["recall", 0.97], ["precision", 0.95], ["subject", 0.95], ["source", 0.91], ["asOf", 0.99], ["spans", 1]],
  "styles-bh": [["recall", 0.97], ["precision", 0.95], ["subject", 0.96], ["source", 0.88], ["asOf", 0.95], ["spans", 1]],
  "styles-bi": [["recall", 0.99], ["precision", 0.97], ["subject", 0.95], ["source", 0.91], ["asOf", 0.92], ["spans", 1]],
  "styles-bj": [["recall", 0.97], ["precision", 0.97], ["subject", 0.91], ["source", 0.83], ["asOf", 0.92], ["spans", 1]],
  "styles-bk": [["recall", 0.99], ["precision", 0.94], ["subject", 0.91], ["source", 0.89], ["asOf", 0.91], ["spans", 1]],
  "styles-bl": [["recall", 0.91], ["precision", 0.97], ["subject", 0.92], ["source", 0.90], ["asOf", 0.95], ["spans", 1]],
  "styles-bm": [["recall", 0.91], ["precision", 0.95], ["subject", 0.94], ["source", 0.92], ["asOf", 0.89], ["spans", 1]],
  "styles-bn": [["recall", 0.92], ["precision", 0.97], ["subject", 0.91], ["source", 0.94], ["asOf", 0.97], ["spans", 1]],
  "styles-bo": [["recall", 0.95], ["precision", 0.97], ["subject", 0.92], ["source", 0.92], ["asOf", 0.87], ["spans", 1]],
  "styles-bp": [["recall", 0.92], ["precision", 0.95], ["subject", 0.88], ["source", 0.90], ["asOf", 0.99], ["spans", 1]],
  "styles-bq": [["recall", 0.89], ["precision", 0.95], ["subject", 0.90], ["source", 0.92], ["asOf", 0.93], ["spans", 1]],
  "styles-br": [["recall", 0.92], ["precision", 0.95], ["subject", 0.92], ["source", 0.85], ["asOf", 0.89], ["spans", 1]],
  "styles-bs": [["recall", 0.95], ["precision", 0.99], ["subject", 0.89], ["source", 0.79], ["asOf", 0.83], ["spans", 1]],
  "styles-bt": [["recall", 0.94], ["precision", 0.97], ["subject", 0.90], ["source", 0.97], ["asOf", 0.99], ["spans", 1]],
  "styles-bu": [["recall", 0.97], ["precision", 0.96], ["subject", 0.94], ["source", 0.92], ["asOf", 0.92], ["spans", 1]],
  "styles-bv": [["recall", 0.94], ["precision", 0.97], ["subject", 0.89], ["source", 0.97], ["asOf", 0.85], ["spans", 1]],
  "styles-bw": [["recall", 0.88], ["precision", 0.94], ["subject", 0.97], ["source", 0.93], ["asOf", 0.90], ["spans", 1]],
  "styles-bx": [["recall", 0.97], ["precision", 0.97], ["subject", 0.89], ["source", 0.92], ["asOf", 0.95], ["spans", 1]],
  "styles-by": [["recall", 0.94], ["precision", 0.97], ["subject", 0.95], ["source", 0.94], ["asOf", 0.95], ["spans", 1]],
  "styles-bz": [["recall", 0.83], ["precision", 0.93], ["subject", 0.86], ["source", 0.66], ["asOf", 0.75], ["spans", 1]],
  "styles-ca": [["recall", 0.90], ["precision", 0.92], ["subject", 0.92], ["source", 0.84], ["asOf", 0.73], ["spans", 1]],
};

const scoreOf = (name: string): ScoreReport => {
  const dir = join(FIXTURES, name);
  const { articles, lexicon } = loadCorpusSync(dir, join(DEMO_CORPUS, "lexicon.json"));
  const gold = loadGoldSync(join(dir, "gold"));
  expect(gold.map((d) => d.id).sort()).toEqual(articles.map((a) => a.meta.id).sort());
  const claims = articles.flatMap((a) => extractArticle(a, lexicon));
  return scoreClaims(gold, claims, new Map(articles.map((a) => [a.meta.id, a.text])));
};

describe.each([...CORPORA.map((name) => [name, THRESHOLDS] as const), ...Object.entries(BLIND_FLOORS)])("extraction on the %s corpus", (name, thresholds) => {
  let report: ScoreReport;
  beforeAll(() => {
    report = scoreOf(name);
  });

  it.each(thresholds)("%s is at least %d", (figure, threshold) => {
    expect(report.summary[figure] ?? 0, `${figure} below ${threshold}\n${formatScore(report)}`).toBeGreaterThanOrEqual(threshold);
  });
});
