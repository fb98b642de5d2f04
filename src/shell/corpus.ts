/**
 * Loading a corpus folder: the manifest, the texts, the lexicon and (when asked) the reviewed claims
 * file, each decoded by its codec and checked. Problems are collected, not stopped at the first, so
 * that `recon validate` lists them all; every problem names a file, a place and a reason.
 */
import * as Effect from "effect/Effect";
import { isLeft } from "fp-ts/lib/Either.js";
import { basename, join, resolve } from "node:path";
import { ClaimsFileC } from "../codecs/claims.js";
import { decodeProblems, type FileProblem } from "../codecs/errors.js";
import { LexiconFileC, lexiconFromFile } from "../codecs/lexicon.js";
import { ManifestC } from "../codecs/manifest.js";
import type { ReviewedClaim } from "../domain/claim.js";
import type { Article, ArticleMeta } from "../domain/corpus.js";
import { indexLexicon, type LexiconIndex } from "../domain/lexicon.js";
import { checkClaims } from "../validate/claims.js";
import { checkLexicon } from "../validate/lexicon.js";
import { checkManifest } from "../validate/manifest.js";
import { UNATTRIBUTED, outletId } from "../extract/index.js";
import { CorpusInvalid } from "./errors.js";
import { fileExists, folderExists, readJson, readText } from "./files.js";

export interface ClaimsFile {
  readonly file: string;
  readonly claims: readonly ReviewedClaim[];
  /** The claims as parsed, so that reviewed ones are written back exactly as they were. */
  readonly raw: readonly unknown[];
}

export interface LoadedCorpus {
  readonly dir: string;
  readonly name: string;
  /** The manifest entries, in order. */
  readonly metas: readonly ArticleMeta[];
  /** The articles with their texts (empty when the texts were not asked for). */
  readonly articles: readonly Article[];
  readonly lexicon: LexiconIndex;
  readonly lexiconFile: string;
  /** Null when the corpus has no claims.json (or it was not asked for). */
  readonly claims: ClaimsFile | null;
  readonly warnings: readonly FileProblem[];
}

export interface LoadOptions {
  /** Read and check claims.json if present. */
  readonly claims: boolean;
  /** Use this lexicon file instead of the corpus's own. */
  readonly lexiconFile?: string | undefined;
  /** Read the texts (default true); a streaming extraction reads them itself, one at a time. */
  readonly texts?: boolean;
}

export const claimsPath = (dir: string): string => join(dir, "claims.json");

/**
 * The source ids a claims file may use besides the lexicon's: the outlets of the manifest, and the
 * source of a number an article without a named outlet gives on its own authority.
 */
export const manifestOutletIds = (metas: readonly ArticleMeta[], lexicon: LexiconIndex): Set<string> =>
  new Set([UNATTRIBUTED, ...metas.flatMap((m) => outletId(m, lexicon) ?? [])]);

export const loadCorpus = (dirArg: string, options: LoadOptions): Effect.Effect<LoadedCorpus, CorpusInvalid> =>
  Effect.gen(function* () {
    const dir = dirArg.replace(/[\\/]+$/, "") || ".";
    const problems: FileProblem[] = [];
    const warnings: FileProblem[] = [];
    const manifestFile = join(dir, "articles.json");
    const lexiconFile = options.lexiconFile ?? join(dir, "lexicon.json");

    if (!(yield* folderExists(dir)))
      return yield* new CorpusInvalid({ problems: [{ file: dir, path: "", reason: "no such corpus folder" }] });

    // manifest
    let metas: ArticleMeta[] = [];
    const manifestJson = yield* readJson(manifestFile);
    if (manifestJson._tag === "Problem") problems.push(manifestJson.problem);
    else {
      warnings.push(...manifestJson.warnings);
      const decoded = ManifestC.decode(manifestJson.value);
      if (isLeft(decoded)) problems.push(...decodeProblems(manifestFile, decoded.left));
      else {
        metas = decoded.right.map((m) => ({ ...m, publishedBasis: m.publishedBasis ?? null }));
        problems.push(...checkManifest(manifestFile, metas));
      }
    }

    // lexicon
    let lexicon: LexiconIndex | null = null;
    const lexiconJson = yield* readJson(lexiconFile);
    if (lexiconJson._tag === "Problem") problems.push(lexiconJson.problem);
    else {
      warnings.push(...lexiconJson.warnings);
      const decoded = LexiconFileC.decode(lexiconJson.value);
      if (isLeft(decoded)) problems.push(...decodeProblems(lexiconFile, decoded.left));
      else {
        const lex = lexiconFromFile(decoded.right);
        const lexProblems = checkLexicon(lexiconFile, lex);
        problems.push(...lexProblems);
        if (lexProblems.length === 0) lexicon = indexLexicon(lex);
      }
    }

    // texts, read concurrently but reported in manifest order
    const texts = yield* Effect.forEach(
      options.texts === false ? [] : metas,
      (m, i) =>
        Effect.map(readText(join(dir, m.file)), (r) => {
          if (r._tag === "Problem")
            return r.problem.reason === "file not found"
              ? { _tag: "Problem" as const, problem: { file: manifestFile, path: `[${i}].file`, reason: `"${m.file}" not found in ${dir}` } }
              : r;
          return r;
        }),
      { concurrency: 16 },
    );
    const articles: Article[] = [];
    texts.forEach((r, i) => {
      const meta = metas[i]!;
      if (r._tag === "Problem") problems.push(r.problem);
      else {
        warnings.push(...r.warnings);
        if (r.text.trim() === "") warnings.push({ file: join(dir, meta.file), path: "", reason: "empty article: it yields no claims" });
        articles.push({ meta, text: r.text });
      }
    });

    // reviewed claims
    let claims: ClaimsFile | null = null;
    const claimsFile = claimsPath(dir);
    if (options.claims && (yield* fileExists(claimsFile))) {
      const claimsJson = yield* readJson(claimsFile);
      if (claimsJson._tag === "Problem") problems.push(claimsJson.problem);
      else {
        const decoded = ClaimsFileC.decode(claimsJson.value);
        if (isLeft(decoded)) problems.push(...decodeProblems(claimsFile, decoded.left));
        else {
          const raw = (claimsJson.value as { claims: unknown[] }).claims;
          claims = { file: claimsFile, claims: decoded.right.claims, raw };
          if (lexicon && problems.length === 0)
            problems.push(
              ...checkClaims(claimsFile, decoded.right.claims, {
                texts: new Map(articles.map((a) => [a.meta.id, a.text])),
                lexicon,
                outletIds: manifestOutletIds(metas, lexicon),
              }),
            );
        }
      }
    }

    if (problems.length > 0 || lexicon === null) return yield* new CorpusInvalid({ problems });
    return { dir, name: basename(resolve(dir)), metas, articles, lexicon, lexiconFile, claims, warnings };
  });
