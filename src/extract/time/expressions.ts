/**
 * Time expressions in a sentence and what they mean for a count: "since Wednesday" (a running
 * total from that day), "on Thursday" / "يوم الأربعاء" (that day only), "overnight", "in the past
 * 24 hours", "in five days", "today", "yesterday", and the days of the offensive (the lexicon
 * event). Days are resolved against the publication interval; the statement day, once known,
 * anchors relative windows.
 */
import { dayInterval, isIsoDay, type DayInterval } from "../../domain/dates.js";
import type { TimeWord } from "../grammar.js";
import type { CompiledGrammar } from "../numerals/compiled.js";
import type { PhraseMatch } from "../text/phrases.js";
import { digitsEnd, numberAt } from "../numerals/numbers.js";
import type { LexiconPhrases } from "../lexicon-phrases.js";
import { tokenize, type Token } from "../text/tokens.js";
import { resolveWeekday, shift } from "./days.js";
import { weekdayOf } from "./weekdays.js";
import { LUNAR_MONTH, lunarDay } from "./lunar.js";
import { F_FILLER, F_HISTORICAL, F_MONTH, F_RANGE_START, F_SCALE, F_TIME_HEAD, F_TIME_UNIT, F_TIME_WORD, F_WEEKDAY } from "../token-flag-bits.js";

export type TimeKind =
  /** "since Wednesday", with the day the count stood at when a span closes it ("… until Sunday evening"). */
  | { readonly kind: "since-day"; readonly day: DayInterval; readonly until?: DayInterval }
  | { readonly kind: "on-day"; readonly day: DayInterval }
  /** Relative to the statement day: the n days ending on it (overnight and 24 hours: 2 days). */
  | { readonly kind: "last-days"; readonly days: number }
  /** "between 27 November and 4 December": a window with both ends. */
  | { readonly kind: "between-days"; readonly start: DayInterval; readonly end: DayInterval }
  | { readonly kind: "offensive" }
  /** "as of 5 December": the day the count stood at (its statement day), not a window. */
  | { readonly kind: "as-of"; readonly day: DayInterval }
  | { readonly kind: "historical" }
  /** "during this period", "خلال الفترة نفسها": the span a sentence before named (resolved by the reader of counts). */
  | { readonly kind: "same-period" };

export type TimeExpr = TimeKind & { readonly from: number; readonly to: number };

const weekdayAt = (g: CompiledGrammar, tokens: readonly Token[], i: number): number | undefined => weekdayOf(g, tokens[i]);

/** Whether an ISO day string is a real calendar day (kept: a corpus names few distinct days). */
const realDays = new Map<string, boolean>();
const realDay = (day: string): boolean => {
  let r = realDays.get(day);
  if (r === undefined) {
    if (realDays.size >= 10_000) realDays.clear();
    r = isIsoDay(day);
    realDays.set(day, r);
  }
  return r;
};

/** The day of a month a token gives (one or two digits), if any. */
const dayNum = (t: Token | undefined): number | undefined => (t && t.kind === "number" && /^\d{1,2}$/.test(t.text) ? Number(t.text) : undefined);

