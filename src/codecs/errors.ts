/**
 * Turns io-ts decode errors into "file: path: reason" lines a person can act on, e.g.
 * `articles.json: [0].file: expected string, got undefined (missing)`.
 */
import type * as t from "io-ts";

/** A problem found in a file, at a JSON path or line. */
export interface FileProblem {
  readonly file: string;
  /** JSON path such as `[2].published.earliest`, or `line 14`, or "" for the whole file. */
  readonly path: string;
  readonly reason: string;
}

export const formatProblem = (p: FileProblem): string =>
  p.path === "" ? `${p.file}: ${p.reason}` : `${p.file}: ${p.path}: ${p.reason}`;

const describe = (u: unknown): string => {
  if (u === undefined) return "undefined (missing)";
  if (u === null) return "null";
  if (Array.isArray(u)) return "an array";
  if (typeof u === "object") return "an object";
  const s = JSON.stringify(u);
  return s.length > 60 ? `${typeof u} ${s.slice(0, 57)}…` : `${typeof u} ${s}`;
};

const pathOf = (context: t.Context): string => {
  let out = "";
  // context[0] is the root codec; each next entry is a key into the value above it.
  for (let i = 1; i < context.length; i++) {
    const entry = context[i]!;
    const parentType = context[i - 1]!.type as t.Any & { _tag?: string };
    if (parentType._tag === "UnionType" || parentType._tag === "IntersectionType" || parentType._tag === "RefinementType") {
      // union members are keyed by their index among the alternatives, not by data keys
      continue;
    }
    out += /^\d+$/.test(entry.key) ? `[${entry.key}]` : out === "" ? entry.key : `.${entry.key}`;
  }
  return out;
};

/**
 * One problem per failing path (a union reports the first alternative's failure only, so that the
 * message says what was expected rather than listing every alternative).
 */
export const decodeProblems = (file: string, errors: t.Errors): FileProblem[] => {
  const seen = new Map<string, FileProblem>();
  for (const e of errors) {
    const path = pathOf(e.context);
    if (seen.has(path)) continue;
    const last = e.context[e.context.length - 1];
    const prev = e.context[e.context.length - 2]?.type as (t.Any & { _tag?: string }) | undefined;
    const typeName = prev?._tag === "UnionType" ? prev.name : (last?.type.name ?? "a value");
    const expected = e.message ?? `expected ${typeName}, got ${describe(e.value)}`;
    seen.set(path, { file, path, reason: expected });
  }
  return [...seen.values()];
};
