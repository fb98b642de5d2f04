/**
 * How the recon process grows its heap. Reconciling a large archive allocates working state per
 * group that dies young but outlives the young generation; V8's default growth lets the old
 * generation reach about one and a half times the live data before a full collection, which at a
 * million claims put the peak over 1.5 GB. A growing factor of 1.3 collects sooner: the peak at a
 * million claims fell from about 1,580 to about 1,390 MiB in the same minutes, with no measurable
 * cost in time (docs/performance.md). Set once, at start, by the CLI and by the benchmark that
 * measures reconciliation as the CLI runs it.
 */
import { setFlagsFromString } from "node:v8";

/** The heap growing factor, as V8's percentage over 1 (30: each limit is 1.3 × the live heap). */
export const HEAP_GROWING_PERCENT = 30;

let tuned = false;

/** Applies the heap settings to this process (idempotent). */
export const tuneHeap = (): void => {
  if (tuned) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  tuned = true;
};
