/**
 * Reading and writing files for the shell: UTF-8 text that must decode, JSON whose syntax errors
 * name a line and column, and atomic writes (a temporary file beside the target, then a rename) so
 * that a corpus, a claims file or a report is written whole or not at all.
 */
import * as Effect from "effect/Effect";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { FileProblem } from "../codecs/errors.js";
import { FileFailure } from "./errors.js";
import { decodeText, type TextResult } from "./utf8.js";

const reasonOf = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "file not found";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return err?.message ?? String(e);
  }
};

/**
 * Reads a UTF-8 text file. Invalid UTF-8 is a problem naming the byte; a byte-order mark is dropped
 * with a warning (offsets then count from after it). A missing file is a problem, not a failure.
 */
export const readText = (file: string): Effect.Effect<TextResult> =>
  Effect.promise(() =>
    fs.readFile(file).then(
      (bytes): TextResult => decodeText(file, bytes),
      (e): TextResult => ({ _tag: "Problem", problem: { file, path: "", reason: reasonOf(e) } }),
    ),
  );

const lineCol = (text: string, position: number): string => {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const col = position - before.lastIndexOf("\n");
  return `line ${line}, column ${col}`;
};

export type JsonResult =
  | { readonly _tag: "Json"; readonly value: unknown; readonly warnings: readonly FileProblem[] }
  | { readonly _tag: "Problem"; readonly problem: FileProblem };

/** Parses JSON text; a syntax error names the line and column. */
export const parseJson = (file: string, text: string): JsonResult => {
  if (text.trim() === "") return { _tag: "Problem", problem: { file, path: "", reason: "the file is empty (expected JSON)" } };
  try {
    return { _tag: "Json", value: JSON.parse(text), warnings: [] };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineCol(text, Number(pos[1])) : /Unexpected end/.test(message) ? lineCol(text, text.length) + " (end of file)" : "";
    return { _tag: "Problem", problem: { file, path: where, reason: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}` } };
  }
};

/** Reads and parses a JSON file. */
export const readJson = (file: string): Effect.Effect<JsonResult> =>
  Effect.map(readText(file), (r): JsonResult => {
    if (r._tag === "Problem") return r;
    const parsed = parseJson(file, r.text);
    return parsed._tag === "Json" ? { ...parsed, warnings: r.warnings } : parsed;
  });

export const fileExists = (file: string): Effect.Effect<boolean> =>
  Effect.promise(() => fs.stat(file).then((s) => s.isFile(), () => false));

export const folderExists = (dir: string): Effect.Effect<boolean> =>
  Effect.promise(() => fs.stat(dir).then((s) => s.isDirectory(), () => false));

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder,
 * which is renamed over the target (atomic on POSIX file systems).
 */
export const writeAtomic = (file: string, content: string): Effect.Effect<void, FileFailure> =>
  Effect.tryPromise({
    try: async () => {
      const dir = dirname(file);
      await fs.mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
      try {
        await fs.writeFile(tmp, content, "utf8");
        await fs.rename(tmp, file);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    catch: (e) => new FileFailure({ file, reason: `could not write: ${reasonOf(e)}` }),
  });

/**
 * Writes a file whole or not at all from a stream of pieces (for outputs too large to hold in
 * memory): pieces go to a temporary file beside the target, renamed over it once the stream ends;
 * if the stream fails, the temporary file is removed and the target left as it was.
 */
export const writeAtomicStream = <E>(
  file: string,
  pieces: AsyncIterable<string>,
  onError: (e: unknown) => E,
): Effect.Effect<void, FileFailure | E> =>
  Effect.tryPromise({
    try: async () => {
      const dir = dirname(file);
      await fs.mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
      const handle = await fs.open(tmp, "w");
      try {
        for await (const piece of pieces) await handle.write(piece);
        await handle.close();
        await fs.rename(tmp, file);
      } catch (e) {
        await handle.close().catch(() => undefined);
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    catch: (e) => (e instanceof StreamFailure ? onError(e.cause) : new FileFailure({ file, reason: `could not write: ${reasonOf(e)}` })),
  });

/** Wraps an error thrown by the stream of pieces, to tell it from a failure to write. */
export class StreamFailure extends Error {
  constructor(override readonly cause: unknown) {
    super("stream failed");
  }
}