/** The ISO day of a year, month and day of the month. */
const isoDay = (yy: number, month: number | undefined, d: number | undefined): string => `${yy}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** How many days after its publication a date without a year may lie and still be this year's (a deadline, an appointment). */
const FUTURE_REACH = 45;

/** A written date at `i`: "27 November", "4 ديسمبر", "December 5", with an optional year. */
export const dateAt = (g: CompiledGrammar, tokens: readonly Token[], i: number, published: DayInterval): { day: DayInterval; to: number } | undefined => {
  let d = dayNum(tokens[i]);
  let month: number | undefined;
  let to = i;
  if (d !== undefined) {
    const of = tokens[i + 1] && (tokens[i + 1]!.text === "من" || tokens[i + 1]!.text === "of") ? 1 : 0;
    const m = g.months.matchAt(tokens, i + 1 + of);
    if (!m) return undefined;
    month = m.value;
    to = m.to;
  } else {
    const m = g.months.matchAt(tokens, i);
    if (!m) return undefined;
    // "Nov. 27": the abbreviation's full stop
    const at = tokens[m.to]?.text === "." && g.abbreviations.has(tokens[m.to - 1]!.text) ? m.to + 1 : m.to;
    d = dayNum(tokens[at]);
    if (d === undefined) return undefined;
    month = m.value;
    to = at + 1;
  }
  // the month's other name, in parentheses or after a slash: "كانون الأول (ديسمبر)", "كانون الأول/ديسمبر"
  if (tokens[to]?.text === "(" && g.months.matchAt(tokens, to + 1)) {
    const close = g.months.matchAt(tokens, to + 1)!.to;
    if (tokens[close]?.text === ")") to = close + 1;
  } else if (tokens[to]?.text === "/") to = g.months.matchAt(tokens, to + 1)?.to ?? to;
  // a Hijri date ("25 جمادى الأولى", "5 جمادى الآخرة 1446هـ"): its Gregorian day
  if (month > LUNAR_MONTH) {
    const ly = tokens[to];
    const lunarYear = ly !== undefined && ly.kind === "number" && /^1[34]\d\d$/.test(ly.text) ? Number(ly.text) : null;
    if (lunarYear !== null) to++;
    // (the era's mark after the year: "1446هـ", "1446 هـ", "AH")
    if (lunarYear !== null && tokens[to] !== undefined && g.lunarEra.has(tokens[to]!.text)) to++;
    const day = lunarDay(month - LUNAR_MONTH, d!, lunarYear, published.latest, FUTURE_REACH);
    return day === null ? undefined : { day: dayInterval(day), to };
  }
  let year = Number(published.latest.slice(0, 4));
  const y = tokens[to];
  if (y && y.kind === "number" && /^(19|20)\d\d$/.test(y.text)) {
    year = Number(y.text);
    to++;
  }
  let day = isoDay(year, month, d);
  if (!realDay(day)) return undefined;
  // (a day after the publication is last year's, unless it is a few weeks ahead: a deadline or an
  // appointment, "حتى 20 كانون الأول" in a notice of 2 December)
  if (day > published.latest && !(y && y.kind === "number") && day > shift(published, FUTURE_REACH).latest) day = isoDay(year - 1, month, d);
  return { day: dayInterval(day), to };
};

/** A day reference at `i` (after optional fillers): a weekday, today, yesterday or a date. */
const dayRefAt = (g: CompiledGrammar, tokens: readonly Token[], i: number, published: DayInterval, flags: Int32Array | undefined): { day: DayInterval; to: number } | undefined => {
  let j = i;
  while (j < i + 3 && tokens[j] && g.dayFillers.has(tokens[j]!.text) && weekdayAt(g, tokens, j) === undefined) j++;
  // no date, weekday or time word can start here
  if (flags !== undefined && tokens[j]?.kind !== "number" && ((flags[j] ?? 0) & (F_MONTH | F_WEEKDAY | F_TIME_WORD)) === 0) return undefined;
  const date = dateAt(g, tokens, j, published);
  if (date) return date;
  const w = weekdayAt(g, tokens, j);
  if (w !== undefined) {
    let to = j + 1;
    let last = false;
    if (tokens[to] && g.lastWords.has(tokens[to]!.text)) {
      last = true;
      to++;
    }
    if (j > 0 && g.lastWords.has(tokens[j - 1]!.text)) last = true;
    // ("الأربعاء 27 تشرين الثاني", "Wednesday, November 27": the date that follows says which one)
    const dated = dateAt(g, tokens, tokens[to]?.text === "," || tokens[to]?.text === "،" ? to + 1 : to, published);
    if (dated !== undefined) return dated;
    return { day: resolveWeekday(w, published, last), to };
  }
  const tw = may(flags, j, F_TIME_WORD) ? g.timeWords.matchAt(tokens, j) : undefined;
  if (tw && tw.value === "today") {
    const after = weekdayAt(g, tokens, tw.to);
    return { day: published, to: after !== undefined ? tw.to + 1 : tw.to };
  }
  if (tw && (tw.value === "yesterday" || tw.value === "previous-day")) return { day: shift(published, -1), to: tw.to };
  if (tw && tw.value === "day-before-yesterday") return { day: shift(published, -2), to: tw.to };
  return undefined;
};

/** Whether a phrase set with mask bit `bit` may start at token `k` (always, without masks). */
const may = (flags: Int32Array | undefined, k: number, bit: number): boolean => flags === undefined || ((flags[k] ?? 0) & bit) !== 0;

/** What every step of the scan reads: the grammar, the lexicon's phrases, the tokens, the publication days and the masks. */
interface Scan {
  readonly g: CompiledGrammar;
  readonly lx: LexiconPhrases;
  readonly tokens: readonly Token[];
  readonly published: DayInterval;
  readonly flags: Int32Array | undefined;
  readonly out: TimeExpr[];
}

/**
 * All time expressions of the token range [from, to), left to right (`flags`: the tokens' masks, to skip where none starts).
 * The scan is a short loop calling small steps, each returning where the scan goes on (or -1 when it does not apply), so
 * that each is compiled on its own and soon.
 */
export const timeExpressions = (
  g: CompiledGrammar,
  lx: LexiconPhrases,
  tokens: readonly Token[],
  from: number,
  to: number,
  published: DayInterval,
  flags?: Int32Array,
): TimeExpr[] => {
  const out: TimeExpr[] = [];
  const sc: Scan = { g, lx, tokens, published, flags, out };
  for (let i = from; i < to; ) {
    if (flags !== undefined) {
      // nothing that opens a time expression starts here (nor a unit word right after a word)
      const t = tokens[i]!;
      const head = (flags[i]! & F_TIME_HEAD) !== 0;
      // ("from" or "من" before a day: a span of days may open here)
      const opensSpan = t.kind === "word" && (tokens[i + 1]?.kind === "number" || ((flags[i + 1] ?? 0) & (F_MONTH | F_WEEKDAY | F_FILLER)) !== 0) && g.rangeFrom.has(t.text);
      if (t.kind !== "number" && !head && !opensSpan && !(t.kind === "word" && ((flags[i + 1] ?? 0) & F_TIME_UNIT) !== 0)) {
        i++;
        continue;
      }
      // a day filler alone ("on", "يوم"): only a day reference after it may start here
      if (t.kind === "word" && (flags[i]! & (F_TIME_HEAD & ~F_FILLER)) === 0 && !opensSpan && ((flags[i + 1] ?? 0) & F_TIME_UNIT) === 0) {
        i = onDayAt(sc, i);
        continue;
      }
      // a number with no month or time word in the two tokens after it is only a number: skip it
      if (t.kind === "number" && !head && ((flags[i + 1] ?? 0) & (F_MONTH | F_TIME_UNIT)) === 0 && ((flags[i + 2] ?? 0) & (F_MONTH | F_TIME_UNIT)) === 0) {
        i = Math.max(i + 1, digitsEnd(tokens, i, flags, F_SCALE));
        continue;
      }
    }
    i = expressionAt(sc, i);
  }
  return out;
};

/** A day reference at `i` ("on Thursday", "يوم الأربعاء"): after it, else the next token. */
const onDayAt = (sc: Scan, i: number): number => {
  const d = dayRefAt(sc.g, sc.tokens, i, sc.published, sc.flags);
  if (!d) return i + 1;
  sc.out.push({ kind: "on-day", day: d.day, from: i, to: d.to });
  return d.to;
};

/** The time expression starting at `i`, if any, pushed; where the scan goes on. */
const expressionAt = (sc: Scan, i: number): number => {
  const { g, tokens, published, flags, out } = sc;
  const hist = may(flags, i, F_HISTORICAL) ? g.historical.matchAt(tokens, i) : undefined;
  if (hist) {
    out.push({ kind: "historical", from: i, to: hist.to });
    return hist.to;
  }
  const range = may(flags, i, F_RANGE_START) ? g.rangeStart.matchAt(tokens, i) : undefined;
  const from = range === undefined && tokens[i] !== undefined && g.rangeFrom.has(tokens[i]!.text);
  if (from) {
    // "من فجر 27 تشرين الثاني إلى مساء الأحد", "from November 27 to Sunday evening": since the first day, as of the second
    const d = dayRefAt(g, tokens, i + 1, published, flags);
    const until = d !== undefined ? untilAt(sc, d.to) : undefined;
    // (not a weekly schedule whose last day comes before its first: "تُبث الحلقة من الأحد إلى الخميس")
    if (d !== undefined && until !== undefined && until.day !== undefined && until.day.earliest >= d.day.latest) {
      out.push({ kind: "since-day", day: d.day, until: until.day, from: i, to: until.to });
      return until.to;
    }
  }
  if (range || from) {
    const next = betweenAt(sc, i, range?.to ?? i + 1);
    if (next >= 0) return next;
  }
  const tw = may(flags, i, F_TIME_WORD) ? g.timeWords.matchAt(tokens, i) : undefined;
  const past = lastDaysAt(sc, i, tw);
  if (past >= 0) return past;
  if (tw && tw.value === "since") return sinceAt(sc, i, tw);
  if (tw && tw.value === "as-of") {
    // ("حتى اليوم نفسه", "by the same day": the day named before)
    const same = sameDayAt(sc, tw.to);
    if (same !== undefined) {
      out.push({ kind: "as-of", day: same.day, from: i, to: same.to });
      return same.to;
    }
    // (past the part of the day: "by the morning of 4 December")
    let at = tw.to;
    while (at < tw.to + 3 && tokens[at] !== undefined && (g.dayFillers.has(tokens[at]!.text) || g.definiteArticles.has(tokens[at]!.text)) && dayRefAt(g, tokens, at, published, flags) === undefined) at++;
    const d = dayRefAt(g, tokens, at, published, flags);
    if (d) {
      const to = restatedTo(sc, d);
      out.push({ kind: "as-of", day: d.day, from: i, to });
      return to;
    }
    // ("By last night, the monitor had counted 727 deaths": the night before the publication)
    const night = may(flags, tw.to, F_TIME_WORD) ? g.timeWords.matchAt(tokens, tw.to) : undefined;
    if (night && night.value === "overnight") {
      out.push({ kind: "as-of", day: shift(published, -1), from: i, to: night.to });
      return night.to;
    }
    // ("As of this morning, its count is 514": the publication's day)
    if (night && night.value === "morning") {
      out.push({ kind: "as-of", day: published, from: i, to: night.to });
      return night.to;
    }
  }
  if (tw && (tw.value === "overnight" || tw.value === "past-day")) {
    out.push({ kind: "last-days", days: 2, from: i, to: tw.to });
    return tw.to;
  }
  if (tw && tw.value === "past-week") {
    out.push({ kind: "last-days", days: 7, from: i, to: tw.to });
    return tw.to;
  }
  // (the first of the month, where the statement's interval lies in one month)
  if (tw && tw.value === "month-start") {
    const first = `${published.earliest.slice(0, 8)}01`;
    if (published.latest.slice(0, 8) === published.earliest.slice(0, 8)) out.push({ kind: "since-day", day: dayInterval(first, first), from: i, to: tw.to });
    return tw.to;
  }
  if (tw && tw.value === "morning") {
    out.push({ kind: "last-days", days: 1, from: i, to: tw.to });
    return tw.to;
  }
  if (tw && tw.value === "offensive") return offensiveAt(sc, i, tw);
  if (tw && tw.value === "ago" && g.agoFirst) {
    const next = daysAgoAt(sc, i, tw.to);
    if (next >= 0) return next;
  }
  // ("in the week ending Friday, Dec. 6": the seven days ending on that day)
  if (tw && tw.value === "week-ending") {
    const end = dayRefAt(g, tokens, tw.to, published, flags) ?? (g.dayFillers.has(tokens[tw.to]?.text ?? "") ? dayRefAt(g, tokens, tw.to + 1, published, flags) : undefined);
    if (end !== undefined) {
      out.push({ kind: "between-days", start: shift(end.day, -6), end: end.day, from: i, to: end.to });
      return end.to;
    }
  }
  if (tw && tw.value === "same-period") {
    out.push({ kind: "same-period", from: i, to: tw.to });
    return tw.to;
  }
  const same = tw && (tw.value === "same-day" || tw.value === "previous-day" || tw.value === "next-day") ? sameDayAt(sc, i) : undefined;
  if (same !== undefined) {
    out.push({ kind: "on-day", day: same.day, from: i, to: same.to });
    return same.to;
  }
  const d = dayRefAt(g, tokens, i, published, flags);
  if (d) {
    // ("26 Nov - 02 Dec": two dates joined by a dash are the span between them)
    const dash = tokens[d.to]?.text;
    if (dash === "-" || dash === "–") {
      const a = dateAt(g, tokens, i, published);
      const b = a !== undefined && a.to === d.to ? dateAt(g, tokens, d.to + 1, published) : undefined;
      if (a !== undefined && b !== undefined && b.day.earliest >= a.day.latest) {
        out.push({ kind: "between-days", start: a.day, end: b.day, from: i, to: b.to });
        return b.to;
      }
    }
    out.push({ kind: "on-day", day: d.day, from: i, to: d.to });
    return d.to;
  }
  return countedDaysAt(sc, i);
};

/** How many tokens back "the same day" may refer to the day named before it. */
const SAME_DAY_REACH = 60;
/**
 * "the same day", "اليوم نفسه" at `i`: the day the last time expression before it names, within
 * `SAME_DAY_REACH` tokens ("حتى مساء أمس الجمعة، … نزحوا حتى اليوم نفسه"); "the previous day",
 * "a day earlier": the day before that one ("By Saturday evening … at 370,000 the previous day");
 * none when none is named (the previous day is then yesterday's, as a day reference reads it).
 */
const sameDayAt = (sc: Scan, i: number): { day: DayInterval; to: number } | undefined => {
  const { g, tokens, flags, out } = sc;
  const tw = may(flags, i, F_TIME_WORD) ? g.timeWords.matchAt(tokens, i) : undefined;
  if (tw === undefined || (tw.value !== "same-day" && tw.value !== "previous-day" && tw.value !== "next-day")) return undefined;
  const back = tw.value === "previous-day" ? -1 : tw.value === "next-day" ? 1 : 0;
  // (the next day is no later than the statement: "وفي اليوم التالي قرأت أن المرصد رفع الحصيلة")
  const within = (day: DayInterval) => (back <= 0 || day.latest <= sc.published.latest ? { day, to: tw.to } : undefined);
  for (let j = out.length - 1; j >= 0; j--) {
    const t = out[j]!;
    if (t.to < i - SAME_DAY_REACH) break;
    if (t.kind === "on-day" || t.kind === "as-of") return within(shift(t.day, back));
    if (t.kind === "since-day" && t.until !== undefined) return within(shift(t.until, back));
  }
  return undefined;
};

/** "between 5 and 8 December": a day of the month named by the date after it. */
const sharedMonthAt = (sc: Scan, st: number): { day: DayInterval; to: number } | undefined => {
  const { g, tokens, published } = sc;
  const t = tokens[st];
  const n = t !== undefined && t.kind === "number" && /^\d{1,2}$/.test(t.text) ? Number(t.text) : 0;
  const join = tokens[st + 1];
  if (n < 1 || n > 31 || join === undefined || !(g.rangeJoin.has(join.text) || join.text === "-")) return undefined;
  const b = dateAt(g, tokens, st + 2, published);
  if (b === undefined || b.day.earliest !== b.day.latest) return undefined;
  const day = `${b.day.earliest.slice(0, 8)}${String(n).padStart(2, "0")}`;
  return realDay(day) && day < b.day.earliest ? { day: dayInterval(day), to: st + 1 } : undefined;
};

/**
 * "between 27 November and 4 December", "from 27 November until Monday evening": a date from `st`
 * on, joined to a date or another day; -1 when there are not two.
 */
const betweenAt = (sc: Scan, i: number, st: number): number => {
  const { g, tokens, published, flags } = sc;
  const a = dateAt(g, tokens, st, published) ?? sharedMonthAt(sc, st);
  const join = a ? tokens[a.to] : undefined;
  const joined = join !== undefined && (g.rangeJoin.has(join.text) || g.untilWords.has(join.text) || join.text === "-");
  const b = a && joined ? dateAt(g, tokens, a.to + 1, published) ?? dayRefAt(g, tokens, a.to + 1, published, flags) : undefined;
  if (!(a && b)) return -1;
  sc.out.push({ kind: "between-days", start: a.day, end: b.day, from: i, to: b.to });
  return b.to;
};

/** The most days (or weeks) and hours a span of days counted back may have: more is no recent window. */
const MAX_DAYS = 60;
const MAX_HOURS = 240;
const maxCount = (unit: TimeWord): number => (unit === "hours-unit" ? MAX_HOURS : MAX_DAYS);

const isUnit = (m: PhraseMatch<TimeWord> | undefined): boolean => m !== undefined && (m.value === "days-unit" || m.value === "week-unit" || m.value === "hours-unit");

/** The days a number of a unit reaches back over, the statement day included: 2 weeks 14, 48 hours 3 (as 24 hours is 2). */
const daysOf = (unit: TimeWord, n: number): number => (unit === "week-unit" ? n * 7 : unit === "hours-unit" ? Math.ceil(n / 24) + 1 : n);

/** "الثلاثة": a number word with the article, as it follows a definite noun. */
const definiteNumberAt = (g: CompiledGrammar, tokens: readonly Token[], j: number): { value: number; to: number } | undefined => {
  const w = tokens[j];
  const bare = w && w.kind === "word" && w.text.startsWith("ال") ? numberAt(g, tokenize(w.text.slice(2)), 0) : undefined;
  return bare && bare.to === 1 ? { value: bare.value, to: j + 1 } : undefined;
};

/** "خلال الأيام الثلاثة الماضية", "in the past three days": the unit before the number, then "past"; -1 when not so. */
const lastDaysAt = (sc: Scan, i: number, tw: PhraseMatch<TimeWord> | undefined): number => {
  const { g, tokens, flags } = sc;
  const next = tokens[i]!.kind === "word" && may(flags, i + 1, F_TIME_UNIT) ? g.timeWords.matchAt(tokens, i + 1) : undefined;
  const du = isUnit(tw) ? tw : isUnit(next) ? next : undefined;
  // ("الساعات الـ48 الماضية": the article glued to the digits stands as a token of its own)
  const at = du && tokens[du.to]?.text === "ال" && tokens[du.to + 1]?.kind === "number" ? du.to + 1 : du?.to ?? 0;
  const k = du ? numberAt(g, tokens, at) ?? definiteNumberAt(g, tokens, at) : undefined;
  if (du && k && k.value >= 1 && k.value <= maxCount(du.value) && tokens[k.to] && g.lastWords.has(tokens[k.to]!.text)) {
    sc.out.push({ kind: "last-days", days: daysOf(du.value, k.value), from: i, to: k.to + 1 });
    return k.to + 1;
  }
  return -1;
};

/** How many words may name the event closing a span before its day ("حتى سقوط النظام فجر الأحد"). */
const UNTIL_EVENT_WORDS = 5;
/**
 * "… until Sunday evening", "… وحتى مساء أمس": the day that closes a span opened just before `k`;
 * or, past an event named before its day ("حتى سقوط النظام فجر الأحد"), only where the span ends
 * (`day` undefined: an event's day is no day a count was given).
 */
const untilAt = (sc: Scan, k: number): { day: DayInterval | undefined; to: number } | undefined => {
  const { g, tokens, published, flags } = sc;
  let j = k;
  if (tokens[j] !== undefined && g.rangeJoin.has(tokens[j]!.text) && !g.untilWords.has(tokens[j]!.text)) j++;
  if (tokens[j] === undefined || !g.untilWords.has(tokens[j]!.text)) return undefined;
  const d = dayRefAt(g, tokens, j + 1, published, flags);
  if (d === undefined) {
    // ("منذ 27 تشرين الثاني حتى سقوط النظام فجر الأحد", "until the fall of Damascus on Sunday")
    for (let at = j + 2; at <= j + 1 + UNTIL_EVENT_WORDS && tokens[at - 1]?.kind === "word"; at++) {
      const e = dayRefAt(g, tokens, at, published, flags);
      if (e !== undefined) return e.day.latest > published.latest ? undefined : { day: undefined, to: e.to };
    }
  }
  if (d === undefined || d.day.latest > published.latest) return undefined;
  return { day: d.day, to: restatedTo(sc, d) };
};

/** Past the same day restated after a day reference ("مساء أمس الإثنين 9 كانون الأول", "Monday evening, December 9"). */
const restatedTo = (sc: Scan, d: { day: DayInterval; to: number }): number => {
  const { g, tokens, published, flags } = sc;
  let to = d.to;
  // ("Monday evening," before the date: a part of the day may close the first reference)
  while (tokens[to] !== undefined && g.dayFillers.has(tokens[to]!.text) && to < d.to + 2) to++;
  for (let again = 0; again < 2; again++) {
    const at = tokens[to]?.text === "," || tokens[to]?.text === "،" ? to + 1 : to;
    const r = dayRefAt(g, tokens, at, published, flags);
    if (r === undefined || r.day.earliest !== d.day.earliest || r.day.latest !== d.day.latest) break;
    to = r.to;
  }
  return to;
};

/** "since Wednesday", "since fighting erupted on Wednesday", "since the offensive", "since 2011". */
const sinceAt = (sc: Scan, i: number, tw: PhraseMatch<TimeWord>): number => {
  const { g, lx, tokens, published, flags, out } = sc;
  let d = dayRefAt(g, tokens, i + 1, published, flags);
  // "since fighting erupted on Wednesday", "منذ بدء الهجوم الأربعاء": a day within a few words
  for (let k = i + 2; !d && k <= i + 5 && tokens[k] && tokens[k]!.kind === "word"; k++) {
    if (lx.events.matchAt(tokens, k)) break;
    d = dayRefAt(g, tokens, k, published, flags);
  }
  if (d) {
    const until = untilAt(sc, d.to);
    out.push({ kind: "since-day", day: d.day, until: until?.day, from: i, to: until?.to ?? d.to });
    return until?.to ?? d.to;
  }
  const ev = lx.events.matchAt(tokens, i + 1) ?? lx.events.matchAt(tokens, i + 2);
  if (ev) {
    out.push({ kind: "offensive", from: i, to: ev.to });
    return ev.to;
  }
  const y = tokens[i + 1]?.kind === "number" ? tokens[i + 1] : tokens[i + 2]?.kind === "number" ? tokens[i + 2] : undefined;
  if (y && /^(19|20)\d\d$/.test(y.text)) {
    out.push({ kind: "historical", from: i, to: i + 2 });
    return i + 2;
  }
  return tw.to;
};

/** "منذ بدء الهجوم يوم الأربعاء", "since the offensive began on Wednesday": the day named is the start; else the offensive. */
const offensiveAt = (sc: Scan, i: number, tw: PhraseMatch<TimeWord>): number => {
  const { g, tokens, published, flags, out } = sc;
  let d: { day: DayInterval; to: number } | undefined;
  for (let k = tw.to; !d && k <= tw.to + 4 && tokens[k] && tokens[k]!.kind === "word"; k++) d = dayRefAt(g, tokens, k, published, flags);
  if (d && g.timeWords.matchAt(tokens, i)?.value === "offensive" && (tokens[i]!.text === "منذ" || tokens[i]!.text === "since")) {
    out.push({ kind: "since-day", day: d.day, from: i, to: d.to });
    return d.to;
  }
  out.push({ kind: "offensive", from: i, to: tw.to });
  return tw.to;
};

/**
 * "قبل ثلاثة أيام", "قبل يومين": the day that many days before the publication (as "yesterday" is
 * one), from `at` past the word "ago" that opens it at `i`; -1 when no number of days follows.
 */
const daysAgoAt = (sc: Scan, i: number, at: number): number => {
  const { g, tokens, published, out } = sc;
  const own = g.dayCounts.matchAt(tokens, at);
  const n = own === undefined ? numberAt(g, tokens, at) : undefined;
  const unit = n !== undefined ? g.timeWords.matchAt(tokens, n.to) : undefined;
  const days = own?.value ?? (unit?.value === "days-unit" ? n!.value : 0);
  const to = own?.to ?? unit?.to ?? at;
  if (days < 1 || days > MAX_DAYS) return -1;
  out.push({ kind: "on-day", day: shift(published, -days), from: i, to });
  return to;
};

/** "in five days", "two weeks": a number and a unit of days; else past the number, else the next token. */
const countedDaysAt = (sc: Scan, i: number): number => {
  const { g, tokens, published, out } = sc;
  const n = numberAt(g, tokens, i);
  if (!n) return i + 1;
  const unit = g.timeWords.matchAt(tokens, n.to);
  // ("two days earlier", "three days ago": the day that many days before the publication)
  const ago = unit?.value === "days-unit" && !g.agoFirst ? g.timeWords.matchAt(tokens, unit.to) : undefined;
  if (ago?.value === "ago" && n.value >= 1 && n.value <= MAX_DAYS) {
    out.push({ kind: "on-day", day: shift(published, -n.value), from: i, to: ago.to });
    return ago.to;
  }
  // ("خلال ثلاثة عشر عاماً", "over 13 years": a span of years is the war's, not the offensive's)
  if (unit?.value === "years-unit" && n.value >= 2 && i > 0 && g.durationOpeners.hasHead(tokens[i - 1]!)) {
    out.push({ kind: "historical", from: i - 1, to: unit.to });
    return unit.to;
  }
  if (unit && isUnit(unit) && n.value >= 1 && n.value <= maxCount(unit.value)) {
    out.push({ kind: "last-days", days: daysOf(unit.value, n.value), from: i, to: unit.to });
    return unit.to;
  }
  return n.to;
};
