/** Test helper: loads a corpus folder synchronously (manifest, texts, lexicon) through the codecs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isLeft } from "fp-ts/lib/Either.js";
import { ManifestC } from "../../src/codecs/manifest.js";
import { LexiconFileC, lexiconFromFile } from "../../src/codecs/lexicon.js";
import { indexLexicon, type LexiconIndex } from "../../src/domain/lexicon.js";
import type { Article } from "../../src/domain/corpus.js";

export const DEMO_CORPUS = join(import.meta.dirname, "..", "..", "claims", "aleppo-2024");

export const loadLexiconSync = (file: string): LexiconIndex => {
  const decoded = LexiconFileC.decode(JSON.parse(readFileSync(file, "utf8")));
  if (isLeft(decoded)) throw new Error(`${file}: lexicon does not decode`);
  return indexLexicon(lexiconFromFile(decoded.right));
};

export const loadCorpusSync = (dir: string, lexiconFile = join(dir, "lexicon.json")): { articles: Article[]; lexicon: LexiconIndex } => {
  const manifest = ManifestC.decode(JSON.parse(readFileSync(join(dir, "articles.json"), "utf8")));
  if (isLeft(manifest)) throw new Error(`${dir}/articles.json does not decode`);
  const articles = manifest.right.map((m) => ({
    meta: { ...m, publishedBasis: m.publishedBasis ?? null },
    text: readFileSync(join(dir, m.file), "utf8"),
  }));
  return { articles, lexicon: loadLexiconSync(lexiconFile) };
};
