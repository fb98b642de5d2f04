/**
 * Day arithmetic for timelines, through src/domain/dates.ts but on integers: a timeline steps
 * through the same few hundred days many times, so each ISO day is turned into its number of
 * days since an epoch once (a cache keyed by the ISO string), and each number back into its day
 * once; comparing and stepping days is then integer arithmetic.
 */
import { addDays, daysBetween, type IsoDay } from "../domain/dates.js";

const EPOCH: IsoDay = "1970-01-01";
const numberOf = new Map<IsoDay, number>();
const dayOf = new Map<number, IsoDay>();

/** Days from 1970-01-01 to `day`. */
export const dayNumber = (day: IsoDay): number => {
  let n = numberOf.get(day);
  if (n === undefined) {
    n = daysBetween(EPOCH, day);
    if (numberOf.size > 100_000) numberOf.clear();
    numberOf.set(day, n);
  }
  return n;
};

/** The day `n` days after 1970-01-01. */
export const dayAt = (n: number): IsoDay => {
  let d = dayOf.get(n);
  if (d === undefined) {
    d = addDays(EPOCH, n);
    if (dayOf.size > 100_000) dayOf.clear();
    dayOf.set(n, d);
  }
  return d;
};

/** The day `n` days after `day`. */
export const dayPlus = (day: IsoDay, n: number): IsoDay => (n === 0 ? day : dayAt(dayNumber(day) + n));

/** Whole days from `a` to `b`. */
export const dayGap = (a: IsoDay, b: IsoDay): number => dayNumber(b) - dayNumber(a);
