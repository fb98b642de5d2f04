/**
 * Where results go: a file written atomically (`-o FILE`) or standard output; warnings and progress
 * to standard error. Progress is shown only on a terminal and never when CI is set.
 */
import * as Effect from "effect/Effect";
import { formatProblem, type FileProblem } from "../codecs/errors.js";
import type { FileFailure } from "./errors.js";
import { writeAtomic } from "./files.js";

export const writeStdout = (text: string): Effect.Effect<void> =>
  Effect.promise(
    () =>
      new Promise<void>((resolve) => {
        if (text.length === 0) return resolve();
        if (process.stdout.write(text)) resolve();
        else process.stdout.once("drain", () => resolve());
      }),
  );

export const printErr = (line: string): Effect.Effect<void> => Effect.sync(() => void process.stderr.write(line + "\n"));

export const emit = (text: string, output: string | null): Effect.Effect<void, FileFailure> =>
  output === null ? writeStdout(text) : writeAtomic(output, text);

export const printWarnings = (warnings: readonly FileProblem[]): Effect.Effect<void> =>
  Effect.forEach(warnings, (w) => printErr(`warning: ${formatProblem(w)}`), { discard: true });

export const stdoutIsTerminal = (): boolean => process.stdout.isTTY === true;

const showProgress = (): boolean => process.stderr.isTTY === true && !process.env["CI"];

/** A progress reporter for n steps: prints "label k/n" in place on a terminal, nothing otherwise. */
export const progress = (label: string, total: number) => {
  const on = showProgress() && total >= 20;
  let last = 0;
  return {
    step: (done: number) => {
      if (!on) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      process.stderr.write(`\r${label} ${done}/${total}`);
      if (done >= total) process.stderr.write("\n");
    },
  };
};
