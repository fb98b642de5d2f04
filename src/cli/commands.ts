/**
 * The commands of `recon`, each an Effect over the shell: validate, extract, reconcile, trace and
 * report. Their options and help texts are declared in cli/main.ts.
 */
import * as Effect from "effect/Effect";
import { join } from "node:path";
import type { ReviewedClaim } from "../domain/claim.js";
import { extractAll, runPipeline } from "../pipeline.js";
import { mergeExtraction } from "../review/merge.js";
import {
  renderClaimReview,
  renderClaimsCsv,
  renderClaimsTable,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderProv,
  renderSummary,
  renderTimelineCsv,
} from "../report/index.js";
import type { ReportContext } from "../report/context.js";
import { renderTrace, trace } from "../trace/index.js";
import { claimsPath, loadCorpus, type LoadedCorpus } from "../shell/corpus.js";
import { CorpusInvalid, UsageFailure, type ShellError } from "../shell/errors.js";
import { StreamFailure, writeAtomic, writeAtomicStream } from "../shell/files.js";
import { ParallelExtractionError, claimsOfCorpusParallel } from "../shell/parallel/index.js";
import { availableParallelism } from "node:os";
import { emit, printErr, printWarnings, progress, stdoutIsTerminal } from "../shell/output.js";
import type { Claim } from "../domain/claim.js";

export const EXTRACT_FORMATS = ["jsonl", "json", "table", "csv"] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];
export const RECONCILE_FORMATS = ["json", "md", "html", "csv", "prov", "claimreview", "summary"] as const;
export type ReconcileFormat = (typeof RECONCILE_FORMATS)[number];

const load = (corpus: string, claims: boolean, lexicon: string | null, texts = true) =>
  Effect.tap(loadCorpus(corpus, { claims, lexiconFile: lexicon ?? undefined, texts }), (c) => printWarnings(c.warnings));

/** A corpus this large is extracted on every core, its claims streamed out as articles complete. */
export const PARALLEL_FROM_ARTICLES = 100;

const problemOfParallel = (dir: string, e: ParallelExtractionError): CorpusInvalid => {
  const m = /^(.*?): (.*)$/.exec(e.reason);
  return new CorpusInvalid({ problems: [m && e.article ? { file: m[1]!, path: "", reason: m[2]! } : { file: dir, path: e.article ?? "", reason: e.reason }] });
};

/**
 * Streams the claims of a large corpus as JSON Lines, extracted on `threads` worker threads; the
 * texts are read by the workers one at a time, so memory does not grow with the corpus.
 */
const streamExtraction = (c: LoadedCorpus, threads: number, output: string | null): Effect.Effect<void, ShellError> => {
  async function* lines(): AsyncGenerator<string> {
    try {
      const bar = progress("extracting", c.metas.length);
      let done = 0;
      let batch = "";
      for await (const claim of claimsOfCorpusParallel(c.dir, c.metas, c.lexiconFile, { threads })) {
        batch += JSON.stringify(claim) + "\n";
        if (batch.length > 1 << 16) {
          yield batch;
          batch = "";
        }
        bar.step(++done > c.metas.length ? c.metas.length : done);
      }
      if (batch) yield batch;
    } catch (e) {
      throw new StreamFailure(e);
    }
  }
  const toShellError = (e: unknown): ShellError =>
    e instanceof ParallelExtractionError ? problemOfParallel(c.dir, e) : new CorpusInvalid({ problems: [{ file: c.dir, path: "", reason: String(e) }] });
  if (output !== null) return writeAtomicStream(output, lines(), toShellError);
  return Effect.tryPromise({
    try: async () => {
      for await (const piece of lines()) if (!process.stdout.write(piece)) await new Promise((r) => process.stdout.once("drain", r));
    },
    catch: (e) => toShellError(e instanceof StreamFailure ? e.cause : e),
  });
};

export const validateCommand = (corpus: string, lexicon: string | null): Effect.Effect<void, ShellError> =>
  Effect.gen(function* () {
    const c = yield* load(corpus, true, lexicon);
    const n = c.claims?.claims.length ?? 0;
    yield* printErr(
      `${c.dir}: valid: ${c.articles.length} articles, lexicon ${c.lexicon.lexicon.name} (${c.lexicon.lexicon.subjects.length} subjects, ${c.lexicon.lexicon.sources.length} sources, ${c.lexicon.lexicon.places.length} places), ${c.claims ? `${n} reviewed claims` : "no claims.json"}${c.warnings.length ? `, ${c.warnings.length} warnings` : ""}`,
    );
  });

const extractCorpus = (c: LoadedCorpus): Claim[] => {
  const bar = progress("extracting", c.articles.length);
  const out: Claim[] = [];
  c.articles.forEach((a, i) => {
    // one by one: spreading a very long article's claims into push would overflow the stack
    for (const claim of extractAll([a], c.lexicon)) out.push(claim);
    bar.step(i + 1);
  });
  return out;
};

const claimsFileText = (claims: readonly unknown[]): string => JSON.stringify({ version: 1, claims }, null, 2) + "\n";

