/**
 * Reading an article into claims. Mention-centred: every number or vague quantity is found, those
 * that do not count people or events are dropped (units, years, clock times, dates, historical
 * totals), then its context is read: the metric (the counted noun, else the nearest metric word of
 * the sentence), the subject (the noun phrase after the number, else the clause before it; "X and
 * Y" gives their nearest common parent), the qualifier, the source and relays, the time, the place
 * and the breakdown it belongs to. Every decision uses lexicon names or grammar word lists.
 */
import type { Article } from "../domain/corpus.js";
import type { Claim, Tally, Window } from "../domain/claim.js";
import { addDays, dayInterval, type DayInterval, type IsoDay } from "../domain/dates.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { quantityOf, rangeQuantity, vagueQuantity, type Qualifier, type Quantity } from "../domain/quantity.js";
import { attributedSources, attribution as makeAttribution, attributionOf, partyBeforeMembers, withStatementDay, type Attribution, type SourceMention } from "./attribution.js";
import { linkParts, type BreakdownItem } from "./breakdown.js";
import { gapWords, isClauseBreak, isComma, isSentenceEnd, joinsLines, nameWords, phraseText, prepare, QUOTES, type Doc } from "./document.js";
import type { Grammar } from "./grammar.js";
import { lexiconPhrases, type LexiconPhrases } from "./lexicon-phrases.js";
import { compileGrammar, type CompiledGrammar } from "./numerals/compiled.js";
import { dualStem, findNumbers, gluedQualifier, numberAt, pairedGender, type NumberMention } from "./numerals/numbers.js";
import { isLeader, tokenize, type Token } from "./text/tokens.js";
import { tokenFlags } from "./token-flags.js";
import {
  F_ADDITION, F_ATTRIBUTION, F_HISTORICAL, F_INCIDENT, F_LIST_INTRO, F_METRIC, F_MONTH, F_NEST, F_NOT_COUNTED, F_PLACE,
  F_PARTITIVE, F_POPULATION, F_QUALIFIER_BEFORE, F_RANGE_START, F_SOURCE, F_STOP, F_SUBJECT, F_UNITS,
} from "./token-flag-bits.js";
import { enumeratorEnd } from "./list-marker.js";
import { footnotes, markerAt, type Footnote } from "./footnotes.js";
import { firstIndex } from "./bisect.js";
import { bareSkeleton, skeleton, withoutArticle } from "./text/skeleton.js";
import { outletId, outletNameParts } from "./outlet.js";
import { closingMark, lettersOf } from "./quoted-letter.js";
import { MASTHEAD_MARKS, datelineSpan, wireAgency } from "./byline.js";
import { digestItems, itemAt, type DigestItem } from "./digest.js";
import { normalizeWord, originalSpan } from "./text/normalize.js";
import { coverage, IdCache, tokenVariants, type PhraseMatch, type PhraseSet } from "./text/phrases.js";
import { generalList } from "./text/variants.js";
import type { WordSet } from "./text/word-set.js";
import { singleDay } from "./time/days.js";
import { weekdayOf } from "./time/weekdays.js";
import { timeExpressions, type TimeExpr } from "./time/expressions.js";

/** A number read as a count, before its quantity, subject, place, attribution and time are read. */
interface Candidate {
  readonly idx: number;
  readonly m: NumberMention;
  readonly e: number;
  readonly s: number;
  readonly para: number;
  readonly sFrom: number;
  readonly sTo: number;
  readonly lo: number;
  readonly hi: number;
  readonly times: readonly TimeExpr[];
  readonly implicit: boolean;
  readonly postNest: PhraseMatch<true> | undefined;
  readonly postQual: PhraseMatch<Exclude<Qualifier, "range" | "vague" | "exact">> | undefined;
  readonly np: NounPhrase;
  readonly nestCue: PhraseMatch<true> | undefined;
  /** The count before is a part of this one ("X were among 420 killed"). */
  readonly wholeOfPrev: boolean;
  readonly conjoined: boolean;
  readonly metric: string | null;
  readonly cue: PhraseMatch<readonly string[]> | null;
  readonly ownCue: boolean;
  /** "توفي 73 منهم" after a count of the wounded: "them" are the whole counted before, not its last part. */
  readonly ofWhole: boolean;
  /** The caption whose metric a cell of a series written as text counts (`seriesCaption`), if it took it. */
  readonly caption: PhraseMatch<readonly string[]> | null;
  /** The header whose metric a cell of a table counts (`columnHeader`), if it took it. */
  readonly header: PhraseMatch<readonly string[]> | null;
  /** The metric of the counted noun a verb of befalling overrode ("captured" of "قتل … سبعة أسرى"), if one did. */
  readonly befallen: string | null;
}

/** What follows a number: the subjects named (by group), where it ends, and what it counts. */
interface NounPhrase {
  readonly subjects: string[];
  readonly end: number;
  readonly others: boolean;
  readonly member: boolean;
  readonly counted: PhraseMatch<readonly string[]> | undefined;
  readonly countedSubject: string | undefined;
  /** A noun with a possessive suffix names the speaker's own people ("العشرات من رجال قواتنا"). */
  readonly owned: boolean;
}

interface Draft {
  readonly m: NumberMention;
  /** End of the number (after a range's second number). */
  readonly e: number;
  metric: string | null;
  readonly cue: PhraseMatch<readonly string[]> | null;
  readonly ownCue: boolean;
  readonly quantity: Quantity;
  subject: string;
  readonly npEnd: number;
  readonly qualFrom: number;
  readonly location: string;
  attribution: Attribution | null;
  /** (a title restating a count below takes its time: see `attributeTitle`) */
  time: TimeExpr | null;
  readonly incident: boolean;
  readonly increment: boolean;
  readonly sentence: number;
  readonly paragraph: number;
  readonly nested: boolean;
  /** The nesting cue opens the sentence ("Among them were six children."): its total may be in the sentence before. */
  readonly nestLeads: boolean;
  readonly wholeOfPrev: boolean;
  readonly conjoined: boolean;
  readonly opensList: boolean;
  readonly afterIntro: boolean;
  readonly risen: boolean;
  /**
   * Where the cue of an earlier figure of the count before it starts ("up from 153 late on
   * Wednesday", or an earlier statement's verb in the pluperfect: "It had reported 277"), or -1.
   */
  readonly earlier: number;
  /**
   * The day of the statement its own sentence names ("On Thursday it had counted 802"), if any, and
   * no cue of an earlier figure marks it (the statement day is not that of "up from nine …").
   */
  readonly statedDay: DayInterval | null;
  /** The day the list entry it stands in opens with ("- الجمعة 29 نوفمبر: …"), if it stands in one. */
  readonly entryDay: DayInterval | null;
  /** A word of summing stands right before it ("bringing the total to 826"): it sums the counts before it in its sentence. */
  readonly sums: boolean;
}

/** How far back a name containing a metric word may start (the longest subject names are about this long). */
const NAME_REACH = 8;

const starts = <T>(ms: readonly PhraseMatch<T>[], n: number): (PhraseMatch<T> | undefined)[] => {
  const at: (PhraseMatch<T> | undefined)[] = new Array(n);
  for (const m of ms) at[m.from] = m;
  return at;
};

/** All non-overlapping matches of a set, left to right, looking only where the token's mask has `bit`. */
const findFlagged = <T>(set: PhraseSet<T>, tokens: readonly Token[], flags: Int32Array, bit: number): PhraseMatch<T>[] => {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = (flags[i]! & bit) !== 0 ? set.matchAt(tokens, i) : undefined;
    if (m) {
      out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
};

/** Per lexicon, the words of each source's names (lower-case, normalised, 4 letters or more). */
const sourceWords = new WeakMap<LexiconIndex, Map<string, Set<string>>>();
/** Words of a source's names: "the office" may stand for the UN office named before. */
const wordsOfSource = (lex: LexiconIndex, id: string): Set<string> => {
  let byId = sourceWords.get(lex);
  if (byId === undefined) {
    byId = new Map();
    sourceWords.set(lex, byId);
  }
  let w = byId.get(id);
  if (!w) {
    w = new Set();
    for (const names of Object.values(lex.source(id)?.names ?? {}))
      for (const name of names) for (const t of tokenize(normalizeWord(name))) if (t.kind === "word" && t.text.length >= 4) w.add(t.text);
    byId.set(id, w);
  }
  return w;
};

/**
 * The position in `spans` (in order of position, none overlapping, so their ends ascend too) of
 * the first that ends at or after token `at`, by bisection: a sentence of many sources is read in
 * linear time.
 */
const firstEndingFrom = (spans: readonly { readonly from: number; readonly to: number }[], at: number): number => firstIndex(spans.length, (i) => spans[i]!.to < at);
/** Whether one of `spans` (see `firstEndingFrom`) covers token `k`. */
const mentionCovers = (spans: readonly { readonly from: number; readonly to: number }[], k: number): boolean => {
  const i = firstEndingFrom(spans, k + 1);
  return i < spans.length && spans[i]!.from <= k;
};
/** Whether one of `spans` (see `firstEndingFrom`) ends within tokens [lo, hi]. */
const mentionEndsWithin = (spans: readonly { readonly from: number; readonly to: number }[], lo: number, hi: number): boolean => {
  const i = firstEndingFrom(spans, lo);
  return i < spans.length && spans[i]!.to <= hi;
};

/** How many words the name of a release's issuer has at most. */
const ISSUER_WORDS = 6;
/** How many tokens a chronology entry's opening day may take ("الجمعة 29 نوفمبر", "Friday, Nov. 29"). */
const ENTRY_DAY_TOKENS = 8;
/** How many words after an unnamed speaker may name who owns it ("وحدة المعلومات في المركز", "مسؤول مكتب الإحصاء في المجلس"). */
const OWNER_WORDS = 4;
/** How many tokens a monitor's name may have between its recording verb and the day it names. */
const RECORDED_DAY_WORDS = 8;
/** How far (a share of the title's number) a body's exact count may lie from the title's bound that rounds it. */
const TITLE_ROUNDING = 0.15;
/** How many words a relative clause after an unnamed source's noun is read for who made it. */
const RELATIVE_WORDS = 5;
/** The lexicon's kind of the rescue organisations, whose crews' own work is their figure. */
const RESCUE_KIND = "ngo";
/** How many lines from the end a release's signature may stand. */
const SIGNATURE_LINES = 3;
/** How many tokens an aside between a speaker and what is said may have before the day that closes it. */
const ASIDE_WORDS = 6;
/** How far (tokens) before a time an earlier figure may stand for the time to be that figure's. */
const EARLIER_CLAUSE_TOKENS = 6;

/** The year a digit token names (1900–2099), else -1; cached by token id. */
const years = new IdCache<number>();
const yearOf = (t: Token): number => {
  let y = years.get(t.id);
  if (y === undefined) {
    y = t.kind === "number" && /^(19|20)\d\d$/.test(t.text) ? Number(t.text) : -1;
    years.set(t.id, y);
  }
  return y;
};

/** The time expressions starting in token range [a, b), by the index of `startIndex` (a module function: one call target). */
const timesBetween = (times: readonly TimeExpr[], index: Int32Array, n: number, a: number, b: number): TimeExpr[] => {
  const from = Math.max(0, a);
  const to = Math.min(n, b);
  return from < to ? times.slice(index[from], index[to]) : [];
};

/** For each token position k (0 to n), how many of the matches (in order of position) start before k. */
const startIndex = (ms: readonly { readonly from: number }[], n: number, index: Int32Array): Int32Array => {
  let k = 0;
  for (let j = 0; j < ms.length; j++) {
    const from = ms[j]!.from;
    while (k <= from && k <= n) index[k++] = j;
  }
  index.fill(ms.length, k);
  return index;
};

const LOCALITIES = "localities-seized";
/** Metrics of what ends a person's part in the count (the contract's ids): their verb outweighs a participle describing them. */
const BEFALLING: ReadonlySet<string> = new Set(["killed", "captured"]);
/** Metrics whose noun names only the people the count is of ("hundreds of the dead"); prisoners may be freed ones. */
const CASUALTY_NOUNS: ReadonlySet<string> = new Set(["killed", "injured"]);
/** How far (tokens) from its verb an unnamed speaker's noun phrase is read for a word of a source named before. */
const SPEAKER_REACH = 4;
/** How far (tokens) before its verb an unknown speaker's name is read for the side it speaks for. */
const SPEAKER_PHRASE = 8;
/** How far (tokens) past a number whose noun is a source's the speech verb may stand for the number to count the speakers. */
const SPEAKER_NOUN_REACH = 16;
const DASHES = new Set(["–", "-", "—", ":"]);
/** How many tokens an aside on a statement may run between its cue and a day right before what is said. */
const SAID_ASIDE_TOKENS = 16;
/** How many tokens before a count a cue of a historical total reaches ("The 13-year conflict has killed … and forced 12 million …"). */
const HISTORY_BEFORE = 16;
/** Source kinds that publish news rather than their own findings. */
const MEDIA_KINDS = new Set(["outlet", "news-agency", "state-media"]);
/** Arabic "one" as an adjective after its noun ("يوم واحد"): its two genders, as normalised. */
const SINGLE = new Set(["واحد", "واحده"]);
/** Signs of money before a number ("$2.5 million"). */
const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥"]);

/** Nearest common parent of subjects ("soldiers and pro-government forces" → government). */
const commonSubject = (lex: LexiconIndex, ids: readonly string[]): string | null => {
  // plain loops: these arrays come in several element kinds, which array builtins deoptimize on
  const known: string[] = [];
  let named = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (known.includes(id) || lex.subject(id) === undefined) continue;
    known.push(id);
    if (id !== "other") named++;
  }
  const use: string[] = [];
  for (let i = 0; i < known.length; i++) if (named === 0 || known[i] !== "other") use.push(known[i]!);
  if (use.length === 0) return null;
  const first = lex.subjectAncestors(use[0]!);
  for (let a = 0; a < first.length; a++) {
    const id = first[a]!;
    let all = true;
    for (let c = 1; c < use.length && all; c++) all = lex.subjectAncestors(use[c]!).includes(id);
    if (all) return id;
  }
  return null;
};

/**
 * One group's subject: the narrowest when one contains the others ("HTS fighters"); else, of two
 * groups of different kinds (only the root contains both), the head noun's, the other being its
 * owner ("اثنان من متطوعي الشريك المحلي للهيئة"), where the head noun comes first (`headFirst`: the
 * possessor of an English noun comes first or last); else their common parent ("الجيش ومسلحي
 * «الدفاع الوطني»", a joiner not seen).
 */
const mostSpecific = (lex: LexiconIndex, ids: readonly string[], headFirst: boolean): string | null => {
  for (let i = 0; i < ids.length; i++) {
    const a = ids[i]!;
    let all = true;
    for (let j = 0; j < ids.length && all; j++) all = lex.subjectWithin(a, ids[j]!);
    if (all) return a;
  }
  const common = commonSubject(lex, ids);
  const kinds = common !== null && (lex.subject(common)?.parent ?? null) === null;
  if (headFirst && kinds && ids.length === 2 && ids[0] !== "other" && ids[1] !== "other") return ids[0]!;
  return common;
};

/** Token positions where an attribution cue ends (1). */
const cueEnds = (g: CompiledGrammar, tokens: readonly Token[], flags: Int32Array, cueEndAt: Int32Array): Int32Array => {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if ((flags[i]! & F_ATTRIBUTION) === 0) continue;
    const m = g.attribution.matchAt(tokens, i);
    if (m) cueEndAt[m.to] = 1;
  }
  return cueEndAt;
};

/** Words a lead-in needs before a colon to open a list ("the rest are fighters from both sides: 183 …", "They are: 172 civilians"). */
const COLON_LEAD_WORDS = 2;

/**
 * For each token, the start of the last list intro before it, or -1: a listed intro ("as follows"),
 * or a colon closing a lead-in of a few words and no number, with a number right after it.
 */
const introsBefore = (g: CompiledGrammar, tokens: readonly Token[], flags: Int32Array, introBefore: Int32Array): Int32Array => {
  const n = tokens.length;
  introBefore.fill(-1);
  let words = 0;
  let numbered = false;
  for (let i = 0, last = -1; i < n; i++) {
    introBefore[i] = last;
    const t = tokens[i]!;
    if ((flags[i]! & F_LIST_INTRO) !== 0 && g.listIntro.matchAt(tokens, i)) last = i;
    else if (t.text === ":" && !numbered && words >= COLON_LEAD_WORDS && tokens[i + 1]?.kind === "number") last = i;
    if (t.kind === "break" || isSentenceEnd(t)) {
      words = 0;
      numbered = false;
    } else if (t.kind === "word") words++;
    else if (t.kind === "number") numbered = true;
    introBefore[i + 1] = last;
  }
  return introBefore;
};

/**
 * Sentences that are lines of a list: a line opening with a number (after a dash or bullet)
 * right after a line ending with a colon ("distributed as follows:", "وهم:") or after another
 * list line. Their first number is an item of the list, like a number after an intro. By
 * sentence, the token of that first number.
 */
/** How many words a list line's label may have before its colon ("- القوات الروسية: 52"). */
const LABEL_WORDS = 6;

/** Where a line's words start in [from, to): past breaks and the punctuation of a bullet or dash (not quotes). */
const pastLineMarks = (tokens: readonly Token[], from: number, to: number): number => {
  let k = from;
  while (k < to && (tokens[k]!.kind === "break" || (tokens[k]!.kind === "punct" && !QUOTES.has(tokens[k]!.text)))) k++;
  return k;
};

const listLines = (doc: Doc, g: CompiledGrammar): number[] => {
  const { tokens } = doc;
  const n = tokens.length;
  const listLineNumber: number[] = [];
  const sentences = doc.sentenceStart.length;
  let open = false;
  for (let s = 0; s < sentences; s++) {
    const from = doc.sentenceStart[s]!;
    const to = doc.sentenceStart[s + 1] ?? n;
    // ("أولاً: 118 مدنياً": an ordinal marker opens the line like a bullet)
    let k = Math.min(to, enumeratorEnd(g, tokens, pastLineMarks(tokens, from, to)));
    let first = k < to && tokens[k]!.kind === "number" ? k : -1;
    // "- القوات الروسية: 52 مدنياً": a bulleted line with a label before a colon, then its number;
    // "المدنيون ............ 167": a row of a list with a leader between its label and its figure
    // (perhaps qualified: "الجرحى ............ أكثر من 2,400")
    const bulleted = k > from && tokens[k - 1]!.kind === "punct" && DASHES.has(tokens[k - 1]!.text);
    if (first < 0 && (bulleted || open)) {
      for (let j = k; j < Math.min(to - 1, k + LABEL_WORDS + 1) && tokens[j]!.kind === "word"; j++) {
        const leader = isLeader(tokens[j + 1]);
        if (!(leader || (bulleted && tokens[j + 1]!.text === ":"))) continue;
        const at = leader ? (g.qualifiersBefore.matchAt(tokens, j + 2)?.to ?? j + 2) : j + 2;
        if (tokens[at]?.kind === "number") first = at;
        break;
      }
    }
    if (open && first >= 0 && doc.paragraph[first] !== doc.paragraph[from > 0 ? from - 1 : 0]) listLineNumber[s] = first;
    else if (open && first >= 0 && tokens[from - 1]?.kind === "break") listLineNumber[s] = first;
    let last = to - 1;
    while (last >= from && tokens[last]!.kind === "break") last--;
    open = (last >= from && tokens[last]!.text === ":") || (listLineNumber[s] !== undefined && open);
  }
  return listLineNumber;
};
/**
 * One article's reading, shared by the rules below (module functions, so that each is compiled
 * once and calls the same functions for every article): the article, lexicon and grammar, the
 * document and its tokens with their masks, the phrase matches and position tables found once per
 * article, per-sentence caches, and the state carried from count to count (the last attribution,
 * the count before).
 */
interface Reading {
  readonly article: Article;
  readonly lex: LexiconIndex;
  readonly g: CompiledGrammar;
  readonly lx: LexiconPhrases;
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly n: number;
  readonly outlet: string | null;
  readonly flags: Int32Array;
  readonly subjectAt: readonly (PhraseMatch<string> | undefined)[];
  readonly metricMatches: readonly PhraseMatch<readonly string[]>[];
  readonly metricAt: readonly (PhraseMatch<readonly string[]> | undefined)[];
  readonly metricCover: readonly (PhraseMatch<readonly string[]> | undefined)[];
  readonly metricIndex: Int32Array;
  readonly placeMatches: readonly PhraseMatch<string>[];
  readonly numbers: readonly NumberMention[];
  /** 1 where a number starts. */
  readonly numberAtTok: Int32Array;
  /** Sources and unnamed speakers by sentence, read on first use. */
  readonly attributionCache: Map<number, ReturnType<typeof attributedSources>>;
  /** The speaker of a quotation opening each sentence and running past it (see `quotationSpeaker`), by sentence, worked out on first use. */
  readonly quotedBy: Map<number, Attribution | null>;
  /** Where the contrast opening each mention's clause starts, or -1, read on first use (`contrastBefore`). */
  readonly contrastOf: Map<SourceMention, number>;
  /** Whether each mention trails a number of its sentence, read on first use (`trailsNumber`). */
  readonly trailsOf: Map<SourceMention, boolean>;
  readonly timeList: readonly TimeExpr[];
  /** 1 where a time expression starts. */
  readonly timeAt: Int32Array;
  readonly timeIndex: Int32Array;
  /** 1 inside a time expression past its first token. */
  readonly inTime: Int32Array;
  /** Token positions right after a number: a metric word there is that number's counted noun. */
  readonly countedNoun: ReadonlySet<number>;
  /** Clauses dated in the past: their metric words are history. */
  readonly pastClauses: ReadonlySet<number>;
  /** Token positions where an attribution cue ends. */
  readonly cueEndAt: Int32Array;
  /** For each token, the start of the last list intro ("as follows") before it, or -1. */
  readonly introBefore: Int32Array;
  readonly listLineNumber: readonly number[];
  readonly placeIndex: Int32Array;
  /** The first year of the lexicon's events: a year before it marks a historical count. */
  readonly eventYear: number;
  readonly numberedNames: WordSet;
  /** The attribution carried from sentence to sentence. */
  lastAttribution: Attribution | null;
  /** The last attribution to a source the lexicon names (an unnamed speaker may refer back to it). */
  lastNamed: Attribution | null;
  lastAttributionSentence: number;
  /** The last paragraph where the carried attribution was set or used. */
  lastAttributionParagraph: number;
  /**
   * The publisher's names, worked out on first use: as the text's tokens spell them (the whole name,
   * "Human Rights Watch", and for "International Rescue Committee (IRC)" each part alone), and the
   * consonant skeletons of its names in Latin letters (three consonants or more), for Arabic text.
   */
  publisher: { names: (readonly string[])[]; skeletons: string[]; heads: string[]; issuer: readonly string[] | null; issuerIsSource: boolean } | undefined;
  /** The text's numbered notes (`footnotes`), read when a marker is first met. */
  notes: ReadonlyMap<number, Footnote<DayInterval>> | undefined;
  /** Where each sentence's note markers stand (up to the one opening the next), read on first use where the text has notes. */
  readonly markersOf: Map<number, readonly number[]>;
  /** The day a chronology entry opens with, by the entry's first sentence. */
  readonly entryDays: Map<number, DayInterval | null>;
  /** The day of the press conference or briefing the text reports (worked out on first use; null: none). */
  eventDay: { readonly day: DayInterval; readonly sentence: number } | null | undefined;
  /** The publisher is no news outlet or agency (an organisation's release, a monitor's statement). */
  readonly selfPublished: boolean;
  /** The publisher is an organisation the lexicon knows (OCHA, a monitor), not an outlet it lacks. */
  readonly knownOrganisation: boolean;
  /** The writer of each paragraph inside a letter printed whole (see `lettersOf`); none in the release of an organisation the lexicon knows, whose quotations are its own. */
  readonly letters: ReadonlyMap<number, string>;
  /** The count before. */
  prev: Draft | null;
  /** The last count that is not a nested part: "others" and bare counts take its subject. */
  prevTop: Draft | null;
  inNest: boolean;
  /** The metrics each sentence names, read once per sentence. */
  readonly metricsOfSentence: Map<number, Set<string>>;
  /** The drafts so far, in the order of their numbers. */
  readonly drafts: Draft[];
  /** Where the last number read as a historical total ends (-1 before any): a count joined right after it is history too. */
  lastHistoryEnd: number;
  /** The table row's credit of the last count it was read for (`cellCredit`: its attribution and its time ask for it). */
  cellOf: { at: number; cell: CellCredit | null };
}

const NEAR = 40;
// a metric word inside a longer name is part of the name ("تحرير" in "هيئة تحرير الشام")
const insideName = (subjectAt: readonly (PhraseMatch<string> | undefined)[], m: PhraseMatch<readonly string[]>): boolean => {
  for (let k = m.from; k >= 0 && k > m.from - NAME_REACH; k--) {
    const sm = subjectAt[k];
    if (sm !== undefined) return sm.to >= m.to && sm.to - sm.from > m.to - m.from;
  }
  return false;
};
/**
 * "M4", "T4": digits glued to a Latin letter name a road or a base; glued to an Arabic word (not a
 * clitic: "الـ24") they name an outlet ("كوردستان24", "فرانس24", "خبر24": three letters or more);
 * glued to one Arabic letter standing alone that is no clitic they number a question or an answer
 * ("س٣: كم بلغ عدد القتلى؟").
 */
const gluedToName = (g: CompiledGrammar, tokens: readonly Token[], m: NumberMention): boolean => {
  const prev = tokens[m.from - 1];
  return prev !== undefined && prev.kind === "word" && prev.end === tokens[m.from]!.start && (/[a-z]$|[\u0621-\u064a]{3}$/i.test(prev.text) || (LETTER_NUMBERED.test(prev.text) && !g.cliticLetters.has(prev.text)));
};
/** One Arabic letter standing alone. */
const LETTER_NUMBERED = /^[\u0621-\u064a]$/u;

const word = (cx: Reading, i: number) => cx.tokens[i]?.text ?? "";
/** The phrase of `set` ending right before token `at` (starting at most `maxBack` tokens before it); `bit` is the set's mask bit (0: a set with none, every start is tried). */
const matchesBefore = <T>(cx: Reading, set: PhraseSet<T>, bit: number, at: number, maxBack: number): PhraseMatch<T> | undefined => {
  const { tokens, flags } = cx;
  for (let d = maxBack; d >= 1; d--) {
    if (bit !== 0 && ((flags[at - d] ?? 0) & bit) === 0) continue;
    const m = set.matchAt(tokens, at - d);
    if (m && m.to === at) return m;
  }
  return undefined;
};
/**
 * Whether a cue of rising is at `k`: a verb ("rose", "بلغت") or a bare "to"/"إلى" after such a
 * verb or a metric word a few words before in its clause ("the toll to 300"), not any "to"
 * ("provided care to 87 people injured").
 */
const risenAt = (cx: Reading, k: number): boolean => {
  const { g, doc, metricCover } = cx;
  // (a cue of two words ending at `k`, a verb: "stood at", "stands at")
  if (k > 0 && g.rise.has(`${word(cx, k - 1)} ${word(cx, k)}`)) return true;
  // ("put the number of newly displaced at 386,000": the preposition of a verb of stating a total before it)
  if (g.tallyPrepositions.has(word(cx, k))) {
    for (let j = k - 1; j >= Math.max(0, k - 10) && doc.clause[j] === doc.clause[k]; j--) if (riseVerbAt(cx, j)) return true;
    return false;
  }
  if (!g.rise.has(word(cx, k))) return false;
  if (riseVerbAt(cx, k)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 10) && doc.clause[j] === doc.clause[k]; j--) if (metricCover[j] || riseVerbAt(cx, j)) return true;
  return false;
};
/** How many tokens "the number of" may have ("the total number of"). */
const NUMBER_OF_TOKENS = 4;
/** A cue of rising at `k` that is a verb ("rose", "reached", "بلغت"), not a bare "to"/"إلى". */
const riseVerbAt = (cx: Reading, k: number): boolean => cx.g.rise.has(word(cx, k)) && !cx.g.rangeJoin.has(word(cx, k));
/** Where a cue of an earlier figure ending right before `at` starts ("up from", "بعد أن كانت"), or -1. */
const earlierAt = (cx: Reading, at: number): number => {
  const { g, tokens } = cx;
  for (let k = 1; k <= 4; k++) if (g.earlier.matchAt(tokens, at - k)?.to === at) return at - k;
  // (or before the day of that figure: "كانت الحصيلة صباح أمس الثلاثاء 602")
  // (a day perhaps written in two parts: "صباح أمس" "الثلاثاء")
  const days = timesIn(cx, Math.max(0, at - EARLIER_DAY_TOKENS), at);
  let from = at;
  for (let j = days.length - 1; j >= 0 && days[j]!.to === from && days[j]!.kind === "on-day"; j--) from = days[j]!.from;
  if (from < at) for (let k = 1; k <= 4; k++) if (g.earlier.matchAt(tokens, from - k)?.to === from) return from - k;
  return -1;
};
/** How many tokens the day of an earlier figure may take between its cue and its number. */
const EARLIER_DAY_TOKENS = 6;
/**
 * Where a speaker's verb in the pluperfect right before `at` starts ("It had reported 277 deaths
 * on Friday" after "… had risen to 318", "وكان المرصد قد أحصى 198 قتيلاً"), or -1: the count it
 * gives is an earlier figure, as "up from" marks one.
 */
const earlierStatementAt = (cx: Reading, at: number): number => {
  const { g, doc, tokens } = cx;
  if (cx.cueEndAt[at] === 1 && pluperfectAt(cx, at - 2)) return at - 2;
  // (its verb a few words before the number, the toll named between: "had put the toll at 121")
  for (let k = at - 3; k >= Math.max(0, at - PLUPERFECT_REACH) && tokens[k + 1]!.kind === "word" && doc.clause[k] === doc.clause[at]; k--) {
    // (not past a day between: "وكان المرصد قد أحصى حتى مساء أمس السبت 941 قتيلاً" is the total its parts follow)
    if (pluperfectAt(cx, k) && g.attribution.matchAt(tokens, k + 1)?.to === k + 2) return timesBetween(cx.timeList, cx.timeIndex, cx.n, k + 2, at).length === 0 ? k : -1;
  }
  return -1;
};
/** How many tokens before a pluperfect's word its form of "was" may stand ("وكان المرصد السوري لحقوق الإنسان قد أحصى", an aside between). */
const PAST_AUXILIARY_REACH = 24;
/**
 * Whether the word at `k` marks the pluperfect: a word of it, with a form of "was" before it in its
 * sentence (within `PAST_AUXILIARY_REACH` tokens) where the grammar needs one ("وكان المرصد قد
 * أحصى", not "وقد وثّق").
 */
const pluperfectAt = (cx: Reading, k: number): boolean => {
  const { g, doc } = cx;
  if (!hasAt(cx, g.pluperfect, k)) return false;
  if (g.grammar.pastAuxiliaries.length === 0) return true;
  // (past an aside about the subject: "وكان المرصد، ومقره بريطانيا ويعتمد على …، قد أحصى")
  for (let j = k - 1; j >= Math.max(0, k - PAST_AUXILIARY_REACH) && doc.sentence[j] === doc.sentence[k]; j--) if (hasAt(cx, g.pastAuxiliaries, j)) return true;
  return false;
};
/** How far before its number a pluperfect statement's auxiliary may stand ("had put the toll at 121"). */
const PLUPERFECT_REACH = 6;
/** `has(s, word(k))`, with the token's spelling variants looked up by its id. */
const hasAt = (cx: Reading, s: WordSet, k: number): boolean => {
  const { tokens } = cx;
  const t = tokens[k];
  return t === undefined ? s.has("") : s.hasToken(t);
};

// --- per-sentence caches
const sentenceRange = (cx: Reading, s: number): [number, number] => [cx.doc.sentenceStart[s] ?? 0, cx.doc.sentenceStart[s + 1] ?? cx.n];
const sentenceSources = (cx: Reading, s: number) => {
  const { lex, g, lx, doc, outlet, flags, attributionCache } = cx;
  let a = attributionCache.get(s);
  if (!a) {
    const [from, to] = sentenceRange(cx, s);
    a = attributedSources(doc, g, lx, lex, from, to, outlet, flags, (f, t) => issuerOpensAt(cx, f, t));
    attributionCache.set(s, a);
  }
  return a;
};
/** Time expressions starting in [a, b) (callers keep the range short). */
const timesIn = (cx: Reading, a: number, b: number): TimeExpr[] => timesBetween(cx.timeList, cx.timeIndex, cx.n, a, b);
const startsListLine = (cx: Reading, s: number, at: number): boolean => cx.listLineNumber[s] === at;
/** How many lines a list may run below the intro that dates it. */
const LIST_LINES = 12;
/**
 * The day a list's intro gives its figures, for a count on one of its lines with no time of its
 * own ("أما أحدث أرقامنا، حتى مساء الجمعة 6 كانون الأول، فهي:" over "– القتلى: 138 مدنياً"):
 * the intro's "as of" time (the sentence ending with a colon above the list's first line).
 */
const listIntroTime = (cx: Reading, s: number): TimeExpr | null => {
  if (cx.listLineNumber[s] === undefined) return null;
  let intro = s - 1;
  while (intro >= 0 && intro > s - LIST_LINES && cx.listLineNumber[intro] !== undefined) intro--;
  if (intro < 0 || cx.listLineNumber[intro] !== undefined) return null;
  const [from, to] = sentenceRange(cx, intro);
  for (const t of timesIn(cx, from, to)) if (t.kind === "as-of") return t;
  return null;
};
/** Whether word `w` is "و" glued to the word it joins (clitic grammars): "وغارات", "وشرّدت". */
const gluedAnd = (g: CompiledGrammar, w: string): boolean => g.grammar.clitics && w.startsWith("و") && w.length > 3;
/** Whether what starts at token `at` is joined to what precedes it: "and" or "و" before it, or "و" glued to it (clitic grammars). */
const joinedAt = (cx: Reading, at: number): boolean => word(cx, at - 1) === "and" || word(cx, at - 1) === "و" || (cx.g.grammar.clitics && word(cx, at).startsWith("و"));
/** Whether word `w` joins a clause to the one before: "and", "و", or "و" glued to its first word. */
const joinsClause = (g: CompiledGrammar, w: string): boolean => w === "and" || w === "و" || gluedAnd(g, w);
/** Whether a metric word joined by "and" stands in [a, b) ("وإصابة", "and injuring"): a new count's clause. */
const joinedMetricBetween = (cx: Reading, a: number, b: number): boolean => {
  for (let k = a; k < b; k++) if (cx.metricCover[k] !== undefined && (joinsClause(cx.g, word(cx, k)) || joinsClause(cx.g, word(cx, k - 1)))) return true;
  return false;
};
/**
 * A word joining a new clause with a subject of its own ("… منذ 2016 وغارات روسية تقتل 19") in
 * [a, b): a metric word after it before `b`, past the joined word (not the same subject going on:
 * "began in 2011 and has killed", "منذ 2011 وقتل").
 */
const joinedCountBetween = (cx: Reading, a: number, b: number): boolean => {
  const { g, doc, metricAt } = cx;
  for (let j = a; j < b; j++) {
    const w = word(cx, j);
    const glued = gluedAnd(g, w);
    if (!joinsClause(g, w)) continue;
    const first = glued ? j : j + 1;
    if (hasAt(cx, g.predicateAux, first) || hasAt(cx, g.copulas, first)) return false;
    // (past the joined word's own metric phrase: "وأودت بحياة"; in the joined clause, not past a
    // comma after a joined noun: "the regime and its Russian backers … to take the countryside,
    // displacing close to 1 million people")
    for (let k = metricAt[first]?.to ?? first + 1; k < b; k++) if (metricAt[k] && doc.clause[k] === doc.clause[j]) return true;
    return false;
  }
  return false;
};
/** A superlative a few words before a year ("أعنف هجوم على ريف حلب الغربي منذ 2020"). */
const superlativeBefore = (cx: Reading, year: number, notQualifier = false): boolean => {
  const { g, tokens } = cx;
  for (let k = year - 1; k >= Math.max(0, year - 8); k--) {
    if (isClauseBreak(tokens[k])) return false;
    // (not a qualifier's word, where it may be one: "أكثر من نصف مليون … منذ سنوات")
    if (tokens[k]!.kind === "word" && hasAt(cx, g.superlatives, k) && !(notQualifier && g.qualifiersBefore.matchAt(tokens, k) !== undefined)) return true;
  }
  return false;
};
/** How many tokens after a time opening its sentence the count it dates may start (a qualifier between). */
const OPENING_TIME_REACH = 8;
/** A time opening the sentence, set off by a comma before the count ("Over 13 years, more than 600,000 …"): it dates the whole sentence. */
const opensSentenceBefore = (cx: Reading, t: TimeExpr, sFrom: number, count: number): boolean =>
  t.from - sFrom <= 1 && t.to < count && count - t.to <= OPENING_TIME_REACH && isComma(cx.tokens[t.to]) && !hasNumberBetween(cx, t.to, count - 1);
