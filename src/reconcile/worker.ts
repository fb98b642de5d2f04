/**
 * The second thread's entry (see second-thread.ts): reads the claims of its share, reconciles
 * their families, posts the findings on the port it was given and wakes the main thread, which
 * waits on `signal`. Whatever fails, it answers: the modules are loaded inside the guard.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import type { Lexicon } from "../domain/lexicon.js";
import type { ClaimsOnWire } from "./wire-claims.js";

interface Job {
  readonly lexicon: Lexicon;
  readonly claims: ClaimsOnWire;
  readonly signal: Int32Array;
  readonly port: MessagePort;
}

const job = workerData as Job;
try {
  const { indexLexicon } = await import("../domain/lexicon.js");
  const { reconcileShare } = await import("./share.js");
  const { decodeClaims } = await import("./wire-claims.js");
  const { findingBuffers } = await import("./wire-findings.js");
  const { claims, articles } = decodeClaims(job.claims);
  const findings = reconcileShare(indexLexicon(job.lexicon), articles, claims);
  job.port.postMessage({ findings }, findingBuffers(findings));
} catch (e) {
  job.port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
Atomics.store(job.signal, 0, 1);
Atomics.notify(job.signal, 0);
