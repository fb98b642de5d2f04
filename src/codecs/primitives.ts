/** Small io-ts codecs shared by the file formats: ISO days, day intervals, nullable values, enums. */
import * as t from "io-ts";
import { isIsoDay } from "../domain/dates.js";

/** An ISO calendar day, YYYY-MM-DD, that exists. */
export const IsoDayC = new t.Type<string, string, unknown>(
  "IsoDay (YYYY-MM-DD)",
  (u): u is string => typeof u === "string" && isIsoDay(u),
  (u, c) => (typeof u === "string" && isIsoDay(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** A union of string literals from a list, named by its members in error messages. */
export const oneOf = <L extends string>(values: readonly L[], name?: string) =>
  new t.Type<L, L, unknown>(
    name ?? values.map((v) => JSON.stringify(v)).join(" | "),
    (u): u is L => typeof u === "string" && (values as readonly string[]).includes(u),
    (u, c) => (typeof u === "string" && (values as readonly string[]).includes(u) ? t.success(u as L) : t.failure(u, c)),
    t.identity,
  );

export const NonEmptyString = new t.Type<string, string, unknown>(
  "non-empty string",
  (u): u is string => typeof u === "string" && u.length > 0,
  (u, c) => (typeof u === "string" && u.trim().length > 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
);

export const DayIntervalC = t.type({ earliest: IsoDayC, latest: IsoDayC }, "DayInterval");

/** A finite number (JSON has no NaN, but a decoder must not let Infinity through from JS callers). */
export const FiniteNumber = new t.Type<number, number, unknown>(
  "finite number",
  (u): u is number => typeof u === "number" && Number.isFinite(u),
  (u, c) => (typeof u === "number" && Number.isFinite(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** A whole number ≥ 0 (offsets, counts). */
export const NonNegativeInt = new t.Type<number, number, unknown>(
  "whole number ≥ 0",
  (u): u is number => typeof u === "number" && Number.isInteger(u) && u >= 0,
  (u, c) => (typeof u === "number" && Number.isInteger(u) && u >= 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
);