/**
 * Whether a historical time opens the sentence [sFrom, sTo), or its part after a colon, before the
 * count at `count` with no time of another kind before it ("ليست هذه المرة الأولى: منذ عام
 * 2011 وثّقت منظمات طبية أكثر من 600 هجوم …، ومقتل ما يزيد على 900 من العاملين الصحيين"): all it
 * counts is history.
 */
const historyOpens = (cx: Reading, sFrom: number, sTo: number, count: number): boolean => {
  const { tokens } = cx;
  const all = timesIn(cx, sFrom, sTo);
  const t = all[0];
  if (t === undefined || t.kind !== "historical" || t.to > count || all.some((o) => o.kind !== "historical" && o.from < count)) return false;
  let k = sFrom;
  while (k < t.from && tokens[k]!.kind !== "word" && tokens[k]!.kind !== "number") k++;
  return k === t.from || (tokens[t.from - 1]?.text === ":" && !hasNumberBetween(cx, sFrom, t.from));
};
/** A "since …" a superlative compares with ("in the worst fighting in years" is no history of the count). */
const comparedSince = (cx: Reading, k: number): boolean => cx.g.timeWords.matchAt(cx.tokens, k)?.value === "since" && superlativeBefore(cx, k, true);
/**
 * A cue of a historical total in [from, to) ("منذ اندلاع الحرب", "years of war"), not one a
 * superlative compares with: "في أعنف معارك تشهدها المنطقة منذ سنوات" dates the fighting's rank,
 * not the count; nor one before a speech verb that opens what is reported before the count at `count`.
 */
const historyCueWithin = (cx: Reading, from: number, to: number, count: number): boolean => {
  const { g, tokens, flags } = cx;
  if (!g.historical.anyWithin(tokens, flags, F_HISTORICAL, from, to)) return false;
  for (let k = from; k < to; k++) {
    if ((flags[k]! & F_HISTORICAL) === 0) continue;
    const cue = g.historical.matchAt(tokens, k);
    if (cue !== undefined && cue.to <= to && !comparedSince(cx, k) && !(cue.to <= count && spokenBetween(cx, cue.to, count))) return true;
  }
  return false;
};
const pastYearNear = (cx: Reading, from: number, to: number): boolean => {
  const { g, doc, tokens, n, timeList, timeIndex, eventYear } = cx;
  if (!Number.isFinite(eventYear)) return false;
  for (let k = Math.max(0, from - 10); k < Math.min(n, to + 14); k++) {
    const t = tokens[k]!;
    const y = t.kind === "number" ? yearOf(t) : -1;
    // (not the count itself, a number that only looks like a year before whom it counts: "بين 1500
    // و2000 عائلة نزحت", not "منذ عام 2011 بحياة")
    if (y < 0 || y >= eventYear || (k === to - 1 && cx.subjectAt[to] !== undefined)) continue;
    // (nor a year a superlative compares with: "في أعنف هجوم على ريف حلب منذ 2020", "the deadliest since 2016")
    if (superlativeBefore(cx, k)) continue;
    // (not a count of its own joined after the year: "… للمرة الأولى منذ 2016 وغارات روسية تقتل 19 مدنياً")
    if (k < from && joinedCountBetween(cx, k + 1, from)) continue;
    if (doc.clause[k] === doc.clause[from] || doc.clause[k] === doc.clause[to - 1]) return true;
  }
  // "the war, which began in 2011 …, has killed more than half a million": a period opened by a past year
  // (or in the sentence before, when this one opens by referring back to it: "Syria's conflict
  // began in 2011 … It has killed more than 300,000 civilians")
  // (past the line break a sentence may open with: "This war started in 2011.\nIt has already killed …")
  let opening = doc.sentenceStart[doc.sentence[from]!] ?? from;
  while (opening < from && tokens[opening]!.kind === "break") opening++;
  const refersBack = hasAt(cx, g.periodReferences, opening) && doc.sentence[from]! > 0;
  for (let k = Math.max(0, from - 32); k < from; k++) {
    const t = tokens[k]!;
    const y = t.kind === "number" ? yearOf(t) : -1;
    if (y < 0 || y >= eventYear || !(sameSentence(cx, k, from) || (refersBack && doc.sentence[k] === doc.sentence[from]! - 1))) continue;
    // unless the count names a time of its own after the year ("in 2016 …; since Wednesday 200 …")
    const later = timesBetween(timeList, timeIndex, n, k + 1, Math.min(n, to + 10));
    let own = false;
    for (let x = 0; x < later.length && !own; x++) own = later[x]!.kind !== "historical" && sameSentence(cx, later[x]!.from, from);
    // nor when a new clause joined by "and"/"و" carries the count ("since 2016, and 20 people were
    // killed"), unless it refers back to the period ("اندلعت عام ٢٠١١، وقُتل فيها أكثر من ٣٠٠ ألف مدني")
    let joined = false;
    for (let b = k + 1; b < from && !joined; b++) {
      const w = tokens[b + 1]?.kind === "word" ? word(cx, b + 1) : "";
      joined = isClauseBreak(tokens[b]) && (w === "and" || w === "but" || w === "while" || w === "و" || (g.grammar.clitics && w.startsWith("و")));
      if (joined) for (let r = b + 1; r < from && joined; r++) joined = !hasAt(cx, g.periodReferences, r);
      // (nor a clause with no subject of its own, its auxiliary right after the conjunction: "the
      // war erupted in 2011 …, and has killed more than half a million people")
      if (joined && hasAt(cx, g.predicateAux, b + 2)) joined = false;
    }
    // nor when a speech verb between them opens what is reported ("The rebels, penned in since March 2020, said they had seized 15 villages")
    if (!own && !joined && !spokenBetween(cx, k + 1, from) && !joinedCountBetween(cx, k + 1, from)) return true;
  }
  return false;
};
/**
 * Whether a speech verb in [from, count) opens what is reported, so that a past year or a cue of
 * history before it dates something else: right after the aside the cue closes, or after a speaker
 * named past it ("The rebels, penned in since March 2020, said they had seized 15 villages"; "A
 * group that keeps count of deaths in the war, called the Syrian Observatory …, says more than 450
 * …"), not past more words of the war's own clause ("حرباً اندلعت في آذار 2011 وخلّفت، بحسب
 * تقديرات المرصد، أكثر من 600 ألف قتيل"), nor one whose clause goes on with the war's own predicate
 * ("the war, which the monitor says has killed more than 500,000").
 */
const spokenBetween = (cx: Reading, from: number, count: number): boolean => {
  const { g, lx, tokens, flags } = cx;
  // (a qualifier is not one: "has killed an estimated half a million")
  const qualified = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, count, 4)?.from ?? count;
  let words = false;
  let named = false;
  for (let b = from; b < qualified; b++) {
    if ((!words || named) && ((flags[b] ?? 0) & F_ATTRIBUTION) !== 0) {
      const verb = g.attribution.matchAt(tokens, b);
      if (verb !== undefined && !hasAt(cx, g.predicateAux, verb.to)) return true;
    }
    words ||= tokens[b]!.kind === "word";
    named ||= lx.sources.matchAt(tokens, b) !== undefined;
  }
  return false;
};
const sameSentence = (cx: Reading, a: number, b: number) => cx.doc.sentence[a] === cx.doc.sentence[b];

/** A time expression naming a day starts at `at` ("يوم الجمعة", "يوم أمس"). */
const dayNamedAt = (cx: Reading, at: number): boolean => {
  const t = timesIn(cx, at, at + 1)[0];
  return t !== undefined && t.from === at && t.kind === "on-day";
};
/** A metric word ends at most three words before `at` (a qualifier between allowed). */
const metricJustBefore = (cx: Reading, at: number): boolean => {
  const { g, metricCover } = cx;
  const lead = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, at, 4)?.from ?? at;
  for (let d = 1; d <= 3; d++) if (metricCover[lead - d] !== undefined) return true;
  return false;
};
const hasNoClauseBreak = (cx: Reading, a: number, b: number): boolean => {
  const { tokens } = cx;
  for (let k = a; k < b; k++) if (isClauseBreak(tokens[k])) return false;
  return true;
};
/** An item number at token k: one or two digits, then "-", ")", "." or "|" and a word ("5- …", "3) …", "2 | The toll"). */
const itemNumberAt = (cx: Reading, k: number): boolean => {
  const { tokens } = cx;
  const t = tokens[k];
  const mark = tokens[k + 1];
  return t !== undefined && t.kind === "number" && t.text.length <= 2 && mark !== undefined && mark.text !== ":" && (DASHES.has(mark.text) || mark.text === ")" || mark.text === "." || mark.text === "|") && tokens[k + 2]?.kind === "word";
};
/** Whether the digits at `k` number a note: glued to a sentence's full stop glued to a word, or opening a line before a quotation mark. */
const noteNumberAt = (cx: Reading, k: number): boolean => {
  const { tokens } = cx;
  const t = tokens[k]!;
  const stop = tokens[k - 1];
  const before = tokens[k - 2];
  if (t.text.length <= 2 && stop !== undefined && before !== undefined && stop.text === "." && stop.end === t.start && before.end === stop.start && before.kind !== "number" && tokens[k + 1]?.kind !== "number") return true;
  const mark = tokens[k + 1];
  return opensLine(cx.doc, k) && mark !== undefined && mark.kind === "punct" && mark.start > t.end && closingMark(mark.text) !== undefined;
};
/** A capitalised word at k that names no group, place or metric (a person's name in the original text). */
const ageAfterName = (cx: Reading, k: number): boolean => {
  const { article, lx, doc, tokens, subjectAt, metricAt } = cx;
  const t = tokens[k];
  if (t === undefined || t.kind !== "word" || subjectAt[k] !== undefined || metricAt[k] !== undefined || lx.places.matchAt(tokens, k) !== undefined) return false;
  // (of its last part: "al-Hassan")
  const span = originalSpan(doc.norm, t.start, t.end);
  const written = article.text.slice(span.start, span.end);
  const first = written.charAt(written.lastIndexOf("-") + 1);
  return first !== first.toLowerCase();
};
/** Whether a number counts the speakers of its sentence: right after a speech verb and before whom they told or what, or before the verb in English. */
const speakersCounted = (cx: Reading, m: NumberMention, e: number): boolean => {
  const { g, lx, tokens, n, metricCover, numberAtTok } = cx;
  if (g.grammar.clitics) {
    const verb = tokens[m.from - 1];
    if (verb === undefined || !tokenVariants(verb.text, true).some((v) => g.speechVerbs.has(v))) return false;
    for (let k = e; k <= e + 3 && k < n; k++) {
      if (metricCover[k] || numberAtTok[k]) return false;
      if (g.relay.matchAt(tokens, k) !== undefined || hasAt(cx, g.complementizers, k) || /^[وف]?ل/.test(word(cx, k)) && k > e) return true;
    }
    return false;
  }
  // (or right after the verb of a quotation, closing it: "\"…,\" says one woman, as …")
  const before = tokens[m.from - 2];
  // (not a speaker named right before the comma: "the Syria Civil Defense, better known as the
  // White Helmets, said eight civilians … were killed")
  let named = false;
  for (let k = m.from - 3; k >= Math.max(0, m.from - 9) && !named && before !== undefined && isComma(before); k--) named = lx.sources.matchAt(tokens, k)?.to === m.from - 2;
  const quoted = before !== undefined && (isComma(before) || QUOTES.has(before.text)) && !named;
  if (quoted && g.speechVerbsAfter.has(word(cx, m.from - 1)) && tokens[e]?.kind === "word" && !metricCover[e] && tokens[e + 1]?.kind === "punct") return true;
  for (let k = e; k <= e + 3 && k < n && tokens[k]!.kind === "word"; k++) {
    if (metricCover[k]) return false;
    if (k > e && g.speechVerbsAfter.has(word(cx, k))) return true;
  }
  return false;
};
/** The largest first number of a ratio ("one in seven", "three out of four"): a count of more is one over a period ("132 in 24 hours"). */
const RATIO_LEAD_MAX = 10;
/**
 * Whether the number at `m` is either number of a ratio ("roughly one in seven of them civilians",
 * "واحد من كل سبعة"): a few, a ratio word, then a number that no unit follows ("20 in 24 hours").
 */
const ratioAt = (cx: Reading, m: NumberMention, e: number): boolean => {
  const { g, tokens, flags, numberAtTok } = cx;
  const few = (v: number | null | undefined): boolean => v != null && v >= 1 && v <= RATIO_LEAD_MAX;
  const unitAt = (k: number): boolean => ((flags[k] ?? 0) & F_UNITS) !== 0 && g.units.matchAt(tokens, k) !== undefined;
  const join = g.ratioJoins.matchAt(tokens, e);
  if (join !== undefined && few(m.value) && numberAtTok[join.to] && !unitAt(numberAt(g, tokens, join.to)?.to ?? join.to + 1)) return true;
  // (the second number: past its ratio word back to a few that ends there)
  for (let d = 1; d <= 3; d++) {
    if (g.ratioJoins.matchAt(tokens, m.from - d)?.to !== m.from) continue;
    const before = numberAt(g, tokens, m.from - d - 1);
    return before !== undefined && before.to === m.from - d && few(before.value) && !unitAt(e);
  }
  return false;
};
/** How many tokens after a figure given in error the words opening the right one may stand. */
const CORRECTED_REACH = 12;
/**
 * Whether the words opening a right figure follow the count ending at `e` in its sentence, past no
 * other number, and a number follows them ("مقتل 14 طالباً …، والصحيح أربعة طلاب"): it was given in error.
 */
const correctedAfter = (cx: Reading, e: number): boolean => {
  const { g, tokens, numberAtTok } = cx;
  for (let k = e; k < Math.min(cx.n, e + CORRECTED_REACH) && !isSentenceEnd(tokens[k]) && !numberAtTok[k]; k++) {
    const c = g.correctedBy.matchAt(tokens, k);
    if (c === undefined) continue;
    for (let j = c.to; j < Math.min(cx.n, c.to + 4); j++) if (numberAtTok[j]) return true;
    return false;
  }
  return false;
};
/** How many digit groups a phone number or code may have before the one read ("+963 11 000 341"). */
const PHONE_GROUPS = 4;

/**
 * Whether the number at `k` is a group of a phone number or code ("0988 000 341"): it, or a group
 * set before it by a single space on its line, opens with a zero, as no count is written.
 */
const phoneGroupAt = (tokens: readonly Token[], k: number): boolean => {
  for (let j = k, groups = 0; groups <= PHONE_GROUPS; j--, groups++) {
    const t = tokens[j]!;
    if (t.text.length >= 2 && t.text.charCodeAt(0) === 48) return true;
    const before = tokens[j - 1];
    if (before?.kind !== "number" || before.end + 1 !== t.start) return false;
  }
  return false;
};
/** How many tokens the words before a whole counted out of may have ("out of a total of"). */
const WHOLE_OF_TOKENS = 5;
/** How many tokens past a body's size a metric word would make it a count ("a crew of four were killed"). */
const GROUP_METRIC_REACH = 4;

/** Whether a metric word stands in the clause of token `from` before token `to`, or in the words right before it. */
const metricNear = (cx: Reading, from: number, to: number): boolean => {
  const clause = cx.doc.clause[from];
  for (let k = Math.max(0, from - GROUP_METRIC_REACH); k < Math.min(cx.n, to); k++) if (cx.doc.clause[k] === clause && cx.metricCover[k] !== undefined) return true;
  return false;
};
/** How many tokens before a count a supposition's word may open its clause ("ولو بلغ الأسرى ألفاً"). */
const SUPPOSED_REACH = 6;
const excluded = (cx: Reading, m: NumberMention, e: number): boolean => {
  const { lex, g, lx, doc, tokens, n, flags, subjectAt, metricAt, metricCover, numberAtTok, timeAt, inTime, numberedNames } = cx;
  if (m.form === "implicit" || m.form === "vague") return false;
  if (inTime[m.from] === 1) return true;
  // "5- سجّل الفريق …", "3) The UN said …": the number of an item opening its line
  // (or in brackets opening its line: "(4) العائلات النازحة المسجّلة حديثاً: …")
  if (m.form === "digits" && m.to === m.from + 1 && (opensLine(cx.doc, m.from) || (tokens[m.from - 1]!.text === "(" && opensLine(cx.doc, m.from - 1))) && itemNumberAt(cx, m.from)) return true;
  // a note's number: glued to the full stop that ends a sentence ("… Military Operations
  // Command.2 In northern …"), or opening its line in the notes before a quoted title ("5 \"Russia says …\", Reuters")
  if (m.form === "digits" && m.to === m.from + 1 && noteNumberAt(cx, m.from)) return true;
  // ("one of at least 40 air strikes", "واحدة من 40 غارة"): one of a count is no count of its own
  if (m.value === 1 && m.form === "words") {
    const of = g.partitives.matchAt(tokens, e);
    if (of !== undefined) for (let k = of.to; k < Math.min(n, of.to + 3); k++) if (numberAtTok[k]) return true;
  }
  if (m.form === "digits" && phoneGroupAt(tokens, m.from)) return true;
  // ("1 = with host families, 2 = tents"): a code of a coded answer
  if (tokens[e]?.text === "=") return true;
  // ("1.2" of a release, "2.5" of a ratio: a count of people or events is whole)
  if (m.value !== null && !Number.isInteger(m.value)) return true;
  // ("أي بفارق 146 مدنياً عن أرقامنا", "a gap of 146"): a difference between two counts, perhaps past a qualifier
  for (let d = 1; d <= 4; d++) {
    const cue = g.differenceCues.matchAt(tokens, m.from - d);
    if (cue !== undefined && (cue.to === m.from || matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, m.from, 3)?.from === cue.to)) return true;
  }
  // ("ولو بلغ الأسرى ألفاً أو أكثر", "even if the toll reached 1,000"): a count supposed, in its clause
  for (let k = m.from - 1; k >= Math.max(0, m.from - SUPPOSED_REACH) && doc.clause[k] === doc.clause[m.from]; k--) if (g.suppositionCues.matchAt(tokens, k) !== undefined) return true;
  // ("[الإنسان: 8]", "[Reuters: 3]"): the number closing a bracketed reference
  if (m.form === "digits" && tokens[e]?.text === "]" && tokens[m.from - 1]?.text === ":") {
    for (let k = m.from - 2; k >= Math.max(0, m.from - 6) && tokens[k]!.kind !== "break"; k--) if (tokens[k]!.text === "[") return true;
  }
  // ("اليوم الثاني عشر": the ten of an ordinal teen)
  if (m.form === "words" && m.value === 10 && m.to === m.from + 1 && hasAt(cx, g.ordinalHeads, m.from - 1)) return true;
  const next = tokens[e];
  // ("with his wife and five children": one person's family)
  // (right after the possessive, or past one relative and "and"; not "his staff received 60 wounded")
  if (hasAt(cx, g.personalPossessives, m.from - 1) || (hasAt(cx, g.joiners, m.from - 1) && tokens[m.from - 2]?.kind === "word" && hasAt(cx, g.personalPossessives, m.from - 3))) return true;
  // ("a 34-year-old mother of four", "أب لخمسة أطفال": how many children one parent has)
  for (let d = 1; d <= 2; d++) if (g.parentOf.matchAt(tokens, m.from - d)?.to === m.from) return true;
  // ("تحييها فرقة من 12 عازفاً", "a team of 40 engineers will inspect it": a body's size, with no metric word near in its clause)
  const body = matchesBefore(cx, g.groupOf, 0, m.from, 2);
  if (body !== undefined && !metricNear(cx, body.from, e + GROUP_METRIC_REACH)) return true;
  // ("one of the most intense bombing campaigns": one of a kind compared, not a count)
  if (m.value === 1 && m.to === m.from + 1 && g.partitives.matchAt(tokens, e)?.to === e + 1) {
    for (let k = e + 1; k <= e + 3 && tokens[k]?.kind === "word"; k++) if (hasAt(cx, g.superlatives, k)) return true;
  }
  // ("strikes reported in 11 of Syria's 14 governorates", "destroyed 14 of their vehicles": a part
  // of things that are no people)
  if (g.partitives.matchAt(tokens, e)?.to === e + 1) {
    for (let k = e + 1; k <= e + 3 && k < tokens.length && !isClauseBreak(tokens[k]) && !subjectAt[k] && !metricCover[k]; k++) {
      if (numberAtTok[k] && (flags[k + 1] ?? 0) & F_UNITS && g.units.matchAt(tokens, k + 1) !== undefined) return true;
      // (the things right after "of", or past "the"/"their")
      const next = k === e + 1 || (k === e + 2 && (hasAt(cx, g.definiteArticles, e + 1) || hasAt(cx, g.possessives, e + 1)));
      // (not things in the possessive, whose people are counted: "Two of the shelter's volunteers")
      const things = next && tokens[k]!.kind === "word" && (flags[k] ?? 0) & F_UNITS ? g.units.matchAt(tokens, k) : undefined;
      if (things !== undefined && !g.possessiveEndings.some((x) => tokens[things.to - 1]!.text.endsWith(x))) return true;
    }
  }
  // ("وقال ثلاثة سكان لرويترز إن …", "Two Syrian army sources told Reuters …": the speakers counted)
  if (speakersCounted(cx, m, e)) return true;
  // ("قبل يوم واحد", "دفعة واحدة": "one" after a noun is an adjective, a single one, no count)
  if (g.grammar.clitics && m.form === "words" && m.value === 1 && m.to === m.from + 1 && SINGLE.has(word(cx, m.from)) && tokens[m.from - 1]?.kind === "word" && numberAtTok[m.from - 1] === 0 && !metricCover[m.from - 1] && !subjectAt[m.from - 1]) return true;
  // ("على 7 من مراكز المحافظات الـ14": a number with its own article right after a definite noun
  // is how many of that noun there are in all, no count)
  if (g.grammar.clitics && m.form === "digits" && word(cx, m.from - 1) === "ال" && tokens[m.from - 2]?.kind === "word" && word(cx, m.from - 2).startsWith("ال")) return true;
  // ("lands on an old one": a pronoun after an article and an adjective, not a count)
  if (m.form === "words" && m.value === 1 && m.to === m.from + 1 && !g.grammar.clitics && tokens[m.from - 1]?.kind === "word" && (hasAt(cx, g.singularArticles, m.from - 2) || hasAt(cx, g.definiteArticles, m.from - 2))) return true;
  // ("…, one said": a pronoun speaking, not a count)
  if (m.form === "words" && m.value === 1 && m.to === m.from + 1 && next !== undefined && g.speechVerbsAfter.has(next.text)) return true;
  if (ratioAt(cx, m, e)) return true;
  if (correctedAfter(cx, e)) return true;
  // ("صُرفت لـ1,186 يتيماً من أصل 1,250", "12 out of 20"): the whole a part is counted out of, unless
  // a metric word is its own noun ("312 عنصراً … من أصل 871 قتيلاً")
  if (metricCover[e] === undefined && matchesBefore(cx, g.wholeOf, 0, m.from, WHOLE_OF_TOKENS) !== undefined) return true;
  const prev = tokens[m.from - 1];
  // (not a unit behind the preposition lam: "و187 لطائرات النظام", 187 strikes by the regime's planes)
  const unitAfterLam = g.grammar.clitics && next !== undefined && next.text.startsWith("ل") && !g.unitWords.has(next.text);
  const unit = (flags[e] ?? 0) & F_UNITS && !unitAfterLam ? g.units.matchAt(tokens, e) : undefined;
  // ("UNRWA's four collective shelters": things counted past one word that names no one; not
  // when people follow the things, which only say who they are: "two UOSSM ambulance volunteers";
  // nor a time after the number: "up from 92 a day earlier")
  // (nor a determiner's time or rate after the number: "the monitor logged 11 that day", "40 a day")
  if (!g.grammar.clitics && unit === undefined && next?.kind === "word" && !subjectAt[e] && !metricCover[e] && timeAt[e] !== 1 && !g.determiners.hasToken(next) && (flags[e + 1] ?? 0) & F_UNITS) {
    const things = g.units.matchAt(tokens, e + 1);
    if (things !== undefined && subjectAt[things.to] === undefined) return true;
  }
  // ("عدد النازحين تجاوز 120 ألف نسمة": inhabitants counted right after a metric word are people
  // of that count, not a population)
  // (nor is a day named after the number a unit: "ارتفعت الحصيلة إلى 327 يوم الجمعة")
  // (nor are they in parentheses after a count of families: "38,614 عائلة (201,320 نسمة)")
  const restated = prev?.text === "(" && tokens[m.from - 2]?.kind === "word";
  if (unit && !(g.population.matchAt(tokens, e) !== undefined && (metricJustBefore(cx, m.from) || restated)) && !dayNamedAt(cx, e)) return true;
  const tight = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined && tokens[a]!.end === tokens[b]!.start;
  // "11:30" is a clock time; "stood at 398: 187 rebels, …" a total and its list
  if (next && next.kind === "punct" && next.text === ":" && tokens[e + 1]?.kind === "number" && tight(e - 1, e) && tight(e, e + 1)) return true;
  // (and a code to dial, "*150#")
  if (next?.text === "%" || prev?.text === "%" || prev?.text === "+" || prev?.text === "#" || next?.text === "#" || prev?.text === "*" || (prev !== undefined && (CURRENCY_SIGNS.has(prev.text) || (prev.kind === "word" && g.currencyCodes.has(prev.text))))) return true;
  // "said Amina Rashid, 63, who …": an age set off by commas after a name
  if (m.form === "digits" && !g.grammar.clitics && m.value !== null && m.value < 120 && isComma(prev) && isComma(next) && ageAfterName(cx, m.from - 2)) return true;
  // "[6]": a footnote marker
  if (prev?.text === "[" && next?.text === "]" && m.form === "digits") return true;
  // "T-72", "Su-24": a model's number glued to its letters by a hyphen
  if (prev?.text === "-" && tokens[m.from - 2]?.kind === "word" && tight(m.from - 2, m.from - 1) && tight(m.from - 1, m.from)) return true;
  if (gluedToName(g, tokens, m)) return true;
  // "الفرقة 25", "Flash Update No. 6": a numbered unit or document
  // (not a verb of amounting after who is counted: "the dead number 790")
  if (m.form === "digits" && prev !== undefined && numberedNames.has(prev.text === "." ? word(cx, m.from - 2) : prev.text) && !(g.amountVerbs.hasToken(prev) && metricCover[m.from - 2] !== undefined)) return true;
  if (prev && prev.text === ":" && tokens[m.from - 2]?.kind === "number" && tight(m.from - 2, m.from - 1) && tight(m.from - 1, m.from)) return true;
  if (prev && (prev.text === "-" || prev.text === "/") && tokens[m.from - 2]?.kind === "number" && tight(m.from - 2, m.from - 1) && tight(m.from - 1, m.from)) return true;
  if (next && (next.text === "/" || (next.text === "-" && m.rangeTo === undefined)) && tokens[e + 1]?.kind === "number" && tight(e - 1, e) && tight(e, e + 1)) return true;
  if (g.months.matchAt(tokens, e) || ((next?.text === "من" || next?.text === "of") && g.months.matchAt(tokens, e + 1))) return true;
  const monthBefore = matchesBefore(cx, g.months, F_MONTH, m.from, 2);
  // (after a date that has its day, only a year belongs to it: "منذ ٢٧ تشرين الثاني ٩١٠ أشخاص";
  // the month's other name after a slash is the same month: "منذ 27 تشرين الثاني/نوفمبر 115 ألف")
  const otherName = monthBefore && tokens[monthBefore.from - 1]?.text === "/" ? matchesBefore(cx, g.months, F_MONTH, monthBefore.from - 1, 2) : undefined;
  const dayAt = (otherName ?? monthBefore)?.from ?? 0;
  if (monthBefore && !(tokens[dayAt - 1]?.kind === "number" && yearOf(tokens[m.from]!) < 0 && m.from === monthBefore.to)) return true;
  if (prev?.text === "." && g.abbreviations.has(tokens[m.from - 2]?.text ?? "")) return true; // "Nov. 27"
  const t = tokens[m.from]!;
  if (m.form === "digits" && yearOf(t) >= 0 && m.to === m.from + 1 && !subjectAt[e] && !metricAt[e]) return true;
  if (m.value !== null && m.value > 0 && m.value < 1 && m.form === "digits") return true;
  if (m.form === "words" && m.value === 1 && ["no", "any", "every", "each", "the", "this", "that", "which", "only"].includes(prev?.text ?? "")) return true;
  // "أحد السكان", "one resident", "one of the witnesses": a speaker, not a count
  if (m.form === "words" && m.value === 1) {
    const at = g.partitives.matchAt(tokens, e)?.to ?? e;
    const who = lx.sources.matchAt(tokens, at) ?? lx.sources.matchAt(tokens, at + 1);
    if (who && lex.source(who.value)?.kind === "witnesses") return true;
  }
  const lead = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, m.from, 4)?.from ?? m.from;
  // (not those a shelter hosts that a metric word of their own names, "تستضيف 64 عائلة نازحة",
  // "hosts 4,000 displaced people"; but a place's, or those it already hosted, are its population:
  // "مدينة إدلب، التي تؤوي أكثر من مليون نازح", "في منطقة تؤوي أصلاً أكثر من 1.7 مليون نازح")
  const ownMetric = metricAt[e] !== undefined || (tokens[e]?.kind === "word" && metricAt[e + 1] !== undefined);
  for (let k = Math.max(0, lead - POPULATION_REACH); k < lead; k++) {
    const p = flags[k]! & F_POPULATION ? g.population.matchAt(tokens, k) : undefined;
    if (p && p.to <= lead && doc.clause[k] === doc.clause[lead] && (!ownMetric || stockHosted(cx, k, p.to, lead))) return true;
  }
  // ("Around 300,000 people live in Idlib city", "أكثر من 4 ملايين شخص يعيشون فيها": the verb after its subject)
  if (g.population.anyWithin(tokens, flags, F_POPULATION, e, Math.min(n, e + 3)) && hasNoClauseBreak(cx, e, Math.min(n, e + 3))) return true;
  if (matchesBefore(cx, g.notCounted, F_NOT_COUNTED, lead, 3)) return true;
  // "Two Syrian army sources told Reuters …", "three residents said": a noun phrase right before a
  // speech verb counts the speakers (not "20 people reported killed"; subject-first order, so not
  // in a clitic grammar, where the verb comes first and a cue word may be part of a name: "تل رفعت";
  // nor an earlier figure and who gave it: "up from 153 it had reported late on Wednesday")
  // (past an aside, where the noun is a source's: "Two residents of Atarib, a town in the western
  // Aleppo countryside, told Reuters")
  // (what the aside names is no count's: "a town")
  // (not a party's name before its members: "Among the dead were 70 HTS fighters, it said")
  const named = g.grammar.clitics ? undefined : lx.sources.matchAt(tokens, e);
  const speakerNoun = named !== undefined && !partyBeforeMembers(g, lx, tokens, named);
  const earlierFigure = earlierAt(cx, lead) >= 0;
  let aside = false;
  for (let k = e; !g.grammar.clitics && !earlierFigure && k < e + (speakerNoun ? SPEAKER_NOUN_REACH : 10) && (tokens[k]?.kind === "word" || (speakerNoun && isComma(tokens[k]))) && (aside || !metricAt[k]); k++) {
    if (isComma(tokens[k])) aside = !aside;
    const said = ((flags[k] ?? 0) & F_ATTRIBUTION) !== 0 ? g.attribution.matchAt(tokens, k) : undefined;
    if (said && k > e && !metricAt[said.to] && !metricAt[said.to + 1]) return true;
    if (said) break;
  }
  // "according to two rescue workers": the speakers, not a count (after a verb that names its
  // speaker after it; "Security sources said 30 rebels were killed" is a count)
  const cueBefore = matchesBefore(cx, g.attribution, F_ATTRIBUTION, lead, 3);
  if (cueBefore && lx.sources.matchAt(tokens, e) !== undefined && g.speechVerbs.has(phraseText(tokens, cueBefore.from, cueBefore.to))) return true;
  // "5.1 million inhabitants, among them 3.4 million displaced": a part of a population is one too
  const nest = matchesBefore(cx, g.nest, F_NEST, lead, 3);
  if (nest) {
    let k = nest.from - 1;
    while (k >= 0 && tokens[k]!.kind === "punct" && !isClauseBreak(tokens[k]) ) k--;
    if (k >= 0 && isComma(tokens[k])) k--;
    if (k >= 0 && (flags[k]! & F_POPULATION) !== 0 && g.population.matchAt(tokens, k)?.to === k + 1) return true;
  }
  return false;
};

/** How many tokens before a cue of population its host may be named. */
const HOST_REACH = 4;
/**
 * Whether those hosted after the cue of population [from, to) before the count at `lead` are a
 * stock: a word saying they were there before stands by the cue ("تؤوي أصلاً", "already hosts"),
 * or the host is a place ("مدينة إدلب، التي تؤوي", "a region that hosts").
 */
const stockHosted = (cx: Reading, from: number, to: number, lead: number): boolean => {
  const { g, tokens, lx, flags } = cx;
  // (right before the cue too: "which already hosts")
  for (let k = Math.max(0, from - 2); k < from; k++) if (g.stock.hasToken(tokens[k]!)) return true;
  for (let k = to; k < lead; k++) if (g.stock.hasToken(tokens[k]!)) return true;
  for (let k = Math.max(0, from - HOST_REACH); k < from; k++) if ((flags[k]! & F_PLACE) !== 0 && lx.places.matchAt(tokens, k) !== undefined) return true;
  return false;
};
/** How many tokens before a count a cue of population may open it ("عدد سكان المدينة قبل التصعيد كان نحو ١٢ ألف عائلة"). */
const POPULATION_REACH = 7;
/** A metric word at `k` that counts things, not people (airstrikes, localities): its subject is fixed or the actor. */
const thingAt = (cx: Reading, k: number): boolean => {
  const { lex, metricAt } = cx;
  const mm = metricAt[k];
  return mm !== undefined && mm.value.every((id) => (lex.metric(id)?.subjectRole ?? "counted") !== "counted");
};

/**
 * The side of the speaker when the counted noun is theirs ("its fighters", "their soldiers"): a
 * subject named in an unknown speaker's words, else the side of the lexicon source speaking.
 */
const ownedBySpeaker = (
  cx: Reading, from: number,
  to: number,
  before: number,
  sFrom: number,
  mentions: readonly SourceMention[],
  unnamed: PhraseMatch<true> | undefined,
): string | null => {
  const { g } = cx;
  let owned = false;
  for (let k = from; k <= to && !owned; k++) owned = hasAt(cx, g.possessives, k);
  if (!owned) return null;
  return speakerSide(cx, before, sFrom, mentions, unnamed);
};
/**
 * The party the speaker of a count before `before` speaks for: a party named as the unnamed
 * speaker, a source that is a party, or a belligerent source's side; else null.
 */
const speakerSide = (cx: Reading, before: number, sFrom: number, mentions: readonly SourceMention[], unnamed: PhraseMatch<true> | undefined): string | null => {
  const { lex, doc, outlet, subjectAt, knownOrganisation } = cx;
  if (unnamed !== undefined && unnamed.to <= before) {
    let named: string | null = null;
    for (let k = Math.max(sFrom, unnamed.from - SPEAKER_PHRASE); k < unnamed.to; k++) if (subjectAt[k]) named = subjectAt[k]!.value;
    return named;
  }
  let speaker: SourceMention | undefined;
  for (let i = mentions.length - 1; i >= 0 && speaker === undefined; i--) if (mentions[i]!.to <= before && !mentions[i]!.relay) speaker = mentions[i];
  // no speaker in the sentence: the one carried from before ("وأضاف البيان أن … من رجال قواتنا"),
  // else in a release of the publisher's own, the publisher ("كما استعادت وحداتنا …")
  const none = mentions.length === 0 && unnamed === undefined;
  const id = speaker ? speaker.id : !none ? null : carriedTo(cx, doc.sentence[before]!, doc.paragraph[before]!)?.source ?? (knownOrganisation ? outlet : cx.lastAttribution?.source ?? null);
  if (id === null || id === "other") return null;
  // a source that is itself a party speaks of its own (the army's "our forces" are the army)
  if (lex.subject(id) !== undefined) return id;
  const side = lex.source(id)?.side ?? null;
  return side !== null && lex.subject(side) !== undefined ? side : null;
};

