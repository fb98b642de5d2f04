/**
 * Decoding a text file's bytes, the one rule for the corpus loader and the extraction workers:
 * UTF-8 that must decode (a problem names the first invalid byte), and a leading byte-order mark
 * dropped with a warning (offsets then count from after it). Pure and free of Effect, so that
 * worker threads load it cheaply.
 */
import type { FileProblem } from "../codecs/errors.js";

export type TextResult =
  | { readonly _tag: "Text"; readonly text: string; readonly warnings: readonly FileProblem[] }
  | { readonly _tag: "Problem"; readonly problem: FileProblem };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Where the first invalid UTF-8 sequence starts, for the error message. */
const firstInvalidByte = (bytes: Uint8Array): number => {
  let lo = 0;
  let hi = bytes.length;
  // binary search on prefixes: a prefix that decodes (allowing an incomplete tail) has no invalid byte
  const streaming = new TextDecoder("utf-8", { fatal: true });
  const ok = (n: number) => {
    try {
      streaming.decode(bytes.subarray(0, n), { stream: true });
      streaming.decode(new Uint8Array(0));
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

export const decodeText = (file: string, bytes: Uint8Array): TextResult => {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { _tag: "Problem", problem: { file, path: `byte ${firstInvalidByte(bytes)}`, reason: "invalid UTF-8: the file must be UTF-8 text" } };
  }
  const warnings: FileProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({ file, path: "byte 0", reason: "byte-order mark dropped (offsets count from after it)" });
  }
  return { _tag: "Text", text, warnings };
};
