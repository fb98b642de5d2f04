/**
 * Resolving day references against an article's publication interval: weekdays ("Wednesday",
 * الأربعاء), today, yesterday. A weekday is the latest such day on or before each possible
 * publication day; when the candidates differ the result is an interval, never a guess.
 */
import { addDays, weekday, daysOf, dayInterval, type DayInterval, type IsoDay } from "../../domain/dates.js";

/** The single day of an interval, or null when it spans several. */
export const singleDay = (i: DayInterval | null): IsoDay | null => (i !== null && i.earliest === i.latest ? i.earliest : null);

/** Shifted intervals by interval and shift (few distinct keys in a corpus). */
const shifted = new Map<string, DayInterval>();

/** The interval `n` days later (earlier when negative). */
export const shift = (i: DayInterval, n: number): DayInterval => {
  const key = `${i.earliest}|${i.latest}|${n}`;
  let r = shifted.get(key);
  if (r === undefined) {
    if (shifted.size >= 10_000) shifted.clear();
    r = dayInterval(addDays(i.earliest, n), addDays(i.latest, n));
    shifted.set(key, r);
  }
  return r;
};

/** Resolved weekdays by weekday, publication interval and "last" (few distinct keys in a corpus). */
const resolved = new Map<string, DayInterval>();
const RESOLVED_LIMIT = 10_000;

/** The weekday `w` (0 = Sunday) named in a text published within `published`. */
export const resolveWeekday = (w: number, published: DayInterval, last: boolean): DayInterval => {
  // an article's interval is one object: its answers are kept on it, by weekday and "last"
  let mine = byInterval.get(published);
  if (mine === undefined) {
    mine = [];
    byInterval.set(published, mine);
  }
  const slot = w * 2 + (last ? 1 : 0);
  let r = mine[slot];
  if (r === undefined) {
    const key = `${w}|${published.earliest}|${published.latest}|${last ? 1 : 0}`;
    r = resolved.get(key);
    if (r === undefined) {
      if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
      r = resolveWeekdayOnce(w, published, last);
      resolved.set(key, r);
    }
    mine[slot] = r;
  }
  return r;
};

/** Resolved weekdays per publication interval object (slot: weekday × 2 + last). */
const byInterval = new WeakMap<DayInterval, (DayInterval | undefined)[]>();

const resolveWeekdayOnce = (w: number, published: DayInterval, last: boolean): DayInterval => {
  const days = daysOf(published.earliest <= published.latest ? published : dayInterval(published.latest, published.earliest)).slice(0, 31);
  // the earliest and latest hit, in one loop (ISO days order as strings)
  let lo = "";
  let hi = "";
  for (let i = 0; i < days.length; i++) {
    const p = days[i]!;
    let back = (weekday(p) - w + 7) % 7;
    if (back === 0 && last) back = 7;
    const hit = addDays(p, -back);
    if (i === 0 || hit < lo) lo = hit;
    if (i === 0 || hit > hi) hi = hit;
  }
  return dayInterval(lo as IsoDay, hi as IsoDay);
};
