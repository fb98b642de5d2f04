/**
 * The shell's typed errors. Each carries the problems to print, every one naming a file, a place in
 * it and a reason, and maps to a documented exit code (README, "Exit codes").
 */
import * as Data from "effect/Data";
import { formatProblem, type FileProblem } from "../codecs/errors.js";

/** The corpus (manifest, texts, lexicon or claims file) has problems: exit code 1. */
export class CorpusInvalid extends Data.TaggedError("CorpusInvalid")<{ readonly problems: readonly FileProblem[] }> {}

/** A file could not be read or written for a reason outside the corpus's content: exit code 3. */
export class FileFailure extends Data.TaggedError("FileFailure")<{ readonly file: string; readonly reason: string }> {}

/** The command line asks for something that does not exist (an unknown claim id): exit code 2. */
export class UsageFailure extends Data.TaggedError("UsageFailure")<{ readonly message: string }> {}

export type ShellError = CorpusInvalid | FileFailure | UsageFailure;

export const exitCodeOf = (e: ShellError): number => {
  switch (e._tag) {
    case "CorpusInvalid":
      return 1;
    case "UsageFailure":
      return 2;
    case "FileFailure":
      return 3;
  }
};

export const messageOf = (e: ShellError): string[] => {
  switch (e._tag) {
    case "CorpusInvalid":
      return e.problems.map(formatProblem);
    case "FileFailure":
      return [`${e.file}: ${e.reason}`];
    case "UsageFailure":
      return [e.message];
  }
};