// --- the noun phrase after a number
/** Whether the number starting at token `k` is an implicit count (a singular or dual noun: "عنصر", "a child"). */
const implicitAt = (cx: Reading, k: number): boolean => cx.numbers.some((m) => m.from === k && m.form === "implicit");
const nounPhrase = (cx: Reading, start: number, implicit: boolean): NounPhrase => {
  const { lex, g, lx, doc, tokens, n, flags, subjectAt, metricAt, metricCover, numberAtTok } = cx;
  /** Subjects named, in conjunct groups: "HTS fighters" is one group, "soldiers and militias" two. */
  const groups: string[][] = [];
  /** A subject named by the counted noun itself ("قتيلا" for all): used only when nothing else is named. */
  let countedSubject: string | undefined;
  let end = start - 1;
  /** Where the last subject named ends (a joiner after it opens another group). */
  let subjectEnd = start;
  let others = false;
  let member = false;
  let owned = false;
  let counted: PhraseMatch<readonly string[]> | undefined;
  const limit = start + 12;
  let head = start;
  for (let k = start; k < limit && k < n; ) {
    const t = tokens[k]!;
    if (t.kind === "punct" && QUOTES.has(t.text)) {
      // (the head past the quote closing the number: "«عشرات» المصابين")
      if (k === head) head++;
      k++;
      continue;
    }
    if (t.text === "(" && k > start) {
      // "Hayat Tahrir al-Sham (HTS) and allied factions": an abbreviation in parentheses is part of the name
      let close = k + 1;
      while (close < k + 5 && tokens[close]?.kind === "word") close++;
      if (close > k + 1 && tokens[close]?.text === ")") {
        k = close + 1;
        continue;
      }
    }
    if (isComma(t) && groups.every((x) => x.every((id) => id === lex.lexicon.defaults.subject))) {
      // ("ordinary people, called civilians": a gloss names the group of a noun that names none)
      const gloss = g.glosses.matchAt(tokens, k + 1);
      if (gloss !== undefined && subjectAt[gloss.to] !== undefined) {
        groups.length = 0;
        k = gloss.to;
        continue;
      }
    }
    if (isClauseBreak(t) || !sameSentence(cx, k, start)) break;
    // (a singular noun past the quote closing the number is its noun, no count of one: "«300» عنصر")
    if (k > start && numberAtTok[k] && !(k === head && implicitAt(cx, k))) break;
    if (k === start && implicit) {
      // an implicit count is its noun alone: "طفلان", "a child"
      const sm = subjectAt[k];
      const stem = sm ? undefined : dualStem(g, t.text);
      const stemTokens = stem !== undefined ? tokenize(stem) : undefined;
      const single = stemTokens !== undefined ? lx.subjects.matchAt(stemTokens, 0) : undefined;
      if (sm) groups.push([sm.value]);
      else if (single) groups.push([single.value]);
      // (a dual of a noun of what is counted names its metric: "قتيلين وسبعة جرحى" is two killed;
      // places only after a word of seizing a few words before: "استعادت بعد الظهر قريتين", not
      // "وهما بلدتان ذات أغلبية شيعية")
      const own = stemTokens !== undefined && metricAt[k] === undefined ? lx.metrics.matchAt(stemTokens, 0) : undefined;
      let seized = own !== undefined && !own.value.includes(LOCALITIES);
      for (let j = k - 1; own !== undefined && j >= Math.max(0, k - 5) && !seized && doc.clause[j] === doc.clause[k]; j--) seized = metricAt[j]?.value.includes(LOCALITIES) === true;
      if (own !== undefined && seized) counted = { from: k, to: k + 1, value: own.value };
      if (hasAt(cx, g.memberNouns, k) || (stem !== undefined && g.memberNouns.has(stem))) member = true;
      end = k;
      // a member noun names its group after it: "أسرت عنصرين من قوات النظام"; so does a dual of
      // the counted through a partitive: "جريحين من المدنيين"
      if (groups.length === 0 && (member || (own !== undefined && (flags[k + 1]! & F_PARTITIVE) !== 0 && g.partitives.matchAt(tokens, k + 1) !== undefined))) {
        k++;
        continue;
      }
      break;
    }
    if (k === start && hasAt(cx, g.copulas, k)) {
      k++;
      continue;
    }
    if (k === head && !g.grammar.clitics && hasAt(cx, g.increment, k) && metricAt[k + 1]) {
      // "15 more towns", "20 new displaced": the counted noun follows the increment word
      head++;
      k++;
      continue;
    }
    const part = flags[k]! & F_PARTITIVE ? g.partitives.matchAt(tokens, k) : undefined;
    if (part && k > start - 1) {
      // "dozens of strikes", "hundreds of towns": the counted noun of a metric that counts
      // things follows the partitive (people after it are read as subjects)
      // (past a superlative of them: "أربع من كبرى المدن السورية", "four of the largest cities")
      let thing = part.to;
      while (thing < part.to + 2 && (hasAt(cx, g.superlatives, thing) || hasAt(cx, g.definiteArticles, thing)) && tokens[thing]!.kind === "word") thing++;
      if (k === head && thingAt(cx, thing)) head = thing;
      k = part.to;
      continue;
    }
    const sm = subjectAt[k];
    // (the party whose fire or attack it was ends the phrase: "أربعمئة إرهابي بنيران الجيش")
    if (sm && k > start && groups.length > 0 && agentAt(cx, k)) break;
    if (sm && !metricCover[k]) {
      // ("regime forces and their allied militiamen": a possessive after the joiner)
      const joinedAt = hasAt(cx, g.possessives, k - 1) && !g.grammar.clitics ? k - 2 : k - 1;
      let conj = groups.length === 0 || hasAt(cx, g.joiners, joinedAt) || word(cx, joinedAt) === "و" || word(cx, joinedAt) === "or" || (g.grammar.clitics && word(cx, k).startsWith("و"));
      // ("soldiers and members of pro-government forces": a joiner before the member noun that names it)
      for (let j = subjectEnd; j <= joinedAt && !conj; j++) conj = hasAt(cx, g.joiners, j) || word(cx, j) === "و" || (g.grammar.clitics && word(cx, j).startsWith("و") && hasAt(cx, g.memberNouns, j));
      if (conj) groups.push([sm.value]);
      else groups[groups.length - 1]!.push(sm.value);
      end = sm.to - 1;
      subjectEnd = sm.to;
      k = sm.to;
      continue;
    }
    if (sm) countedSubject = sm.value;
    const mm = metricAt[k];
    if (mm) {
      if (k === head && !opensNextCount(cx, mm)) {
        counted = mm;
        end = mm.to - 1;
        k = mm.to;
        continue;
      }
      // "22 Russian and regime airstrikes", "a dozen surrounding villages": a noun of things right after its adjectives
      const things = lex.metric(mm.value[0]!)?.subjectRole === "fixed" || mm.value.every((id) => id === LOCALITIES);
      if (!g.grammar.clitics && counted === undefined && k === end + 1 && things) counted = mm;
      break;
    }
    if (flags[k]! & (F_STOP | F_NEST | F_ATTRIBUTION) && (g.stops.matchAt(tokens, k) || g.nest.matchAt(tokens, k) || g.attribution.matchAt(tokens, k))) break;
    if (hasAt(cx, g.others, k)) {
      others = true;
      end = Math.max(end, k);
    } else if (hasAt(cx, g.memberNouns, k)) {
      member = true;
      end = Math.max(end, k);
    } else if (g.grammar.clitics && hasAt(cx, g.possessives, k)) {
      owned = true;
      end = Math.max(end, k);
      // (not a determiner opening a time or rate of its own: "at 370,000 the previous day")
    } else if (k === start && t.kind === "word" && !g.determiners.hasToken(t)) end = k;
    k++;
  }
  const subjects: string[] = [];
  for (let i = 0; i < groups.length; i++) {
    const x = mostSpecific(lex, groups[i]!, g.grammar.clitics);
    if (x !== null) subjects.push(x);
  }
  return { subjects, end, others, member, counted, countedSubject, owned };
};

/**
 * Whether the party named at `k` is the agent of an action noun next to it ("the rebel offensive",
 * "the army's counteroffensive", "هجوم الفصائل"), not a group of the counted.
 */
const agentAt = (cx: Reading, k: number): boolean => {
  const { g, tokens, subjectAt } = cx;
  const sm = subjectAt[k];
  if (sm === undefined) return false;
  // (with a preposition glued to it: "بنيران الجيش", "بقصف الطيران")
  if (g.grammar.clitics) return tokens[k - 1] !== undefined && g.agentNouns.hasHead(tokens[k - 1]!);
  let after = sm.to;
  while (after < sm.to + 2 && (tokens[after]?.kind === "punct" || word(cx, after) === "led" || word(cx, after) === "backed")) after++;
  return hasAt(cx, g.agentNouns, after);
};

const leftSubjects = (cx: Reading, from: number, skip: (k: number) => boolean = () => false): string[] => {
  const { g, doc, tokens, subjectAt, metricCover, numberAtTok } = cx;
  const out: string[] = [];
  const clause = doc.clause[from - 1];
  for (let k = from - 1; k >= 0 && k >= from - 24; k--) {
    if (tokens[k]!.kind === "punct" && QUOTES.has(tokens[k]!.text)) continue;
    if (doc.clause[k] !== clause || isClauseBreak(tokens[k])) break;
    // a day of a date ("since … began on 27 November") is no other count
    if (numberAtTok[k] && !g.months.matchAt(tokens, k + 1) && !matchesBefore(cx, g.months, F_MONTH, k, 2)) break;
    const sm = subjectAt[k];
    if (sm && sm.to <= from && !metricCover[k] && !skip(k)) out.push(sm.value);
  }
  return out;
};

/**
 * Whether the group named at `k` is who speaks: a speech verb that names its speaker before it
 * follows within a few words of its clause, before the count at `count` ("Doctors at a hospital in
 * Homs told AFP they had received dozens of wounded" counts no doctors).
 */
const speaksBefore = (cx: Reading, k: number, count: number): boolean => {
  const { g, tokens } = cx;
  for (let j = k + 1; j < count && j <= k + SPEAKER_PHRASE; j++) {
    if (isClauseBreak(tokens[j])) return false;
    if (g.speechVerbsAfter.has(word(cx, j))) return true;
  }
  return false;
};

/**
 * A metric word joined by "and"/"و" right before another number opens that number's clause
 * ("مقتل مدنيين اثنين وإصابة ثلاثة آخرين", "killed two and wounding three others"): it is not
 * the metric of the number before it.
 */
const opensNextCount = (cx: Reading, mm: PhraseMatch<readonly string[]>): boolean => {
  const { g, doc, tokens, n, numberAtTok } = cx;
  const joined = word(cx, mm.from - 1) === "and" || word(cx, mm.from - 1) === "و" || (g.grammar.clitics && word(cx, mm.from).startsWith("و") && word(cx, mm.from).length > 3);
  if (!joined) return false;
  for (let k = mm.to; k < Math.min(n, mm.to + 4); k++) {
    if (numberAtTok[k]) return doc.clause[k] === doc.clause[mm.from] || gapWords(doc, mm.to, k) <= 2;
    if (isClauseBreak(tokens[k])) return false;
  }
  return false;
};

/** Whether a verb of recording stands alone after a count, its predicate: "Air strikes since 27 NOV: 96 recorded, 41 of them …" (not "96 recorded deaths"). */
const recordedAfter = (cx: Reading, e: number): boolean => {
  const next = cx.tokens[e + 1];
  return hasAt(cx, cx.g.recordingCues, e) && (next === undefined || next.kind !== "word" || cx.timeAt[e + 1] === 1);
};
/** Whether a time before a count at `at`, in sentence `s`, is the day of the earlier figure counted just before it: "412, up from 277 on 28 NOV, incl. 61 CIV". */
const earlierFiguresDay = (cx: Reading, s: number, t: TimeExpr, at: number): boolean =>
  cx.prev !== null && cx.prev.sentence === s && cx.prev.earlier >= 0 && cx.prev.time?.from === t.from && t.from >= cx.prev.e && t.to <= at;
/**
 * The time of a count that names none near it, read from its sentence: a day opening the
 * sentence before the count with no attribution between ("يوم أمس الجمعة … استجابت لـ… أدت لمقتل
 * 16"), or a day closing the sentence after its last count when an incident stands between ("23
 * قتلوا … وأصيب 71 آخرون بغارات … أمس الإثنين").
 */
const sentenceTime = (cx: Reading, m: NumberMention, e: number, sFrom: number, sTo: number, prevNumberEnd: number, times: readonly TimeExpr[], stmt: ReadonlySet<TimeExpr>, idx: number): TimeExpr | null => {
  const { g, tokens, flags, numbers, timeAt, cueEndAt } = cx;
  const usable = (t: TimeExpr) => !stmt.has(t) && (t.kind === "on-day" || t.kind === "last-days") && sameSentence(cx, t.from, m.from) && !earlierFiguresDay(cx, cx.doc.sentence[m.from]!, t, m.from);
  let before: TimeExpr | null = null;
  for (const t of times) if (usable(t) && t.to <= m.from && t.from > prevNumberEnd && t.from >= sFrom) before = t;
  if (before) {
    let cue = false;
    for (let k = before.to; k < m.from && !cue; k++) cue = cueEndAt[k] === 1 || g.attribution.matchAt(tokens, k) !== undefined;
    if (!cue) return before;
  }
  let lastCount = e;
  const reach = Math.min(sTo, e + NEAR);
  for (let j = idx + 1; j < numbers.length && numbers[j]!.from < reach; j++) {
    const o = numbers[j]!;
    if (!excluded(cx, o, o.rangeTo ?? o.to) && !timeAt[o.from] && !times.some((t) => t.from <= o.from && o.from < t.to)) lastCount = o.rangeTo ?? o.to;
  }
  for (const t of times) {
    // (a closed span after the sentence's last count covers them all: "قُتل 73 مدنياً، …، وأصيب ما
    // يزيد على 260 آخرين، جراء الهجمات … منذ 27 تشرين الثاني وحتى مساء أمس الإثنين")
    if (t.kind === "since-day" && t.until !== undefined && t.from >= lastCount && !stmt.has(t) && sameSentence(cx, t.from, m.from)) return t;
    if (!usable(t) || t.from < lastCount) continue;
    if (g.incident.anyWithin(tokens, flags, F_INCIDENT, e, t.from)) return t;
    break;
  }
  return null;
};
/** The words of the name after a release header's "issued by" in the lines above the body, if any. */
const issuerNamed = (cx: Reading): readonly string[] | null => {
  const { g, doc, tokens, n } = cx;
  const end = Math.max(doc.bodyStart, doc.headlineEnd);
  for (let k = 0; k < Math.min(n, end); k++) {
    const m = g.issuedBy.matchAt(tokens, k);
    if (m === undefined) continue;
    const words: string[] = [];
    for (let j = m.to; j < n && tokens[j]!.kind === "word" && words.length < ISSUER_WORDS; j++) words.push(tokens[j]!.text);
    return words.length > 0 ? words : null;
  }
  return null;
};
/**
 * The name a release signs with, among its last lines: a line of two to six words alone
 * ("اللجنة السورية لحقوق الإنسان" over "تأسست عام 1997"), or the name on the line that opens the
 * section about its issuer ("نبذة عن الهلال الأحمر القطري", "About the IRC").
 */
const signatureNamed = (cx: Reading): readonly string[] | null => {
  const { g, doc, tokens, n } = cx;
  let end = n;
  for (let line = 0; line < SIGNATURE_LINES && end > doc.bodyStart; line++) {
    while (end > 0 && tokens[end - 1]!.kind === "break") end--;
    let start = end;
    while (start > 0 && tokens[start - 1]!.kind !== "break") start--;
    const about = g.aboutIssuer.matchAt(tokens, start)?.to ?? start;
    const from = about > start && hasAt(cx, g.definiteArticles, about) ? about + 1 : about;
    let words = from < end;
    for (let k = from; k < end && words; k++) words = tokens[k]!.kind === "word";
    if (words && end - from >= (about > start ? 1 : 2) && end - from <= ISSUER_WORDS) return tokens.slice(from, end).map((t) => t.text);
    end = start;
  }
  return null;
};
/**
 * Whether `words`, a name of the publisher's, starts at token `k` (its last word may bear the
 * possessive, which its spelling variants drop: "World Vision's partner teams have registered …").
 */
const nameStartsAt = (cx: Reading, words: readonly string[], k: number): boolean => {
  const { tokens, n } = cx;
  const L = words.length;
  if (k < 0 || k + L > n) return false;
  for (let j = 0; j < L; j++) {
    const t = tokens[k + j]!.text;
    if (!(t === words[j] || (j === L - 1 && tokenVariants(t, false).includes(words[j]!)))) return false;
  }
  return true;
};
/** Skeletons of publishers' names (`bareSkeleton`), by name: few publishers, many articles each. */
const nameSkeletons = new Map<string, string>();
const nameSkeleton = (name: string): string => {
  let sk = nameSkeletons.get(name);
  if (sk === undefined) {
    if (nameSkeletons.size >= 10_000) nameSkeletons.clear();
    sk = bareSkeleton(name);
    nameSkeletons.set(name, sk);
  }
  return sk;
};
/** The skeleton of a token's text (`skeleton`), cached by token id. */
const tokenSkeletons = new IdCache<string>();
const tokenSkeleton = (t: Token): string => {
  let sk = tokenSkeletons.get(t.id);
  if (sk === undefined) {
    sk = skeleton(t.text);
    tokenSkeletons.set(t.id, sk);
  }
  return sk;
};
/**
 * Whether the publisher's Latin name spelled in Arabic letters ("«زمان الوصل»" for Zaman al-Wasl:
 * one of `skeletons`) starts at token `k`, in up to four tokens of one phrase before `limit`,
 * ending at or after `atLeast`.
 */
const skeletonEndsAt = (cx: Reading, skeletons: readonly string[], k: number, atLeast: number, limit: number): boolean => {
  const { g, tokens } = cx;
  if (!g.grammar.clitics || skeletons.length === 0) return false;
  let text = "";
  // (the skeleton of words joined by spaces is theirs joined: each word's is read once per word)
  let sk = "";
  for (let j = k; j < Math.min(limit, k + 4) && tokens[j]!.kind !== "break" && tokens[j]!.kind !== "punct"; j++) {
    text += (j > k ? " " : "") + tokens[j]!.text;
    sk += tokenSkeleton(tokens[j]!);
    // (the article test only when a skeleton is the phrase's, with or without its first letter)
    let near = false;
    for (let i = 0; i < skeletons.length && !near; i++) near = skeletons[i]!.length >= sk.length - 1 && sk.endsWith(skeletons[i]!);
    if (j + 1 >= atLeast && near && skeletons.includes(withoutArticle(text, sk))) return true;
  }
  return false;
};
/**
 * The name a masthead line between the title and the body gives first, before a dash or a bar
 * ("وزارة الصحة – المكتب الصحفي", "مركز جسور للدراسات – وحدة التحليل والتفكير"): two to six
 * words and nothing else before the mark, not a byline. It names the publisher in the text's own
 * language, so the title's label "وزارة الصحة: ١٤٧ شهيداً …" is the publisher speaking.
 */
const mastheadNamed = (cx: Reading): readonly string[] | null => {
  const { g, doc, tokens, n } = cx;
  const end = Math.min(n, doc.bodyStart);
  for (let start = Math.min(n, doc.headlineEnd); start < end; ) {
    while (start < end && tokens[start]!.kind === "break") start++;
    let k = start;
    while (k < end && tokens[k]!.kind === "word") k++;
    const mark = tokens[k];
    const closed = mark !== undefined && mark.kind === "punct" && MASTHEAD_MARKS.has(mark.text);
    if (closed && k - start >= 2 && k - start <= ISSUER_WORDS && !g.bylines.has(tokens[start]!.text)) return tokens.slice(start, k).map((t) => t.text);
    // (or a line that is only a name opened by a noun of organisations: "المركز السوري للعدالة والمساءلة")
    const alone = (mark === undefined || mark.kind === "break") && k - start >= 2 && k - start <= ISSUER_WORDS;
    if (alone && g.organisationNouns.hasHead(tokens[start]!)) return tokens.slice(start, k).map((t) => t.text);
    while (k < end && tokens[k]!.kind !== "break") k++;
    start = k;
  }
  return null;
};
/**
 * The head noun of the publisher's name where its first lines or first paragraph give it in the
 * text's own words ("مركز جسور للدراسات" in the Jusoor centre's paper, "أعلنت هيئة الإغاثة الإنسانية
 * وحقوق الإنسان والحريات (İHH)" in IHH's release), made definite to refer back to it by ("وحدة
 * المعلومات في المركز", "منسق الهيئة"): a noun of organisations up to a few words before a name of
 * the publisher's (`names`, or its Latin name's skeleton in Arabic letters). Arabic only, where
 * the article is a prefix.
 */
const publisherHead = (cx: Reading, names: readonly (readonly string[])[], skeletons: readonly string[]): string | null => {
  const { g, doc, tokens, n } = cx;
  if (!g.grammar.clitics || doc.bodyStart >= n) return null;
  let end = doc.bodyStart;
  while (end < n && doc.paragraph[end] === doc.paragraph[doc.bodyStart]) end++;
  for (let k = 0; k < end; k++) {
    let named = skeletonEndsAt(cx, skeletons, k, k + 1, end);
    for (let i = 0; i < names.length && !named; i++) named = nameStartsAt(cx, names[i]!, k);
    if (!named) continue;
    for (let j = k - 1; j >= Math.max(0, k - 1 - ISSUER_WORDS); j--) {
      if (j === k - 1 && tokens[j]!.text === "(") continue;
      if (tokens[j]!.kind !== "word") break;
      if (hasAt(cx, g.organisationNouns, j)) return definiteOf(tokens[j]!.text);
    }
  }
  return null;
};
/** An Arabic noun made definite to refer back by ("مركز" → "المركز"); one already definite stays. */
const definiteOf = (w: string): string => (w.startsWith("ال") ? w : "ال" + w);
const publisherNames = (cx: Reading): NonNullable<Reading["publisher"]> => {
  const { article, g, lx, tokens, n, outlet } = cx;
  if (cx.publisher === undefined) {
    const { whole, before, inside } = outletNameParts(outlet !== null && typeof article.meta.outlet === "string" ? article.meta.outlet : "");
    const names = generalList<readonly string[]>();
    // (and the acronym that opens it: "UOSSM" of "UOSSM International")
    const acronym = /^([A-Z]{3,})\s+\S/.exec(before)?.[1] ?? "";
    for (const p of new Set([whole, before, inside, acronym])) {
      const w = p.length > 0 ? nameWords(p) : [];
      if (w.length > 0) names.push(w);
    }
    // (and the issuer a release's header names in the text's own language: "بيان صادر عن فريق
    // منسقو استجابة سوريا", with its head noun made definite to refer back by, "وثّق الفريق")
    // (or the name it signs with at its end)
    const header = outlet !== null ? issuerNamed(cx) : null;
    const signed = outlet !== null ? signatureNamed(cx) : null;
    const masthead = outlet !== null ? mastheadNamed(cx) : null;
    const issuer = outlet !== null ? header ?? signed ?? masthead : null;
    // (a masthead's name too, where the header names its office: "نقابة أطباء سوريا – فرع حلب" over
    // "بيان صادر عن مجلس الفرع", the title "نقابة أطباء سوريا – فرع حلب: ستة شهداء …")
    if (masthead !== null && issuer !== masthead && !names.some((w) => w.join(" ") === masthead.join(" "))) {
      names.push(masthead);
      // (its head noun of organisations refers back to it: "وتنعى النقابة")
      if (g.grammar.clitics && tokenVariants(masthead[0]!, true).some((v) => g.organisationNouns.has(v))) names.push([definiteOf(masthead[0]!)]);
    }
    // (a release whose header names its issuer by its office may sign with the name its body
    // uses: "بيان صادر عن إدارة مستشفى إدلب الجامعي" over "… في مستشفى إدلب الجامعي", signed "مستشفى إدلب الجامعي")
    if (header !== null && signed !== null && signed.join(" ") !== header.join(" ")) names.push(signed);
    const heads = generalList<string>();
    if (issuer !== null) {
      names.push(issuer);
      if (g.grammar.clitics) {
        const definite = definiteOf(issuer[0]!);
        names.push([definite]);
        // (a head noun of organisations refers back as the owner of a speaker too: "وحدة المعلومات في المركز")
        if (tokenVariants(issuer[0]!, true).some((v) => g.organisationNouns.has(v))) heads.push(definite);
      }
    }
    const skeletons = generalList<string>();
    for (const p of [before, inside]) if (/^[\x20-\x7e]+$/.test(p) && nameSkeleton(p).length >= 3) skeletons.push(nameSkeleton(p));
    // (with no issuer named, the head noun of its name as the text gives it)
    const head = outlet !== null && issuer === null ? publisherHead(cx, names, skeletons) : null;
    if (head !== null) {
      heads.push(head);
      names.push([head]);
    }
    // (whether the lexicon gives a source the issuer's whole name, where the text first gives it)
    let at = 0;
    while (issuer !== null && at < n && !nameStartsAt(cx, issuer, at)) at++;
    const named = issuer !== null && at < n ? lx.sources.matchAt(tokens, at) : undefined;
    const issuerIsSource = issuer !== null && named !== undefined && named.to - at >= issuer.length;
    cx.publisher = { names, skeletons, heads, issuer, issuerIsSource };
  }
  return cx.publisher;
};
/**
 * A speaker the lexicon does not know whose words are the publisher's name, overlapping the
 * speaker and cue at [from, to) ("…, Human Rights Watch said today" in its own release): the
 * publisher (not the publisher told, after the cue: "a medical source told dpa").
 */
const outletSpeaks = (cx: Reading, from: number, to: number): boolean => {
  const { n } = cx;
  // (in Arabic, the publisher's Latin name spelled in Arabic letters: "رصدت «زمان الوصل»" in Zaman al-Wasl)
  const { names, skeletons } = publisherNames(cx);
  for (let k = Math.max(0, from - 3); k < Math.min(n, to); k++) if (skeletonEndsAt(cx, skeletons, k, from, n)) return true;
  for (const words of names) {
    for (let k = Math.max(0, from - words.length + 1); k < to; k++) if (nameStartsAt(cx, words, k)) return true;
  }
  return false;
};
/**
 * Whether the lexicon's source named at [from, to) opens a longer name the text gives the
 * publisher as its issuer, a name the lexicon does not give that source: the publisher, there and
 * wherever the text shortens its name so ("المرصد" of "المرصد الأورومتوسطي لحقوق الإنسان" in that
 * monitor's own release, "وأوضح المرصد الأورومتوسطي", "قال المرصد").
 */
const issuerOpensAt = (cx: Reading, from: number, to: number): boolean => {
  const { issuer, issuerIsSource } = publisherNames(cx);
  return issuer !== null && !issuerIsSource && issuer.length > to - from && nameStartsAt(cx, issuer.slice(0, to - from), from);
};
/**
 * Whether the speaker's head noun at `k` is a definite common noun: "the UK charity", "المنظمة"
 * (not a name: "the Syrian Democratic Forces").
 */
const definiteSpeaker = (cx: Reading, k: number): boolean => {
  const { g, doc, tokens } = cx;
  if (g.grammar.clitics) return tokenVariants(word(cx, k), true).some((v) => v.startsWith("ال"));
  const first = doc.text[tokens[k]!.start]!;
  if (first !== first.toLowerCase()) return false;
  for (let j = k; j >= Math.max(0, k - 3) && tokens[j]!.kind === "word"; j--) {
    if (hasAt(cx, g.definiteArticles, j)) return true;
    if (hasAt(cx, g.singularArticles, j)) return false;
  }
  return false;
};
/**
 * Whether the few words from `k` name the publisher by its head noun as who owns the speaker
 * before them ("منسق الهيئة", "وحدة المعلومات في المركز", "للمركز"): the head `publisherHead`
 * found, or an issuer's name opened by a noun of organisations; or in the first person ("فريق
 * الرصد لدينا").
 */
const ownedByPublisher = (cx: Reading, k: number): boolean => {
  const { tokens, n, g } = cx;
  if (g.ownedByUs.matchAt(tokens, k) !== undefined || (k + 1 < n && tokens[k]!.kind === "word" && g.ownedByUs.matchAt(tokens, k + 1) !== undefined)) return true;
  const { heads } = publisherNames(cx);
  for (let j = k; heads.length > 0 && j < Math.min(n, k + OWNER_WORDS) && tokens[j]!.kind === "word"; j++) {
    const t = tokens[j]!.text;
    for (let h = 0; h < heads.length; h++) if (t === heads[h] || t === "ل" + heads[h]!.slice(1)) return true;
  }
  return false;
};
/** How many tokens back the introduction of a transcript's labelled speaker is looked for. */
const INTRODUCTION_REACH = 600;
/** How many tokens after the speaker's noun in its introduction the source it speaks for may start ("a coordinator for the White Helmets"). */
const INTRODUCED_FOR = 4;
/**
 * The source a transcript's label of one or two words closed by a colon at [from, to) speaks for,
 * where the text introduced that speaker before by the label's last word and the source's name a
 * few words after it ("I'm joined now from Idlib by a coordinator for the White Helmets" over
 * "COORDINATOR: …"); null otherwise.
 */
const introducedAs = (cx: Reading, from: number, to: number): string | null => {
  const { tokens, lx } = cx;
  if (tokens[to - 1]?.text !== ":" || to - 1 - from < 1 || to - 1 - from > 2) return null;
  const head = tokens[to - 2]!;
  if (head.kind !== "word") return null;
  const role = normalizeWord(head.text);
  for (let k = from - 1; k >= Math.max(0, from - INTRODUCTION_REACH); k--) {
    if (tokens[k]!.kind !== "word" || normalizeWord(tokens[k]!.text) !== role) continue;
    for (let j = k + 1; j <= k + INTRODUCED_FOR && j < from; j++) {
      const m = lx.sources.matchAt(tokens, j);
      if (m !== undefined && m.value !== "other") return m.value;
    }
  }
  return null;
};
/**
 * An unnamed speaker that is a word of the carried source's name ("وقال المكتب", "وأكدت الإدارة",
 * "the office said") is that source again, not an unknown one.
 */
