/**
 * Reading one article's text inside a worker, with the same rules as the shell's corpus loader:
 * UTF-8 that must decode, a leading byte-order mark dropped (offsets count from after it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, ArticleMeta } from "../../domain/corpus.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The article with its text, or the reason it cannot be read. */
export const readArticle = (corpusDir: string, meta: ArticleMeta): Article | { readonly problem: string } => {
  const file = join(corpusDir, meta.file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: `${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(e)}` };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: `${file}: invalid UTF-8: the file must be UTF-8 text` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { meta, text };
};
