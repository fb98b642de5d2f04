/**
 * Quantities as news states them: a number as written with a qualifier, and the interval it implies.
 * "more than 200" is value 200, qualifier more-than, interval [201, open); "dozens" has no value,
 * qualifier vague, interval [24, 99]. The conventions here are documented in docs/claim-model.md.
 */

/** How a number is qualified in the text. */
export type Qualifier =
  | "exact"
  | "at-least"
  | "more-than"
  | "about"
  | "nearly"
  | "at-most"
  | "less-than"
  | "range"
  | "vague";

export const QUALIFIERS: readonly Qualifier[] = [
  "exact",
  "at-least",
  "more-than",
  "about",
  "nearly",
  "at-most",
  "less-than",
  "range",
  "vague",
];

/**
 * A stated quantity. `value` is the number as written (null for a vague quantity with no number,
 * and for a range, where low and high carry the two numbers); `low`/`high` the interval implied,
 * null where open or unstated.
 */
export interface Quantity {
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
}

/** Bounds of the vague words news uses (documented, not guessed per article). */
export const VAGUE_BOUNDS = {
  /** "a few", بضعة */
  few: { low: 3, high: 9 },
  /** "بضعة عشر": a few and ten */
  teens: { low: 13, high: 19 },
  /** "dozens", عشرات */
  dozens: { low: 24, high: 99 },
  /** "hundreds", مئات */
  hundreds: { low: 200, high: 999 },
  /** "a few hundred", "several hundred", بضع مئات */
  "few-hundreds": { low: 300, high: 900 },
  /** "thousands", آلاف */
  thousands: { low: 2000, high: 9999 },
  /** "a few thousand", "several thousand", بضعة آلاف */
  "few-thousands": { low: 3000, high: 9000 },
  /** "tens of thousands", عشرات الآلاف */
  "tens-of-thousands": { low: 24000, high: 99999 },
  /** "hundreds of thousands", مئات الآلاف */
  "hundreds-of-thousands": { low: 200000, high: 999999 },
} as const;

export type VagueAmount = keyof typeof VAGUE_BOUNDS;

/** The interval a qualified number implies. "about"/"nearly" stay open: no tolerance is invented. */
export const quantityOf = (value: number, qualifier: Exclude<Qualifier, "range" | "vague">): Quantity => {
  switch (qualifier) {
    case "exact":
      return { value, qualifier, low: value, high: value };
    case "at-least":
      return { value, qualifier, low: value, high: null };
    case "more-than":
      return { value, qualifier, low: Number.isInteger(value) ? value + 1 : Math.ceil(value), high: null };
    case "at-most":
      return { value, qualifier, low: null, high: value };
    case "less-than":
      return { value, qualifier, low: null, high: Number.isInteger(value) ? value - 1 : Math.floor(value) };
    case "about":
    case "nearly":
      return { value, qualifier, low: null, high: null };
  }
};

/** "between 60,000 and 80,000": value null, the two numbers as bounds. */
export const rangeQuantity = (low: number, high: number): Quantity => ({
  value: null,
  qualifier: "range",
  low: Math.min(low, high),
  high: Math.max(low, high),
});

/** "dozens", "hundreds": no number written, the documented bounds. */
export const vagueQuantity = (amount: VagueAmount): Quantity => ({
  value: null,
  qualifier: "vague",
  low: VAGUE_BOUNDS[amount].low,
  high: VAGUE_BOUNDS[amount].high,
});

/**
 * Whether a quantity's bounds agree with its qualifier: low ≤ high where both are set, and the
 * bounds are those the qualifier implies for the value.
 */
export const isCoherent = (q: Quantity): boolean => {
  if (q.low !== null && q.high !== null && q.low > q.high) return false;
  switch (q.qualifier) {
    case "exact":
      return q.value !== null && q.low === q.value && q.high === q.value;
    case "at-least":
      return q.value !== null && q.low === q.value && q.high === null;
    case "more-than":
      return q.value !== null && q.low !== null && q.low > q.value && q.high === null;
    case "at-most":
      return q.value !== null && q.low === null && q.high === q.value;
    case "less-than":
      return q.value !== null && q.low === null && q.high !== null && q.high < q.value;
    case "about":
    case "nearly":
      return q.value !== null;
    case "range":
      return q.low !== null && q.high !== null;
    case "vague":
      return q.value === null;
  }
};

/**
 * The interval used when comparing quantities: the stated bounds, with a documented tolerance for
 * "about" (±10%) and "nearly" (−10% … the value) so that approximate figures can be compared.
 */
export const comparableInterval = (q: Quantity): { low: number; high: number } => {
  const v = q.value;
  switch (q.qualifier) {
    case "about":
      return { low: Math.floor((v ?? 0) * 0.9), high: Math.ceil((v ?? 0) * 1.1) };
    case "nearly":
      return { low: Math.floor((v ?? 0) * 0.9), high: v ?? 0 };
    default:
      return { low: q.low ?? 0, high: q.high ?? Number.POSITIVE_INFINITY };
  }
};

/** A single representative number: the value, else the middle of a closed interval, else the bound. */
export const pointValue = (q: Quantity): number => {
  if (q.value !== null) return q.value;
  if (q.low !== null && q.high !== null) return Math.round((q.low + q.high) / 2);
  return q.low ?? q.high ?? 0;
};

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A whole number from 0 up to 2^53 with its digits grouped by threes, as the en-US format prints
 * it ("1,234"): explanations print hundreds of thousands of counts, and the Intl formatter costs
 * about a microsecond each. Other numbers (negative, fractional, -0) go through the formatter.
 */
const groupedInteger = (n: number): string => {
  const s = String(n);
  if (s.length <= 3) return s;
  let out = s.slice(0, ((s.length - 1) % 3) + 1);
  for (let i = out.length; i < s.length; i += 3) out += "," + s.slice(i, i + 3);
  return out;
};

/** A number for people: grouped digits; infinite or missing bounds are "open". */
export const formatNumber = (n: number | null): string =>
  n === null || !Number.isFinite(n)
    ? "open"
    : Number.isSafeInteger(n) && (n > 0 || (n === 0 && !Object.is(n, -0)))
      ? groupedInteger(n)
      : NUMBER.format(n);

/**
 * A quantity in words, as explanations and reports print it: "255", "more than 200", "about 100",
 * "between 60,000 and 80,000", "24–99 (vague)".
 */
export const quantityText = (q: Quantity): string => {
  const v = formatNumber(q.value);
  switch (q.qualifier) {
    case "exact":
      return v;
    case "at-least":
      return `at least ${v}`;
    case "more-than":
      return `more than ${v}`;
    case "about":
      return `about ${v}`;
    case "nearly":
      return `nearly ${v}`;
    case "at-most":
      return `at most ${v}`;
    case "less-than":
      return `fewer than ${v}`;
    case "range":
      return `between ${formatNumber(q.low)} and ${formatNumber(q.high)}`;
    case "vague":
      return q.low === null && q.high === null ? "unstated" : `${formatNumber(q.low)}–${formatNumber(q.high)} (vague)`;
  }
};
