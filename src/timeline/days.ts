/**
 * Day arithmetic for timelines, through src/domain/dates.ts but remembered: a timeline steps
 * through the same few hundred days many times, so each answer is computed once.
 */
import { addDays, daysBetween, type IsoDay } from "../domain/dates.js";

const next = new Map<string, IsoDay>();
const between = new Map<string, number>();

/** The day `n` days after `day`. */
export const dayPlus = (day: IsoDay, n: number): IsoDay => {
  const k = `${day}|${n}`;
  let d = next.get(k);
  if (d === undefined) {
    d = addDays(day, n);
    if (next.size > 100_000) next.clear();
    next.set(k, d);
  }
  return d;
};

/** Whole days from `a` to `b`. */
export const dayGap = (a: IsoDay, b: IsoDay): number => {
  const k = `${a}|${b}`;
  let n = between.get(k);
  if (n === undefined) {
    n = daysBetween(a, b);
    if (between.size > 100_000) between.clear();
    between.set(k, n);
  }
  return n;
};
