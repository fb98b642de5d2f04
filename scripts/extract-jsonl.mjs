#!/usr/bin/env node
// Development script: extracts every article of a corpus with the compiled extractor (dist/) and
// prints one claim per line (JSON), for scoring with the shared scorer.
//   node scripts/extract-jsonl.mjs CORPUS_DIR [LEXICON_FILE]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconFileC, lexiconFromFile } from "../dist/codecs/lexicon.js";
import { indexLexicon } from "../dist/domain/lexicon.js";
import { extractArticle } from "../dist/extract/index.js";

const [dir, lexFile] = process.argv.slice(2);
if (!dir) {
  console.error("usage: extract-jsonl.mjs CORPUS_DIR [LEXICON_FILE]");
  process.exit(2);
}
const decoded = LexiconFileC.decode(JSON.parse(readFileSync(lexFile ?? join(dir, "lexicon.json"), "utf8")));
if (decoded._tag === "Left") {
  console.error("lexicon does not decode");
  process.exit(1);
}
const lexicon = indexLexicon(lexiconFromFile(decoded.right));
const manifest = JSON.parse(readFileSync(join(dir, "articles.json"), "utf8"));
for (const meta of manifest) {
  const text = readFileSync(join(dir, meta.file), "utf8");
  for (const claim of extractArticle({ meta: { ...meta, publishedBasis: meta.publishedBasis ?? null }, text }, lexicon)) {
    console.log(JSON.stringify(claim));
  }
}