const anaphoric = (cx: Reading, a: Attribution | null, carried: Attribution | null): Attribution | null => {
  const { lex, g, doc, tokens, n, outlet, subjectAt, numberAtTok } = cx;
  if (!a || a.source !== "other" || a.anchors.length !== 2) return a;
  // (a party the lexicon knows as a group of people, speaking for itself: "The insurgents, who
  // announced the operation …, said")
  const party = partySpeaking(cx, a.anchors[0]!, a.anchors[1]!);
  if (party !== null) return makeAttribution(party, a.via, a.anchors, a.sentence, a.paragraph, a.asOf);
  // (a transcript's label naming a speaker the text introduced before: "I'm joined now by a
  // coordinator for the White Helmets" then "COORDINATOR: … our teams have recovered …")
  const introduced = introducedAs(cx, a.anchors[0]!, a.anchors[1]!);
  if (introduced !== null) return makeAttribution(introduced, a.via, a.anchors, a.sentence, a.paragraph, a.asOf);
  // (the same speaker already resolved for a count before it in the sentence)
  if (carried !== null && carried.source !== "other" && carried.sentence === a.sentence && carried.anchors.length === 2 && carried.anchors[0] === a.anchors[0] && carried.anchors[1] === a.anchors[1]) return carried;
  // (or whom a relative clause after it names as its maker: "بحسب الإحصاء الذي أجرته فرق البلدية")
  let made = a.anchors[1]!;
  if (hasAt(cx, g.relatives, made)) while (made < Math.min(n, a.anchors[1]! + RELATIVE_WORDS) && tokens[made]!.kind === "word") made++;
  if (outletSpeaks(cx, a.anchors[0]!, made) || ownedByPublisher(cx, made)) return makeAttribution(outlet!, [], a.anchors, a.sentence, a.paragraph, a.asOf);
  // (or a definite speaker in a sentence that names the publisher and no other source: "Hospitals
  // supported by Syria Relief have treated 538 people …, the UK charity said" in its release)
  if (outlet !== null && definiteSpeaker(cx, a.anchors[0]!) && sentenceSources(cx, a.sentence).mentions.length === 0 && outletSpeaks(cx, sentenceRange(cx, a.sentence)[0], a.anchors[0]!))
    return makeAttribution(outlet, [], a.anchors, a.sentence, a.paragraph, a.asOf);
  // the source referred back to: the carried one, else the last source named before it
  const named = carried && carried.source !== "other" ? carried : cx.lastNamed;
  if (!named) return mentionedBefore(cx, a) ?? a;
  const words = wordsOfSource(lex, named.source);
  // and the name of its spokesperson, given next to it ("أعلن نائب رئيس المركز، اللواء أوليغ
  // إغناسيوك، …" then "وقال إغناسيوك")
  const spoken = new Set<string>();
  // (where the source was named, not where it was last referred back to: "According to the official")
  // (and where it was last referred back to, when that names the spokesperson: "وقال الناطق باسم
  // الإدارة، الرائد مصعب الحلبي، …" then "وأضاف الحلبي")
  const origin = cx.lastNamed !== null && cx.lastNamed.source === named.source ? cx.lastNamed : named;
  for (const site of origin === named ? [named] : [origin, named]) {
    if (site.sentence === a.sentence || site.anchors.length === 0) continue;
    const [nFrom, nTo] = sentenceRange(cx, site.sentence);
    const first = Math.min(...site.anchors);
    const last = Math.max(...site.anchors);
    for (let k = Math.max(nFrom, first - SPEAKER_PHRASE); k < Math.min(nTo, last + 3 * SPEAKER_PHRASE); k++) {
      const t = doc.tokens[k]!;
      // (words of the source's own name are read above, with its definiteness)
      const inName = site.anchors.length >= 2 && k >= site.anchors[0]! && k < site.anchors[1]!;
      // (a group's name is no speaker's word, unless it heads the speaker's phrase right before the
      // source: "two volunteers with the Syrian Civil Defence told Reuters" … "one of the volunteers said")
      const speakerHead = subjectAt[k] !== undefined && k < first && first - k <= 4 && !isClauseBreak(doc.tokens[k + 1]);
      if (t.kind === "word" && t.text.length >= 4 && !numberAtTok[k] && (!subjectAt[k] || speakerHead) && !inName && !words.has(t.text)) spoken.add(t.text);
    }
  }
  const [from, to] = a.anchors as [number, number];
  // "Its spokesman, Stephane Dujarric, said …": a speaker opening the sentence with a possessive
  // belongs to the source before (the publisher's own, "our", are the outlet's: see correspondents)
  {
    const [sStart] = sentenceRange(cx, a.sentence);
    let first = sStart;
    while (first < from && tokens[first]!.kind !== "word") first++;
    if (!g.grammar.clitics && first < from && from - first <= SPEAKER_REACH && hasAt(cx, g.possessives, first) && !g.grammar.correspondents.includes(word(cx, first)))
      return makeAttribution(named.source, named.via, a.anchors, a.sentence, a.paragraph, null);
  }
  // ("وقال أحدهما": one of the speakers named before)
  for (let k = from; k < to; k++) if (g.oneOfThem.hasToken(tokens[k]!)) return makeAttribution(named.source, named.via, a.anchors, a.sentence, a.paragraph, null);
  // the speaker's whole noun phrase around the verb: "the centre's deputy head said", "قال نائب رئيس المركز"
  const [sFrom, sTo] = sentenceRange(cx, a.sentence);
  const lo = Math.max(sFrom, from - SPEAKER_REACH);
  const hi = Math.min(sTo, to + SPEAKER_REACH);
  // (a relay's own name is no speaker's: "وبحسب ما نقلت وكالة الأنباء السورية (سانا) عن مديرية الصحة")
  const mentionedHere = sentenceSources(cx, a.sentence).mentions;
  // (in Arabic the speaker's phrase after the verb ends at its first definite noun: "نائب رئيس
  // المركز" reaches the centre, "الشبكة السورية لحقوق الإنسان" is the network and its adjectives)
  let phraseEnd = to - 1;
  while (g.grammar.clitics && phraseEnd < hi - 1 && tokens[phraseEnd]!.kind === "word" && !tokenVariants(word(cx, phraseEnd), true).some((v) => v.startsWith("ال"))) phraseEnd++;
  for (let k = lo; k < hi; k++) {
    if (doc.clause[k] !== doc.clause[from] && doc.clause[k] !== doc.clause[to - 1]) continue;
    // (the name of another party is no word referring back: "a spokesman for the Kurdish-led
    // Syrian Democratic Forces told AFP" after the Syrian opposition's command)
    const party = subjectAt[k];
    if (party !== undefined && party.to - k >= 2 && party.value !== named.source) {
      k = party.to - 1;
      continue;
    }
    if (g.grammar.clitics && k > phraseEnd) break;
    // the speech verb is no word of the speaker ("insurgents said" names a source, "said" does not)
    if (g.attribution.matchAt(doc.tokens, k)) continue;
    if (mentionedHere.some((m) => m.from <= k && k < m.to)) continue;
    // (a possessive's variants include its owner: "the centre's deputy head")
    const variants = tokenVariants(word(cx, k), true);
    // (in Arabic only a definite noun refers back: "وبيّن المصدر", not "مصدر في قيادة الشرطة")
    // (and in English not one after "a", its modifiers between: "a source at the health directorate
    // said", "An SNA commander told Reuters")
    let article = false;
    for (let j = k - 1; !g.grammar.clitics && j >= Math.max(sFrom, k - 3) && !article && tokens[j]!.kind === "word"; j--) article = hasAt(cx, g.singularArticles, j);
    const definite = g.grammar.clitics ? variants.some((v) => v.startsWith("ال")) : !article;
    // (a spokesperson's name is the speaker's head word itself, next to the verb)
    const head = k === from || k === to - 1;
    // ("According to the official, …", "وقال المتحدث": a definite role noun as the speaker)
    let roleIndefinite = false;
    for (let d = 1; d <= 3 && !g.grammar.clitics && !roleIndefinite; d++) roleIndefinite = hasAt(cx, g.singularArticles, k - d);
    // (a bare role noun: "the official"; not one with modifiers of its own, "the caretaker interior
    // minister" of another country)
    const bare = g.grammar.clitics || hasAt(cx, g.definiteArticles, k - 1) || hasAt(cx, g.possessives, k - 1);
    const role = definite && !roleIndefinite && head && bare && hasAt(cx, g.speakerRoles, k);
    // (in English, not a word of the name that modifies another noun, unless a role: "health
    // partners on the ground", "the Hama Health Directorate" are not the World Health Organization;
    // "the ministry spokesman" is the ministry's)
    const next = k + 1 < hi ? tokens[k + 1]! : undefined;
    const modifies = !g.grammar.clitics && next !== undefined && next.kind === "word" && !/['’]s$/.test(word(cx, k)) && !hasAt(cx, g.speakerRoles, k + 1) && g.attribution.matchAt(tokens, k + 1) === undefined && !g.grammar.placePrepositions.includes(next.text) && g.partitives.matchAt(tokens, k + 1) === undefined;
    if ((definite && !modifies && variants.some((v) => words.has(v) || words.has("ال" + v))) || role || (head && spoken.has(word(cx, k)) && !hasAt(cx, g.noSpeaker, k)))
      return makeAttribution(named.source, named.via, a.anchors, a.sentence, a.paragraph, null);
  }
  return mentionedBefore(cx, a) ?? a;
};
/**
 * The source a party named in tokens [from, to) speaks as: the source of the same id, else the one
 * belligerent source whose side it is ("the insurgents" → the opposition's command); null when the
 * words name no party, or its side has more than one such source.
 */
const partySpeaking = (cx: Reading, from: number, to: number): string | null => {
  const { lex, subjectAt } = cx;
  for (let k = from; k < to; k++) {
    const sm = subjectAt[k];
    if (sm === undefined || lex.subject(sm.value)?.party !== true) continue;
    if (lex.source(sm.value) !== undefined) return sm.value;
    const sides = lex.lexicon.sources.filter((x) => x.kind === "belligerent" && x.side === sm.value);
    return sides.length === 1 ? sides[0]!.id : null;
  }
  return null;
};
/** The pronouns glued to a noun that make it someone's: "تقريره", "بيانها", "إحصائيتهم". */
const PRONOUN_SUFFIXES = ["ه", "ها", "هم"];
/**
 * "أطلقت فصائل المعارضة المنضوية في «إدارة العمليات العسكرية» … وقالت الإدارة": a definite speaker
 * that is a word of a source named, not as a speaker, up to two sentences before: that source.
 */
const mentionedBefore = (cx: Reading, a: Attribution): Attribution | null => {
  const { lex, g, lx, tokens, flags, subjectAt } = cx;
  const [from, to] = a.anchors as [number, number];
  const speaker: string[] = [];
  for (let k = from; k < to; k++) {
    if (tokens[k]!.kind !== "word" || g.attribution.matchAt(tokens, k)) continue;
    const definite = g.grammar.clitics ? word(cx, k).startsWith("ال") : hasAt(cx, g.definiteArticles, k - 1);
    if (definite && word(cx, k).length >= 4) speaker.push(word(cx, k));
  }
  // (or a statement of theirs, the pronoun glued to its noun: "وبحسب تقريره الصادر يوم السبت"
  // after a sentence on the Civil Defence: the source named last)
  let theirs = false;
  if (g.grammar.clitics)
    for (let k = from; k < to && !theirs; k++)
      for (const w of tokenVariants(word(cx, k), true)) for (const end of PRONOUN_SUFFIXES) theirs ||= w.endsWith(end) && g.statementNounWords.has(w.slice(0, -end.length));
  if (speaker.length === 0 && !theirs) return null;
  const start = sentenceRange(cx, Math.max(0, a.sentence - (theirs ? 1 : 2)))[0];
  let found: string | null = null;
  for (let k = start; k < from; k++) {
    if ((flags[k]! & F_SOURCE) === 0) continue;
    const m = lx.sources.matchAt(tokens, k);
    if (m === undefined) continue;
    // (a source's name inside a longer name of a party is that party: "الجيش" in "الجيش الوطني السوري")
    const party = subjectAt[k];
    if (party !== undefined && party.to > m.to) {
      k = party.to - 1;
      continue;
    }
    const words = wordsOfSource(lex, m.value);
    if (theirs || speaker.some((w) => tokenVariants(w, true).some((v) => words.has(v) || words.has(v.replace(/^ال/, ""))))) found = m.value;
    k = m.to - 1;
  }
  return found === null ? null : makeAttribution(found, a.via, a.anchors, a.sentence, a.paragraph, a.asOf);
};
/**
 * A paragraph that opens with a date label ("DEC 1-2 - …", "5 ديسمبر: …"): an entry of a dated list
 * (a factbox, a timeline), which no attribution of the entry before it reaches.
 */
/** The paragraph of a sentence: its last token's (its first may be the line break before it). */
const paragraphOf = (cx: Reading, s: number): number => cx.doc.paragraph[sentenceRange(cx, s)[1] - 1]!;
const firstSentenceOfParagraph = (cx: Reading, s: number): number => {
  let f = s;
  while (f > 0 && paragraphOf(cx, f - 1) === paragraphOf(cx, s)) f--;
  return f;
};
/**
 * The day a chronology's entry opens with, past a list marker and closed by a colon ("- الجمعة 29
 * نوفمبر: الفصائل تدخل أحياء حلب …", "Friday, Nov. 29: …") or alone on the entry's first line,
 * for sentence `s` of such a paragraph: what the entry reports is as of that day.
 */
const entryDayOf = (cx: Reading, s: number): DayInterval | null => {
  const { tokens, entryDays } = cx;
  const first = firstSentenceOfParagraph(cx, s);
  let day = entryDays.get(first);
  if (day === undefined) {
    day = null;
    const [start, to] = sentenceRange(cx, first);
    // (past the entry's number: "4- السبت 30 تشرين الثاني: …")
    const lineFrom = pastLineMarks(tokens, start, to);
    const from = itemNumberAt(cx, lineFrom) ? lineFrom + 2 : lineFrom;
    for (const t of timesIn(cx, from, Math.min(to, from + ENTRY_DAY_TOKENS))) {
      if (t.kind === "on-day" && t.from === from && tokens[t.to]?.text === ":") day = t.day;
      break;
    }
    // (or a heading line of its own over the entry: "■ الخميس 28 نوفمبر" then "الفصائل تقطع …")
    if (day === null && first > 0) {
      const [hStart, hTo] = sentenceRange(cx, first - 1);
      const hFrom = pastLineMarks(tokens, hStart, hTo);
      const times = timesIn(cx, hFrom, hTo);
      const heading = times[0];
      if (heading !== undefined && heading.kind === "on-day" && heading.from === hFrom && pastLineMarks(tokens, heading.to, hTo) === hTo) day = heading.day;
      // (or an update's heading closed by its day: "تحديث رقم 3 — الجمعة 6 كانون الأول", "Update 2, Tuesday
      // 3 December"; not a section's place and day, "3.1 Idlib city, 2 December", which dates an event)
      const last = times[times.length - 1];
      if (
        day === null && last !== undefined && last.kind === "on-day" && hFrom >= cx.doc.headlineEnd &&
        cx.g.statementNouns.matchAt(tokens, hFrom) !== undefined && pastLineMarks(tokens, last.to, hTo) === hTo && headingLine(cx.doc, first - 1)
      )
        day = last.day;
    }
    entryDays.set(first, day);
  }
  return day;
};
const datedEntry = (cx: Reading, s: number): boolean => {
  const { g, doc, tokens, flags } = cx;
  const [start, to] = sentenceRange(cx, s);
  let from = start;
  while (from < to && (tokens[from]!.kind === "break" || doc.paragraph[from] !== paragraphOf(cx, s))) from++;
  let month = false;
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DASHES.has(t.text)) {
      if (month && tokens[k + 1]?.kind !== "number") return true;
      continue;
    }
    if (t.kind !== "number" && !(((flags[k] ?? 0) & F_MONTH) !== 0 && g.months.matchAt(tokens, k))) return false;
    if (t.kind !== "number") month = true;
  }
  return false;
};
/**
 * Whether an attribution names its source anew (then a later "he said" looks near it for the
 * spokesperson's name), not one referring back to it ("the official", "the office": two anchors).
 */
const namesAnew = (cx: Reading, a: Attribution): boolean => a.source !== "other" && !(a.anchors.length === 2 && cx.lastNamed?.source === a.source);
/** Whether the first word of sentence `s` opens a phrase of `set`. */
const opensWith = <T>(cx: Reading, s: number, set: PhraseSet<T>): boolean => {
  const { tokens } = cx;
  const [from, to] = sentenceRange(cx, s);
  let k = from;
  while (k < to && tokens[k]!.kind !== "word") k++;
  return k < to && set.matchAt(tokens, k) !== undefined;
};
/** How far (tokens) back in its clause a question's count is read for a relative word or a colon. */
const QUESTION_REACH = 24;
/**
 * The count at `at` is asked about, not given: its sentence ends in a question mark (past closing
 * quotes and brackets) and the count stands in the question's last clause, with no relative word
 * before it there ("Syria: SOHR death toll above 500 by December 2?", not "ماذا نعرف عن الهجوم الذي
 * أودى بحياة أكثر من 800 شخص؟" nor "704 قتلى … وسألت نفسي: هل …؟").
 */
const asksQuestion = (cx: Reading, s: number, at: number): boolean => {
  const { tokens, doc } = cx;
  const [sFrom, sTo] = sentenceRange(cx, s);
  let k = sTo - 1;
  while (k > sFrom && tokens[k]!.kind === "punct" && (QUOTES.has(tokens[k]!.text) || tokens[k]!.text === ")")) k--;
  if (tokens[k]!.text !== "?" && tokens[k]!.text !== "؟") return false;
  const clause = doc.clause[k - 1];
  if (doc.clause[at] !== clause) return false;
  for (let j = at - 1; j >= sFrom && j >= at - QUESTION_REACH && doc.clause[j] === clause; j--) if (tokens[j]!.text === ":" || cx.g.relatives.has(tokens[j]!.text)) return false;
  return true;
};
/** The sentence opens a correction note ("(Corrects … to 48,500 from 485,000.)", "تصويب: …"). */
const opensCorrection = (cx: Reading, s: number): boolean => opensWith(cx, s, cx.g.correction);
/** The sentence opens with a topic shift ("Meanwhile, …", "وفي سياق آخر، …"). */
const opensOnAnotherMatter = (cx: Reading, s: number): boolean => opensWith(cx, s, cx.g.topicShifts);
/**
 * A rescue organisation (a source of kind "ngo") named before `at` in the clause of the count of
 * sentence `s`, when the sentence has no cue of attribution: the doer of what the count counts.
 */
const actingRescuer = (cx: Reading, s: number, at: number): PhraseMatch<string> | null => {
  const { lex, g, lx, doc, tokens, flags, cueEndAt } = cx;
  // (within a few words of the count, so that a long sentence is read in linear time)
  const from = Math.max(sentenceRange(cx, s)[0], at - NEAR);
  for (let k = from; k < at; k++) if (cueEndAt[k + 1] || (((flags[k] ?? 0) & F_ATTRIBUTION) !== 0 && g.attribution.matchAt(tokens, k) !== undefined)) return null;
  for (let k = at - 1; k >= from && doc.clause[k] === doc.clause[at]; k--) {
    const m = lx.sources.matchAt(tokens, k);
    if (m !== undefined && m.to <= at && lex.source(m.value)?.kind === RESCUE_KIND) return m;
  }
  return null;
};
/**
 * "The ministry added that …", "In the same statement, the Command said …": the source of the
 * statement before, named again with a cue that goes on with it, keeps that statement's day
 * (a day the sentence names itself is read after this).
 */
const continued = (cx: Reading, a: Attribution | null, s: number): Attribution | null => {
  const { g, tokens } = cx;
  const before = cx.lastAttribution;
  if (a === null || a.asOf !== null || before === null || before.asOf === null || before.source !== a.source || before.sentence >= s || a.anchors.length === 0) return a;
  const [from] = sentenceRange(cx, s);
  const to = Math.max(...a.anchors) + 3;
  for (let k = from; k < to; k++) if (g.continuation.matchAt(tokens, k) !== undefined) return withStatementDay(a, before.asOf);
  return a;
};
/** How many paragraphs back a relayed statement still carries its relay to its source speaking again. */
const RELAY_CARRIES = 2;
/**
 * A source speaking again in the next sentences with no relay named, after its statement was
 * relayed ("… وفق ما أفاد المرصد السوري لحقوق الإنسان وكالة فرانس برس" then "وأوضح مدير المرصد أن
 * …"): the same relay, which carried it all, where the grammar says so (`relayCarried`; not an
 * unknown speaker, who may be another).
 */
const relayedAgain = (cx: Reading, a: Attribution | null, para: number): Attribution | null => {
  const { g, outlet } = cx;
  const before = cx.lastAttribution;
  if (!g.grammar.relayCarried || a === null || a.via.length > 0 || a.source === outlet || a.source === "other" || before === null || before.source !== a.source || before.via.length === 0 || before.paragraph < para - RELAY_CARRIES) return a;
  return makeAttribution(a.source, before.via, a.anchors, a.sentence, a.paragraph, a.asOf);
};
/** How many words may stand between a contrast's opener and the source speaking after it ("فيما أحصى المرصد", "while the monitor"). */
const CONTRAST_REACH = 2;
/** How many tokens back from a source's name its contrast's opener is looked for (the opener's words and those between). */
const CONTRAST_LOOKBACK = CONTRAST_REACH + 4;
/**
 * Where the contrast opening the clause a source speaks in starts ("…، فيما أحصى المرصد …",
 * "…, while the monitor counted …"), or -1: a source speaking there speaks for what follows it, not
 * for a count before the opener. (Looked for once per mention: a long sentence has many numbers.)
 */
const contrastBefore = (cx: Reading, m: SourceMention): number => {
  let at = cx.contrastOf.get(m);
  if (at === undefined) {
    const { g, tokens, doc } = cx;
    at = -1;
    for (let k = m.from - 1; k >= Math.max(0, m.from - CONTRAST_LOOKBACK) && at < 0; k--) {
      const c = g.contrast.matchAt(tokens, k);
      if (c !== undefined && c.to <= m.from && gapWords(doc, c.to, m.from) <= CONTRAST_REACH) at = k;
    }
    cx.contrastOf.set(m, at);
  }
  return at;
};
/** The index of the first of `mentions` (in order) that starts after token `at`: a binary search. */
const firstMentionAfter = (mentions: readonly SourceMention[], at: number): number => firstIndex(mentions.length, (i) => mentions[i]!.from <= at);
/** How many tokens before a source's cue a number makes the source trail it. */
const TRAIL_LOOKBACK = 40;
/**
 * Whether the source mentioned, and its cue, come after a number of its sentence ("… 183 شهيداً من
 * المرابطين بحسب ما أعلنته إدارة العمليات العسكرية"): it speaks for the counts before it. (Looked
 * for once per mention.)
 */
const trailsNumber = (cx: Reading, m: SourceMention, sFrom: number): boolean => {
  let trails = cx.trailsOf.get(m);
  if (trails === undefined) {
    trails = hasNumberBetween(cx, Math.max(sFrom, m.from - TRAIL_LOOKBACK), Math.min(m.from, m.cueFrom));
    cx.trailsOf.set(m, trails);
  }
  return trails;
};
/** How many tokens after a trailing source a count of its own is looked for. */
const OWN_COUNT_REACH = 16;
/**
 * The mentions of a sentence that do not speak for the number at `at`: one after it in a clause a
 * contrast opens (`contrastBefore`), and, when the next source after it trails it ("…، إضافة إلى 42
 * شهيداً من المدنيين …، وفق الدفاع المدني السوري"), one before it that trails an earlier count. A
 * source with a count of its own after it does not trail ("المرصد يتحدث عن 340 قتيلاً، وأن مكتب
 * الأمم المتحدة يقدّر النازحين بأكثر من 20 ألفاً").
 */
const silentFor = (cx: Reading, s: number, mentions: readonly SourceMention[], at: number): ((m: SourceMention) => boolean) => {
  const lo = firstMentionAfter(mentions, at);
  const next = mentions[lo];
  const [sFrom, sTo] = sentenceRange(cx, s);
  const trailedAfter = next !== undefined && Math.min(next.from, next.cueFrom) > at && contrastBefore(cx, next) <= at && !hasNumberBetween(cx, Math.max(next.to, next.cueTo), Math.min(sTo, Math.max(next.to, next.cueTo) + OWN_COUNT_REACH));
  return (m) => (m.from > at ? contrastBefore(cx, m) > at || opensOwnStatement(cx, m, at, sTo) : trailedAfter && trailsNumber(cx, m, sFrom));
};
/**
 * Whether the source mentioned after the count at `at` opens a statement of its own, joined to the
 * count's clause: its verb first after "and" ("…، وقدّر مكتب الأمم المتحدة … عدد النازحين … بنحو
 * 1.1 مليون"), with a count of its own after it.
 */
const opensOwnStatement = (cx: Reading, m: SourceMention, at: number, sTo: number): boolean => {
  const { g, doc, tokens, numberAtTok, inTime } = cx;
  if (m.cueFrom >= m.from || m.cueFrom <= at || doc.clause[m.cueFrom] === doc.clause[at]) return false;
  // (the "and" right after a clause break: not a verb whose root opens with و, "الذي وثقه المرصد")
  const joined = (k: number) => joinsClause(g, word(cx, k)) && isClauseBreak(tokens[k - 1]);
  if (!joined(m.cueFrom) && !(joinsClause(g, word(cx, m.cueFrom - 1)) && joined(m.cueFrom - 1))) return false;
  // (a count, not a day: "حتى ٥ كانون الأول")
  for (let k = m.to; k < Math.min(sTo, m.to + OWN_COUNT_REACH); k++) if (numberAtTok[k] && inTime[k] !== 1) return true;
  return false;
};
/**
 * A news agency reporting alone right after it relayed a source ("According to Reuters, which cited
 * SOHR, at least 938 … - That was up from 826 on Thursday, Reuters reported."): still that source's
 * figure, relayed by it (not what the agency's own people saw: "An AFP correspondent saw …").
 */
const relayingAgain = (cx: Reading, a: Attribution | null, para: number): Attribution | null => {
  const before = cx.lastAttribution;
  if (a === null || a.via.length > 0 || before === null || before.paragraph < para - 1 || !before.via.includes(a.source) || cx.lex.source(a.source)?.kind !== "news-agency") return a;
  // (its cue right after its name: "Reuters reported", "AFP said")
  const [, nameTo, cueFrom] = a.anchors;
  if (nameTo === undefined || cueFrom !== nameTo) return a;
  return makeAttribution(before.source, before.via, a.anchors, a.sentence, a.paragraph, a.asOf);
};
const attributionFor = (cx: Reading, s: number, at: number, para: number): Attribution | null => {
  const { g, tokens, outlet, selfPublished, knownOrganisation } = cx;
  const { mentions, unnamed } = sentenceSources(cx, s);
  const own = relayingAgain(cx, relayedAgain(cx, continued(cx, anaphoric(cx, attributionOf(mentions, unnamed, at, s, para, silentFor(cx, s, mentions, at)), cx.lastAttribution), s), para), para);
  // a quotation with its credit after it ('Example: "At least 23 children have been killed"
  // (UNICEF, 4 December).'): the credited source, with its day
  const credited = quotationCredit(cx, s, at);
  if (credited !== null) return own !== null && own.source === credited.source ? makeAttribution(own.source, own.via, own.anchors, own.sentence, own.paragraph, own.asOf ?? credited.day) : makeAttribution(credited.source, [], [], s, para, credited.day);
  // an organisation's release citing reports it received ("أفادت التقارير بنزوح …", "the Office
  // received reports of …"): its own figure
  if (own && knownOrganisation && own.source === "other" && own.anchors.length === 2 && g.unnamedSource.matchAt(tokens, own.anchors[0]!) !== undefined)
    return makeAttribution(outlet!, [], own.anchors, own.sentence, own.paragraph, own.asOf);
  // (a speaker the lexicon does not know that is the publisher, named as the agent right after
  // the anchors: "according to research by the Committee to Protect Journalists" in its own alert)
  if (own && selfPublished && own.source === "other" && own.via.length === 0 && own.anchors.length > 0) {
    const hi = Math.max(...own.anchors);
    let k = hi;
    while (k < hi + 2 && !g.grammar.agentMarkers.includes(word(cx, k))) k++;
    const agent = k < hi + 2;
    if (agent && hasAt(cx, g.definiteArticles, k + 1)) k++;
    if (agent && publisherNames(cx).names.some((words) => nameStartsAt(cx, words, k + 1))) return makeAttribution(outlet!, [], own.anchors, own.sentence, own.paragraph, own.asOf);
  }
  // a citation closing the sentence's line, past its full stop ("… 1,000 militants" in Idlib and Hama
  // provinces. (Reuters, 3 December 2024)"): the day of what it cites, and, if nothing in the
  // sentence names a source, the source it names (another than the lexicon's when unknown)
  const cite = citationAfter(cx, s);
  // a numbered note the sentence refers to after the count ("… had passed 600.[1]" over "[1] Syrian
  // Observatory for Human Rights, as reported by Agence France-Presse, Dec. 3, 2024."): its source,
  // where the sentence names none of its own (or only someone unnamed: "One rescue organization
  // documented 187 air strikes.[2]"), and its day
  const note = footnoteAfter(cx, s, at);
  if (note !== null && note.source !== null && (own === null || own.source === "other" || own.sentence !== s)) return makeAttribution(note.source, note.via, own !== null && own.sentence === s ? own.anchors : [], s, para, note.day);
  // (the source the sentence names itself, "according to the leading monitoring group", with the
  // note's relay and day where it gives none)
  // (or a note naming only the medium that relayed it, "[6] RIA Novosti, 30 November 2024.", or no
  // source the lexicon knows: its day)
  if (note !== null && own !== null && (own.source === note.source || note.source === null || own.via.includes(note.source))) return makeAttribution(own.source, own.via.length > 0 ? own.via : note.via, own.anchors, own.sentence, own.paragraph, own.asOf ?? note.day);
  if (own && cite !== null && own.asOf === null && cite.day !== null) return makeAttribution(own.source, own.via, own.anchors, own.sentence, own.paragraph, cite.day);
  // (and a table row's or a dashboard figure's credit, in a cell after the count, naming the
  // source the sentence names: its day, "Military Operations Command | 01 Dec")
  if (own && own.asOf === null) {
    const cell = cellCredit(cx, at);
    if (cell !== null && cell.source === own.source && cell.day !== null) return makeAttribution(own.source, own.via, own.anchors, own.sentence, own.paragraph, cell.day);
  }
  if (own) return own;
  if (cite !== null) return makeAttribution(cite.source, [], [], s, para, cite.day);
  // "its count is 514" after "The Syrian Observatory … has been tracking the dead": the source the
  // sentence before names owns the count
  const possessor = possessorBefore(cx, s, at);
  if (possessor !== null) return makeAttribution(possessor, [], [], s, para, null);
  // a quotation running on past its sentence, its speaker after it closes ('"… nineteen wounded
  // at our clinic. Six of them were children," our health coordinator told us')
  const quoted = quotationSpeaker(cx, s, para);
  if (quoted !== null) return quoted;
  // a table row's source, in a cell of its own after the count's, with its day
  const cell = cellCredit(cx, at);
  if (cell !== null) return makeAttribution(cell.source, [], [], s, para, cell.day);
  // a rescue organisation doing what it counts, with no one saying it ("انتشلت فرق الدفاع المدني
  // جثامين ١٤ شخصاً", "White Helmets crews pulled 14 bodies from the rubble"): its figure (its
  // statement carried from before, with its day, if it was the last to speak)
  const actor = actingRescuer(cx, s, at);
  if (actor !== null && cx.lastAttribution?.source !== actor.value) return makeAttribution(actor.value, [], [], s, para, null);
  // an organisation's own release naming itself ("health facilities supported by the IRC have
  // received 286 people wounded"): its own figure, not the source carried from before
  // (not under a transcript's label, whose "our" is the speaker's: "COORDINATOR: … our teams have recovered …")
  const labelled = cx.lastAttribution !== null && cx.lastAttribution.paragraph === para && cx.lastAttribution.anchors.length === 2 && tokens[cx.lastAttribution.anchors[1]! - 1]?.text === ":";
  if (selfPublished && cx.lastAttribution !== null && cx.lastAttribution.source !== outlet && !labelled) {
    const [from, to] = sentenceRange(cx, s);
    // (or its own people in the first person: "وقد سجّلت فرقنا الميدانية …", "Our teams recorded …")
    let ownStaff = false;
    for (let k = from; k < Math.min(to, at) && !ownStaff; k++) ownStaff = g.ownStaff.matchAt(tokens, k) !== undefined;
    if (outletSpeaks(cx, from, to) || ownStaff) return makeAttribution(outlet!, [], [], s, para, null);
  }
  // a source credited in parentheses closing the count's clause ("… strike near the hospital; 12
  // killed (SOHR)."): its figure, not the one carried from the line before
  const credit = creditAfter(cx, s, at);
  if (credit !== null) return makeAttribution(credit.source, [], [], s, para, credit.day);
  // a transcript's speaker, labelled on a line of its own over what they said ("وزير الصحة:")
  const label = labelAbove(cx, s);
  if (label !== null) return label;
  const carried = carriedTo(cx, s, para);
  // (an entry under a source's heading: that source, unless one named in the entry since speaks on)
  const heading = entryHeading(cx, s);
  if (heading !== null && (carried === null || carried.sentence <= heading.sentence || carried.source === "other")) return heading;
  // (a pronoun speaking of a source named since the attribution carried: that source)
  if (carried === null || carried.sentence < s - 1) {
    const pronoun = pronounSpeaker(cx, s, at, para);
    if (pronoun !== null && pronoun.source !== carried?.source) return pronoun;
  }
  if (carried) cx.lastAttributionParagraph = para;
  return carried;
};
/** How many tokens a series' line may run (cells of a label, a colon and a number, between bars). */
const SERIES_LINE = 60;
/**
 * The metric match of the caption above a series written as text, for the number at `at` in a cell
 * "label: number" whose label is a time ("الأربعاء: 61 | الخميس: 148", "Nov 28: 148 | Nov 29: 263")
 * on a line of such cells between bars: the caption is the sentence before, naming one metric.
 */
const seriesCaption = (cx: Reading, at: number, s: number): PhraseMatch<readonly string[]> | null => {
  const { tokens, inTime, metricMatches, metricIndex } = cx;
  // (the label a day: a time expression, or a weekday alone, "الأربعاء:")
  if (s === 0 || tokens[at - 1]?.text !== ":" || (inTime[at - 2] !== 1 && weekdayOf(cx.g, tokens[at - 2]) === undefined)) return null;
  const [from, to] = sentenceRange(cx, s);
  let bars = 0;
  for (let k = from; k < Math.min(to, from + SERIES_LINE); k++) if (tokens[k]!.text === "|") bars++;
  if (bars === 0) return null;
  const [cf, ct] = sentenceRange(cx, s - 1);
  let found: PhraseMatch<readonly string[]> | null = null;
  for (let j = metricIndex[cf]!; j < metricIndex[ct]!; j++) {
    const mm = metricMatches[j]!;
    if (mm.value.length !== 1) continue;
    if (found !== null && found.value[0] !== mm.value[0]) return null;
    found ??= mm;
  }
  return found;
};
/** How many lines above a table's row its header may stand. */
const TABLE_ROWS = 40;
/** A line of a table that only parts its header from its rows ("|---|---|", "---|---"). */
const ruleLine = (cx: Reading, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (cx.tokens[k]!.kind !== "punct") return false;
  return to > from;
};
/**
 * The bounds of the line around `at` and how many bars stand before `at` on it (its column), if
 * the line has bars and is at most `SERIES_LINE` tokens long.
 */
const tableCell = (cx: Reading, at: number): { from: number; to: number; column: number; bars: number } | null => {
  const { tokens, n } = cx;
  let from = at;
  while (from > 0 && tokens[from - 1]!.kind !== "break" && at - from < SERIES_LINE) from--;
  let to = at;
  while (to < n && tokens[to]!.kind !== "break" && to - from < SERIES_LINE) to++;
  if ((from > 0 && tokens[from - 1]!.kind !== "break") || (to < n && tokens[to]!.kind !== "break")) return null;
  let column = 0;
  let bars = 0;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== CELL_BAR) continue;
    bars++;
    if (k < at) column++;
  }
  return bars === 0 ? null : { from, to, column, bars };
};
/**
 * The metric a table's header names over the column of the number at `at` ("Date | Deaths |
 * Change" over "29 Nov | 277 | +66"): the header is the first line of the block of lines with as
 * many bars as the number's (a rule line "|---|" aside), a line of words only; its cell over the
 * number's column names one metric.
 */
const columnHeader = (cx: Reading, at: number): PhraseMatch<readonly string[]> | null => {
  const { tokens, metricMatches, metricIndex } = cx;
  const cell = tableCell(cx, at);
  if (cell === null) return null;
  let header: { from: number; to: number } | null = null;
  let from = cell.from;
  for (let rows = 0; rows < TABLE_ROWS && from >= 2 && tokens[from - 1]!.kind === "break" && tokens[from - 2]!.kind !== "break"; rows++) {
    const above = tableCell(cx, from - 2);
    if (above === null) break;
    from = above.from;
    if (ruleLine(cx, above.from, above.to)) continue;
    if (above.bars !== cell.bars) break;
    header = above;
  }
  if (header === null) return null;
  let bar = -1;
  let cellFrom = header.from;
  let cellTo = header.to;
  for (let k = header.from; k < header.to; k++) {
    if (tokens[k]!.kind === "number") return null;
    if (tokens[k]!.text !== CELL_BAR) continue;
    bar++;
    if (bar === cell.column - 1) cellFrom = k + 1;
    if (bar === cell.column) cellTo = k;
  }
  let found: PhraseMatch<readonly string[]> | null = null;
  for (let j = metricIndex[cellFrom]!; j < metricIndex[cellTo]!; j++) {
    const mm = metricMatches[j]!;
    if (mm.to > cellTo) break;
    if (found !== null && found.value[0] !== mm.value[0]) return null;
    found ??= mm;
  }
  return found;
};
/** The day a table row's first cell names ("29 Nov | 277"), as the day its figures stood at. */
const rowDay = (cx: Reading, at: number): TimeExpr | null => {
  const cell = tableCell(cx, at);
  if (cell === null) return null;
  // (past a bar opening the row: "| 29 Nov | 277 |")
  const first = cx.tokens[cell.from]!.text === CELL_BAR ? cell.from + 1 : cell.from;
  let bar = first;
  while (bar < at && cx.tokens[bar]!.text !== CELL_BAR) bar++;
  for (const t of timesIn(cx, first, bar)) if (t.kind === "on-day" && t.to <= bar) return { kind: "as-of", day: t.day, from: t.from, to: t.to };
  return null;
};
/** The day a series' cell labels its number with ("الأربعاء: 61"), as the day the figure stood at. */
const cellDay = (cx: Reading, at: number): TimeExpr | null => {
  const label = at - 2;
  for (const t of timesIn(cx, label, label + 1)) if (t.kind === "on-day" && t.to >= label) return { kind: "as-of", day: t.day, from: t.from, to: t.to };
  return null;
};
/** How many sentences back a total restated by its number is looked for. */
const RESTATED_SENTENCES = 10;
/** The last draft so far from sentence `since` on that `test` accepts (drafts are read back only that far). */
const lastDraftSince = (cx: Reading, since: number, test: (d: Draft) => boolean, limit = Infinity): Draft | undefined => {
  const stop = Math.max(-1, cx.drafts.length - 1 - limit);
  for (let i = cx.drafts.length - 1; i > stop && cx.drafts[i]!.sentence >= since; i--) if (test(cx.drafts[i]!)) return cx.drafts[i];
  return undefined;
};
/** How many sentences on a quotation opening a sentence may close. */
const QUOTATION_SENTENCES = 4;
/**
 * The speaker of a quotation that opens sentence `s` and stays open past it, named in the sentence
 * where it closes (within the paragraph, `QUOTATION_SENTENCES` on) after the closing mark: the
 * attribution of that sentence at the mark; null when the quotation closes in `s` or no one is named.
 */
const quotationSpeaker = (cx: Reading, s: number, para: number): Attribution | null => {
  let speaker = cx.quotedBy.get(s);
  if (speaker === undefined) {
    speaker = quotationSpeakerOf(cx, s, para);
    cx.quotedBy.set(s, speaker);
  }
  return speaker;
};
const quotationSpeakerOf = (cx: Reading, s: number, para: number): Attribution | null => {
  const { doc, tokens } = cx;
  const [from, to] = sentenceRange(cx, s);
  let k = from;
  while (k < to && tokens[k]!.kind === "break") k++;
  const close = tokens[k]?.kind === "punct" ? closingMark(tokens[k]!.text) : undefined;
  if (close === undefined) return null;
  for (let j = k + 1; j < to; j++) if (tokens[j]!.text === close) return null;
  for (let t = s + 1; t <= s + QUOTATION_SENTENCES && t < doc.sentenceStart.length; t++) {
    const [tf, tt] = sentenceRange(cx, t);
    // (a sentence's range opens with the line break before it, which is still the line above's)
    let first = tf;
    while (first < tt && tokens[first]!.kind === "break") first++;
    if (first === tt || doc.paragraph[first] !== para) return null;
    for (let j = first; j < tt; j++) {
      if (tokens[j]!.text !== close) continue;
      const { mentions, unnamed } = sentenceSources(cx, t);
      const a = attributionOf(mentions, unnamed, j, t, para);
      return a !== null && a.anchors.length > 0 && Math.min(...a.anchors) > j ? a : null;
    }
  }
  return null;
};
/** How many tokens before a count a pronoun speaking is looked for (four times that in the sentence before, for its source). */
const PRONOUN_REACH = 24;
/** How many sentences back a pronoun speaking may refer to a source named, over sentences the same pronoun opens. */
const PRONOUN_CHAIN = 5;
/** How many tokens into its sentence a pronoun opening it may stand (past a time: "On Thursday, it gave …"). */
const OPENING_PRONOUN_REACH = 6;
/** Whether an organisation's pronoun is the subject near the start of sentence `s` ("It keeps track …", "On Thursday, it gave …"). */
const opensWithPronoun = (cx: Reading, s: number): boolean => {
  const [from, to] = sentenceRange(cx, s);
  for (let k = from; k < Math.min(to, from + OPENING_PRONOUN_REACH); k++) if (hasAt(cx, cx.g.organisationPronouns, k) && (k === from || isComma(cx.tokens[k - 1]) || cx.tokens[k - 1]!.kind === "break")) return true;
  return false;
};
/** How many sentences back a pronoun speaking may refer to a source named. */
const PRONOUN_SENTENCES = 2;
/**
 * "The Russian Defense Ministry has been generous with numbers. On Dec. 4, it claimed that …": a
 * pronoun speaking before the count (or a tally of its own opening the sentence: "Its first
 * figure … was 89 dead"), after a sentence that names a source: the source that sentence names
 * last, or the one before it names where it names none.
 */
const pronounSpeaker = (cx: Reading, s: number, at: number, para: number): Attribution | null => {
  const { g, lx, tokens, flags } = cx;
  if (s === 0) return null;
  const from = sentenceRange(cx, s)[0];
  // (one its own sentence names before it is what it refers to: "The regime's Ministry of Defense
  // said … in which, it claimed, …")
  let spoken = -1;
  let opening = from;
  while (opening < at && tokens[opening]!.kind !== "word") opening++;
  for (let k = Math.max(from, at - PRONOUN_REACH); k < at - 1 && spoken < 0; k++) {
    if ((flags[k]! & F_SOURCE) !== 0 && lx.sources.matchAt(tokens, k) !== undefined) return null;
    // (its verb right after it, or after an auxiliary: "By 9 December it had counted 1,052 deaths")
    if (hasAt(cx, g.organisationPronouns, k) && (g.attribution.matchAt(tokens, k + 1) !== undefined || (hasAt(cx, g.predicateAux, k + 1) && k + 2 < at && g.attribution.matchAt(tokens, k + 2) !== undefined))) spoken = k;
    // (or a tally of its own opening the sentence: "Its first figure, published on 27 November, was 89 dead")
    if (k === opening && !g.grammar.clitics && hasAt(cx, g.possessives, k) && (hasAt(cx, g.tallyNouns, k + 1) || (tokens[k + 1]?.kind === "word" && hasAt(cx, g.tallyNouns, k + 2)))) spoken = k;
  }
  if (spoken < 0) return null;
  // (the source the sentence before names last, or, where it names none, the one before it: "…
  // relied on one source, the Syrian Observatory … (SOHR). Its first figure … was 89 dead. By 9
  // December it had counted 1,052 deaths")
  // (further back over sentences the same pronoun opens: "The Syrian Observatory … is a group based in
  // Britain. It keeps track of people killed in the war. On Thursday, it gave a new number. It said 826 …")
  let found: string | null = null;
  let day: DayInterval | null = null;
  let limit = Math.max(0, s - PRONOUN_SENTENCES);
  for (let back = s - 1; back >= limit && found === null; back--) {
    const [pf, pt] = sentenceRange(cx, back);
    for (let k = Math.max(pf, pt - PRONOUN_REACH * 4); k < pt; k++) {
      if ((flags[k]! & F_SOURCE) === 0) continue;
      const m = lx.sources.matchAt(tokens, k);
      if (m === undefined) continue;
      found = m.value;
      k = m.to - 1;
    }
    // (its day, where such a sentence opens with one: "On Thursday, it gave a new number")
    if (found !== null || !opensWithPronoun(cx, back)) continue;
    if (day === null) for (const t of timesIn(cx, pf, Math.min(pt, pf + OPENING_PRONOUN_REACH))) if (t.kind === "on-day") day = t.day;
    if (back === limit && limit > 0 && s - limit < PRONOUN_CHAIN) limit--;
  }
  // (anchored at the pronoun and its verb, where a day of the statement is looked for: "On Dec. 4, it claimed")
  return found === null || found === "other" ? null : makeAttribution(found, [], [spoken, spoken + 1, spoken + 1], s, para, day);
};
/**
 * The speaker labelled on a line of its own, closed by a colon, right above the paragraph of
 * sentence `s` ("وزير الصحة:", "OCHA SPOKESPERSON:"): the source the label names, else an unknown
 * one; null where there is none (not a lead-in to a list, nor a label of what is counted).
 */
