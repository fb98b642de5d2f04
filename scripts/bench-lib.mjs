/**
 * Shared pieces of the benchmark workers: loading the compiled engine from dist/, the lexicon and
 * a corpus folder, and printing one figure as a JSON line.
 */
import { readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");

/** Imports a compiled module of the engine, or null when it is not built (yet). */
export const importDist = async (rel) => {
  try {
    return await import(pathToFileURL(join(DIST, rel)).href);
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND") return null;
    throw e;
  }
};

/** The lexicon of a file, decoded by the engine's codec and indexed. */
export const loadLexicon = async (file) => {
  const { LexiconFileC, lexiconFromFile } = await importDist("codecs/lexicon.js");
  const { indexLexicon } = await importDist("domain/lexicon.js");
  const decoded = LexiconFileC.decode(JSON.parse(readFileSync(file, "utf8")));
  if (decoded._tag === "Left") throw new Error(`${file}: lexicon does not decode`);
  return indexLexicon(lexiconFromFile(decoded.right));
};

/** Manifest entries and texts of a corpus folder, with the total size in UTF-8 bytes. */
export const loadCorpus = (dir) => {
  const metas = JSON.parse(readFileSync(join(dir, "articles.json"), "utf8")).map((m) => ({ ...m, publishedBasis: m.publishedBasis ?? null }));
  let bytes = 0;
  const articles = metas.map((meta) => {
    const buf = readFileSync(join(dir, meta.file));
    bytes += buf.length;
    return { meta, text: buf.toString("utf8") };
  });
  return { metas, articles, bytes };
};

/** Peak resident set size of this process so far, in MiB. */
export const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** A worker's result: one JSON object on stdout, read by scripts/bench.mjs. */
export const report = (result) => {
  process.stdout.write(JSON.stringify({ ...result, peakRssMiB: peakRssMiB() }) + "\n");
};
