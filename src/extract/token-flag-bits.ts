/**
 * The bits of a token's mask (see token-flags.ts): one per grammar or lexicon phrase set (or word
 * list) that may start at the token.
 */
export const F_HISTORICAL = 1 << 0;
export const F_RANGE_START = 1 << 1;
export const F_TIME_WORD = 1 << 2;
/** A day filler (فجر، يوم, dawn) by its exact text. */
export const F_FILLER = 1 << 3;
export const F_MONTH = 1 << 4;
export const F_WEEKDAY = 1 << 5;
export const F_FIXED_NUMBER = 1 << 6;
/** A number word (alone or with a clitic, or hyphenated). */
export const F_NUMBER_WORD = 1 << 7;
export const F_VAGUE = 1 << 8;
/** A singular or dual person noun (clitic grammars) or a singular article (others): an implicit count may start. */
export const F_IMPLICIT = 1 << 9;
export const F_UNNAMED_SOURCE = 1 << 10;
export const F_ATTRIBUTION = 1 << 11;
export const F_RELAY = 1 << 12;
export const F_LIST_INTRO = 1 << 13;
export const F_SOURCE = 1 << 14;
export const F_SUBJECT = 1 << 15;
export const F_METRIC = 1 << 16;
export const F_PLACE = 1 << 17;
/** A scale word (thousand, ألف). */
export const F_SCALE = 1 << 18;
export const F_INCIDENT = 1 << 19;
export const F_QUALIFIER_BEFORE = 1 << 20;
export const F_NEST = 1 << 21;
export const F_NOT_COUNTED = 1 << 22;
export const F_ADDITION = 1 << 23;
export const F_UNITS = 1 << 24;
export const F_POPULATION = 1 << 25;
export const F_STOP = 1 << 26;
export const F_PARTITIVE = 1 << 27;
/** A time word that is a unit of days may start here (a subset of F_TIME_WORD). */
export const F_TIME_UNIT = 1 << 28;
/** A colon (it may close a speaker's label: "Rescuers: 20 killed"). */
export const F_COLON = 1 << 29;
/** What a number mention may start with (besides a digit token). */
export const F_NUMBER_HEAD = F_FIXED_NUMBER | F_NUMBER_WORD | F_VAGUE | F_IMPLICIT;
/** What a time expression may start with (besides a digit token and a `rangeFrom` word before a day). */
export const F_TIME_HEAD = F_HISTORICAL | F_RANGE_START | F_TIME_WORD | F_FILLER | F_MONTH | F_WEEKDAY | F_FIXED_NUMBER | F_NUMBER_WORD;
/** What an attribution reading of a sentence looks at. */
export const F_ATTRIBUTION_HEAD = F_UNNAMED_SOURCE | F_SOURCE | F_ATTRIBUTION | F_RELAY | F_COLON;
