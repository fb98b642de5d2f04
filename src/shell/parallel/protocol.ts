/**
 * Messages between the parallel extractor and its worker threads. The main thread sends articles
 * (manifest entries, in chunks numbered in corpus order); a worker reads the texts itself and
 * answers with the claims of each article, or the reason it could not extract one.
 */
import type { Claim } from "../../domain/claim.js";
import type { ArticleMeta } from "../../domain/corpus.js";

/** What a worker is started with. */
export interface WorkerSetup {
  readonly corpusDir: string;
  readonly lexiconFile: string;
}

/** A chunk of consecutive articles (numbered `seq` among the chunks); one message per chunk keeps the per-message cost low. */
export type ToWorker = { readonly kind: "chunk"; readonly seq: number; readonly metas: readonly ArticleMeta[] };

export type FromWorker =
  /**
   * The claims of each article of the chunk, in order; when an article could not be read or
   * extracted, the claims of those before it and the reason (the chunk stops there).
   */
  | {
      readonly kind: "claims";
      readonly seq: number;
      readonly claims: Claim[][];
      readonly failure: { readonly index: number; readonly reason: string } | null;
    }
  /** The worker cannot work at all (the lexicon does not load): every article fails. */
  | { readonly kind: "fatal"; readonly reason: string };