export const extractCommand = (opts: {
  corpus: string;
  format: ExtractFormat | null;
  write: boolean;
  output: string | null;
  lexicon: string | null;
  /** Worker threads; null: every core for a large corpus, one otherwise. */
  threads?: number | null;
}): Effect.Effect<void, ShellError> =>
  Effect.gen(function* () {
    const streaming = !opts.write && (opts.format === "jsonl" || (opts.format === null && (opts.output !== null || !stdoutIsTerminal())));
    if (streaming) {
      const metas = yield* load(opts.corpus, false, opts.lexicon, false);
      const threads = opts.threads ?? (metas.metas.length >= PARALLEL_FROM_ARTICLES ? availableParallelism() : 1);
      if (threads > 1) return yield* streamExtraction(metas, threads, opts.output);
    }
    // --write needs a claims.json that parses: a broken one is reported, never overwritten.
    const c = yield* load(opts.corpus, opts.write, opts.lexicon);
    const claims = extractCorpus(c);
    if (opts.write) {
      const existing = c.claims;
      const merged = mergeExtraction(
        existing?.claims ?? [],
        claims,
        c.articles.map((a) => a.meta.id),
      );
      // reviewed claims go back exactly as they were read
      const rawById = new Map<string, unknown>();
      existing?.claims.forEach((cl, i) => rawById.set(cl.id, existing.raw[i]));
      const out = merged.claims.map((cl: ReviewedClaim) => (cl.review != null ? (rawById.get(cl.id) ?? cl) : cl));
      const file = claimsPath(c.dir);
      yield* writeAtomic(file, claimsFileText(out));
      yield* printErr(`${file}: ${merged.claims.length} claims (${merged.kept} kept, ${merged.updated} updated, ${merged.added} new, ${merged.dropped} dropped)`);
      if (opts.format === null && opts.output === null) return;
    }
    const format: ExtractFormat = opts.format ?? (opts.output === null && stdoutIsTerminal() ? "table" : "jsonl");
    const text =
      format === "jsonl"
        ? claims.map((cl) => JSON.stringify(cl) + "\n").join("")
        : format === "json"
          ? JSON.stringify(claims, null, 2) + "\n"
          : format === "csv"
            ? renderClaimsCsv(claims)
            : renderClaimsTable(claims);
    yield* emit(text, opts.output);
  });

const contextOf = (c: LoadedCorpus): ReportContext => {
  const { claims, reconciliation } = runPipeline(c.name, c.articles, c.claims?.claims ?? null, c.lexicon);
  return {
    reconciliation,
    claims,
    articles: c.articles.map((a) => a.meta),
    lexicon: c.lexicon,
    generatedAt: new Date().toISOString(),
  };
};

const renderAs = (format: ReconcileFormat, ctx: ReportContext): string => {
  switch (format) {
    case "json":
      return renderJson(ctx);
    case "md":
      return renderMarkdown(ctx);
    case "html":
      return renderHtml(ctx);
    case "csv":
      return renderTimelineCsv(ctx);
    case "prov":
      return renderProv(ctx);
    case "claimreview":
      return renderClaimReview(ctx);
    case "summary":
      return renderSummary(ctx);
  }
};

export const reconcileCommand = (opts: {
  corpus: string;
  format: ReconcileFormat | null;
  output: string | null;
  lexicon: string | null;
}): Effect.Effect<void, ShellError> =>
  Effect.gen(function* () {
    const c = yield* load(opts.corpus, true, opts.lexicon);
    const ctx = contextOf(c);
    const format: ReconcileFormat = opts.format ?? (opts.output === null && stdoutIsTerminal() ? "summary" : "json");
    yield* emit(renderAs(format, ctx), opts.output);
  });

export const traceCommand = (opts: { corpus: string; id: string; lexicon: string | null }): Effect.Effect<void, ShellError> =>
  Effect.gen(function* () {
    const c = yield* load(opts.corpus, true, opts.lexicon);
    const ctx = contextOf(c);
    const found = trace({ corpus: c.name, articles: ctx.articles, claims: ctx.claims, lexicon: c.lexicon }, ctx.reconciliation, opts.id);
    if (found.kind === "missing")
      return yield* new UsageFailure({
        message: `${opts.id}: ${found.reason} in ${c.dir} (claim ids look like "article#3", timeline point ids like "killed/all/aleppo-and-idlib/2024-11-27@2024-11-30")`,
      });
    yield* emit(renderTrace(found), null);
  });

/** Writes the Markdown and HTML reports (and the JSON) of a corpus into a folder; prints the summary. */
export const reportCommand = (opts: { corpus: string; out: string; lexicon: string | null }): Effect.Effect<void, ShellError> =>
  Effect.gen(function* () {
    const c = yield* load(opts.corpus, true, opts.lexicon);
    const ctx = contextOf(c);
    const files = [
      [join(opts.out, "report.html"), renderHtml(ctx)],
      [join(opts.out, "report.md"), renderMarkdown(ctx)],
      [join(opts.out, "reconciliation.json"), renderJson(ctx)],
    ] as const;
    for (const [file, text] of files) yield* writeAtomic(file, text);
    yield* emit(renderSummary(ctx), null);
    yield* emit(`\nReports written to ${opts.out}/ (report.html, report.md, reconciliation.json)\n`, null);
  });

export { CorpusInvalid };
