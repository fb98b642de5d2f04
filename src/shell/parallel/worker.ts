/**
 * The worker thread of the parallel extractor: loads the lexicon once, then for each chunk of
 * articles it is sent reads their texts and runs the single-article extractor, answering with the
 * claims of each.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { isLeft } from "fp-ts/lib/Either.js";
import { LexiconFileC, lexiconFromFile } from "../../codecs/lexicon.js";
import type { Claim } from "../../domain/claim.js";
import type { ArticleMeta } from "../../domain/corpus.js";
import { indexLexicon, type LexiconIndex } from "../../domain/lexicon.js";
import { extractArticle } from "../../extract/index.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./protocol.js";
import { readArticle } from "./read-article.js";

const port = parentPort;
if (port === null) throw new Error("src/shell/parallel/worker.ts runs only as a worker thread");
const setup = workerData as WorkerSetup;
const send = (m: FromWorker): void => port.postMessage(m);

const loadLexicon = (file: string): LexiconIndex | string => {
  try {
    const decoded = LexiconFileC.decode(JSON.parse(readFileSync(file, "utf8")));
    return isLeft(decoded) ? `${file}: the lexicon does not decode (run recon validate)` : indexLexicon(lexiconFromFile(decoded.right));
  } catch (e) {
    return `${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
};

const lexicon = loadLexicon(setup.lexiconFile);

/** The claims of one article, or the reason it could not be read or extracted. */
const extractOne = (lex: LexiconIndex, meta: ArticleMeta): Claim[] | string => {
  const article = readArticle(setup.corpusDir, meta);
  if ("problem" in article) return article.problem;
  try {
    return extractArticle(article, lex);
  } catch (e) {
    return `${meta.id}: extraction failed: ${e instanceof Error ? e.message : String(e)}`;
  }
};

port.on("message", (m: ToWorker) => {
  if (typeof lexicon === "string") return send({ kind: "fatal", reason: lexicon });
  const claims: Claim[][] = [];
  for (const [index, meta] of m.metas.entries()) {
    const r = extractOne(lexicon, meta);
    if (typeof r === "string") return send({ kind: "claims", seq: m.seq, claims, failure: { index, reason: r } });
    claims.push(r);
  }
  send({ kind: "claims", seq: m.seq, claims, failure: null });
});
