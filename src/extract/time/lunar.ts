/**
 * Dates of the Hijri calendar as Gregorian days: notices of pilgrimage agencies, mosques and
 * Gulf outlets date by it ("فجر الأربعاء 25 جمادى الأولى", "5 جمادى الآخرة 1446هـ"). The Umm
 * al-Qura reckoning comes from the platform's calendar data (Intl); where it has none, no lunar
 * date is read.
 */
import { addDays, type IsoDay } from "../../domain/dates.js";

/** Month numbers of lunar months in a grammar's month table are this much above their own (101 = Muharram). */
export const LUNAR_MONTH = 100;

const calendar = (() => {
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });
    return f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch {
    return null;
  }
})();

interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The lunar date of a Gregorian day. */
const lunarOf = (f: Intl.DateTimeFormat, day: IsoDay): LunarDate => {
  let year = 0;
  let month = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(day + "T00:00:00Z"))) {
    if (p.type === "year") year = Number.parseInt(p.value, 10);
    else if (p.type === "month") month = Number.parseInt(p.value, 10);
    else if (p.type === "day") d = Number.parseInt(p.value, 10);
  }
  return { year, month, day: d };
};

/** Days in a lunar month, on average: an estimate lands within a day or two of the date sought. */
const MONTH_DAYS = 29.53;
/** How far from its estimate a lunar date is looked for. */
const SEARCH_DAYS = 3;

/** Converted dates by their terms (a corpus names few). */
const converted = new Map<string, IsoDay | null>();
const CONVERTED_LIMIT = 10_000;

/**
 * The Gregorian day of day `d` of lunar month `month` (1–12) of lunar year `year`, or, with no
 * year, of the latest such date no later than `reach` days after `before`; null where the
 * platform has no such calendar or the date does not exist.
 */
export const lunarDay = (month: number, d: number, year: number | null, before: IsoDay, reach: number): IsoDay | null => {
  const f = calendar;
  if (f === null || month < 1 || month > 12 || d < 1 || d > 30) return null;
  const key = `${month}|${d}|${year}|${before}|${reach}`;
  const known = converted.get(key);
  if (known !== undefined) return known;
  const ref = lunarOf(f, before);
  const find = (y: number): IsoDay | null => {
    const months = (y - ref.year) * 12 + (month - ref.month);
    const guess = addDays(before, Math.round(months * MONTH_DAYS + (d - ref.day)));
    for (let k = 0; k <= SEARCH_DAYS; k++) {
      for (const day of k === 0 ? [guess] : [addDays(guess, -k), addDays(guess, k)]) {
        const l = lunarOf(f, day);
        if (l.year === y && l.month === month && l.day === d) return day;
      }
    }
    return null;
  };
  let day = find(year ?? ref.year);
  // (with no year, a date more than a few weeks ahead is last year's)
  if (year === null && day !== null && day > addDays(before, reach)) day = find(ref.year - 1);
  if (converted.size >= CONVERTED_LIMIT) converted.clear();
  converted.set(key, day);
  return day;
};
