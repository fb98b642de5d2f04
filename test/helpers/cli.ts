/** Test helper: runs the built `recon` command in a child process and makes scratch corpora. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_CORPUS } from "./corpus.js";

export const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "recon.js");

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `recon …args` with CI set (no progress output) and returns its exit code and output. */
export const recon = (args: readonly string[], options: { cwd?: string; timeout?: number } = {}): RunResult => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
    env: { ...process.env, CI: "true", TZ: "UTC" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A scratch copy of the demo corpus that a test may break. */
export const scratchCorpus = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "recon-corpus-"));
  cpSync(DEMO_CORPUS, dir, { recursive: true });
  return dir;
};

/** A one-article corpus with the demo lexicon and the given text (bytes or string). */
export const singleArticleCorpus = (text: string | Uint8Array, language = "en"): string => {
  const dir = mkdtempSync(join(tmpdir(), "recon-one-"));
  cpSync(join(DEMO_CORPUS, "lexicon.json"), join(dir, "lexicon.json"));
  cpSync(join(DEMO_CORPUS, "articles"), join(dir, "articles"), { recursive: true, filter: (src) => !src.endsWith(".txt") });
  writeFileSync(join(dir, "articles", "one.txt"), text);
  writeFileSync(
    join(dir, "articles.json"),
    JSON.stringify([
      {
        id: "one",
        file: "articles/one.txt",
        outlet: "Example News",
        url: null,
        language,
        published: { earliest: "2024-11-29", latest: "2024-11-29" },
        publishedBasis: "test",
      },
    ]),
  );
  return dir;
};