const labelAbove = (cx: Reading, s: number): Attribution | null => {
  const { g, lx, tokens } = cx;
  const first = firstSentenceOfParagraph(cx, s);
  if (first === 0 || firstSentenceOfParagraph(cx, first - 1) !== first - 1) return null;
  const [from, to] = sentenceRange(cx, first - 1);
  const k = pastLineMarks(tokens, from, to);
  let end = to;
  while (end > k && tokens[end - 1]!.kind === "break") end--;
  const colon = end - 1;
  if (colon <= k || colon - k > LABEL_LINE_WORDS || tokens[colon]!.text !== ":") return null;
  let source: string | null = null;
  let role = false;
  for (let j = k; j < colon; j++) {
    if (tokens[j]!.kind !== "word" || g.listIntro.matchAt(tokens, j) !== undefined || lx.metrics.matchAt(tokens, j) !== undefined || lx.places.matchAt(tokens, j)?.to === colon) return null;
    source ??= lx.sources.matchAt(tokens, j)?.value ?? null;
    role ||= tokenVariants(word(cx, j), true).some((v) => g.speakerRoles.has(v) || g.speakerRoles.has(`ال${v}`));
  }
  // (a speaker's: one the lexicon knows, a role, or a quotation below; not a section's: "Key Takeaways:")
  const [below, belowTo] = sentenceRange(cx, first);
  const quoted = QUOTES.has(tokens[pastLineMarks(tokens, below, belowTo)]?.text ?? "");
  if (source === null && !role && !quoted) return null;
  return makeAttribution(source ?? "other", [], [k, colon], first - 1, paragraphOf(cx, first - 1), statementEventDay(cx, first - 1));
};
/** How many lines below a source's heading its entry may run. */
const ENTRY_LINES = 6;
/** How many tokens a line of such an entry may have. */
const ENTRY_LINE_TOKENS = 120;
/** How many tokens a name's parenthesised abbreviation or alias may have ("(White Helmets)"). */
const HEADING_ALIAS_TOKENS = 4;
/**
 * A source's name alone on a line after a blank line (perhaps with its abbreviation or another name
 * in parentheses), heading an entry of lines right below it ("Syria Civil Defence (White Helmets)"
 * over "Latest (8 Dec): 146 civilians killed …", as a guide or a directory lists its sources): the
 * source of the counts of its entry that name none. Null when the count at sentence `s` stands in
 * no such entry.
 */
const entryHeading = (cx: Reading, s: number): Attribution | null => {
  const { tokens, lx } = cx;
  const blankBefore = (k: number) => k < 2 || (tokens[k - 1]!.kind === "break" && tokens[k - 2]!.kind === "break");
  let k = sentenceRange(cx, s)[0];
  while (k < cx.n && tokens[k]!.kind === "break") k++;
  for (let steps = 0; k > 0 && tokens[k - 1]!.kind !== "break"; steps++) if (steps > ENTRY_LINE_TOKENS) return null; else k--;
  for (let line = 0; line < ENTRY_LINES && !blankBefore(k); line++) {
    // the line above, [h, k - 1)
    let h = k - 1;
    while (h > 0 && tokens[h - 1]!.kind !== "break") if (k - h > ENTRY_LINE_TOKENS) return null; else h--;
    const m = lx.sources.matchAt(tokens, h);
    if (m !== undefined && blankBefore(h)) {
      const end = k - 1;
      const alias = tokens[m.to]?.text === "(" && tokens[end - 1]?.text === ")" && end - m.to <= HEADING_ALIAS_TOKENS + 2;
      if (m.to !== end && !alias) return null;
      const hs = cx.doc.sentence[h]!;
      return makeAttribution(m.value, [], [m.from, m.to], hs, cx.doc.paragraph[h]!, null);
    }
    k = h;
  }
  return null;
};
/**
 * The day of a press conference or briefing a sentence before `s` names with a day of its own
 * ("عقد المتحدث … مؤتمرا صحفيا … ظهر أمس الإثنين"): the day its speakers, labelled below, spoke.
 */
const statementEventDay = (cx: Reading, s: number): DayInterval | null => {
  if (cx.eventDay === undefined) {
    cx.eventDay = null;
    const { g, tokens } = cx;
    for (let k = 0; k < Math.min(cx.doc.sentenceStart.length, EVENT_SENTENCES) && cx.eventDay === null; k++) {
      const [from, to] = sentenceRange(cx, k);
      let named = false;
      for (let j = from; j < to && !named; j++) named = tokens[j]!.kind === "word" && g.statementEvents.matchAt(tokens, j) !== undefined;
      if (!named) continue;
      for (const t of timesIn(cx, from, to)) if (t.kind === "on-day" && cx.eventDay === null) cx.eventDay = { day: t.day, sentence: k };
    }
  }
  return cx.eventDay !== null && cx.eventDay.sentence < s ? cx.eventDay.day : null;
};
/** How many sentences from the top a text may report the event its speakers spoke at. */
const EVENT_SENTENCES = 8;
/** How many words a speaker's label line may have ("المتحدث الرسمي باسم وزارة الدفاع:"). */
const LABEL_LINE_WORDS = 8;
/** How many tokens after a count its credit in parentheses may stand ("12 killed (SOHR)"). */
const CREDIT_REACH = 6;
/** A source credited in parentheses, with the day given there after it, if any. */
type Credit = { readonly source: string; readonly day: DayInterval | null };
/** The source named in parentheses after the count at `at` and closing its clause, if any. */
const creditAfter = (cx: Reading, s: number, at: number): Credit | null => {
  const { tokens } = cx;
  const [, to] = sentenceRange(cx, s);
  for (let k = at + 1; k < Math.min(to, at + CREDIT_REACH); k++) {
    if (tokens[k]!.text !== "(") continue;
    return closingCredit(cx, k);
  }
  return lineCredit(cx, at);
};
/** The source named in parentheses opening at `k`, with its day, where they close the clause ("… 12 killed (SOHR)."), else null. */
const closingCredit = (cx: Reading, k: number): Credit | null => {
  const m = sourceInParentheses(cx, k);
  if (m === undefined) return null;
  const after = cx.tokens[m.close + 1];
  return after === undefined || after.kind === "break" || isClauseBreak(after) ? { source: m.value, day: m.day } : null;
};
/** How many tokens a quotation credited after it may run on either side of its count. */
const QUOTATION_CREDIT_REACH = 24;
/**
 * The source credited in parentheses right after the quotation the count at `at` stands in
 * ('Example: "At least 23 children have been killed" (UNICEF, 4 December).'), if any: the nearest
 * quotation mark before the count opens a quotation (glued to the word after it), and the nearest
 * after it closes one (glued to the word before it), a credit right after it.
 */
const quotationCredit = (cx: Reading, s: number, at: number): Credit | null => {
  const { tokens } = cx;
  const [from, to] = sentenceRange(cx, s);
  let open = -1;
  for (let k = at - 1; k >= Math.max(from, at - QUOTATION_CREDIT_REACH) && open < 0; k--) if (QUOTES.has(tokens[k]!.text)) open = k;
  if (open < 0 || tokens[open + 1]!.start !== tokens[open]!.end) return null;
  for (let k = at + 1; k < Math.min(to, at + QUOTATION_CREDIT_REACH); k++) {
    if (!QUOTES.has(tokens[k]!.text)) continue;
    return tokens[k - 1]!.end === tokens[k]!.start ? closingCredit(cx, k + 1) : null;
  }
  return null;
};
/**
 * The source named alone between the parenthesis opening at `k` and the one closing it ("(SOHR)"),
 * perhaps with the day of its figure after a comma ("(مكتب تنسيق الشؤون الإنسانية، 5 كانون الأول)"), if any.
 */
const sourceInParentheses = (cx: Reading, k: number): { value: string; close: number; day: DayInterval | null } | undefined => {
  const { lx, tokens } = cx;
  if (tokens[k]?.text !== "(") return undefined;
  const m = lx.sources.matchAt(tokens, k + 1);
  if (m === undefined) return undefined;
  if (tokens[m.to]?.text === ")") return { value: m.value, close: m.to, day: null };
  if (!isComma(tokens[m.to])) return undefined;
  const t = timesIn(cx, m.to + 1, Math.min(cx.n, m.to + 1 + ENTRY_DAY_TOKENS))[0];
  return t !== undefined && t.from === m.to + 1 && t.kind === "on-day" && tokens[t.to]?.text === ")" ? { value: m.value, close: t.to, day: t.day } : undefined;
};
/** How many tokens a source's name in a credit may have. */
const CREDIT_NAME = 10;
/** Whether time `t` is the day of a source's credit in parentheses ("(OCHA, 5 December)"): its figure's day, not the period counted. */
const creditsDay = (cx: Reading, t: TimeExpr): boolean => {
  const { tokens } = cx;
  if (tokens[t.to]?.text !== ")" || !isComma(tokens[t.from - 1])) return false;
  for (let k = t.from - 2; k >= Math.max(0, t.from - 2 - CREDIT_NAME); k--) if (tokens[k]!.text === "(") return sourceInParentheses(cx, k)?.close === t.to;
  return false;
};
/** How many words a cited name may have ("(Syria Direct, 6 December 2024)"). */
const CITED_NAME_WORDS = 6;
/**
 * The citation in parentheses right after sentence `s` ends, closing its line: a name, a comma and
 * a day ("(SNHR, 8 December 2024)"); the name's source id, or "other" for a name the lexicon lacks.
 */
const citationAfter = (cx: Reading, s: number): Credit | null => {
  const { tokens, lx, n } = cx;
  const [from, at] = sentenceRange(cx, s);
  if (at <= from || at >= n || tokens[at]!.text !== "(" || !isSentenceEnd(tokens[at - 1])) return null;
  let comma = at + 1;
  while (comma < Math.min(n, at + 2 + CITED_NAME_WORDS) && tokens[comma]!.kind === "word") comma++;
  if (comma === at + 1 || !isComma(tokens[comma])) return null;
  const t = timesIn(cx, comma + 1, Math.min(n, comma + 1 + ENTRY_DAY_TOKENS))[0];
  if (t === undefined || t.from !== comma + 1 || t.kind !== "on-day" || tokens[t.to]?.text !== ")") return null;
  const after = tokens[t.to + 1];
  if (after !== undefined && after.kind !== "break" && !isSentenceEnd(after)) return null;
  const named = lx.sources.matchAt(tokens, at + 1);
  return { source: named !== undefined && named.to === comma ? named.value : "other", day: t.day };
};
/**
 * The note a marker refers to after the count at `at` in sentence `s`, up to the marker opening
 * the next sentence ("… passed 600.[1] Of those …"), not a note's own line; null when none.
 */
const footnoteAfter = (cx: Reading, s: number, at: number): Footnote<DayInterval> | null => {
  const { tokens, n, lx } = cx;
  // (the text's notes once, and each sentence's markers once: a count looks only at its sentence's)
  cx.notes ??= footnotes(tokens, (j) => lx.sources.matchAt(tokens, j), (from, end) => {
    let day: DayInterval | null = null;
    for (const t of timesIn(cx, from, end)) if (t.kind === "on-day") day = t.day;
    return day;
  });
  if (cx.notes.size === 0) return null;
  let markers = cx.markersOf.get(s);
  if (markers === undefined) {
    const [from, to] = sentenceRange(cx, s);
    const found: number[] = [];
    for (let k = Math.max(1, from); k <= Math.min(to, n - 1); k++) if (tokens[k - 1]!.kind !== "break" && markerAt(tokens, k) >= 0) found.push(k);
    markers = found;
    cx.markersOf.set(s, markers);
  }
  // (the first marker past the count, by halving: a sentence may have many)
  const found = markers;
  const lo = firstIndex(found.length, (i) => found[i]! <= at);
  return lo < found.length ? cx.notes.get(markerAt(tokens, found[lo]!)) ?? null : null;
};
/** How many tokens a line credited at its end may run after a count ("Killed: at least 268, among them 31 civilians (SOHR)"). */
const LINE_CREDIT_REACH = 30;
/**
 * The source named in parentheses closing the line of the count at `at`, on a line of figures
 * ("Killed: at least 268, among them 31 civilians (Syrian Observatory for Human Rights)"): it
 * credits every count on the line. A line is read at most `LINE_CREDIT_REACH` tokens on.
 */
const lineCredit = (cx: Reading, at: number): Credit | null => {
  const { tokens, n } = cx;
  let k = at + 1;
  while (k < Math.min(n, at + LINE_CREDIT_REACH) && tokens[k]!.kind !== "break" && tokens[k]!.text !== "(") k++;
  const m = k < n ? sourceInParentheses(cx, k) : undefined;
  if (m === undefined) return null;
  let end = m.close + 1;
  if (isSentenceEnd(tokens[end])) end++;
  return end >= n || tokens[end]!.kind === "break" ? { source: m.value, day: m.day } : null;
};
/** The mark between the cells of a table row written as text ("Civilians killed | at least 86 | OCHA, 3 Dec"). */
const CELL_BAR = "|";
/** How many tokens a table's cell may have. */
const CELL_TOKENS = 16;
/** How many cells after the count's a row's credit may stand in (past a label's cell). */
const ROW_CELLS = 3;
/**
 * The source a table row names in a cell after its count's, and the day given beside it or in a
 * cell after ("Civilians killed | at least 86 | OCHA, 3 Dec"), with that day's expression: a row
 * has a bar before the count and one after, and the cell after opens with the source's name. A
 * dashboard's figure has its label's line above and its credit's below ("Deaths\n529\nSOHR | 02
 * Dec"): the breaks joining them part its cells. Read once per count (its attribution and its time
 * both ask).
 */
const cellCredit = (cx: Reading, at: number): CellCredit | null => {
  if (cx.cellOf.at !== at) cx.cellOf = { at, cell: cellCreditAt(cx, at) };
  return cx.cellOf.cell;
};
/** A table row's credit: its source, and the day beside it with that day's expression. */
interface CellCredit {
  readonly source: string;
  readonly day: DayInterval | null;
  readonly time: TimeExpr | null;
}
/** `cellCredit`, read anew. */
const cellCreditAt = (cx: Reading, at: number): CellCredit | null => {
  const { lx, tokens, n, doc } = cx;
  // (a cell is a few words: no line is walked further, so an endless line stays linear)
  const line = (k: number) => k >= 0 && k < n && (tokens[k]!.kind !== "break" || joinsLines(doc, k));
  const edge = (k: number) => tokens[k]!.text === CELL_BAR || joinsLines(doc, k);
  let bar = at - 1;
  while (line(bar) && !edge(bar) && at - bar < CELL_TOKENS) bar--;
  // (or a row the count opens: "176,000 | people newly displaced since 27 Nov | OCHA, 2 Dec")
  const opensRow = bar === at - 1 && (bar < 0 || (tokens[bar]!.kind === "break" && !joinsLines(doc, bar)));
  if (!opensRow && (!line(bar) || !edge(bar))) return null;
  let k = at + 1;
  while (line(k) && !edge(k) && k - at < CELL_TOKENS) k++;
  if (!line(k) || !edge(k) || (opensRow && tokens[k]!.text !== CELL_BAR)) return null;
  let m = lx.sources.matchAt(tokens, k + 1);
  // (the source in a later cell of the row, past the label's: "602 | people killed since 27 Nov | SOHR, 3 Dec")
  for (let cells = 1; m === undefined && cells < ROW_CELLS && tokens[k]!.text === CELL_BAR; cells++) {
    const from = k;
    k++;
    while (line(k) && !edge(k) && k - from < CELL_TOKENS) k++;
    if (!line(k) || tokens[k]!.text !== CELL_BAR) return null;
    m = lx.sources.matchAt(tokens, k + 1);
  }
  if (m === undefined) return null;
  let end = m.to;
  while (line(end) && !joinsLines(doc, end) && end - m.to < CELL_TOKENS) end++;
  for (const t of timesIn(cx, m.to, end)) {
    if (t.kind === "on-day" || t.kind === "as-of") return { source: m.value, day: t.day, time: t };
    // ("Syria Civil Defence | 26 Nov - 02 Dec": the figure as of the span's last day)
    if (t.kind === "between-days") return { source: m.value, day: t.end, time: t };
  }
  return { source: m.value, day: null, time: null };
};
/** The attribution carried from before to sentence `s` of paragraph `para`, which names no source, if it reaches it. */
const carriedTo = (cx: Reading, s: number, para: number): Attribution | null => {
  const { outlet, knownOrganisation } = cx;
  // (in a release of the publisher's own, a source it quotes speaks for its paragraph only: "وبحسب
  // ما أبلغنا به الجانب الروسي، …" then "كما استعادت وحداتنا …" in the ministry's statement)
  const carriedFrom = knownOrganisation && cx.lastAttribution !== null && cx.lastAttribution.source !== outlet ? para : para - 1;
  // (a sentence opening on that statement again reaches it past a heading, even in an entry of its
  // own: "Check 2. Keep the breakdown with the total\nThe same update divided the dead into 178 …")
  const again = opensWith(cx, s, cx.g.continuation);
  const reaches = cx.lastAttribution !== null && cx.lastAttributionParagraph >= (again ? Math.min(carriedFrom, para - RELAY_CARRIES) : carriedFrom) && cx.lastAttribution.sentence < s;
  const entry = cx.lastAttribution !== null && cx.lastAttribution.paragraph < para && (datedEntry(cx, firstSentenceOfParagraph(cx, s)) || numberedEntry(cx, firstSentenceOfParagraph(cx, s)));
  return reaches && (!entry || again) ? cx.lastAttribution : null;
};
const hasNumberBetween = (cx: Reading, a: number, b: number): boolean => {
  const { numberAtTok } = cx;
  for (let k = a; k < b; k++) if (numberAtTok[k]) return true;
  return false;
};
/** Whether a count other than a nested part ("including a woman") starts in tokens [a, b). */
const countBetween = (cx: Reading, a: number, b: number): boolean => {
  const { g, numberAtTok } = cx;
  for (let k = a; k < b; k++) if (numberAtTok[k] && !matchesBefore(cx, g.nest, F_NEST, k, 3)) return true;
  return false;
};
const afterCueAt = (cx: Reading, k: number): boolean => {
  const { g, doc, cueEndAt } = cx;
  // (not past "أن"/"that", in what is said: "مشيراً إلى أن غارات ليل الأحد – الاثنين وحدها …")
  for (let c = k; c >= 0 && c >= k - 3; c--) if (cueEndAt[c] && gapWords(doc, c, k) <= 1 && !(c < k && hasAt(cx, g.saidOpeners, c - 1))) return true;
  return false;
};
/**
 * A day named after a monitor's recording verb in the sentence [from, to), before any number,
 * where no other time says what the count covers: the day of what was recorded (not after an
 * earlier statement's verb: "وكان المرصد قد أحصى، مساء الخميس، 198 قتيلاً", nor right after a verb
 * of publishing).
 */
const recordedDay = (cx: Reading, t: TimeExpr, from: number, to: number): boolean => {
  const { g, numberAtTok } = cx;
  // (not a day the report was published: "في تقرير نشره الأربعاء", "in a report released on Wednesday")
  if (hasAt(cx, g.publishingVerbs, t.from - 1) || (hasAt(cx, g.publishingVerbs, t.from - 2) && g.dayFillers.has(cx.tokens[t.from - 1]?.text ?? ""))) return false;
  let recorded = false;
  for (let k = t.from - 1; k >= Math.max(from, t.from - RECORDED_DAY_WORDS) && !recorded && !numberAtTok[k]; k--) recorded = hasAt(cx, g.recordingCues, k) && !pluperfectAt(cx, k - 1);
  if (!recorded) return false;
  for (const o of timesIn(cx, Math.max(from, t.from - NEAR), Math.min(to, t.to + NEAR))) if (o !== t && o.kind !== "on-day") return false;
  return true;
};
/** The day a statement was made: a day named next to the attribution ("said Friday", "أعلن الجمعة"). */
const statementTimes = (cx: Reading, s: number, anchors: readonly number[], around?: number): { t: TimeExpr; afterCue: boolean }[] => {
  const { g, doc, tokens, numberAtTok, cueEndAt } = cx;
  const [from, to] = sentenceRange(cx, s);
  const out: { t: TimeExpr; afterCue: boolean; nearAnchor: boolean }[] = [];
  for (const t of timesIn(cx, around === undefined ? from : Math.max(from, around - NEAR), around === undefined ? to : Math.min(to, around + NEAR))) {
    // (and "this morning" said of a statement: "OCHA told member agencies this morning that …")
    // (right before what is said: not "قال … إن المستشفى استقبل منذ الصباح 6 قتلى")
    const morning = t.kind === "last-days" && t.days === 1 && (hasAt(cx, g.saidOpeners, t.to) || hasAt(cx, g.complementizers, t.to));
    // (and a note on the sentence's figures: "… since 27 November (figures as of 28 November, 18:00)")
    if (t.kind === "as-of" && t.from > from && g.tallyNouns.hasToken(tokens[t.from - 1]!) && hasNumberBetween(cx, Math.max(from, t.from - NEAR), t.from)) {
      out.push({ t, afterCue: true, nearAnchor: false });
      continue;
    }
    if ((t.kind !== "on-day" && !morning) || (t.kind === "on-day" && recordedDay(cx, t, from, to)) || datesEarlierFigure(cx, t.from, from)) continue;
    // "قالت الإدارة الذاتية …، اليوم الثلاثاء، إن …": a day set off between the speaker and what is
    // said, perhaps closing an aside on the statement ("، في بيان مصوّر بُثّ مساء أمس، إن …")
    let opens = -1;
    // (words counted, not the quotes around a name in it: "، في بيان تلقت «الثورة» نسخة منه مساء أمس، أن")
    for (let k = t.from - 1; k >= from && gapWords(doc, k, t.from) <= ASIDE_WORDS && opens < 0; k--) if (isComma(tokens[k])) opens = k;
    // (or set off right after the verb, before what it announced: "فأعلنت، في حصيلة نشرها ناطقها
    // العسكري يوم الأحد، أسر أكثر من ٤٠٠ عنصر")
    const aside = opens >= 0 && isComma(tokens[t.to]) && (hasAt(cx, g.complementizers, t.to + 1) || cueEndAt[opens] === 1) && !hasNumberBetween(cx, from, t.from);
    // (or right after the name of an agency relaying it: "في حصيلة نقلتها وكالة فرانس برس أمس أن …")
    const mentions = sentenceSources(cx, s).mentions;
    const afterRelay = mentions.some((m) => m.relay && m.to <= t.from && gapWords(doc, m.to, t.from) <= 1);
    // (or after a source's name and a comma, closing a parenthesis that credits the figures before
    // it: "Newly displaced: 284,000 since 27 November (OCHA, 3 December)")
    // (or of a document the parenthesis names, after the count: "… newly displaced since 27 November
    // (Flash Update No. 11, 9 Dec)")
    // (or a day alone in parentheses closing the line of a count: "\"over 1,600 terrorists\" killed
    // since 27 Nov (2 Dec)")
    const credit = tokens[t.to]?.text === ")" && (mentions.some((m) => m.to === t.from - 1 && isComma(tokens[m.to])) || citedDocumentDay(cx, t, from) || closingDay(cx, t, from));
    // (or right before what is said, past an aside on the statement with no number in it: "قالت
    // «إدارة العمليات» في بيان عبر قناتها على «تلغرام» أمس إن …", "said in a statement on its
    // Telegram channel on Sunday that …")
    let beforeSaid = false;
    if (hasAt(cx, g.saidOpeners, t.to)) {
      for (let k = t.from; k > Math.max(from, t.from - SAID_ASIDE_TOKENS) && !beforeSaid && !numberAtTok[k - 1]; k--) beforeSaid = cueEndAt[k] === 1;
    }
    // (a day right after a speaker's verb in the pluperfect dates the earlier statement that
    // follows, not a count before it: "… ارتفع إلى 182 شخصاً، بعدما كان قد أحصى مساء أمس مقتل 132")
    const earlierStatement = cueEndAt[t.from] === 1 && pluperfectAt(cx, t.from - 2) && hasNumberBetween(cx, from, t.from);
    // (or right before a pronoun for the organisation speaking and its verb: "…; on Monday it gave 1.1 million")
    const beforePronoun = tokens[t.to] !== undefined && g.organisationPronouns.has(tokens[t.to]!.text) && g.attribution.matchAt(tokens, t.to + 1) !== undefined;
    const afterCue = !earlierStatement && (afterCueAt(cx, t.from) || aside || afterRelay || beforeSaid || credit || beforePronoun);
    // (a day opening the sentence right before the speaker, perhaps past an aside set off by commas
    // with no number in it: "On 5 December, the day government troops withdrew from Hama, the
    // Syrian Observatory … counted 826 dead")
    const opening = gapWords(doc, from, t.from) <= 1;
    const nearAnchor = anchors.some((a) => (t.from >= a && gapWords(doc, a, t.from) <= 3 && !hasNumberBetween(cx, a, t.from)) || (opening && t.to <= a && (gapWords(doc, t.to, a) <= 2 || asideBetween(cx, t.to, a))));
    if (afterCue || nearAnchor || earlierStatement || frontedStatementDay(cx, t, from) || labelDay(cx, t, from)) out.push({ t, afterCue, nearAnchor });
  }
  return out;
};
/** How many tokens an as-of set off after the speaker may have ("حتى مساء السبت 30 تشرين الثاني"). */
const ASIDE_TIME_TOKENS = 8;
/** An as-of set off by commas right after the speaker at `anchors`, before the count at `at` ("…، حتى مساء السبت، …"). */
const asideAsOf = (cx: Reading, anchors: readonly number[], at: number): TimeExpr | undefined => {
  const { tokens } = cx;
  for (const a of anchors) {
    if (!isComma(tokens[a]) || a >= at) continue;
    const t = timesIn(cx, a + 1, Math.min(at, a + 1 + ASIDE_TIME_TOKENS)).find((x) => x.from === a + 1);
    if (t !== undefined && t.kind === "as-of" && isComma(tokens[t.to]) && !hasNumberBetween(cx, a, t.from)) return t;
  }
  return undefined;
};
/** Whether day `t` stands alone in parentheses that close its line, after a count of the sentence from `from`. */
const closingDay = (cx: Reading, t: TimeExpr, from: number): boolean => {
  const { tokens } = cx;
  let end = t.to + 1;
  if (isSentenceEnd(tokens[end])) end++;
  return tokens[t.from - 1]?.text === "(" && (end >= cx.n || tokens[end]!.kind === "break") && hasNumberBetween(cx, Math.max(from, t.from - NEAR), t.from - 1);
};
/** How many tokens a document's name in a credit's parentheses may have ("Flash Update No. 11"). */
const CITED_NAME_TOKENS = 6;
/**
 * Whether day `t` closes parentheses that open after a count of the sentence (from `from`) and name
 * something before it and a comma ("(Flash Update No. 11, 9 Dec)"): the day of what is credited.
 */
const citedDocumentDay = (cx: Reading, t: TimeExpr, from: number): boolean => {
  const { tokens } = cx;
  if (!isComma(tokens[t.from - 1])) return false;
  for (let k = t.from - 2; k >= Math.max(from, t.from - 2 - CITED_NAME_TOKENS); k--) {
    if (tokens[k]!.kind === "break" || tokens[k]!.text === ")") return false;
    if (tokens[k]!.text === "(") return k < t.from - 2 && hasNumberBetween(cx, Math.max(from, k - NEAR), k);
  }
  return false;
};
/** How many words a line's opening label may have before its day ("Previously shown here (6 Dec):"). */
const LABEL_DAY_WORDS = 4;
/** How many tokens may follow the day in its parentheses (", 22:00"). */
const LABEL_DAY_TAIL = 4;
/**
 * Whether day `t` stands in parentheses in a short label opening the line of sentence `s` (from
 * `from`), closed by a colon right after them ("Latest (9 Dec, 22:00): 1,132 killed …", "Latest
 * claim (8 Dec): …"): the day of what the line reports.
 */
const labelDay = (cx: Reading, t: TimeExpr, from: number): boolean => {
  const { tokens, numberAtTok } = cx;
  if (tokens[t.from - 1]?.text !== "(") return false;
  let close = t.to;
  while (close < t.to + LABEL_DAY_TAIL && tokens[close] !== undefined && tokens[close]!.kind !== "break" && tokens[close]!.text !== ")") close++;
  if (tokens[close]?.text !== ")" || tokens[close + 1]?.text !== ":") return false;
  const start = pastLineMarks(tokens, from, t.from - 1);
  if (start >= t.from - 1 || t.from - 1 - start > LABEL_DAY_WORDS) return false;
  for (let k = start; k < t.from - 1; k++) if (tokens[k]!.kind !== "word" || numberAtTok[k]) return false;
  return true;
};
/**
 * Whether tokens [from, to) are an aside set off by commas, of a few words and no number, from
 * `from` (a comma) to a comma a word or two before `to`: ", the day government troops withdrew from Hama, the".
 */
const asideBetween = (cx: Reading, from: number, to: number): boolean => {
  const { doc, tokens } = cx;
  if (!isComma(tokens[from]) || gapWords(doc, from, to) > ASIDE_WORDS + 2 || hasNumberBetween(cx, from, to)) return false;
  for (let k = to - 1; k > from && gapWords(doc, k, to) <= 2; k--) if (isComma(tokens[k])) return true;
  return false;
};
/** How many words before its day a phrase opening a sentence on a statement may have ("In its weekly press briefing in Ankara on"). */
const FRONTED_WORDS = 8;
/**
 * Whether day `t` stands in a phrase on a statement opening the sentence from `from`, closed by a
 * comma right after the day, with no number before it ("In its update on December 3, SOHR said
 * 549 …", "وفي بيان صدر مساء أمس، قال المرصد …"): it dates what is said after it.
 */
const frontedStatementDay = (cx: Reading, t: TimeExpr, from: number): boolean => {
  const { g, doc, tokens } = cx;
  if (!isComma(tokens[t.to]) || gapWords(doc, from, t.from) > FRONTED_WORDS || hasNumberBetween(cx, from, t.from)) return false;
  let noun = false;
  for (let k = from; k < t.from; k++) {
    if (isClauseBreak(tokens[k])) return false;
    noun ||= tokens[k]!.kind === "word" && g.statementNouns.matchAt(tokens, k) !== undefined;
  }
  return noun;
};
/**
 * Whether the time at `at` closes an earlier figure's clause a few words before it ("…, up from
 * 153 it had reported late on Wednesday night"): it dates that figure, not the statement.
 */
const datesEarlierFigure = (cx: Reading, at: number, from: number): boolean => {
  const { numberAtTok } = cx;
  for (let k = at - 1; k >= Math.max(from, at - EARLIER_CLAUSE_TOKENS); k--) if (numberAtTok[k]) return earlierAt(cx, k) >= 0;
  return false;
};
/** The statement day for a number at `at`: after the day is named, or right after the cue ("said Friday"). */
const statementDayOf = (stated: readonly { t: TimeExpr; afterCue: boolean }[], at: number): TimeExpr | null =>
  stated.find((x) => at >= x.t.to || x.afterCue)?.t ?? null;
const withAsOf = (cx: Reading, a: Attribution, s: number): Attribution => {
  const t = statementTimes(cx, s, a.anchors, a.anchors[0])[0]?.t;
  return t && t.kind === "on-day" ? withStatementDay(a, t.day) : a;
};
/** Advances the carried attribution over the sentences before sentence `s`. */
const advanceCarried = (cx: Reading, s: number, para: number): void => {
  const { doc, n } = cx;
  // advance the carried attribution over sentences between drafts
  for (let k = cx.lastAttributionSentence + 1; k < s; k++) {
    const { mentions, unnamed } = sentenceSources(cx, k);
    const [, end] = sentenceRange(cx, k);
    const a = continued(cx, anaphoric(cx, attributionOf(mentions, unnamed, end, k, doc.paragraph[Math.min(end, n) - 1] ?? para), cx.lastAttribution), k);
    if (a) {
      cx.lastAttribution = withAsOf(cx, a, k);
      cx.lastAttributionParagraph = a.paragraph;
      if (namesAnew(cx, a)) cx.lastNamed = a;
    }
    else if (opensOnAnotherMatter(cx, k)) cx.lastAttribution = null;
    else if (cx.lastAttribution) {
      // "the report, issued on Wednesday evening, …": a statement day for the carried source
      const t = statementTimes(cx, k, []).find((x) => x.afterCue)?.t;
      const carried: Attribution = cx.lastAttribution;
      if (t && t.kind === "on-day") cx.lastAttribution = withStatementDay(carried, t.day);
    }
  }
  cx.lastAttributionSentence = s - 1;
};

/**
 * A paragraph that opens with an item number and words ("2- مراسل ستيب في ريف حمص: …", "3) …"):
 * an item of a numbered digest, which no attribution of the item before it reaches (not a count
 * listed under an intro: "1- 120 من الفصائل").
 */
const numberedEntry = (cx: Reading, s: number): boolean => {
  const { doc, tokens } = cx;
  const [start, to] = sentenceRange(cx, s);
  let from = start;
  while (from < to && (tokens[from]!.kind === "break" || doc.paragraph[from] !== paragraphOf(cx, s))) from++;
  return itemNumberAt(cx, from);
};
/**
 * "Of the 412 dead, 61 were civilians", "Among the 300 killed on Sunday were 20 children": a
 * sentence opening with a partitive or nesting cue and a total; a later number of the sentence,
 * past a comma or a copula, is its part. The opening cue, when so.
 */
const frontedTotalCue = (cx: Reading, s: number, sFrom: number, at: number): PhraseMatch<true> | undefined => {
  const { g, doc, tokens } = cx;
  if (cx.prev === null) return undefined;
  let k0 = sFrom;
  while (k0 < at && tokens[k0]!.kind !== "word") k0++;
  if (cx.prev.sentence === s - 1) return groupOpening(cx, k0, at);
  if (cx.prev.sentence !== s) return undefined;
  const cue = g.partitives.matchAt(tokens, k0) ?? g.nest.matchAt(tokens, k0);
  if (cue === undefined || cx.prev.m.from < cue.to || gapWords(doc, cue.to, cx.prev.m.from) > 2) return undefined;
  // (the total inside the opening phrase: "Of the dead, 240 were …" opens with no total)
  for (let k = cue.to; k < cx.prev.m.from; k++) if (isClauseBreak(tokens[k])) return undefined;
  // (a number joined to the first is its sibling: "ويشمل العدد أيضاً 467 …، و426 …")
  if (joinedAt(cx, at)) return undefined;
  for (let k = cx.prev.e; k < at; k++) if (isClauseBreak(tokens[k]) || hasAt(cx, g.copulas, k)) return cue;
  return undefined;
};
/**
 * "Among the civilians were six children", "ومن بين المدنيين ستة أطفال": a sentence opening with a
 * nesting cue and a group of the count before, with no number or metric word of its own, then (in a
 * language without clitics, after a copula) the count: a part of the sentence before's. The cue,
 * when so.
 */
const groupOpening = (cx: Reading, k0: number, at: number): PhraseMatch<true> | undefined => {
  const { g, doc, tokens, numberAtTok, metricCover, subjectAt } = cx;
  const cue = g.nest.matchAt(tokens, k0) ?? g.groupOpeners.matchAt(tokens, k0);
  if (cue === undefined || at <= cue.to || gapWords(doc, cue.to, at) > GROUP_OPENING_WORDS) return undefined;
  // (a group named by a metric word is what the count is of: "ومن بين الضحايا ١٢ طفلاً قُتلوا";
  // one not named may be anyone's: "ومن بين هؤلاء ١٢ طفلاً قُتلوا")
  // (a dashboard's label over its figure is as if a copula joined them: "Of which civilians\n92")
  const labelled = joinsLines(doc, at - 1);
  let group = false;
  for (let k = cue.to; k < at; k++) {
    if (numberAtTok[k] === 1 || metricCover[k] || (isClauseBreak(tokens[k]) && !(labelled && k === at - 1))) return undefined;
    group ||= subjectAt[k] !== undefined;
  }
  return group && (g.grammar.clitics || labelled || hasAt(cx, g.copulas, at - 1)) ? cue : undefined;
};
/** How many words may name the group between an opening nesting cue and its count. */
const GROUP_OPENING_WORDS = 3;
/**
 * Whether a metric word at `at` is the predicate of a part nested after `e`: a nesting cue, its
 * number, then the word right after it ("بينهم 41 قُتلوا"; not the total's predicate after a
 * parenthesis of parts: "42 مدنياً، بينهم 13 طفلاً و9 نساء، قُتلوا").
 */
