/**
 * Calendar days and intervals of days, the only time values the engine keeps.
 * A day is an ISO date string (`YYYY-MM-DD`); comparison of ISO dates is string comparison.
 * Arithmetic goes through date-fns in UTC so that results never depend on the machine's zone.
 */
// One module per function: importing the package root would load all of date-fns at start-up.
import { addDays as addDaysFns } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import { UTCDate } from "@date-fns/utc";

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** A span of days known only to lie between two bounds (inclusive); a known day has earliest = latest. */
export interface DayInterval {
  readonly earliest: IsoDay;
  readonly latest: IsoDay;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed, real calendar day such as 2024-11-30 (not 2024-02-30). */
export const isIsoDay = (s: string): boolean => {
  if (!ISO_DAY.test(s)) return false;
  const d = parseISO(s, { in: (v) => new UTCDate(v) });
  return !Number.isNaN(d.getTime()) && toIsoDay(d) === s;
};

const toIsoDay = (d: Date): IsoDay => formatISO(new UTCDate(d), { representation: "date" });

/** The day `n` days after `day` (n may be negative). */
export const addDays = (day: IsoDay, n: number): IsoDay =>
  toIsoDay(addDaysFns(new UTCDate(day + "T00:00:00Z"), n));

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: IsoDay, b: IsoDay): number =>
  differenceInCalendarDays(new UTCDate(b + "T00:00:00Z"), new UTCDate(a + "T00:00:00Z"));

/** Day of the week of a day, 0 = Sunday … 6 = Saturday. */
export const weekday = (day: IsoDay): number => new UTCDate(day + "T00:00:00Z").getUTCDay();

export const minDay = (a: IsoDay, b: IsoDay): IsoDay => (a <= b ? a : b);
export const maxDay = (a: IsoDay, b: IsoDay): IsoDay => (a >= b ? a : b);

export const dayInterval = (earliest: IsoDay, latest: IsoDay = earliest): DayInterval => ({ earliest, latest });

/** Every day of an interval, in order. */
export const daysOf = (i: DayInterval): IsoDay[] => {
  const out: IsoDay[] = [];
  for (let d = i.earliest; d <= i.latest; d = addDays(d, 1)) out.push(d);
  return out;
};

export const intervalsOverlap = (a: DayInterval, b: DayInterval): boolean =>
  a.earliest <= b.latest && b.earliest <= a.latest;
