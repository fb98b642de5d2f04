/**
 * Extraction of a whole corpus on every core: articles are handed to worker threads (each reads
 * its texts and runs the single-article extractor) and their claims come back out in corpus order
 * as soon as each article and all before it are done. Articles travel in chunks (one message per
 * chunk); at most `window` chunks are in flight or waiting to be yielded, and none is dispatched
 * before the consumer asks for more, so memory does not grow with the corpus; the output is that of extracting
 * the articles one after the other on one thread.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Claim } from "../../domain/claim.js";
import type { ArticleMeta } from "../../domain/corpus.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./protocol.js";

export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  readonly threads?: number;
  /** Articles sent to a worker in one message; default 16. */
  readonly chunk?: number;
  /** Chunks dispatched ahead of the one being yielded; default 4 per thread. */
  readonly window?: number;
}

/** One article's claims, in the order the extractor gave them. */
export interface ArticleClaims {
  readonly article: ArticleMeta;
  readonly claims: readonly Claim[];
}

/** An article that could not be read or extracted; the run stops on it, as a one-thread run would. */
export class ParallelExtractionError extends Error {
  constructor(
    readonly article: string | null,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "ParallelExtractionError";
  }
}

type ChunkResult = Extract<FromWorker, { kind: "claims" }>;

interface Pending {
  readonly promise: Promise<ChunkResult>;
  resolve(r: ChunkResult): void;
  reject(e: Error): void;
}

const pending = (): Pending => {
  let resolve!: (r: ChunkResult) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<ChunkResult>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A rejection is delivered when the chunk's turn comes; never an unhandled one meanwhile.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
};

const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * The claims of `articles` (manifest entries of the corpus in `corpusDir`, texts read by the
 * workers), article by article in the given order. Breaking out of the loop stops the workers.
 * Fails with a ParallelExtractionError at the first article that cannot be read or extracted,
 * after yielding those before it.
 */
export async function* extractCorpusParallel(
  corpusDir: string,
  articles: readonly ArticleMeta[],
  lexiconFile: string,
  options: ParallelOptions = {},
): AsyncGenerator<ArticleClaims, void, undefined> {
  if (articles.length === 0) return;
  const chunk = Math.max(1, options.chunk ?? 16);
  const chunks = Math.ceil(articles.length / chunk);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), chunks));
  const window = Math.max(threads, options.window ?? threads * 4);
  const setup: WorkerSetup = { corpusDir, lexiconFile };
  const inFlight = new Map<number, { readonly p: Pending; readonly worker: number }>();
  const load = new Array<number>(threads).fill(0);
  let failure: ParallelExtractionError | null = null;

  const failAll = (e: ParallelExtractionError): void => {
    failure ??= e;
    for (const { p } of inFlight.values()) p.reject(e);
    inFlight.clear();
  };

  const workers = Array.from({ length: threads }, (_, w) => {
    const worker = new Worker(WORKER_URL, { workerData: setup });
    worker.on("message", (m: FromWorker) => {
      if (m.kind === "fatal") return failAll(new ParallelExtractionError(null, m.reason));
      const entry = inFlight.get(m.seq);
      if (!entry) return;
      inFlight.delete(m.seq);
      load[w] = (load[w] ?? 1) - 1;
      entry.p.resolve(m);
    });
    worker.on("error", (e) => failAll(new ParallelExtractionError(null, `extraction worker failed: ${e.message}`)));
    worker.on("exit", (code) => {
      if (code !== 0) failAll(new ParallelExtractionError(null, `extraction worker stopped with code ${code}`));
    });
    return worker;
  });

  const queue: Pending[] = [];
  let dispatched = 0;
  const dispatch = (): void => {
    let w = 0;
    for (let i = 1; i < threads; i++) if ((load[i] ?? 0) < (load[w] ?? 0)) w = i;
    const p = pending();
    if (failure) p.reject(failure);
    else {
      inFlight.set(dispatched, { p, worker: w });
      load[w] = (load[w] ?? 0) + 1;
      const message: ToWorker = { kind: "chunk", seq: dispatched, metas: articles.slice(dispatched * chunk, (dispatched + 1) * chunk) };
      workers[w]?.postMessage(message);
    }
    queue.push(p);
    dispatched += 1;
  };

  try {
    for (let next = 0; next < chunks; next++) {
      while (dispatched < chunks && dispatched < next + window) dispatch();
      const r = await queue.shift()!.promise;
      const base = next * chunk;
      for (const [i, claims] of r.claims.entries()) yield { article: articles[base + i]!, claims };
      if (r.failure) throw new ParallelExtractionError(articles[base + r.failure.index]?.id ?? null, r.failure.reason);
    }
  } finally {
    failure ??= new ParallelExtractionError(null, "extraction stopped");
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The claims of a corpus as one stream, in corpus order (see extractCorpusParallel). */
export async function* claimsOfCorpusParallel(
  corpusDir: string,
  articles: readonly ArticleMeta[],
  lexiconFile: string,
  options: ParallelOptions = {},
): AsyncGenerator<Claim, void, undefined> {
  for await (const batch of extractCorpusParallel(corpusDir, articles, lexiconFile, options)) yield* batch.claims;
}