const partPredicate = (cx: Reading, e: number, at: number): boolean => {
  const { g, tokens, flags, metricCover } = cx;
  // (past the part's own predicate before it: "41 قُتلوا بضربات جوية")
  let k = at - 1;
  while (k > e && metricCover[k] && tokens[k]!.kind !== "number") k--;
  if (k <= e || tokens[k]!.kind !== "number") return false;
  return g.nest.anyWithin(tokens, flags, F_NEST, e, k);
};
/** Words set off between pairs of dashes in tokens [a, b) (an aside). */
const asideWords = (cx: Reading, a: number, b: number): number => {
  const { doc, tokens } = cx;
  let open = -1;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== "punct" || (t.text !== "—" && t.text !== "–")) continue;
    if (open < 0) open = k;
    else {
      words += gapWords(doc, open + 1, k);
      open = -1;
    }
  }
  return words;
};
/** The metric word of the sentence nearest a number that names none after it, and its match. */
const nearestMetric = (
  cx: Reading, m: NumberMention,
  e: number,
  lo: number,
  hi: number,
  np: NounPhrase,
  seizeBefore: boolean,
): { metric: string | null; cue: PhraseMatch<readonly string[]> | null } => {
  const { lex, g, doc, tokens, metricMatches, metricAt, metricIndex, countedNoun, pastClauses } = cx;
  let metric: string | null = null;
  let cue: PhraseMatch<readonly string[]> | null = null;
  let best = Infinity;
  const qStart = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, m.from, 4)?.from ?? m.from;
  const risenTo = risenAt(cx, qStart - 1);
  // (after a bare "to"/"إلى" a metric after the count is its only as the noun's own participle:
  // "provided care to 87 people injured", not "أوصلت المساعدات إلى 120 ألف شخص … النازحين")
  const toBefore = g.rise.has(word(cx, qStart - 1));
  for (let j = metricIndex[lo]!; j < metricIndex[hi]!; j++) {
    const mm = metricMatches[j]!;
    if (countedNoun.has(mm.from) && mm.from !== e && !opensNextCount(cx, mm)) continue;
    if (pastClauses.has(doc.clause[mm.from]!) && doc.clause[mm.from] !== doc.clause[m.from]) continue;
    // places seized count only as the noun before "rose to" ("the number of towns liberated … to 120"),
    // or after "the number of" before a qualifier ("عدد المدن والبلدات التي دخلتها تجاوز 400")
    const ids = mm.value.filter(
      (id) =>
        (id !== LOCALITIES || ((risenTo || (qStart < m.from && matchesBefore(cx, g.numberOf, 0, mm.from, NUMBER_OF_TOKENS) !== undefined && !countBetween(cx, mm.to, qStart))) && seizeBefore && mm.to <= m.from && mm.value.length === 1)) &&
        // an implicit count, or one whose noun names people ("قتلت الغارة طفلين", "ضحايا الغارة …
        // إلى 16 مدنياً"), does not count things
        ((m.form !== "implicit" && (np.subjects.length === 0 || (mm.from >= e && mm.from < np.end))) || (lex.metric(id)?.subjectRole ?? "counted") === "counted"),
    );
    if (ids.length === 0) continue;
    // (a metric phrase ending in a verb of rising counts only after the number: "8,000 people had
    // reached Tabqa", not "the toll had reached 300"; a verb with its preposition may come first:
    // "وصل إلى نطاق البلدية … نحو 1,850 عائلة")
    if (mm.to <= m.from && riseVerbAt(cx, mm.to - 1)) continue;
    // (nor one ending in its preposition right before the count, which is then what was reached:
    // "عدد القتلى … وصل إلى 1,178 شخصاً")
    if (mm.to === qStart && g.rise.has(word(cx, mm.to - 1))) continue;
    if (mm.from >= e && opensNextCount(cx, mm)) continue;
    // (the predicate of a nested part is the part's: "315 من مقاتلي …، بينهم 41 قُتلوا بضربات جوية")
    if (mm.from >= e && partPredicate(cx, e, mm.from)) continue;
    const crossing = mm.to <= m.from ? doc.clause[mm.to - 1] !== doc.clause[m.from] : doc.clause[mm.from] !== doc.clause[e - 1];
    // (nor a metric of a clause after, with its own subject "others": "فقد ثمانية نحالين حياتهم …، وأُصيب آخرون")
    if (mm.from >= e && crossing && tokens[mm.to] !== undefined && g.others.has(tokens[mm.to]!.text)) continue;
    const predicate =
      mm.from >= e &&
      // (not past another count: "the strike killed at least nine people; the group said 27 more were
      // injured"; a part of this one may stand between: "four others, including a woman, were wounded")
      !countBetween(cx, e, mm.from) &&
      // ("were wounded", "were badly wounded": an auxiliary, perhaps an adverb, then the metric)
      (((hasAt(cx, g.predicateAux, mm.from - 1) || (hasAt(cx, g.predicateAux, mm.from - 2) && tokens[mm.from - 1]!.kind === "word" && !metricAt[mm.from - 1])) && gapWords(doc, e, mm.from) <= 8) || (!g.grammar.clitics && mm.from === np.end + 1 && doc.clause[mm.from] === doc.clause[m.from]));
    // ("the death toll from Monday's strikes climbed to 25": a rising toll of people before one of things named in its complement)
    const thingsRisen = risenTo && mm.to <= m.from && lex.metric(ids[0]!)?.subjectRole === "fixed" ? 6 : 0;
    // (words set off between dashes do not part a toll from its number: "The death toll — which
    // SOHR compiles from … — reached 327")
    let before = mm.to <= m.from ? gapWords(doc, mm.to, m.from) : 0;
    if (before > 8) before -= asideWords(cx, mm.to, m.from);
    // (nor from its predicate after them: "Some 277 people—149 rebels, 104 Syrian soldiers … and 24
    // civilians—have been killed")
    let after = mm.from >= e ? gapWords(doc, e, mm.from) : 0;
    if (after > 8) after -= asideWords(cx, e, mm.from);
    // (or its relative clause's: "opened two church halls to 340 people who left the eastern neighbourhoods")
    const ownClause = mm.from === np.end + 1 || (mm.from === np.end + 2 && (hasAt(cx, g.relatives, np.end + 1) || g.grammar.speakerRelatives.includes(word(cx, np.end + 1))));
    const d = thingsRisen + (toBefore && mm.from >= e && (risenTo || !ownClause) ? 100 : 0) + (predicate ? 0.5 : (mm.to <= m.from ? before : mm.from >= e ? after + 0.5 : Infinity) + (crossing ? 4 : 0));
    if (d < best && d <= 25) {
      best = d;
      metric = ids[0]!;
      cue = mm;
    }
  }
  return { metric, cue };
};

/**
 * Where a noun of counts a few words before `at` in its clause, its verb between, starts with its
 * article or possessor: "the count stood at 480", "the figure was around 49,000", "The group's
 * count stood at 540", "its tally was" (the count before, restated); or -1.
 */
const countNounBefore = (cx: Reading, at: number): number => {
  const { g, doc, tokens } = cx;
  for (let k = at - 1; k >= Math.max(1, at - COUNT_NOUN_REACH) && tokens[k]!.kind === "word" && doc.clause[k] === doc.clause[at]; k--) {
    if (!hasAt(cx, g.countNouns, k)) continue;
    const before = word(cx, k - 1);
    if (hasAt(cx, g.definiteArticles, k - 1) || hasAt(cx, g.possessives, k - 1)) return k - 1;
    if (tokens[k - 1]!.kind === "word" && g.possessiveEndings.some((x) => before.endsWith(x))) return hasAt(cx, g.definiteArticles, k - 2) ? k - 2 : k - 1;
    // (or an indefinite one right before the number past its "of": "had given AFP a figure of 481")
    if (hasAt(cx, g.singularArticles, k - 1) && g.partitives.matchAt(tokens, k + 1)?.to === at) return k - 1;
    return -1;
  }
  return -1;
};
/**
 * The source that owns a count given after a possessive pronoun and a noun of counts ("its count
 * is 514", "their tally"): the one source the sentence before names, if the count's own sentence
 * names none before it.
 */
const possessorBefore = (cx: Reading, s: number, at: number): string | null => {
  const { g, tokens, lx } = cx;
  if (s === 0) return null;
  const noun = countNounBefore(cx, at);
  if (noun < 0 || !hasAt(cx, g.possessives, noun) || g.grammar.correspondents.includes(word(cx, noun))) return null;
  const [from] = sentenceRange(cx, s - 1);
  let found: string | null = null;
  for (let k = from; k < noun; k++) {
    const m = lx.sources.matchAt(tokens, k);
    if (m === undefined) continue;
    if (found !== null && found !== m.value) return null;
    found = m.value;
    k = m.to - 1;
  }
  return found;
};
/** How many tokens after a count "all of them" may close it and the count coordinated after it. */
const ALL_OF_THEM_REACH = 12;
/**
 * The group named right after "all of them" (`g.allOfThem`) in [from, to), past at most one other
 * count and no full stop ("killed four people and injured 17, all of them civilians"), or null.
 */
const allOfThemAfter = (cx: Reading, from: number, to: number): string | null => {
  const { g, tokens, subjectAt, numberAtTok } = cx;
  let numbers = 0;
  for (let k = from; k < Math.min(to, from + ALL_OF_THEM_REACH); k++) {
    if (isSentenceEnd(tokens[k])) return null;
    if (numberAtTok[k] && ++numbers > 1) return null;
    const all = g.allOfThem.matchAt(tokens, k);
    if (all === undefined) continue;
    return subjectAt[all.to]?.value ?? null;
  }
  return null;
};
/** The last word of one metric in sentence `s`, if any. */
const metricNamedIn = (cx: Reading, s: number): PhraseMatch<readonly string[]> | undefined => {
  const [from, to] = sentenceRange(cx, s);
  for (let k = to - 1; k >= from; k--) {
    const m = cx.metricAt[k];
    if (m !== undefined) return m.value.length === 1 ? m : undefined;
  }
  return undefined;
};
/** How many words a noun of counts may stand before the number ("the count stood at"). */
const COUNT_NOUN_REACH = 4;
/**
 * The group a sentence opens with in a clause of its own before the count: "Of the civilians, at
 * least eight were killed", "ومن بين المدنيين، قتل ثمانية"; null when it opens otherwise.
 */
const frontedPartitive = (cx: Reading, sFrom: number, at: number): string | null => {
  const { lex, g, doc, tokens, subjectAt, metricCover, numberAtTok } = cx;
  let k = sFrom;
  while (k < at && tokens[k]!.kind !== "word") k++;
  if (hasAt(cx, g.joiners, k)) k++;
  const cue = g.partitives.matchAt(tokens, k) ?? g.nest.matchAt(tokens, k);
  if (!cue) return null;
  const named: string[] = [];
  for (k = cue.to; k < Math.min(at, cue.to + 8); k++) {
    if (isClauseBreak(tokens[k])) return doc.clause[k] !== doc.clause[at] ? commonSubject(lex, named) : null;
    if (numberAtTok[k]) return null;
    const sm = subjectAt[k];
    if (sm && !metricCover[k]) named.push(sm.value);
  }
  return null;
};

/**
 * Whether tokens [a, b) are only the agent of a verb before its object: names of parties, sources
 * or strikes ("أسر مقاتلو المعارضة جنديين", "قتلت الغارة طفلين"), within one clause.
 */
const agentBetween = (cx: Reading, a: number, b: number): boolean => {
  const { lx, doc, tokens, subjectAt, metricAt } = cx;
  if (b <= a || b - a > 6 || doc.clause[a] !== doc.clause[b]) return false;
  for (let k = a; k < b; ) {
    const to = subjectAt[k]?.to ?? lx.sources.matchAt(tokens, k)?.to ?? (thingAt(cx, k) ? metricAt[k]!.to : undefined);
    if (to === undefined || to > b) return false;
    k = to;
  }
  return true;
};

/** How many words may stand between a historical total and a count joined after it ("، وشرّدت نحو"). */
const JOINED_HISTORY_WORDS = 4;
/**
 * Whether the number at `from` opens a conjunct joined right after a historical total of its
 * sentence (from `sFrom`): "أودت الحرب فيه منذ 2011 بحياة أكثر من 500 ألف شخص، وشرّدت نحو 13
 * مليوناً بين نازح ولاجئ" (the war goes on as the subject); history too.
 */
const joinedToHistory = (cx: Reading, from: number, sFrom: number): boolean => {
  const { g, doc, tokens } = cx;
  const h = cx.lastHistoryEnd;
  if (h < sFrom || h >= from || hasNumberBetween(cx, h, from) || gapWords(doc, h, from) > JOINED_HISTORY_WORDS + 1) return false;
  let k = h;
  while (k < from && tokens[k]!.kind !== "word") k++;
  // (past the historical count's own noun, up to the comma that ends it)
  while (k < from && !isComma(tokens[k])) k++;
  if (k >= from) return false;
  k++;
  return joinsClause(g, word(cx, k));
};
/** A number that counts something, with its noun phrase and metric; null when it is not a count. */
/** How many words a partitive phrase after an implicit count's noun may have before its predicate. */
const PARTITIVE_WORDS = 3;
const candidateAt = (cx: Reading, idx: number, m: NumberMention, e: number, s: number, para: number): Candidate | null => {
  const { lex, g, doc, tokens, subjectAt, metricAt, metricCover, numberAtTok, timeAt, inTime, countedNoun, introBefore } = cx;
  if (excluded(cx, m, e) || opensCorrection(cx, s) || asksQuestion(cx, s, m.from)) return null;
  // (nor a rank's noun: "أحدهم برتبة عميد", "an officer with the rank of colonel")
  if (m.form === "implicit" && matchesBefore(cx, g.notCounted, F_NOT_COUNTED, m.from, 3)) return null;
  // (nor one of many: "حملة «لعبة لكل طفل نازح»", "ونرحّب بكل طالب نازح")
  if (m.form === "implicit" && hasAt(cx, g.distributives, m.from - 1)) return null;
  const [sFrom, sTo] = sentenceRange(cx, s);
  const lo = Math.max(sFrom, m.from - NEAR);
  const hi = Math.min(sTo, e + NEAR);
  const times = timesIn(cx, lo, hi);
  const history =
    times.some((t) => t.kind === "historical" && ((Math.abs(t.from - m.from) <= 8 && (doc.clause[t.from] === doc.clause[m.from] || doc.clause[t.from] === doc.clause[e - 1])) || opensSentenceBefore(cx, t, sFrom, m.from)) && !(t.to <= m.from && joinedCountBetween(cx, t.to, m.from)) && !comparedSince(cx, t.from)) ||
    historyOpens(cx, sFrom, sTo, m.from) ||
    historyCueWithin(cx, Math.max(sFrom, m.from - HISTORY_BEFORE), Math.min(sTo, e + 8), m.from) ||
    pastYearNear(cx, m.from, e) ||
    joinedToHistory(cx, m.from, sFrom);
  if (history) {
    cx.lastHistoryEnd = e;
    return null;
  }

  const implicit = m.form === "implicit";
  if (implicit && cx.prev !== null && cx.prev.sentence === s && cx.prev.npEnd >= m.from) return null;
  // "37 طالباً وطالبة": the feminine of the noun just counted, joined to it, pairs the genders of
  // the same count
  if (implicit && g.grammar.clitics && cx.prev !== null && cx.prev.npEnd === m.from - 1 && pairedGender(word(cx, m.from - 1), word(cx, m.from))) return null;
  // "طفلين اثنين": a number word repeating the dual just before it is the same count
  if (!implicit && cx.prev !== null && cx.prev.m.form === "implicit" && cx.prev.npEnd === m.from - 1 && cx.prev.quantity.value === m.value) return null;
  // "80 of them fighters", "80 منهم": a part named by a nesting cue right after the number
  // ("ثلاثة ضباط أحدهم برتبة عميد": "one of them" in one word nests itself)
  const postNest = implicit ? undefined : g.nest.matchAt(tokens, e) ?? (g.oneOfThem.hasToken(tokens[m.from]!) ? { from: m.from, to: e, value: true as const } : undefined);
  // (or a qualifier glued to the number by a hyphen, or a plus sign: "7,000-plus people", "300+ strikes")
  const glued = !postNest && (tokens[e]?.text === "-" || tokens[e]?.text === "+") && tokens[e]!.start === tokens[e - 1]!.end ? g.qualifiersAfter.matchAt(tokens, e) : undefined;
  const postQual = postNest ? g.qualifiersAfter.matchAt(tokens, postNest.to) : glued;
  const np = nounPhrase(cx, implicit ? m.from + (g.grammar.clitics ? 0 : m.to - m.from - 1) : postQual?.to ?? postNest?.to ?? e, implicit);
  /** Where the count starts with its qualifier before it ("more than 200"). */
  const qStart = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, m.from, 4)?.from ?? m.from;
  const cueBefore = postNest ?? matchesBefore(cx, g.nest, F_NEST, m.from, 3) ?? (() => {
    const at = qStart;
    // ("Among them were six children": a copula after the cue)
    return matchesBefore(cx, g.nest, F_NEST, at, 3) ?? (hasAt(cx, g.copulas, at - 1) ? matchesBefore(cx, g.nest, F_NEST, at - 1, 2) : undefined);
  })();
  // "Forty-four civilians were among 420 people killed": a copula before the cue makes this count
  // the whole of the one before, not its part
  const wholeOfPrev = cueBefore !== undefined && cueBefore !== postNest && hasAt(cx, g.copulas, cueBefore.from - 1) && cx.prev !== null && cx.prev.sentence === s;
  const nestCue = wholeOfPrev ? undefined : cueBefore ?? frontedTotalCue(cx, s, sFrom, m.from);
  const sameClause = cx.prev !== null && cx.prev.sentence === s && doc.clause[cx.prev.e - 1] === doc.clause[m.from];
  const conjoined = sameClause && joinedAt(cx, m.from);

  // metric: the counted noun, else the nearest metric word of the sentence
  let metric: string | null = null;
  let cue: PhraseMatch<readonly string[]> | null = null;
  let seizeBefore = false;
  for (let k = m.from - 1; k >= lo && !seizeBefore; k--) seizeBefore = metricAt[k]?.value.includes(LOCALITIES) === true && metricAt[k]!.to <= m.from;
  // (or a passive one right after the places: "six villages had been retaken", "were captured";
  // in a headline's short form with no auxiliary: "Rebels say 31 localities taken")
  if (!seizeBefore && np.counted?.value.includes(LOCALITIES))
    for (let k = np.counted.to; k < Math.min(sTo, np.end + 5) && !seizeBefore; k++) seizeBefore = metricAt[k]?.value.includes(LOCALITIES) === true && (hasAt(cx, g.predicateAux, k - 1) || k === np.counted.to);
  if (np.counted) {
    const ids = np.counted.value;
    // (not a participle right before the people it describes: "it held 800 captured soldiers")
    // (perhaps past one word: "25 captured government soldiers")
    const describesPeople = ids.length > 1 && np.counted.from === e && (cx.subjectAt[np.counted.to] !== undefined || (cx.tokens[np.counted.to]?.kind === "word" && cx.subjectAt[np.counted.to + 1] !== undefined));
    const pick = ids.includes(LOCALITIES) && seizeBefore && !describesPeople ? LOCALITIES : ids.find((id) => id !== LOCALITIES);
    if (pick) {
      metric = pick;
      cue = np.counted;
    }
  }
  // (not what things counted did: "310 Israeli strikes …, which it said had killed at least eight")
  if (np.counted && metric !== null && !thingAt(cx, np.counted.from)) {
    // "six displaced people, among them a woman, were killed": a predicate names what befell them
    // (not past a part that has the predicate: "38 casualties …; nine of them were dead on arrival";
    // nor past another count: "received 216 wounded patients, and 37 people were dead on arrival")
    for (let k = np.end + 1; k < Math.min(sTo, np.end + 14) && !(numberAtTok[k] && (g.nest.matchAt(tokens, k + 1) !== undefined || (timeAt[k] !== 1 && inTime[k] !== 1 && !matchesBefore(cx, g.nest, F_NEST, k, 3)))); k++) {
      const mm = metricAt[k];
      if (mm === undefined || !hasAt(cx, g.predicateAux, k - 1)) continue;
      if (!mm.value.includes(metric) && !countedNoun.has(k)) {
        metric = mm.value[0]!;
        cue = mm;
      }
      break;
    }
  }
  // ("executed at least seven captured soldiers": a participle before the noun describes who they
  // were; a verb of killing or capture right before the count says what befell them; not one of
  // moving them: "evacuated 310 wounded people" counts the wounded)
  // (whom the noun names may follow past a partitive: "إعدام ما لا يقل عن 6 أسرى من عناصر القوات الحكومية")
  let whose = np.counted ? g.partitives.matchAt(tokens, np.counted.to)?.to ?? np.counted.to : -1;
  if (whose > (np.counted?.to ?? 0) && hasAt(cx, g.memberNouns, whose)) whose++;
  let befallen: string | null = null;
  // (or with no group after the noun when the noun names people already befallen: "قتل ما لا يقل عن
  // سبعة أسرى", the killing of at least seven prisoners)
  if (np.counted && metric !== null && np.counted.from === e && (subjectAt[whose] !== undefined || BEFALLING.has(metric))) {
    const verb = metricCover[qStart - 1];
    if (verb !== undefined && verb.to === qStart && !verb.value.includes(metric) && BEFALLING.has(verb.value[0]!)) {
      befallen = metric;
      metric = verb.value[0]!;
      cue = verb;
    }
  }
  let ownCue = cue !== null;
  // an earlier figure with no noun of its own restates the count before it, in its sentence or
  // the one before ("14 people had been killed …, up from nine at the start of the week, and
  // dozens more had been injured"; "… at least 910 people have been killed. That is up from 826")
  // (a nested part's metric is its total's: the last count not nested)
  // (or past its parts in the sentence between: "… 727 people had been killed … That includes 118
  // civilians. The group's count stood at 540 on Monday")
  // (its parts running on over sentences after it: "… 727 deaths … Of these, 111 were civilians. The
  // remainder …: 318 rebel fighters and 298 soldiers … the count stood at 480")
  let restated = cx.prev !== null && cx.prev.sentence >= s - 1 ? cx.prev.metric ?? (cx.prevTop !== null && cx.prevTop.sentence >= s - 2 ? cx.prevTop.metric : null) ?? lastDraftSince(cx, s - 3, (d) => d.metric !== null, PARTS_BACK)?.metric ?? null : null;
  const countNoun = restated !== null && metric === null ? countNounBefore(cx, qStart) : -1;
  // (a source's own count restates that source's last figure, not the figure of another source
  // before it: "Killed: 268 (SOHR) / Air strikes: 37 (Civil Defence) / The Observatory's count stood at 139")
  if (countNoun >= 0) {
    const owner = cx.lx.sources.matchAt(tokens, countNoun) ?? cx.lx.sources.matchAt(tokens, countNoun + 1);
    if (owner !== undefined) restated = lastDraftSince(cx, s - 3, (d) => d.attribution?.source === owner.value && d.metric !== null)?.metric ?? restated;
  }
  // (or raised past a pronoun that stands for it: "… counted at least 514 deaths. … the Observatory had raised it to 602")
  const raisedFigure = restated !== null && metric === null && risenAt(cx, qStart - 1) && hasAt(cx, g.figurePronouns, qStart - 2);
  // (or a bare figure closing its sentence, the organisation speaking as a pronoun: "A week ago, …,
  // it counted 255.", "Yesterday it was 571.")
  const pronounFigure = restated !== null && metric === null && np.subjects.length === 0 && bareFigureOfPronoun(cx, qStart, e);
  if (metric === null && restated !== null && np.subjects.length === 0 && (earlierAt(cx, qStart) >= 0 || countNoun >= 0 || raisedFigure || pronounFigure)) metric = restated;
  // (a noun of counts with no count before it takes what the sentence before says is counted: "The
  // Syrian Observatory … has been tracking the dead. As of this morning, its count is 514")
  if (metric === null && restated === null && np.subjects.length === 0 && s > 0 && countNounBefore(cx, qStart) >= 0) {
    cue = metricNamedIn(cx, s - 1) ?? null;
    if (cue !== null) metric = cue.value[0]!;
  }
  if (metric === null) {
    ({ metric, cue } = nearestMetric(cx, m, e, lo, hi, np, seizeBefore));
    // "killed in 3 villages": a count of places is not one of people
    if (np.counted && metric !== LOCALITIES && np.counted.value.every((id) => id === LOCALITIES)) return null;
    if (cue) ownCue = doc.clause[cue.from] === doc.clause[m.from] || doc.clause[cue.to - 1] === doc.clause[e - 1];
    if (implicit) {
      // (or past a partitive phrase after the noun: "طالبين من الصف الرابع قُتلا")
      const partitive = cue !== null && cue.from > e ? g.partitives.matchAt(tokens, e) : undefined;
      const pastPartitive = partitive !== undefined && cue!.from >= partitive.to && gapWords(doc, partitive.to, cue!.from) <= PARTITIVE_WORDS && doc.clause[cue!.from] === doc.clause[m.from] && !hasNumberBetween(cx, e, cue!.from);
      const adjacent = cue !== null && (cue.to === m.from || (cue.from >= e && gapWords(doc, e, cue.from) <= 2) || pastPartitive || agentBetween(cx, cue.to, m.from));
      const added = matchesBefore(cx, g.addition, F_ADDITION, m.from, 3) !== undefined && cx.prev !== null && cx.prev.sentence === s;
      if (!adjacent && !nestCue && !conjoined && !added) return null;
      if (!adjacent && cx.prev) metric = cx.prev.metric;
    }
  }
  // ("نحو 8 آلاف عائلة وصلت حتى مساء أمس إلى مدينة الطبقة" after a sentence on the exodus): a
  // count of a group the lexicon implies a metric for (`impliedFor`: families, displaced), with
  // no metric word near it, takes that metric when its sentence or the one before names it
  // (the group must be the noun right after the number, or past a partitive: not "مئات السيارات
  // والحافلات المحمّلة بالعائلات")
  const headAt = g.partitives.matchAt(tokens, e)?.to ?? e;
  if (metric === null && np.subjects.length > 0 && !implicit && subjectAt[headAt] !== undefined) {
    const implied = impliedMetric(cx, np.subjects);
    if (implied !== null && s > 0) {
      const [pf, pt] = sentenceRange(cx, s - 1);
      if (sentenceHasMetric(cx, s - 1, pf, pt, implied) || sentenceHasMetric(cx, s, sFrom, sTo, implied)) metric = implied;
    }
  }
  // a cell of a series written as text under its caption ("حصيلة القتلى التراكمية … وفق المرصد." over
  // "الأربعاء: 61 | الخميس: 148 | …"): the one metric the caption names
  let caption: PhraseMatch<readonly string[]> | null = null;
  if (metric === null && !implicit) {
    caption = seriesCaption(cx, m.from, s);
    if (caption !== null) {
      metric = caption.value[0]!;
      cue = caption;
      ownCue = false;
    }
  }
  // a cell of a table under its header ("Date | Deaths" over "29 Nov | 277"): the metric its column names
  let header: PhraseMatch<readonly string[]> | null = null;
  if (metric === null && !implicit) {
    header = columnHeader(cx, m.from);
    if (header !== null) {
      metric = header.value[0]!;
      cue = header;
      ownCue = false;
    }
  }
  // "وقتلت العشرات منهم", "killed dozens of them": a vague amount with its own verb right before it
  // counts on its own, of the group named before
  // (a number too, with no count before it in its sentence to be part of: "inflicted heavy losses on
  // the militants, killing more than 300 of them")
  // (or a verb of another metric than the count before: "1,853 مصاباً …، توفي 73 منهم", 73 of the
  // wounded died, a count of the dead)
  const verbNext = postNest !== undefined && cue !== null && cue.to <= m.from && gapWords(doc, cue.to, qStart) <= 1;
  const before = cx.prev?.metric ?? cx.prevTop?.metric ?? null;
  const ofWhole = verbNext && cx.prev !== null && cx.prev.sentence === s && before !== null && !cue!.value.includes(before);
  const ownVerb = verbNext && (m.form === "vague" || cx.prev === null || cx.prev.sentence !== s || ofWhole);
  // (so does one joined to a nested part, unless its metric word stands between the two: "among
  // them seven children and four women, in a wave of air raids", not "and wounded 30 others")
  const joinedPart = conjoined && cx.inNest && cx.prev !== null && cue !== null && (cue.from >= e || cue.to <= cx.prev.m.from);
  // (unless the metric word is what the cue's verb has: "The dead included 148 fighters", and so
  // each item joined to that part: "… 94 soldiers and 28 civilians")
  const cueHeadsNest = cue !== null && (nestCue !== undefined ? cue.to === nestCue.from : joinedPart && cue.to <= cx.prev!.m.from && g.nest.matchAt(tokens, cue.to) !== undefined);
  // (nor when it is the part's own predicate right after it: "nine of them were dead on arrival")
  const partAfter = postQual?.to ?? postNest?.to;
  // (or right after the part's own noun: "ومن بين هؤلاء ١٢ طفلاً قُتلوا بمخلفات الحرب", of a count of injured before)
  const ownPredicate = cue !== null && ((partAfter !== undefined && cue.from >= partAfter && (cue.from === partAfter || (cue.from === partAfter + 1 && hasAt(cx, g.predicateAux, partAfter)))) ||
    (np.subjects.length > 0 && cue.from === np.end + 1));
  if ((nestCue || joinedPart) && cue && !np.counted && !ownVerb && !cueHeadsNest && !ownPredicate) {
    // a nested part without a metric word of its own takes its total's
    metric = null;
    cue = null;
  }
  if (cue && metric !== null) {
    const c = cue;
    const alt = (k: number) => hasAt(cx, g.alternatives, k);
    const other = (k: number) => metricAt[k] !== undefined && !metricAt[k]!.value.includes(metric!);
    const cueEndTok = c.to;
    if ((alt(cueEndTok) && (other(cueEndTok + 1) || other(cueEndTok + 2) || other(cueEndTok + 3))) || (alt(c.from - 1) && [2, 3, 4].some((k) => other(c.from - k)))) return null;
    // "مئات القتلى والجرحى", "hundreds of dead and wounded": one count of two metrics together
    // (unless the second metric opens a count of its own: "قتلوا وأصيب المئات", "villages and killing 30")
    const together = (k: number) => other(k) && !opensNextCount(cx, metricAt[k]!);
    if (np.counted === c && g.grammar.clitics && word(cx, cueEndTok).startsWith("و") && together(cueEndTok)) return null;
    if (np.counted === c && hasAt(cx, g.joiners, cueEndTok) && together(cueEndTok + 1)) return null;
    // "قُتل وجُرح عشرات المدنيين", "killed and wounded dozens": two metrics of one count before it
    const joinedBefore = (g.grammar.clitics && word(cx, c.from).startsWith("و")) || hasAt(cx, g.joiners, c.from - 1);
    const first = metricCover[c.from - (hasAt(cx, g.joiners, c.from - 1) ? 2 : 1)];
    // (not when the first counts a number of its own: "قتل 20 وأسر خمسة"; a time's number is none:
    // "خلال الساعات الـ24 الماضية … مقتل وإصابة ما يزيد على 600")
    let ownNumber = false;
    for (let k = (first?.from ?? 0) - 1; k >= sFrom && !ownNumber; k--) ownNumber = numberAtTok[k] === 1 && timeAt[k] !== 1 && inTime[k] !== 1;
    // ("مقتل وإصابة أكثر من 1600 إرهابي": a qualifier between them)
    if (c.to <= m.from && gapWords(doc, c.to, qStart) <= 1 && joinedBefore && first !== undefined && !first.value.includes(metric) && !ownNumber) return null;
  }
  // "up to 1.5 million people could be forced to flee": a modal before the predicate, a projection
  if (cue !== null && cue.from >= e && doc.clause[cue.from] === doc.clause[e - 1]) {
    for (let k = e; k < cue.from; k++) if (hasAt(cx, g.projectionModals, k)) return null;
  }
  // (or right before the verb before it: "could push hundreds of thousands more people toward Turkey")
  {
    for (let k = qStart - 1; k >= Math.max(sFrom, qStart - 3) && tokens[k]!.kind === "word"; k--) if (hasAt(cx, g.projectionModals, k)) return null;
  }
  if ((m.form === "digits" || m.form === "words") && metric !== null && !nestCue && !conjoined) {
    // "launched by 3 groups", "12-year-old": the noun after the number is not what the metric counts
    const after = tokens[postQual?.to ?? postNest?.to ?? e];
    const named = np.subjects.length > 0 || np.member || np.others || np.owned || np.counted !== undefined || np.countedSubject !== undefined;
    const adjacentCue = cue !== null && cue.to <= m.from && (gapWords(doc, cue.to, m.from) <= 2 || risenAt(cx, qStart - 1));
    // ("two humanitarian workers with a national NGO were killed": a predicate after an auxiliary a little further)
    const predicateCue =
      cue !== null && cue.from > np.end && doc.clause[cue.from] === doc.clause[Math.max(np.end, e - 1)] &&
      (gapWords(doc, np.end + 1, cue.from) <= 2 || (hasAt(cx, g.predicateAux, cue.from - 1) && gapWords(doc, e, cue.from) <= 8));
    const hyphenated = after?.text === "-" && tokens[e + 1]?.kind === "word" && after.start === tokens[e - 1]!.end;
    // (nor a time, or a day filler opening one: "up from 153 late on Wednesday"; nor a pronoun
    // opening a clause of its own: "up from 153 it had reported"; nor a speaker's verb after an
    // earlier figure: "up from 372 reported on Saturday")
    const nounAfter = after !== undefined && after.kind === "word" && !hasAt(cx, g.subjectPronouns, e) && !(g.attribution.matchAt(tokens, e) !== undefined && earlierAt(cx, qStart) >= 0) && !(timeAt[e] === 1 || (g.dayFillers.has(after.text) && (timeAt[e + 1] === 1 || timeAt[e + 2] === 1))) && !g.stops.matchAt(tokens, e) && !g.partitives.matchAt(tokens, e) && !g.qualifiersAfter.matchAt(tokens, e) && !g.nest.matchAt(tokens, e) && !recordedAfter(cx, e);
    // ("38,614 عائلة (201,320 نسمة)": the count before restated in people)
    const restatement = tokens[m.from - 1]?.text === "(" && cx.prev !== null && cx.prev.sentence === s && cx.prev.npEnd === m.from - 2;
    // ("struck targets across the country more than 350 times": strikes counted as times)
    const strikesTimes = hasAt(cx, g.frequencies, e) && cue !== null && cue.to <= m.from && thingAt(cx, cue.from) && lex.metric(metric)?.subjectRole === "fixed";
    // ("have been displaced six or seven times": how often, of people)
    const often = hasAt(cx, g.frequencies, e) || (hasAt(cx, g.alternatives, e) && numberAtTok[e + 1] === 1 && hasAt(cx, g.frequencies, e + 2));
    if (often && !strikesTimes && lex.metric(metric)?.subjectRole !== "fixed") return null;
    if (hyphenated || (nounAfter && !named && !adjacentCue && !predicateCue && !restatement && !strikesTimes)) return null;
  }
  if (m.form === "vague") {
    // (past the quotes a vague amount is set in: 'killed "dozens" of the attacking mercenaries', "أسرت «المئات» من جنود النظام")
    let past = e;
    while (past < sTo && tokens[past]!.kind === "punct" && QUOTES.has(tokens[past]!.text)) past++;
    const clauseEnd = isClauseBreak(tokens[past]) || past >= sTo || g.stops.matchAt(tokens, past) !== undefined;
    const leftCue = cue !== null && cue.to <= m.from && gapWords(doc, cue.to, m.from) <= 1;
    // ("تهجير عشرات الآلاف من الشهباء", "وقتلت العشرات منهم": a metric word right before, and whom after it)
    const part = g.partitives.matchAt(tokens, past);
    const whom = part !== undefined || postNest !== undefined;
    // "Tens of thousands of Kurds flee", "Dozens of Syrians were killed": one noun of whom, then the metric as predicate
    // ("آلاف السوريين عبروا إلى لبنان": in Arabic the noun follows in the construct, with no partitive)
    const construct = g.grammar.clitics && part === undefined && cue !== null && tokens[past]?.kind === "word" && !metricAt[past] && cue.from === past + 1;
    const predicate = construct || (part !== undefined && cue !== null && tokens[part.to]?.kind === "word" && !metricAt[part.to] &&
      (cue.from === part.to + 1 || (cue.from === part.to + 2 && hasAt(cx, g.predicateAux, part.to + 1))));
    // ("Thousands have already left the city", "Dozens were killed": the metric as the amount's own predicate)
    const own = cue !== null && hasAt(cx, g.predicateAux, past) && (cue.from === past + 1 || (cue.from === past + 2 && tokens[past + 1]!.kind === "word" && !metricAt[past + 1]));
    // ("كبّد الإرهابيين المئات من القتلى", "hundreds of the dead": the metric noun itself past the partitive)
    // (of the dead or the wounded only: "freed thousands of prisoners" are no count of the captured)
    const ofMetric = part !== undefined && cue !== null && cue.from === part.to && metric !== null && CASUALTY_NOUNS.has(metric);
    if (!(np.counted || np.subjects.length > 0 || np.member || np.others || np.owned || predicate || own || ofMetric || ((clauseEnd || whom) && leftCue))) return null;
  }
  // "four others are missing": others with a predicate of their own that is no metric are not the count before's
  if (np.others && hasAt(cx, g.predicateAux, np.end + 1) && tokens[np.end + 2]?.kind === "word") {
    let metricPredicate = false;
    for (let k = np.end + 2; k <= np.end + 4 && k < sTo && !metricPredicate && !isClauseBreak(tokens[k]); k++) metricPredicate = metricAt[k] !== undefined;
    if (!metricPredicate) return null;
  }
  if (metric === null && !(nestCue || conjoined)) {
    // a bare item may still be part of a list; keep it only after a dash/colon list or intro, or
    // when it opens its sentence with a copula and a group right after a count ("… 44 combatants
    // had been killed. Twenty-seven were HTS fighters …")
    // ("The remaining 24 were civilians": up to two plain words may open the sentence before it;
    // at most a few tokens looked at, so that long sentences stay linear)
    // (or a short fronted phrase closed by a comma: "Of the rest, 244 were fighters …")
    // (the fronted phrase may name the group the count is of: "Of the civilians, 24 were children")
    const fronted = isComma(tokens[qStart - 1]);
    const ofGroup = fronted && qStart - sFrom <= 5 && frontedPartitive(cx, sFrom, qStart) !== null;
    let plainOpening = qStart - sFrom <= (fronted ? 5 : 4);
    for (let k = sFrom; k < qStart && plainOpening; k++) plainOpening = tokens[k]!.kind !== "number" && (!subjectAt[k] || ofGroup) && !metricCover[k] && !numberAtTok[k];
    plainOpening &&= gapWords(doc, sFrom, qStart) <= (fronted ? 4 : 2);
    const counted = cx.prev !== null && (cx.prev.metric !== null || (cx.prevTop !== null && cx.prevTop.metric !== null && cx.prevTop.sentence >= s - 2));
    // (the group perhaps past a partitive: "Nine of the civilians were children")
    const copulaAt = g.partitives.matchAt(tokens, e)?.to === e + 1 ? np.end + 1 : postQual?.to ?? e;
    const opensWithGroup = cx.prev !== null && cx.prev.sentence === s - 1 && counted && plainOpening && hasAt(cx, g.copulas, copulaAt) && np.subjects.length > 0;
    // (or a title's count of a group whose metric the body's restatement of it names: "بلدية
    // الهرمل: نحو 1850 عائلة وصلت …" over "وصل إلى نطاق البلدية … نحو 1,850 عائلة")
    const titled = doc.headlineIsTitle && m.from < doc.headlineEnd && m.form !== "vague" && (np.subjects.length > 0 || np.member);
    const listish = (cx.prev !== null && cx.prev.sentence === s) || introBefore[m.from]! >= sFrom || startsListLine(cx, s, m.from) || opensWithGroup || titled;
    if (!listish) return null;
  }
  // (one thing counted, "قُتل 6 أطفال في غارة واحدة استهدفت …", "One strike hit the market": an
  // incident told, not a tally of such things)
  if (metric !== null && m.value === 1 && lex.metric(metric)?.subjectRole === "fixed") return null;

  return { idx, m, e, s, para, sFrom, sTo, lo, hi, times, implicit, postNest, postQual, np, nestCue, wholeOfPrev, conjoined, metric, cue, ownCue, ofWhole, caption, header, befallen };
};

