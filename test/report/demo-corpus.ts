/** The report context of the demo corpus run through the whole pipeline (extraction, reconciliation), as `recon report` builds it. */
import { runPipeline } from "../../src/pipeline.js";
import type { ReportContext } from "../../src/report/context.js";
import { DEMO_CORPUS, loadCorpusSync } from "../helpers/corpus.js";

export const demoCorpusContext = (): ReportContext => {
  const { articles, lexicon } = loadCorpusSync(DEMO_CORPUS);
  const { claims, reconciliation } = runPipeline("aleppo-2024", articles, null, lexicon);
  return { reconciliation, claims, articles: articles.map((a) => a.meta), lexicon, generatedAt: "2024-12-01T09:00:00Z" };
};
