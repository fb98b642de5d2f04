/**
 * Entry point of the `recon` command line: declares the commands with effect/cli, runs them on
 * Node, prints errors as "file: place: reason" lines and sets the documented exit code.
 */
// Modules by path, not the packages' index files, which would load every module at start-up.
import * as NodeRuntime from "@effect/platform-node/NodeRuntime";
import * as NodeServices from "@effect/platform-node/NodeServices";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import * as Argument from "effect/cli/Argument";
import * as CliError from "effect/cli/CliError";
import * as Command from "effect/cli/Command";
import * as Flag from "effect/cli/Flag";
import { readFileSync } from "node:fs";
import { exitCodeOf, messageOf, type ShellError } from "../shell/errors.js";
import { tuneHeap } from "../shell/heap.js";
import {
  EXTRACT_FORMATS,
  PARALLEL_FROM_ARTICLES,
  RECONCILE_FORMATS,
  extractCommand,
  reconcileCommand,
  reportCommand,
  traceCommand,
  validateCommand,
} from "./commands.js";

tuneHeap();

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const corpusArg = Argument.String("corpus").pipe(Argument.withDescription("the corpus folder (articles.json, articles/, lexicon.json, claims.json)"));
const lexiconFlag = Flag.String("lexicon").pipe(
  Flag.withDescription("use this lexicon file instead of the corpus's lexicon.json"),
  Flag.optional,
);
const outputFlag = Flag.String("output").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("write to this file (atomically: whole or not at all) instead of standard output"),
  Flag.optional,
);
const orNull = <A>(o: Option.Option<A>): A | null => Option.getOrNull(o);

/** Runs a command's effect: typed errors become messages on stderr and an exit code. */
const handle = (effect: Effect.Effect<void, ShellError>): Effect.Effect<void> =>
  effect.pipe(
    Effect.catch((e: ShellError) =>
      Effect.sync(() => {
        for (const line of messageOf(e)) process.stderr.write(`error: ${line}\n`);
        if (e._tag === "CorpusInvalid") process.stderr.write(`${e.problems.length} problem${e.problems.length === 1 ? "" : "s"} found\n`);
        process.exitCode = exitCodeOf(e);
      }),
    ),
  );

const validate = Command.make("validate", { corpus: corpusArg, lexicon: lexiconFlag }, (o) =>
  handle(validateCommand(o.corpus, orNull(o.lexicon))),
).pipe(
  Command.withDescription(
    "Check a corpus: the manifest, the texts (present, UTF-8), the lexicon (unique ids, existing parents, no cycles, no alias of two ids) and claims.json (codec, then references). Exit 0 when clean, 1 with one line per problem.",
  ),
);

const extract = Command.make(
  "extract",
  {
    corpus: corpusArg,
    format: Flag.Literals("format", EXTRACT_FORMATS).pipe(
      Flag.withDescription("jsonl (one claim per line), json, csv, or table; default: table on a terminal, else jsonl"),
      Flag.optional,
    ),
    write: Flag.Boolean("write").pipe(
      Flag.withDescription("merge the claims into the corpus's claims.json, keeping every reviewed claim as it is"),
      Flag.withDefault(false),
    ),
    output: outputFlag,
    lexicon: lexiconFlag,
    threads: Flag.Int("threads").pipe(
      Flag.withDescription(`worker threads for JSON Lines output (default: every core from ${PARALLEL_FROM_ARTICLES} articles on, else 1); the output is the same for any number`),
      Flag.optional,
    ),
  },
  (o) =>
    handle(
      extractCommand({
        corpus: o.corpus,
        format: orNull(o.format),
        write: o.write,
        output: orNull(o.output),
        lexicon: orNull(o.lexicon),
        threads: orNull(o.threads),
      }),
    ),
).pipe(Command.withDescription("Turn every article of a corpus into sourced claims."));

const reconcile = Command.make(
  "reconcile",
  {
    corpus: corpusArg,
    format: Flag.Literals("format", RECONCILE_FORMATS).pipe(
      Flag.withDescription("json, md, html, csv (timeline), prov (PROV-JSON), claimreview (JSON-LD), summary; default: summary on a terminal, else json"),
      Flag.optional,
    ),
    output: outputFlag,
    lexicon: lexiconFlag,
  },
  (o) => handle(reconcileCommand({ corpus: o.corpus, format: orNull(o.format), output: orNull(o.output), lexicon: orNull(o.lexicon) })),
).pipe(
  Command.withDescription(
    "Group the corpus's claims (reviewed ones from claims.json, extracted ones for other articles), find and explain contradictions, and estimate the timeline.",
  ),
);

const trace = Command.make(
  "trace",
  {
    corpus: corpusArg,
    id: Argument.String("id").pipe(Argument.withDescription("a claim id (article#3) or a timeline point id (group@date)")),
    lexicon: lexiconFlag,
  },
  (o) => handle(traceCommand({ corpus: o.corpus, id: o.id, lexicon: orNull(o.lexicon) })),
).pipe(Command.withDescription("Print the provenance chain of a claim or a timeline point: numbers, sources, quotes, articles, relays."));

const report = Command.make(
  "report",
  {
    corpus: corpusArg,
    out: Flag.String("out").pipe(Flag.withDescription("the folder to write report.html, report.md and reconciliation.json into"), Flag.withDefault("out/report")),
    lexicon: lexiconFlag,
  },
  (o) => handle(reportCommand({ corpus: o.corpus, out: o.out, lexicon: orNull(o.lexicon) })),
).pipe(Command.withDescription("Write the HTML and Markdown reports of a corpus into a folder and print the summary."));

const recon = Command.make("recon").pipe(
  Command.withDescription("recon: reconcile conflicting tallies from news articles into sourced claims, contradictions and a best-estimate timeline."),
  Command.withSubcommands([validate, extract, reconcile, trace, report]),
);

const program = Command.run(recon, { version }).pipe(
  // A bad argument has been printed by the parser as one line with the help: no stack trace.
  Effect.catchIf(CliError.isCliError, () => Effect.sync(() => void (process.exitCode = 2))),
  // A bug is reported on stderr as one line (never into the output on stdout), exit code 4.
  Effect.catchDefect((defect) =>
    Effect.sync(() => {
      const message = defect instanceof Error ? `${defect.name}: ${defect.message}` : String(defect);
      process.stderr.write(`error: internal error, please report it: ${message}\n`);
      process.exitCode = 4;
    }),
  ),
  Effect.provide(NodeServices.layer),
);

NodeRuntime.runMain(program, { disableErrorReporting: true });
