/**
 * The second core for the family loop. As soon as the claims are in canonical order, the claims of
 * the shared metrics (share.ts) cross to a worker thread as typed arrays (wire-claims.ts), which
 * reconciles their families while this thread builds the groups and reconciles the other
 * families; then this thread waits for the findings (wire-findings.ts) and makes their records.
 * `reconcile` stays a plain call: the wait is a blocking one on a shared word, the findings taken
 * from the port without the event loop. Output is the same as on one thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Claim } from "../domain/claim.js";
import type { ArticleMeta } from "../domain/corpus.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { sharedMetrics } from "./share.js";
import { claimBuffers, encodeClaims } from "./wire-claims.js";
import { decodeFindings, type FindingsOnWire, type FindingsSink } from "./wire-findings.js";

/** Whether a reconciliation uses a second thread: `auto` from `SECOND_THREAD_FROM` claims on two cores or more. */
export type SecondThreadUse = "auto" | "always" | "never";

/** Below this many claims the thread's start costs more than it saves. */
export const SECOND_THREAD_FROM = 50_000;

/** How long the main thread waits for the findings before it reconciles those families itself. */
const LIMIT_MS = 10 * 60 * 1000;

const WORKER_URL = new URL("./worker.js", import.meta.url);

type Reply = { readonly findings: FindingsOnWire } | { readonly error: string };

export interface SecondThread {
  /** The metrics whose families the thread reconciles. */
  readonly metrics: ReadonlySet<string>;
  /** The canonical positions of the claims it was given (every claim of those metrics), ascending. */
  readonly positions: readonly number[];
  /**
   * Waits for the thread's findings and reads them into `sink`; false when the thread failed or
   * did not answer in time (those families are then to be reconciled on this thread).
   */
  readonly join: (sink: FindingsSink) => boolean;
}

/** Starts the thread for `claims` (canonical order), or null when it is not to be used. */
export const startSecondThread = (
  lexicon: LexiconIndex,
  articles: readonly ArticleMeta[],
  claims: readonly Claim[],
  use: SecondThreadUse,
): SecondThread | null => {
  if (use === "never") return null;
  if (use === "auto" && (claims.length < SECOND_THREAD_FROM || availableParallelism() < 2)) return null;
  // (run from sources by a test runner, there is no compiled worker beside this module)
  if (!existsSync(fileURLToPath(WORKER_URL))) return null;
  const metrics = sharedMetrics(claims);
  if (metrics.size === 0) return null;
  const positions: number[] = [];
  for (let i = 0; i < claims.length; i++) if (metrics.has(claims[i]!.metric)) positions.push(i);
  const languages = new Map<string, string>();
  for (const a of articles) languages.set(a.id, a.language);
  const wire = encodeClaims(claims, positions, (a) => languages.get(a) ?? "und");
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, {
    workerData: { lexicon: lexicon.lexicon, claims: wire, signal, port: port2 },
    transferList: [port2, ...claimBuffers(wire)],
  });
  worker.unref();
  const join = (sink: FindingsSink): boolean => {
    const until = Date.now() + LIMIT_MS;
    let reply: Reply | undefined;
    while (reply === undefined && Date.now() < until) {
      Atomics.wait(signal, 0, 0, 1000);
      reply = receiveMessageOnPort(port1)?.message as Reply | undefined;
    }
    port1.close();
    void worker.terminate();
    if (reply === undefined || "error" in reply) return false;
    decodeFindings(reply.findings, sink);
    return true;
  };
  return { metrics, positions, join };
};
