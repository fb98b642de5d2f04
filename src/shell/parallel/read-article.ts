/**
 * Reading one article's text inside a worker, decoded by the same rule as the corpus loader
 * (shell/utf8.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../../codecs/errors.js";
import type { Article, ArticleMeta } from "../../domain/corpus.js";
import { decodeText } from "../utf8.js";

/** The article with its text, or the reason it cannot be read. */
export const readArticle = (corpusDir: string, meta: ArticleMeta): Article | { readonly problem: string } => {
  const file = join(corpusDir, meta.file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: `${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(e)}` };
  }
  const decoded = decodeText(file, bytes);
  return decoded._tag === "Text" ? { meta, text: decoded.text } : { problem: formatProblem(decoded.problem) };
};