/**
 * The span "during this period" refers to ("خلال هذه الفترة"): the last one since a day, or
 * between two, named before it at most three sentences back; else none.
 */
const spanBefore = (cx: Reading, at: number): TimeExpr | null => {
  const { doc, timeList, timeIndex } = cx;
  const s = doc.sentence[at]!;
  for (let j = timeIndex[at]! - 1; j >= 0; j--) {
    const t = timeList[j]!;
    if (doc.sentence[t.from]! < s - 3) break;
    if (t.kind === "since-day" || t.kind === "between-days") return t;
  }
  return null;
};

/** Whether a group is named after a count's number, in its noun phrase ("138 مدنياً"). */
const groupNamedAfter = (cx: Reading, d: Draft): boolean => {
  for (let k = d.e; k <= d.npEnd; k++) if (cx.subjectAt[k] !== undefined) return true;
  return false;
};

/** What a semicolon between a count and a time after it adds to the time's distance (a list's next item). */
const SEMICOLON_WEIGHT = 5;
const SEMICOLONS = new Set([";", "؛"]);
/** Whether a semicolon stands in [a, b). */
const semicolonBetween = (cx: Reading, a: number, b: number): boolean => {
  for (let k = a; k < b; k++) if (SEMICOLONS.has(cx.tokens[k]!.text)) return true;
  return false;
};

/** How many tokens a breakdown nested after a count may run before the day that closes it. */
const NESTED_REACH = 24;
/** Whether every number in tokens [from, to) is a part nested after a nesting cue ("including 126 civilians"), and one is. */
const nestedUpTo = (cx: Reading, from: number, to: number): boolean => {
  const { g, numberAtTok } = cx;
  if (to - from > NESTED_REACH) return false;
  let parts = 0;
  for (let k = from; k < to; k++) {
    if (!numberAtTok[k] || (k > from && numberAtTok[k - 1])) continue;
    if (matchesBefore(cx, g.nest, F_NEST, k, 3) === undefined && !(parts > 0 && joinsClause(g, word(cx, k - 1)))) return false;
    parts++;
  }
  return parts > 0;
};
/**
 * Whether a source other than attribution `a`'s (or its relays) is named in tokens (from, to) of
 * sentence `s`: the mentions are in order, so a binary search finds the first after `from` and the
 * walk stops at `to` (a statement's day stands near its count).
 */
const otherSpeakerBetween = (cx: Reading, s: number, a: Attribution, from: number, to: number): boolean => {
  const ms = sentenceSources(cx, s).mentions;
  for (let k = firstMentionAfter(ms, from); k < ms.length && ms[k]!.from < to; k++) if (ms[k]!.id !== a.source && !a.via.includes(ms[k]!.id)) return true;
  return false;
};
/**
 * Whether the number in tokens [from, e) closes its sentence with no noun, right after an
 * organisation's pronoun and its verb of counting or copula ("it counted 255.", "it was 571."):
 * that organisation's figure again, of what it counted before.
 */
const bareFigureOfPronoun = (cx: Reading, from: number, e: number): boolean => {
  const { g, tokens } = cx;
  if (!(isSentenceEnd(tokens[e]) || tokens[e] === undefined || tokens[e]!.kind === "break")) return false;
  const pronounAt = (k: number) => k >= 0 && g.organisationPronouns.has(tokens[k]!.text);
  if (hasAt(cx, g.copulas, from - 1) && pronounAt(from - 2)) return true;
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    const cue = g.attribution.matchAt(tokens, k);
    if (cue !== undefined && cue.to === from && pronounAt(k - 1)) return true;
  }
  return false;
};
/** How many tokens after a count a word opening what is said is looked for. */
const SAID_REACH = 16;
/**
 * Whether a speech verb and the word opening what it says ("مشيراً إلى أن", "adding that") stand in
 * tokens [a, b), a few tokens from `a` (not a relative "that": "families that have arrived").
 */
const saidBetween = (cx: Reading, a: number, b: number): boolean => {
  const { g, tokens } = cx;
  for (let k = a + 1; k < Math.min(b, a + SAID_REACH); k++) {
    if (!hasAt(cx, g.complementizers, k)) continue;
    for (let j = Math.max(a, k - 3); j < k; j++) if (g.speechParticiples.matchAt(tokens, j) !== undefined) return true;
  }
  return false;
};
/** The time a count covers: the nearest time expression around it, else one its sentence or the count before it gives. */
const timeOfCount = (
  cx: Reading, m: NumberMention,
  e: number,
  idx: number,
  s: number,
  sFrom: number,
  sTo: number,
  times: readonly TimeExpr[],
  stmtAll: ReadonlySet<TimeExpr>,
): TimeExpr | null => {
  const { g, doc, tokens, numbers, numberAtTok } = cx;
  const prevNumberEnd = cx.prev && cx.prev.sentence === s ? cx.prev.npEnd : sFrom - 1;
  const nextNumber = numbers[idx + 1] && doc.sentence[numbers[idx + 1]!.from] === s ? numbers[idx + 1]!.from : sTo;
  let time: TimeExpr | null = null;
  let bestTime = Infinity;
  // (the day of the earlier figure next, between its cue and it: "ارتفع إلى 704، بعدما كانت الحصيلة صباح أمس 602")
  const nextEarlier = nextNumber < sTo ? earlierAt(cx, matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, nextNumber, 4)?.from ?? nextNumber) : -1;
  // (nor the day of a table row's source, in its cell: "| OCHA, 3 Dec")
  const cellTime = times.length > 0 ? cellCredit(cx, m.from)?.time ?? null : null;
  for (const t of times) {
    if (stmtAll.has(t) || t.kind === "historical" || creditsDay(cx, t) || t === cellTime) continue;
    if (nextEarlier >= e && t.from >= nextEarlier && t.to <= nextNumber) continue;
    if (earlierFiguresDay(cx, s, t, m.from)) continue;
    // (not past an earlier figure, whose day it is: "327, up from 311 on Friday")
    const sameClauseAfter = t.from > nextNumber && doc.clause[t.from] === doc.clause[e - 1] && gapWords(doc, e, t.from) <= 12 && earlierAt(cx, matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, nextNumber, 4)?.from ?? nextNumber) < 0;
    // (or the day a breakdown nested right after the count closes with: "727 people, including 126
    // civilians, had been killed as of 4 December")
    const closesParts = t.kind === "as-of" && t.from > nextNumber && nestedUpTo(cx, e, t.from);
    // (nor one past what opens another statement before the next count, whose time it is: "…، منهم 111
    // مدنياً، مشيراً إلى أن الطيران نفّذ خلال الأسبوع الماضي أكثر من 300 غارة")
    const nextStatement = t.from >= e && t.from <= nextNumber && nextNumber < sTo && saidBetween(cx, e, t.from);
    const d = nextStatement ? Infinity : t.from >= e ? (t.from <= nextNumber ? t.from - e : sameClauseAfter ? t.from - e + 5 : closesParts ? t.from - e + 10 : Infinity) : t.to <= m.from && t.from > prevNumberEnd && gapWords(doc, t.to, m.from) <= 10 ? (m.from - t.to) * 1.2 : Infinity;
    // (past a semicolon a time is the next item's: "29 November - 14; 30 November - 19")
    const weighted = (t.kind === "offensive" ? d + 15 : d) + (t.from >= e && semicolonBetween(cx, e, t.from) ? SEMICOLON_WEIGHT : 0);
    if (weighted < bestTime) {
      bestTime = weighted;
      time = t;
    }
  }
  if (time === null) time = sentenceTime(cx, m, e, sFrom, sTo, prevNumberEnd, times, stmtAll, idx);
  // "وأحصى المرصد حتى ظهر اليوم أكثر من 300 غارة … منذ صباح الأحد": a day the count stood at,
  // before it, closes the running total named after it
  if (time !== null && time.kind === "as-of" && time.to <= m.from) {
    for (const t of times) {
      if (t.kind !== "since-day" || t.until !== undefined || t.from < e || t.from >= nextNumber || stmtAll.has(t)) continue;
      time = { ...t, until: time.day };
      break;
    }
  }
  if (time !== null && time.kind === "same-period") time = spanBefore(cx, time.from);
  // "وبحسب حصيلة … حتى مساء أمس، قُتل 804 أشخاص منذ 27 نوفمبر": the day a running total stood
  // at, named apart from its start, closes it
  if (time !== null && time.kind === "since-day" && time.until === undefined) {
    for (const t of times) {
      if (t.kind !== "as-of" || t.from <= prevNumberEnd || t.from >= nextNumber) continue;
      time = { ...time, until: t.day };
      break;
    }
  }
  if (time === null && cx.prev !== null && cx.prev.sentence === s && cx.prev.time !== null && cx.prev.time.to <= cx.prev.m.from && cx.prev.time.kind !== "historical" && !stmtAll.has(cx.prev.time)) {
    // "During clashes overnight, our fighters killed 90 … and took 26 prisoner": the opening time covers the counts after it
    let cue = false;
    for (let k = cx.prev.e; k < m.from && !cue; k++) cue = g.attribution.matchAt(tokens, k) !== undefined;
    if (!cue) time = cx.prev.time;
  }
  // "By Saturday evening, the Observatory counted 905 deaths, …, and more than 1,300 wounded": an
  // "as of" opening the sentence dates every count in it with no time of its own
  if (time === null) {
    const open = timesIn(cx, sFrom, m.from)[0];
    if (open !== undefined && open.kind === "as-of" && !stmtAll.has(open) && isComma(tokens[open.to]) && pastLineMarks(tokens, sFrom, open.from) === open.from) time = open;
  }
  if (time && time.kind === "on-day") {
    // "since the offensive began … on November 27", "منذ انطلاق العملية فجر يوم الأربعاء": the day a running total starts
    const day = time;
    let opener = false;
    for (let k = day.from - 1; k >= Math.max(sFrom, day.from - 14) && !opener; k--) {
      if (numberAtTok[k] || doc.clause[k] !== doc.clause[day.from]) break;
      const tw = g.timeWords.matchAt(tokens, k);
      opener = (tw?.value === "since" || tw?.value === "offensive") && gapWords(doc, tw.to, day.from) <= 8;
    }
    if (opener) time = { kind: "since-day", day: day.day, from: day.from, to: day.to };
  }
  return time;
};

/**
 * A qualifying verb before the metric it bounds, the number after ("تجاوزت حصيلة القتلى 700",
 * "وتجاوز عدد النازحين 50 ألفاً"): a metric phrase, with at most one word before it, between them.
 */
/** How many words may stand between a qualifying verb's metric and its number. */
const PHRASE_AFTER_METRIC = 4;
const verbFirstQualifier = (cx: Reading, at: number, sFrom: number): PhraseMatch<Exclude<Qualifier, "range" | "vague" | "exact">> | undefined => {
  const { g, tokens, metricCover } = cx;
  let k = at;
  let metricSeen = false;
  let free = 0;
  // (and a short phrase after the metric, "تجاوز عدد القتلى في عموم المعارك 450")
  let after = 0;
  while (k > sFrom && at - k < 10) {
    const mc = metricCover[k - 1];
    if (mc) {
      // (a metric word joined by "and" opens a count's clause of its own: "… على الأقل وإصابة 81")
      if (joinsClause(g, word(cx, mc.from))) return undefined;
      metricSeen = true;
      k = mc.from;
      continue;
    }
    const q = metricSeen ? matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, k, 4) : undefined;
    // (past a phrase, only a verb of exceeding or nearing: not "حتى" of "… وحتى سقوط دمشق 1047")
    if (q && (after === 0 || q.value === "more-than" || q.value === "nearly")) return q;
    if (q || tokens[k - 1]!.kind !== "word") return undefined;
    // (one word before the metric, "تجاوزت حصيلة القتلى", besides "the number of": "يناهز عدد من
    // نزحوا منذ بدء العمليات 370 ألف شخص"; past a phrase after it, only a noun of counts: "تجاوز عدد
    // القتلى في عموم المعارك")
    if (metricSeen ? (g.numberOf.matchAt(tokens, k - 1) === undefined && free++ > 0) || (after > 0 && !g.tallyNouns.hasToken(tokens[k - 1]!) && g.numberOf.matchAt(tokens, k - 1) === undefined && g.numberOf.matchAt(tokens, k - 2) === undefined) : after++ >= PHRASE_AFTER_METRIC) return undefined;
    k--;
  }
  return undefined;
};
/** Whether sentence `s` (tokens [from, to)) names metric `id`, read once per sentence and metric. */
const sentenceHasMetric = (cx: Reading, s: number, from: number, to: number, id: string): boolean => {
  const { metricMatches, metricIndex, metricsOfSentence } = cx;
  let ids = metricsOfSentence.get(s);
  if (ids === undefined) {
    ids = new Set();
    for (let j = metricIndex[from]!; j < metricIndex[to]!; j++) for (const v of metricMatches[j]!.value) ids.add(v);
    metricsOfSentence.set(s, ids);
  }
  return ids.has(id);
};
/**
 * The count an earlier figure of `metric` in sentence `s` restates: the first count of that
 * metric in its sentence (the total a breakdown follows, or a part of the sentence before's that
 * opens it, which takes its metric later: "That figure includes 104 civilians, …, up from 92"), or
 * else the first total in the one before.
 */
const restatedTotal = (cx: Reading, s: number, metric: string): Draft | undefined =>
  cx.drafts.find((x) => x.sentence === s && (x.metric === metric || (x.metric === null && x.nested)) && x.earlier < 0) ??
  cx.drafts.find((x) => x.sentence === s - 1 && x.metric === metric && !x.nested && x.earlier < 0);
/** Whether an incident's cue lies in tokens [from, to), not things counted right after their number ("126 air strikes on Idlib"). */
const incidentWithin = (cx: Reading, from: number, to: number): boolean => {
  const { g, tokens, flags, numberAtTok } = cx;
  for (let k = from; k < Math.min(to, cx.n); k++) {
    if ((flags[k]! & F_INCIDENT) === 0) continue;
    const m = g.incident.matchAt(tokens, k);
    if (m === undefined || m.to > to) continue;
    // (the number perhaps a word before: "126 air strikes on")
    let counted = false;
    for (let j = k - 1; j >= Math.max(0, k - 2) && !counted && (tokens[j]!.kind === "word" || numberAtTok[j]); j--) counted = numberAtTok[j] !== 0;
    if (!counted) return true;
  }
  return false;
};
/** How many counts back a restated figure looks for the total its parts broke down. */
const PARTS_BACK = 12;
/** The draft claim of a candidate: its quantity, subject, place, attribution and time. */
const draftOf = (cx: Reading, c: Candidate): Draft => {
  const { lex, g, doc, tokens, n, subjectAt, placeMatches, numberAtTok, cueEndAt, introBefore, placeIndex } = cx;
  const { idx, m, e, s, para, sFrom, sTo, lo, hi, times, implicit, postNest, postQual, np, nestCue, conjoined, metric, cue, ownCue, ofWhole, caption, header, befallen } = c;
  // quantity
  let quantity: Quantity;
  let qualFrom = m.from;
  if (m.rangeHigh !== undefined && m.value !== null) {
    quantity = rangeQuantity(m.value, m.rangeHigh);
    const st = matchesBefore(cx, g.rangeStart, F_RANGE_START, m.from, 2);
    if (st) qualFrom = st.from;
  } else if (m.vague) quantity = vagueQuantity(m.vague);
  else {
    let skip = m.from;
    if (word(cx, skip - 1) === "ال") skip--;
    // ("rose past 450": a qualifier only after a rise cue)
    const riseQ = g.riseQualifiers.get(word(cx, skip - 1));
    // (not one closing the count before, past a metric word joined by "and": "مقتل 27 مدنياً على
    // الأقل وإصابة 81 آخرين")
    const before = matchesBefore(cx, g.qualifiersBefore, F_QUALIFIER_BEFORE, skip, 4);
    const q = implicit
      ? undefined
      : (before !== undefined && !joinedMetricBetween(cx, before.to, skip) ? before : undefined) ?? (riseQ && g.rise.has(word(cx, skip - 2)) ? { value: riseQ, from: skip - 1, to: skip } : undefined) ?? verbFirstQualifier(cx, skip, sFrom);
    // "قُتل 44 شخصاً على الأقل في غارات": a trailing qualifier is this number's unless it leads the next one
    const afterAt = (k: number) => {
      const q = g.qualifiersAfter.matchAt(tokens, k);
      if (q === undefined) return undefined;
      // (a time after it leads no count: "31 طفلاً قُتلوا على الأقل منذ 27 تشرين الثاني")
      const free = (cx.timeAt[q.to] === 1 || (numberAtTok[q.to] === 0 && numberAtTok[q.to + 1] === 0)) && !hasAt(cx, g.frequencies, q.to);
      return isClauseBreak(tokens[q.to]) || q.to >= sTo || free || joinedMetricBetween(cx, q.to, q.to + 1) ? q : undefined;
    };
    // (or past the predicate right after its noun: "31 طفلاً قُتلوا على الأقل")
    const afterPredicate = cue !== null && cue.from === np.end + 1 && cue.to > e ? afterAt(cue.to) : undefined;
    const after = implicit ? undefined : postQual ?? afterAt(e) ?? afterAt(np.end + 1) ?? afterPredicate;
    if (q) qualFrom = q.from;
    // (or glued to a number word by its hyphen: "a hundred and sixty-odd")
    const wordGlued = !implicit && m.form === "words" ? gluedQualifier(g, tokens[e - 1]!.text) : null;
    quantity = quantityOf(m.value ?? 0, q?.value ?? after?.value ?? wordGlued ?? "exact");
  }

  // subject
  const role = metric ? lex.metric(metric)?.subjectRole ?? "counted" : "counted";
  const metricDefault = metric ? lex.metric(metric)?.defaultSubject ?? null : null;
  const { mentions, unnamed } = sentenceSources(cx, s);
  // a speaker is not what is counted: "A doctor at the hospital said at least 20 bodies …"
  const speakerEnd = unnamed !== undefined && unnamed.to <= qualFrom ? unnamed.to : -1;
  const isSourceMention = (k: number) => k < speakerEnd || mentionCovers(mentions, k);
  let subject: string | null = null;
  const sums = sumBefore(cx, qualFrom);
  if (role === "counted") {
    subject = commonSubject(lex, np.subjects);
    // "inflicted heavy losses on the militants, killing more than 300 of them": "them" are the
    // group last named before the verb
    if (subject === null && ofWhole && cx.prevTop !== null) subject = cx.prevTop.subject;
    if (subject === null && postNest !== undefined && cue !== null && cue.to <= m.from) {
      for (let k = cue.from - 1; k >= sFrom && subject === null; k--) {
        const sm = subjectAt[k];
        if (sm !== undefined && sm.to <= cue.from && !isSourceMention(k)) subject = sm.value;
      }
    }
    if (subject === null && (np.others || np.member) && cx.prevTop && cx.prevTop.sentence === s) {
      // "a child was killed and four others wounded": others of a leaf group of people are its
      // parent group (not of a party, whose others are more of its members: "killed six SDF
      // fighters and captured nine others")
      const leaf = np.others && !lex.lexicon.subjects.some((x) => x.parent === cx.prevTop!.subject) && !(lex.subject(cx.prevTop.subject)?.party ?? false);
      subject = leaf ? lex.subject(cx.prevTop.subject)?.parent ?? cx.prevTop.subject : cx.prevTop.subject;
    }
    // a toll that rose names its group after its noun or right before it ("death toll of regime forces
    // rose to", "the combatants' death toll"), not the actor of another verb before it ("rebels seize
    // Hama as death toll passes 700")
    const tollFrom = cue !== null && cue.to <= m.from && (risenAt(cx, qualFrom - 1) || gapWords(doc, cue.to, qualFrom) <= 1) ? cue.from : -1;
    const beforeToll = (k: number) => k < tollFrom && (subjectAt[k]?.to ?? k) < tollFrom - 1;
    if (subject !== null && cue !== null && cue.to <= m.from && !implicit) {
      // "عدد القتلى في صفوف هيئة تحرير الشام … بلغ 380 مقاتلاً": a narrower group named between the
      // metric word and the number, of whom the counted noun is the generic kind
      // (named right after the metric word, "in the ranks of", "among": not the actor of a clause between)
      let first = cue.to;
      while (first < qualFrom && !subjectAt[first]) first++;
      const between = first < qualFrom && gapWords(doc, cue.to, first) <= 2 ? commonSubject(lex, leftSubjects(cx, qualFrom, (k) => k < cue.to || isSourceMention(k) || agentAt(cx, k))) : null;
      if (between !== null && between !== subject && lex.subjectWithin(between, subject)) subject = between;
    }
    // "176 of the dead were rebel fighters": the group after a copula that closes the noun phrase
    // (or its metric word, right after it); past a partitive, a narrower group than the one it
    // names ("nineteen of the civilians were children")
    const closed = cue !== null && cue.from > np.end && gapWords(doc, np.end + 1, cue.from) <= 2 ? cue.to : np.end + 1;
    if ((subject === null || g.partitives.matchAt(tokens, e) !== undefined) && hasAt(cx, g.copulas, closed)) {
      const after: string[] = [];
      // (up to a few words on: "were soldiers and members of allied militias")
      for (let k = closed + 1; k < Math.min(sTo, closed + 8) && !isClauseBreak(tokens[k]) && !numberAtTok[k]; k++) if (subjectAt[k]) after.push(subjectAt[k]!.value);
      const named = commonSubject(lex, after);
      if (subject === null) subject = named;
      else if (named !== null && named !== subject && lex.subjectWithin(named, subject)) subject = named;
    }
    // "killed four people and injured 17, all of them civilians": a narrower group closing the
    // coordinated counts it follows
    {
      const whole = allOfThemAfter(cx, np.end + 1, sTo);
      if (whole !== null && (subject === null || (whole !== subject && lex.subjectWithin(whole, subject)))) subject = whole;
    }
    // "146 من القتلى في صفوف قوات النظام": the group named past a partitive right after the
    // metric word that follows the number
    if (subject === null && cue !== null && cue.from >= e && cue.from <= np.end + 2) {
      const ranks = g.partitives.matchAt(tokens, cue.to);
      const sm = ranks !== undefined ? subjectAt[ranks.to] : undefined;
      if (sm !== undefined && !isSourceMention(ranks!.to)) subject = sm.value;
    }
    // (nor a party of another clause before the speaker: "Syrian rebels reach gates of Homs as UN says 370,000 displaced")
    let reported = -1;
    for (let k = qualFrom; k > sFrom && reported < 0 && qualFrom - k <= 6; k--) if (cueEndAt[k] && mentionEndsWithin(mentions, k - 3, k)) reported = k;
    // (nor one of the conjunct before a count opening its own: "الثوار على أبواب حمص وعشرات الآلاف يفرّون")
    const opensConjunct = g.grammar.clitics && word(cx, qualFrom).startsWith("و") && m.form === "vague";
    // (an earlier figure with no noun of its own counts whom the total it restates counts, not the
    // last part of that total's breakdown: "… و١٥٢ مدنياً، ارتفاعاً من ٨٢٦ مساء السبت")
    if (subject === null && np.subjects.length === 0 && np.counted === undefined && metric !== null && earlierAt(cx, qualFrom) >= 0) subject = restatedTotal(cx, s, metric)?.subject ?? null;
    // (a sum of the counts before it counts everyone, not the last of them: "… و291 من قوات النظام،
    // ليرتفع المجموع إلى 826")
    if (subject === null && np.subjects.length === 0 && sums) subject = lex.lexicon.defaults.subject;
    if (subject === null && !implicit && !opensConjunct) subject = commonSubject(lex, leftSubjects(cx, qualFrom, (k) => isSourceMention(k) || beforeToll(k) || agentAt(cx, k) || k < reported || speaksBefore(cx, k, qualFrom)));
    if (subject === null && !implicit) subject = frontedPartitive(cx, sFrom, qualFrom);
    // the group named in a label before a colon with the metric word ("- قتلى مدنيون: ١٩", "Civilians
    // killed: 19"), or, for a bare item of a list after its intro, before a comma or colon ("Broken
    // down: HTS, 80; allied factions, 19")
    if (subject === null && !implicit) {
      const colon = tokens[qualFrom - 1]?.text === ":";
      const metricLabel = colon && cue !== null && cue.to < qualFrom && doc.clause[cue.from] === doc.clause[qualFrom - 2];
      const listItem = (colon || isComma(tokens[qualFrom - 1])) && metric === null && np.subjects.length === 0 && (introBefore[m.from]! >= sFrom || startsListLine(cx, s, m.from));
      if (metricLabel || listItem) subject = commonSubject(lex, leftSubjects(cx, qualFrom - 1, isSourceMention));
    }
    // parts after a list's intro counting whom the total before the intro counts, which restates
    // one given before ("الرقم 412 هو مجموع …، وقد توزّع على النحو الآتي: 97 قتيلاً و315 مصاباً")
    if (subject === null && np.subjects.length === 0 && introBefore[m.from]! >= sFrom) {
      for (let k = sFrom; k < introBefore[m.from]! && subject === null; k++) {
        const v = numberAtTok[k] ? numberAt(g, tokens, k)?.value : undefined;
        if (v !== undefined && v !== null) subject = lastDraftSince(cx, s - RESTATED_SENTENCES, (d) => d.quantity.value === v && d.sentence < s)?.subject ?? null;
      }
    }
    // (prisoners killed are of the group a count of prisoners named shortly before: "تحتجز ما يزيد على
    // ألفين وأربعمئة من عناصر القوات الحكومية … قتل ما لا يقل عن سبعة أسرى")
    if (subject === null && befallen !== null && np.subjects.length === 0) subject = lastDraftSince(cx, s - 2, (d) => d.metric === befallen)?.subject ?? null;
    if (subject === null && np.countedSubject !== undefined) subject = np.countedSubject;
    // (a count of people, not of a metric whose subject is no one counted: "counted 26 air strikes …, and said its teams had treated 74 wounded")
    if (subject === null && cx.prevTop && cx.prevTop.sentence === s && cx.prevTop.metric !== null && (lex.metric(cx.prevTop.metric)?.subjectRole ?? "counted") === "counted") subject = cx.prevTop.subject;
    // a bare number on a list's line counts whom the line above counted ("– القتلى: 138 مدنياً …
    // – المصابون: 472"): the list tallies one group, named after the number above (not a row's
    // label before it: "المدنيون ............ 167" over "الجرحى ............ أكثر من 2,400")
    if (subject === null && np.subjects.length === 0 && np.counted === undefined && startsListLine(cx, s, m.from) && cx.prevTop !== null && cx.prevTop.sentence < s && cx.listLineNumber[cx.prevTop.sentence] === cx.prevTop.m.from && cx.prevTop.metric !== metric && (lex.metric(cx.prevTop.metric ?? "")?.subjectRole ?? "counted") === "counted" && groupNamedAfter(cx, cx.prevTop))
      subject = cx.prevTop.subject;
  } else if (role === "actor") {
    // the speaker is often the actor: "rebels said they took 60 villages"; a generic actor ("its
    // fighters had taken 14 towns", "قواتنا") is the speaker's side
    // (the speaker's own name is read through its side, below: "The Syrian army said rebels had taken 14 villages")
    // (not the group a count before it in the sentence counts: "captured 187 PKK/YPG terrorists and
    // had liberated 29 villages" were not liberated by the prisoners)
    const prevCount = cx.prev !== null && cx.prev.sentence === s ? cx.prev : null;
    subject = commonSubject(lex, leftSubjects(cx, qualFrom, (k) => isSourceMention(k) || (prevCount !== null && k >= prevCount.m.from && k <= prevCount.npEnd)));
    const side = speakerSide(cx, qualFrom, sFrom, mentions, unnamed);
    if (side !== null && (subject === null || (subject !== side && lex.subjectWithin(side, subject)))) subject = side;
  }
  if (role === "counted") {
    // "the SDF said 26 of its fighters were killed": the speaker's own, when within what is named
    const side = ownedBySpeaker(cx, e, np.end, qualFrom, sFrom, mentions, unnamed);
    // (or when the group was read only from the counted noun, itself a word of the metric:
    // "٤٤ شهيداً من مجاهدينا" are the speaker's fighters, not the civilians a bare "شهيد" means)
    const fromCountNoun = subject !== null && cx.metricAt[e] !== undefined && subjectAt[e]?.value === subject;
    if (side !== null && (subject === null || lex.subjectWithin(side, subject) || fromCountNoun)) subject = side;
    // ("عدد قتلاها بلغ 532": the metric word itself is the speaker's own dead)
    else if (cue !== null && cue.to <= m.from && hasAt(cx, g.possessives, cue.from)) subject = speakerSide(cx, qualFrom, sFrom, mentions, unnamed) ?? subject;
  }
  subject ??= metricDefault ?? lex.lexicon.defaults.subject;

  // place: the nearest named place in the sentence, after the number first
  let location = lex.lexicon.defaults.location;
  let bestPlace = Infinity;
  for (let j = placeIndex[lo]!; j < placeIndex[hi]!; j++) {
    const p = placeMatches[j]!;
    const d = p.from >= e ? p.from - e : (m.from - p.to) * 1.5;
    if (d >= 0 && d < bestPlace) {
      bestPlace = d;
      location = p.value;
    }
  }

  // time of the count: the nearest expression around the number, not the statement day
  let attribution = attributionFor(cx, s, m.from, para);
  if (attribution === null && cx.lastAttribution === null && para <= 2) {
    // a lead sentence attributed by the next one ("The toll rose to 153. According to SOHR, …")
    const [nFrom, nTo] = sentenceRange(cx, s + 1);
    let lead = nFrom;
    while (lead < nTo && tokens[lead]!.kind !== "word") lead++;
    const opensWithCue = [lead, lead + 1].some((k) => g.attribution.matchAt(tokens, k) !== undefined || g.unnamedSource.matchAt(tokens, k) !== undefined);
    if (nFrom < n && doc.paragraph[nFrom]! <= para + 1) {
      const { mentions: nm, unnamed: nu } = sentenceSources(cx, s + 1);
      const next = attributionOf(nm, nu, nTo, s + 1, para);
      // (or opens with its speaker: "The Britain-based Syrian Observatory for Human Rights said at least 727 …",
      // of a count of the same metric)
      const sameMetric = metric !== null && sentenceHasMetric(cx, s + 1, nFrom, nTo, metric);
      const speakerFirst = sameMetric && next !== null && next.anchors.length === 4 && gapWords(doc, lead, next.anchors[0]!) <= 3 && next.anchors[2]! - next.anchors[1]! <= 1;
      if (next && (opensWithCue || speakerFirst)) attribution = withAsOf(cx, next, s + 1);
    }
  }
  // (a series' cell: its caption's source, and its label's day as the day it stood at)
  if (caption !== null && (attribution === null || attribution.source === "other" || attribution.source === cx.outlet)) {
    const { mentions: cm, unnamed: cu } = sentenceSources(cx, s - 1);
    attribution = attributionOf(cm, cu, caption.to, s - 1, para) ?? attribution;
  }
  // (a table's cell: the source its caption, the line over its header, names, "DAILY TREND: DEATHS
  // (SOHR, as published)", with a cue or alone)
  if (header !== null && (attribution === null || attribution.source === "other" || attribution.source === cx.outlet)) {
    const h = doc.sentence[header.from]!;
    if (h > 0) {
      const { mentions: cm, unnamed: cu } = sentenceSources(cx, h - 1);
      const [, cTo] = sentenceRange(cx, h - 1);
      const named = cm.filter((x) => !x.relay);
      attribution = attributionOf(cm, cu, cTo, h - 1, para) ?? (named.length > 0 && named.every((x) => x.id === named[0]!.id) ? makeAttribution(named[0]!.id, [], [], h - 1, para, null) : null) ?? attribution;
    }
  }
  // (inside a letter printed whole the publisher does not speak: its writer does)
  const writer = cx.letters.get(para);
  if (writer !== undefined && writer !== cx.outlet && (attribution === null || (attribution.source === cx.outlet && attribution.via.length === 0)))
    attribution = makeAttribution(writer, [], [], s, para, attribution?.asOf ?? null);
  const anchors = attribution && attribution.sentence === s ? attribution.anchors : [];
  const stated = statementTimes(cx, s, anchors, m.from);
  // (not the day of another source's statement after the count: "بحسب اليونيسف، نزح حوالي 50 ألف
  // طفل …، وقال مكتب تنسيق الشؤون الإنسانية في تقريره أمس إن …")
  const stmt = statementDayOf(attribution === null ? stated : stated.filter((x) => !(x.t.from > m.from && otherSpeakerBetween(cx, s, attribution!, m.from, x.t.from))), m.from);
  const stmtAll = new Set(stated.map((x) => x.t));
  if (stmt && stmt.kind === "on-day" && attribution) attribution = withStatementDay(attribution, stmt.day);
  // (a speaker at the event the text reports, which its lead sentence names with a day, when the
  // count's sentence gives none: "عقد المركز مساء أمس ندوة … ورأى الباحث أن …")
  else if (stmt === null && attribution !== null && attribution.asOf === null && attribution.source !== cx.outlet) {
    const event = statementEventDay(cx, s);
    if (event !== null && cx.eventDay!.sentence === doc.sentence[doc.bodyStart]) attribution = withStatementDay(attribution, event);
  }
  const label = caption !== null ? cellDay(cx, m.from) : header !== null ? rowDay(cx, m.from) : null;
  let time = label ?? timeOfCount(cx, m, e, idx, s, sFrom, sTo, times, stmtAll) ?? listIntroTime(cx, s);
  // (a note on the sentence's figures closes its running totals, or dates a count with no time of
  // its own: "… have been killed and 96 injured since 27 November (figures as of 28 November)")
  // (or an as-of set off by commas right after the speaker: "وثّق الدفاع المدني السوري، حتى مساء
  // السبت، مقتل ٤٦ مدنياً، بينهم ١٣ طفلاً، وإصابة ١٥٣ … منذ الأربعاء الماضي")
  const note = stated.find((x) => x.t.kind === "as-of")?.t ?? asideAsOf(cx, anchors, m.from);
  if (note !== undefined && note.kind === "as-of") {
    if (time === null) time = note;
    else if (time.kind === "since-day" && time.until === undefined) time = { ...time, until: note.day };
  }
  const clauseFrom = Math.max(sFrom, m.from - 10);
  const clauseTo = Math.min(sTo, np.end + 10);
  const incident = incidentWithin(cx, clauseFrom, clauseTo);
  let increment = hasAt(cx, g.increment, m.from - 1);
  for (let k = e; k < Math.min(np.end + 3, sTo) && !increment; k++) increment = hasAt(cx, g.increment, k);
  const rise = matchesBefore(cx, g.addition, F_ADDITION, qualFrom, 3) ? undefined : risenAt(cx, qualFrom - 1) ? true : undefined;
  const afterIntro = introBefore[m.from]! >= sFrom || startsListLine(cx, s, m.from);
  const cueOfEarlier = earlierAt(cx, qualFrom);
  // (a pluperfect statement restates only where a count of its metric (or a bare list item) comes
  // just before it: "… had risen to 318. It had reported 277", not "By last night SOHR had
  // counted 727 deaths. Of these …")
  // (as does a noun of counts with a day of its own: "The group's count stood at 540 on Monday")
  const countNoun = time !== null && time.kind === "on-day" ? countNounBefore(cx, qualFrom) : -1;
  const statedBefore = [cx.prev, cx.prevTop].some((x) => x !== null && x.sentence >= s - 1 && (x.metric === metric || x.metric === null)) ? earlierStatementAt(cx, qualFrom) : -1;
  // (as does a count joined to an earlier figure, with a day of its own: "وكان المرصد قد أحصى
  // 1,017 قتيلاً ظهر الأحد، و826 قتيلاً يوم الخميس")
  const prev = cx.prev;
  const joinedEarlier = joinedAt(cx, qualFrom) && time !== null && time.kind === "on-day" && prev !== null && prev.sentence === s && prev.earlier >= 0 && (prev.metric === metric || metric === null) ? qualFrom : -1;
  // (as does a bare figure of the organisation again, "Yesterday it was 571.": see `bareFigureOfPronoun`)
  const pronounFigure = prev !== null && (prev.metric ?? cx.prevTop?.metric) === metric && metric !== null && bareFigureOfPronoun(cx, qualFrom, e) ? qualFrom : -1;
  const earlier = cueOfEarlier >= 0 ? cueOfEarlier : statedBefore >= 0 ? statedBefore : countNoun >= 0 ? countNoun : joinedEarlier >= 0 ? joinedEarlier : pronounFigure;
  let opensList = false;
  for (const k of [e, np.end + 1]) {
    const t = tokens[k];
    const skip = tokens[k + 1]?.text === t?.text ? 2 : 1;
    if (t && t.kind === "punct" && DASHES.has(t.text) && numberAtTok[k + skip]) opensList = true;
  }

  return {
    m, e, metric: metric ?? (joinedEarlier >= 0 ? prev!.metric : null), cue, ownCue, quantity, subject, npEnd: Math.max(np.end, e - 1), qualFrom, location, attribution, time, incident, increment,
    sentence: s, paragraph: para, nested: nestCue !== undefined, nestLeads: nestCue !== undefined && (gapWords(doc, sFrom, nestCue.from) <= 1 || (nestCue === postNest && qualFrom === sFrom)), wholeOfPrev: c.wholeOfPrev, conjoined, opensList, afterIntro, risen: rise !== undefined && cue !== null && cue.to <= m.from,
    earlier,
    statedDay: stmt !== null && stmt.kind === "on-day" && cueOfEarlier < 0 ? stmt.day : null,
    entryDay: entryDayOf(cx, s),
    sums,
};
};

/** How many tokens after "one of them" a group it names may start ("أحدهم طفل"). */
const ONE_OF_THEM_REACH = 2;
/** Whether the draft is "one of them" (`oneOfThem`: "أحدهم") with no group named after it nor a metric of its own. */
const bareOneOfThem = (cx: Reading, d: Draft): boolean => {
  const { g, tokens, subjectAt } = cx;
  if (d.quantity.value !== 1 || d.ownCue || !g.oneOfThem.hasToken(tokens[d.m.from]!)) return false;
  for (let k = d.e; k < Math.min(cx.n, d.e + ONE_OF_THEM_REACH); k++) if (subjectAt[k] !== undefined) return false;
  return true;
};
/** How many counts before a sum may be its parts. */
const SUMMED_PARTS = 12;
/** How many tokens before a count a word of summing may start ("ليرتفع بذلك المجموع إلى"). */
const SUM_REACH = 6;
/** Whether a word of summing ends right before `at` ("bringing the total to 826", "ليرتفع المجموع إلى 826"). */
const sumBefore = (cx: Reading, at: number): boolean => {
  for (let k = at - 1; k >= Math.max(0, at - SUM_REACH); k--) if (cx.g.sums.matchAt(cx.tokens, k)?.to === at) return true;
  return false;
};
/** The metric the lexicon implies for counts of all these subjects (`impliedFor`), if one. */
const impliedMetric = (cx: Reading, subjects: readonly string[]): string | null => {
  const { lex } = cx;
  for (const mt of lex.lexicon.metrics) {
    const implied = mt.impliedFor ?? [];
    if (implied.length > 0 && subjects.every((id) => implied.some((p) => lex.subjectWithin(id, p)))) return mt.id;
  }
  return null;
};
/** A subject the metric never counts (the lexicon's `notOf`, with everyone within it). */
const countsNone = (cx: Reading, metric: string, subject: string): boolean => {
  const { lex } = cx;
  const not = lex.metric(metric)?.notOf;
  return not !== undefined && not.some((id) => lex.subjectWithin(subject, id));
};


export const extractWith = (article: Article, lex: LexiconIndex, grammar: Grammar): Claim[] => {
  const g = compileGrammar(grammar);
  const lx = lexiconPhrases(lex);
  const doc = prepare(article.text, g.abbreviations, g.clipped);
  const { tokens } = doc;
  const n = tokens.length;
  const outlet = outletId(article.meta, lex);
  const published = article.meta.published;
  const flags = tokenFlags(g, lx, tokens);
  /** Eight zeroed tables of n + 1 integers in one allocation (position indexes, cue ends, list intros, starts, times). */
  const tables = new Int32Array(8 * (n + 1));
  const table = (k: number): Int32Array => tables.subarray(k * (n + 1), (k + 1) * (n + 1));
  const subjectMatches = findFlagged(lx.subjects, tokens, flags, F_SUBJECT);
  const subjectAt = starts(subjectMatches, n);
  const metricMatches = findFlagged(lx.metrics, tokens, flags, F_METRIC);
  if (subjectMatches.length > 0) {
    let kept = 0;
    for (const m of metricMatches) if (!insideName(subjectAt, m)) metricMatches[kept++] = m;
    metricMatches.length = kept;
  }
  const metricAt = starts(metricMatches, n);
  const metricCover = coverage(metricMatches, n);
  const metricIndex = startIndex(metricMatches, n, table(0));
  const placeMatches = findFlagged(lx.places, tokens, flags, F_PLACE);
  const numbers = findNumbers(g, tokens, flags);
  /** 1 where a number starts. */
  const numberAtTok = table(5);
  for (const m of numbers) numberAtTok[m.from] = 1;
  const attributionCache = new Map<number, ReturnType<typeof attributedSources>>();
  const contrastOf = new Map<SourceMention, number>();
  const trailsOf = new Map<SourceMention, boolean>();
  // (a day in a wire dateline, "BEIRUT, Dec 6 (Reuters) -", dates the copy, no count)
  const dateline = datelineSpan(doc, lx);
  const timeList = timeExpressions(g, lx, tokens, 0, n, published, flags).filter((t) => dateline === null || t.from >= dateline.to || t.to <= dateline.from);
  /** 1 where a time expression starts. */
  const timeAt = table(6);
  for (const t of timeList) timeAt[t.from] = 1;
  const timeIndex = startIndex(timeList, n, table(1));
  /** 1 inside a time expression past its first token: a number there is its length or date ("الساعات الـ48 الماضية"). */
  const inTime = table(7);
  for (const t of timeList) for (let k = t.from + 1; k < t.to; k++) inTime[k] = 1;
  /**
   * Token positions right after a number: a metric word there is that number's counted noun (not
   * after a date's year: "يوم الجمعة 6 كانون الأول 2024 مقتل 43 شخصاً").
   */
  const countedNoun = new Set(numbers.filter((m) => m.form !== "implicit" && !gluedToName(g, tokens, m) && !timeAt[m.from] && !inTime[m.from]).map((m) => m.rangeTo ?? m.to));
  /** Clauses dated in the past ("most of them displaced from Afrin since 2018"): their metric words are history. */
  const pastClauses = new Set<number>();
  for (const t of timeList) if (t.kind === "historical") pastClauses.add(doc.clause[t.from]!);
  /** Token positions where an attribution cue ends. */
  const cueEndAt = cueEnds(g, tokens, flags, table(2));
  /** For each token, the start of the last list intro ("as follows") before it, or -1. */
  const introBefore = introsBefore(g, tokens, flags, table(3));
  const listLineNumber = listLines(doc, g);
  const placeIndex = startIndex(placeMatches, n, table(4));
  /** The first year of the lexicon's events: a year before it marks a historical count. */
  const eventYear = lex.lexicon.events.reduce((y, ev) => Math.min(y, Number(ev.start.slice(0, 4))), Infinity);

  // --- drafts
  const drafts: Draft[] = [];
  /** The publisher is no news outlet or agency (an organisation's release, a monitor's statement). */
  const selfPublished = outlet !== null && !MEDIA_KINDS.has(lex.source(outlet)?.kind ?? "");
  /** The publisher is an organisation the lexicon knows (OCHA, a monitor), not an outlet it lacks. */
  const knownOrganisation = selfPublished && lex.source(outlet!) !== undefined;
  const cx: Reading = {
    article, lex, g, lx, doc, tokens, n, outlet, flags, subjectAt, metricMatches, metricAt, metricCover, metricIndex, placeMatches, numbers, numberAtTok,
    attributionCache, quotedBy: new Map(), contrastOf, trailsOf, timeList, timeAt, timeIndex, inTime, countedNoun, pastClauses, cueEndAt, introBefore, listLineNumber, placeIndex, eventYear,
    numberedNames: g.numberedNames, lastAttribution: null, lastNamed: null, lastAttributionSentence: -1, lastAttributionParagraph: -1, publisher: undefined, notes: undefined, markersOf: new Map(),
    entryDays: new Map(), eventDay: undefined, selfPublished, knownOrganisation, letters: knownOrganisation ? new Map() : lettersOf(doc, lx.sources, outlet), prev: null, prevTop: null, inNest: false, metricsOfSentence: new Map(), drafts, lastHistoryEnd: -1, cellOf: { at: -1, cell: null },
  };
  for (let idx = 0; idx < numbers.length; idx++) {
    const m = numbers[idx]!;
    const e = m.rangeTo ?? m.to;
    const s = doc.sentence[m.from]!;
    const para = doc.paragraph[m.from]!;
    if (s !== cx.lastAttributionSentence) {
      advanceCarried(cx, s, para);
      if (opensOnAnotherMatter(cx, s)) cx.lastAttribution = null;
    }
    // (nor a number in it: "دمشق - 6 - 12 (كونا) --" names the day the copy was filed)
    if (dateline !== null && m.from >= dateline.from && m.from < dateline.to) continue;
    const c = candidateAt(cx, idx, m, e, s, para);
    if (c === null) continue;
    const d = draftOf(cx, c);
    // ("ألفي جندي سوري يعبرون إلى العراق": soldiers crossing a border are no displaced people)
    if (d.metric !== null && countsNone(cx, d.metric, d.subject)) continue;
    // ("جُرح 5 …، أحدهم أثناء نقل الحليب": one of them, with no group or metric of its own, is no count)
    if (bareOneOfThem(cx, d)) continue;
    const attribution = d.attribution;
    drafts.push(d);
    cx.prev = d;
    cx.inNest = d.nested || (d.conjoined && cx.inNest);
    if (!cx.inNest) cx.prevTop = d;
    if (attribution) {
      if (attribution !== cx.lastAttribution) cx.lastAttributionParagraph = para;
      cx.lastAttribution = attribution;
      if (namesAnew(cx, attribution)) cx.lastNamed = attribution;
    }
    cx.lastAttributionSentence = s;
  }

  attributeTitle(doc, drafts, lex);
  attributeHeadings(doc, drafts);
  // (a digest's outlet lines are its items', not a wire agency's over the whole text)
  const digest = digestItems(doc, lx, lex, outlet);
  return claimsOf(article, lex, grammar, doc, drafts, outlet, digest.length > 0 ? null : wireAgency(doc, g, lx, lex, outlet), digest, reportDay(doc, g, timeList, drafts));
};

/** How many lines open a report, where the day its figures stand at is stated. */
const REPORT_HEADER_LINES = 4;
/** How many words a line of a report's header has at most ("Data as of 2 December 2024, 17:00 | Published 3 December 2024"). */
const HEADER_LINE_WORDS = 16;

/** Whether token `at` is the first word of its line. */
const opensLine = (doc: Doc, at: number): boolean => at === 0 || doc.paragraph[at - 1] !== doc.paragraph[at] || doc.tokens[at - 1]!.kind === "break";
/** Whether the paragraph of token `at` is a short line, as a header's are. */
const shortLine = (doc: Doc, at: number): boolean => {
  const p = doc.paragraph[at]!;
  let from = at;
  let to = at;
  while (from > 0 && doc.paragraph[from - 1] === p) from--;
  while (to < doc.tokens.length && doc.paragraph[to] === p) to++;
  return gapWords(doc, from, to) <= HEADER_LINE_WORDS;
};

/** Whether time `t` writes a date (a number: "من 27 تشرين الثاني"), not weekdays alone ("من السبت إلى الخميس"). */
const datedSpan = (doc: Doc, t: TimeExpr): boolean => {
  for (let k = t.from; k < t.to; k++) if (doc.tokens[k]!.kind === "number") return true;
  return false;
};
/**
 * "Information valid as of 2 December 2024, 18:00" in the lines above a situation report's body:
 * the day its counts stand at, when a count names no statement day of its own (instead of the
 * publication day). Only a line counting nothing itself.
 */
const reportDay = (doc: Doc, g: CompiledGrammar, times: readonly TimeExpr[], drafts: readonly Draft[]): DayInterval | null => {
  for (const t of times) {
    // (above the body, or in the first lines of a report whose body opens with key figures; or
    // anywhere, the figures' day after their noun in a sentence counting nothing, "Supplementary
    // notes: Figures as of December 9, 2024, 10 pm local time.")
    const para = doc.paragraph[t.from]!;
    if (t.from >= doc.bodyStart && para > REPORT_HEADER_LINES) {
      if (t.kind === "as-of" && t.from > 0 && g.tallyNouns.hasToken(doc.tokens[t.from - 1]!) && !drafts.some((d) => d.sentence === doc.sentence[t.from])) return t.day;
      continue;
    }
    // (a long line only where the day opens it: "Data cut-off: 2 December 2024, 18:00 … All figures
    // below are as of the data cut-off")
    // (or the span the data covers, closed by its last day, in a line that counts nothing: "وتغطي
    // البيانات الفترة من 27 تشرين الثاني حتى 8 كانون الأول")
    // (a span with its dates, not a week's days of opening: "من السبت إلى الخميس")
    if (t.kind === "since-day" && t.until !== undefined && datedSpan(doc, t) && !drafts.some((d) => doc.paragraph[d.m.from] === para)) return t.until;
    if (t.kind !== "as-of" || (t.from >= doc.bodyStart && !shortLine(doc, t.from) && !opensLine(doc, t.from))) continue;
    if (!drafts.some((d) => doc.paragraph[d.m.from] === para)) return t.day;
  }
  return null;
};

/** The claims of an article's drafts: breakdowns linked, windows and statement days resolved, ids given. */
/** How many body sentences a title's number looks into for the attribution of the same count. */
const TITLE_REACH = 3;

/**
 * A number of a title that names no source takes the attribution of the first count of the same
 * metric in the opening sentences of the body ("… as toll passes 300" over "…, a war monitor said,
 * as the death toll … climbed to 311"), unless the body restates the title's count: then that
 * count's attribution, or none when the outlet says it on its own authority.
 */
const attributeTitle = (doc: Doc, drafts: Draft[], lex: LexiconIndex): void => {
  const everyone = lex.lexicon.defaults.subject;
  if (!doc.headlineIsTitle) return;
  // the title's counts, then those of the summary lines under it (a standfirst, "… as thousands
  // flee frontline villages"), then the body's
  const summary = drafts.findIndex((b) => b.m.from >= doc.headlineEnd);
  const first = drafts.findIndex((b) => b.m.from >= doc.bodyStart);
  if (summary <= 0 || first < 0) return;
  // the first attributed count of each metric in the opening sentences of the body
  const reach = drafts[first]!.sentence + TITLE_REACH;
  // (the body's first count of each metric, with its attribution or its want of one: the outlet's)
  const byMetric = new Map<string, Attribution | null>();
  for (let i = first; i < drafts.length && drafts[i]!.sentence <= reach; i++) {
    const b = drafts[i]!;
    if (b.metric !== null && !byMetric.has(b.metric)) byMetric.set(b.metric, b.attribution);
  }
  const sameCount = (a: Draft, b: Draft): boolean =>
    b.metric === a.metric && b.quantity.low === a.quantity.low && b.quantity.high === a.quantity.high && b.quantity.value === a.quantity.value;
  /** The same number written, whatever its qualifier (a title drops the body's: "370,000" over "some 370,000"). */
  const sameValue = (a: Draft, b: Draft): boolean => b.quantity.value !== null && b.quantity.value === a.quantity.value;
  /** A title's bounded count ("over 180", "nearly 1,000") that an exact count of the body lies within, near its number. */
  const rounds = (a: Draft, b: Draft): boolean => {
    const v = b.quantity.value;
    const q = a.quantity;
    if (b.metric !== a.metric || b.quantity.qualifier !== "exact" || v === null || q.value === null || q.qualifier === "exact" || q.qualifier === "vague" || q.qualifier === "range") return false;
    return (q.low === null || v >= q.low) && (q.high === null || v <= q.high) && Math.abs(v - q.value) <= q.value * TITLE_ROUNDING;
  };
  for (let i = 0; i < first; i++) {
    const d = drafts[i]!;
    if (d.metric === null && i < summary && d.quantity.value !== null) {
      // (a title's count with no metric word takes that of the body's count of the same value)
      for (let j = first; j < drafts.length && drafts[j]!.sentence <= reach && d.metric === null; j++) {
        const b = drafts[j]!;
        if (b.metric !== null && sameValue(d, b)) d.metric = b.metric;
      }
    }
    if (d.metric === null) continue;
    // a summary line restating the title's count says what the title says
    if (i >= summary) {
      const title = drafts.slice(0, summary).find((t) => sameCount(d, t));
      if (title !== undefined) {
        d.attribution = title.attribution;
        continue;
      }
    }
    // the same count restated below keeps its attribution, or its want of one (the title's own
    // number restated under it unattributed, as the outlet's)
    // (a title drops the body's qualifier: "UN says 370,000 displaced" over "some 370,000 people")
    let same: Draft | undefined;
    for (let j = Math.max(i + 1, i < summary ? summary : first); j < drafts.length && drafts[j]!.sentence <= reach && same === undefined; j++) {
      const b = drafts[j]!;
      if (sameCount(d, b) || (i < summary && d.quantity.qualifier === "exact" && b.metric === d.metric && sameValue(d, b))) same = b;
    }
    // (and names whom it counts, where the title counts everyone: "مقتل 64 شخصاً" over "64 مدنياً")
    // (or names them with the speaker's own word for them: "64 terrorists neutralized" over
    // "neutralized 64 PKK/YPG terrorists")
    // (not a wider word for them: "combatants" under the title's "opposition")
    if (same !== undefined && d.quantity.qualifier !== "vague" && same.subject !== everyone && d.subject !== same.subject && !lex.subjectWithin(d.subject, same.subject)) d.subject = same.subject;
    // (the body's exact count that the title rounds says who said it, not whom it counts: "over
    // 180 surrender" over "captured 187 …" in the SNA's statement)
    if (i < summary) for (let j = first; j < drafts.length && drafts[j]!.sentence <= reach && same === undefined; j++) if (rounds(d, drafts[j]!)) same = drafts[j]!;
    // (further down too, for a title naming no one, when no count of its metric opens the body:
    // "… as rebel offensive toll passes 500" over a charity's story that gives the monitor's 538 in
    // its fifth paragraph)
    const unsaid = d.attribution === null || d.attribution.source === "other";
    if (i < summary && unsaid && !byMetric.has(d.metric)) for (let j = first; j < drafts.length && same === undefined; j++) if (rounds(d, drafts[j]!)) same = drafts[j]!;
    // a title that names its speaker is a summary of the body's statement of the same count,
    // whose speaker and day are the precise ones ("Syrian army says over 400 …" over "The
    // Ministry of Defense said on Monday … more than 400")
    // (a speaker the lexicon does not know names none: "…, officers say" over "three Syrian army
    // officers … told Reuters")
    if (d.attribution !== null && d.attribution.source !== "other") {
      if (same?.attribution && d.quantity.qualifier !== "vague") d.attribution = same.attribution;
    } else d.attribution = same ? same.attribution : byMetric.get(d.metric) ?? (d.attribution === null || byMetric.has(d.metric) ? null : d.attribution);
    // (and the day the body's count stood at: "Over 100,000 displaced …" over "As of Monday
    // evening, 104,000 people displaced …", "… مقتل 97 مدنياً" "حتى مساء أمس الثلاثاء")
    const stood = same?.time?.kind === "as-of" ? same.time.day : same?.time?.kind === "since-day" ? same.time.until : undefined;
    if (stood !== undefined && d.attribution !== null && (d.time === null || (d.time.kind !== "as-of" && d.time.kind !== "on-day"))) d.attribution = withStatementDay(d.attribution, stood);
    // (the publisher's own count, restated below with its time: that time, "تأجيل أقساط 214 مقترضاً
    // نزحوا" over "وصلتنا حتى مساء أمس بلاغات من 214 مقترضاً")
    else if (stood !== undefined && d.attribution === null && d.time === null && same !== undefined) d.time = same.time;
  }
};

/** How many sentences below an entry's heading its first lines may restate the heading's count. */
const HEADING_REACH = 3;
/** How many words (and numbers) an entry's heading has at most. */
const HEADING_WORDS = 14;
/** Whether sentence `s` is a heading line: a few words on a line of their own, with no full stop. */
const headingLine = (doc: Doc, s: number): boolean => {
  const from = doc.sentenceStart[s]!;
  let to = doc.sentenceStart[s + 1] ?? doc.tokens.length;
  if (to >= doc.tokens.length || doc.tokens[to - 1]!.kind !== "break") return false;
  while (to > from && doc.tokens[to - 1]!.kind === "break") to--;
  let start = from;
  while (start < to && doc.tokens[start]!.kind === "break") start++;
  // (not a list line's item: "- 14 primary health centres")
  return to > start && !isSentenceEnd(doc.tokens[to - 1]) && doc.tokens[start]!.kind !== "punct" && gapWords(doc, start, to) <= HEADING_WORDS;
};
/**
 * The heading of an entry in the body (a live blog's "U.N.: 370,000 displaced since offensive
 * began" over "Some 370,000 people have been displaced …, the U.N. humanitarian office said
 * Saturday") summarises the count its entry gives right below: it takes that count's speaker
 * and day, when it names the same speaker or none.
 */
const attributeHeadings = (doc: Doc, drafts: Draft[]): void => {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.m.from < doc.headlineEnd || d.metric === null || d.quantity.value === null || !headingLine(doc, d.sentence)) continue;
    for (let j = i + 1; j < drafts.length && drafts[j]!.sentence <= d.sentence + HEADING_REACH; j++) {
      const b = drafts[j]!;
      if (b.sentence === d.sentence || b.metric !== d.metric || b.quantity.value !== d.quantity.value || b.attribution === null) continue;
      if (d.attribution === null || d.attribution.source === "other" || d.attribution.source === b.attribution.source) d.attribution = b.attribution;
      break;
    }
  }
};

const claimsOf = (
  article: Article,
  lex: LexiconIndex,
  grammar: Grammar,
  doc: Doc,
  drafts: Draft[],
  outlet: string | null,
  wire: string | null,
  digest: readonly DigestItem[],
  stated: DayInterval | null,
): Claim[] => {
  const { tokens } = doc;
  const published = article.meta.published;
  const { rise, rangeJoin } = compileGrammar(grammar);
  // --- breakdowns
  // (the words of a speaker the lexicon does not know, named with a cue: a count of "مركز توثيق
  // الانتهاكات" is no part of one by the SDF, though both are "other"; not a label closed by a
  // colon, which in a list may name whom its line is about: "- القوات الروسية: 52 مدنياً")
  const speakerWords = (a: Attribution | null): string | null => {
    if (a === null || a.source !== "other" || a.anchors.length !== 2 || tokens[a.anchors[1]! - 1]?.text === ":") return null;
    const words: string[] = [];
    for (let k = a.anchors[0]!; k < a.anchors[1]! && k < tokens.length; k++) if (tokens[k]!.kind === "word") words.push(tokens[k]!.text);
    return words.join(" ");
  };
  const items: BreakdownItem[] = drafts.map((d) => ({
    metric: d.metric,
    subject: d.subject,
    source: d.attribution?.source ?? "",
    speaker: speakerWords(d.attribution),
    value: d.quantity.value ?? d.quantity.low ?? 0,
    vague: d.quantity.qualifier === "vague",
    sentence: d.sentence,
    paragraph: d.paragraph,
    headline: d.m.from < doc.headlineEnd && doc.headlineIsTitle,
    ownCue: d.ownCue,
    nested: d.nested,
    nestLeads: d.nestLeads,
    wholeOfPrev: d.wholeOfPrev,
    conjoined: d.conjoined,
    opensList: d.opensList,
    afterIntro: d.afterIntro,
    afterComma: isComma(tokens[d.qualFrom - 1]),
    period: d.time !== null && (d.time.kind === "on-day" || d.time.kind === "last-days"),
    span: d.time !== null && d.time.kind === "between-days",
    running: !d.incident && !d.increment && (d.time === null || d.time.kind === "since-day" || d.time.kind === "offensive"),
    earlier: d.earlier >= 0,
  }));
  const { parent: parents, addsUp } = linkParts(items, lex);
  // (parts before the sum of them, of its metric and with no whole of their own: "مقتل 141 مدنياً
  // و394 من مقاتلي الفصائل و291 من قوات النظام، ليرتفع المجموع إلى 826")
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.sums) continue;
    const parts: number[] = [];
    for (let j = i - 1; j >= Math.max(0, i - SUMMED_PARTS) && drafts[j]!.sentence === d.sentence; j--) if (parents[j]! < 0 && drafts[j]!.metric === d.metric) parts.push(j);
    if (parts.length < 2) continue;
    for (const j of parts) parents[j] = i;
    if (parts.includes(parents[i]!)) parents[i] = -1;
  }
  for (let i = 0; i < drafts.length; i++) {
    const p = parents[i]!;
    if (p < 0) continue;
    const d = drafts[i]!;
    const t = drafts[p]!;
    if (d.metric === null) {
      d.metric = t.metric;
      // (a part of things counted, whose subject the metric fixes, is of the total's: "… 480 air
      // strikes … At least 170 of them were carried out by Russian aircraft")
      if (t.metric !== null && lex.metric(t.metric)?.subjectRole === "fixed") d.subject = t.subject;
    }
    if (d.metric !== t.metric) parents[i] = -1;
    else {
      d.attribution ??= t.attribution;
      // (a part of a sum that names no one counts whom its total counts: "14 civilians … 9 in one hospital")
      if (addsUp[i] === 1 && d.subject === lex.lexicon.defaults.subject) d.subject = t.subject;
    }
  }

  // --- claims
  const events = [...lex.lexicon.events].sort((a, b) => (a.start < b.start ? 1 : -1));
  const eventStart = (asOf: DayInterval): IsoDay | null => events.find((ev) => ev.start <= asOf.earliest)?.start ?? null;
  const kept: number[] = [];
  const idOf = new Map<number, string>();
  drafts.forEach((d, i) => {
    if (d.metric !== null) {
      kept.push(i);
      idOf.set(i, `${article.meta.id}#${kept.length}`);
    }
  });
  /** A risen toll with a day after it ("rose to 327 on Friday"): the day it stood at that, not a period (a day before it may be the incident's). */
  // (or "this morning" after it, "put its count at just over 600 this morning": the count as it stood today)
  const risenTollDay = (d: Draft): boolean => d.risen && !d.incident && d.time !== null && (d.time.kind === "on-day" || (d.time.kind === "last-days" && d.time.days === 1)) && d.time.from >= d.e;
  const windowOf = (d: Draft, asOf: DayInterval): { window: Window; tally: Tally } => {
    const day = singleDay(asOf);
    const t = risenTollDay(d) ? null : d.time;
    if (t) {
      switch (t.kind) {
        case "since-day":
          return { window: { start: singleDay(t.day), end: null }, tally: "running-total" };
        case "between-days":
          return { window: { start: singleDay(t.start), end: singleDay(t.end) }, tally: "period" };
        case "on-day":
          return { window: { start: singleDay(t.day), end: singleDay(t.day) }, tally: "period" };
        case "last-days":
          return { window: { start: day ? addDays(day, -(t.days - 1)) : null, end: day }, tally: "period" };
        case "offensive":
          return { window: { start: eventStart(asOf), end: null }, tally: "running-total" };
        case "historical":
        case "as-of":
        case "same-period":
          break;
      }
    }
    if (d.incident || d.increment) return { window: { start: null, end: null }, tally: "period" };
    const cumulative = d.metric ? lex.metric(d.metric)?.cumulative ?? true : true;
    return cumulative ? { window: { start: eventStart(asOf), end: null }, tally: "running-total" } : { window: { start: null, end: null }, tally: "period" };
  };
  const computed = new Map<number, { window: Window; tally: Tally; asOf: DayInterval }>();
  const out: Claim[] = [];
  /** The count an earlier figure restates: the last one kept before it in its sentence or the one before, of its metric. */
  const restatedBy = (k: number): { window: Window; tally: Tally; asOf: DayInterval } | undefined => {
    const d = drafts[kept[k]!]!;
    for (let j = k - 1; j >= 0; j--) {
      const o = drafts[kept[j]!]!;
      if (o.sentence < d.sentence - 3) return undefined;
      if (o.metric === d.metric && o.earlier < 0) return computed.get(kept[j]!);
    }
    return undefined;
  };
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const d = drafts[i]!;
    const pi = parents[i]!;
    const p = pi >= 0 ? pi : null;
    const parentTime = p !== null ? computed.get(p) : undefined;
    // "the death toll rose to 327 on Friday": a risen toll's day is the day it stood at that, not a period
    const tollDay = risenTollDay(d);
    // ("منذ 27 تشرين الثاني وحتى مساء أمس": a span since a day closed by another is the count as of the second)
    const until = d.time?.kind === "since-day" ? d.time.until : undefined;
    // ("218 since Wednesday, up from 153 late on Wednesday": the earlier figure covers the same
    // window, as of the day named or, when none is, some day between the window's start and the statement)
    const restated = d.earlier >= 0 && (d.time === null || d.time.kind === "on-day") ? restatedBy(k) : undefined;
    // (a day closing a breakdown after its last part is the whole's: "97 civilians, including 29
    // children and 17 women, up to the evening of Thursday, 5 December")
    const closesBreakdown = parentTime !== undefined && p !== null && d.time?.kind === "as-of" && d.time.from >= d.e && drafts[p]!.sentence === d.sentence;
    let asOf = restated
      ? d.time?.kind === "on-day"
        ? d.time.day
        : d.statedDay ?? dayInterval(restated.window.start ?? restated.asOf.earliest, restated.asOf.latest)
      : closesBreakdown
        ? parentTime.asOf
      : d.time?.kind === "as-of" || (tollDay && d.time?.kind === "on-day")
        ? d.time.day
        : until ?? d.attribution?.asOf ?? (parentTime ? parentTime.asOf : d.entryDay ?? stated ?? dayInterval(published.earliest, published.latest));
    // (no count stands at a day after its publication: a day ahead is a deadline's or an appointment's)
    if (asOf.earliest > published.latest) asOf = dayInterval(published.earliest, published.latest);
    // (a time its total took is the total's: "put the death toll at 547 this morning, 88 of them civilians")
    const totalsTime = p !== null && d.time !== null && drafts[p]!.time?.from === d.time.from;
    const ownTime = d.time !== null && d.time.kind !== "as-of" && !tollDay && !totalsTime;
    const wt = restated
      ? { window: restated.window, tally: restated.tally }
      : !ownTime && parentTime
        ? { window: parentTime.window, tally: parentTime.tally }
        : windowOf(d, asOf);
    computed.set(i, { window: wt.window, tally: wt.tally, asOf });
    const a = d.attribution;
    // (in a digest, the outlet of the count's item: the source of a count no one else is said to
    // give, else the relay before the digest's publisher)
    const relay = digest.length > 0 ? itemAt(digest, d.m.from)?.relay ?? null : null;
    const own = a === null || (a.source === outlet && a.via.length === 0);
    const source = relay !== null && own ? relay : a ? a.source : outlet ?? "unattributed";
    const via = generalList<string>();
    if (a) for (const r of a.via) via.push(r);
    if (a && relay !== null && source !== relay && !via.includes(relay)) via.push(relay);
    // an outlet republishing an agency's copy: the agency relays before the outlet
    if (a && wire !== null && source !== wire && !via.includes(wire)) via.push(wire);
    if ((a || source === relay) && outlet !== null && source !== outlet && !via.includes(outlet)) via.push(outlet);
    let from = d.qualFrom;
    let to = d.npEnd;
    if (d.risen && d.cue && doc.sentence[d.cue.from] === d.sentence) {
      // "ارتفع عدد القتلى … إلى 704", "the death toll … has risen to 327": the quote is the whole statement
      from = Math.min(from, d.cue.from);
      for (let k = d.cue.from - 1; k >= Math.max(0, d.cue.from - 3) && doc.sentence[k] === d.sentence; k--) {
        const w = tokens[k]!.text;
        if (tokens[k]!.kind === "word" && !rangeJoin.has(w) && tokenVariants(w, true).some((v) => rise.has(v))) from = k;
      }
    }
    // ("up from 153 late on Wednesday": the cue and the number)
    if (restated) {
      from = d.earlier;
      // (and its own noun, if it has one: "had reported 277 deaths")
      to = d.cue !== null && d.ownCue && d.cue.from >= d.e && d.cue.to - 1 <= d.npEnd ? d.cue.to - 1 : d.e - 1;
    }
    if (d.cue && d.ownCue) {
      if (d.cue.to <= d.m.from && gapWords(doc, d.cue.to, d.qualFrom) <= 3) from = Math.min(from, d.cue.from);
      if (d.cue.from > d.npEnd && gapWords(doc, d.npEnd + 1, d.cue.from) <= 3) to = Math.max(to, d.cue.to - 1);
    }
    const span = originalSpan(doc.norm, tokens[from]!.start, tokens[to]!.end);
    const lang = grammar.language;
    const rule = d.m.form === "implicit"
      ? `${lang}/implicit-count`
      : restated
        ? `${lang}/earlier-figure`
      : d.m.form === "vague"
        ? `${lang}/vague-${d.metric}`
        : d.nested
          ? `${lang}/among-them`
          : p !== null && !d.ownCue
            ? `${lang}/breakdown-part`
            : d.risen
              ? `${lang}/toll-rose-to`
              : `${lang}/count-of-${d.metric}`;
    out.push({
      id: idOf.get(i)!,
      article: article.meta.id,
      metric: d.metric!,
      quantity: d.quantity,
      subject: d.subject,
      location: d.location,
      source,
      via,
      window: wt.window,
      tally: wt.tally,
      asOf,
      partOf: p !== null ? idOf.get(p) ?? null : null,
      headline: d.m.from < doc.headlineEnd,
      span,
      quote: article.text.slice(span.start, span.end),
      rule,
    });
  }
  return out;
};
