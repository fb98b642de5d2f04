/**
 * A grammar compiled for matching: word lists normalised into sets, phrase lists into phrase sets.
 * Built once per grammar and cached.
 */
import type { Qualifier, VagueAmount } from "../../domain/quantity.js";
import type { Grammar, TimeWord } from "../grammar.js";
import { normalizeWord } from "../text/normalize.js";
import { PhraseSet } from "../text/phrases.js";
import { tokenize } from "../text/tokens.js";
import { WordSet } from "../text/word-set.js";
import { LUNAR_MONTH } from "../time/lunar.js";

type Bound = Exclude<Qualifier, "range" | "vague" | "exact">;

export interface CompiledGrammar {
  readonly grammar: Grammar;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scaleWords: ReadonlyMap<string, number>;
  readonly fixedNumbers: PhraseSet<number>;
  readonly joiners: WordSet;
  readonly halves: PhraseSet<true>;
  readonly vague: PhraseSet<VagueAmount>;
  readonly qualifiersBefore: PhraseSet<Bound>;
  readonly qualifiersAfter: PhraseSet<Bound>;
  readonly rangeStart: PhraseSet<true>;
  readonly currencyCodes: WordSet;
  readonly rangeJoin: WordSet;
  readonly openRangeJoin: WordSet;
  readonly rangeFrom: WordSet;
  readonly openRangeFrom: WordSet;
  readonly changeWords: WordSet;
  /** The units of one word as written, without a clitic (to tell "ليرة" from "لطائرات", "by planes"). */
  readonly unitWords: WordSet;
  readonly speechVerbsAfter: WordSet;
  readonly namedSpeechVerbsAfter: WordSet;
  readonly correction: PhraseSet<true>;
  readonly continuation: PhraseSet<true>;
  readonly speechParticiples: PhraseSet<true>;
  readonly sums: PhraseSet<true>;
  readonly contrast: PhraseSet<true>;
  readonly personalPossessives: WordSet;
  readonly ownStaff: PhraseSet<true>;
  readonly ownedByUs: PhraseSet<true>;
  readonly issuedBy: PhraseSet<true>;
  readonly aboutIssuer: PhraseSet<true>;
  readonly organisationNouns: WordSet;
  readonly recordingCues: WordSet;
  readonly pluperfect: WordSet;
  readonly saidOpeners: WordSet;
  readonly relatives: WordSet;
  readonly parentOf: PhraseSet<true>;
  readonly groupOf: PhraseSet<true>;
  readonly wholeOf: PhraseSet<true>;
  readonly correctedBy: PhraseSet<true>;
  readonly numberOf: PhraseSet<true>;
  readonly earlier: PhraseSet<true>;
  readonly untilWords: WordSet;
  readonly units: PhraseSet<true>;
  readonly months: PhraseSet<number>;
  readonly lunarEra: WordSet;
  /** Month names short enough to be abbreviations ("Nov. 27") and the grammar's other abbreviations before numbers ("No. 11"): a full stop after them ends no sentence. */
  readonly abbreviations: WordSet;
  /** Short forms whose full stop ends no sentence ("incl."). */
  readonly clipped: WordSet;
  readonly addition: PhraseSet<true>;
  readonly attribution: PhraseSet<true>;
  readonly unnamedSource: PhraseSet<true>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly noSpeaker: WordSet;
  readonly relay: PhraseSet<true>;
  readonly quoting: PhraseSet<true>;
  readonly complementizers: WordSet;
  readonly nest: PhraseSet<true>;
  readonly listIntro: PhraseSet<true>;
  readonly others: WordSet;
  readonly frequencies: WordSet;
  readonly speakerRoles: WordSet;
  readonly topicShifts: PhraseSet<true>;
  readonly riseQualifiers: ReadonlyMap<string, Exclude<Qualifier, "range" | "vague" | "exact">>;
  readonly bylines: WordSet;
  readonly possessives: WordSet;
  readonly memberNouns: WordSet;
  readonly agentNouns: WordSet;
  readonly projectionModals: WordSet;
  readonly ordinalHeads: WordSet;
  readonly enumerators: WordSet;
  readonly flashWords: WordSet;
  readonly oneOfThem: WordSet;
  readonly agencyNouns: PhraseSet<true>;
  readonly superlatives: WordSet;
  readonly singularNouns: WordSet;
  readonly dualNouns: WordSet;
  readonly singularArticles: WordSet;
  readonly incident: PhraseSet<true>;
  readonly increment: WordSet;
  readonly historical: PhraseSet<true>;
  readonly periodReferences: WordSet;
  readonly subjectPronouns: WordSet;
  readonly figurePronouns: WordSet;
  readonly population: PhraseSet<true>;
  readonly stock: WordSet;
  readonly notCounted: PhraseSet<true>;
  readonly rise: WordSet;
  readonly stops: PhraseSet<true>;
  readonly predicateAux: WordSet;
  readonly copulas: WordSet;
  readonly organisationPronouns: WordSet;
  readonly durationOpeners: WordSet;
  readonly publishingVerbs: WordSet;
  readonly glosses: PhraseSet<true>;
  readonly alternatives: WordSet;
  readonly partitives: PhraseSet<true>;
  readonly ratioJoins: PhraseSet<true>;
  /** The one-word statement nouns ("تقرير", "بيان"), for a noun with a pronoun glued to it. */
  readonly statementNounWords: WordSet;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly dayFillers: WordSet;
  readonly lastWords: WordSet;
  readonly timeWords: PhraseSet<TimeWord>;
  /** Words naming a numbered unit or document before its number ("الفرقة 25", "No. 6"). */
  readonly numberedNames: WordSet;
  /** The time words that are units of days ("days", أيام، "week"): only to tell where one may start. */
  readonly timeUnits: PhraseSet<TimeWord>;
  readonly dayCounts: PhraseSet<number>;
  readonly groupOpeners: PhraseSet<true>;
  readonly agencyCopy: PhraseSet<true>;
  readonly statementEvents: PhraseSet<true>;
  readonly statementNouns: PhraseSet<true>;
  readonly countNouns: WordSet;
  readonly tallyNouns: WordSet;
  readonly differenceCues: PhraseSet<true>;
  readonly suppositionCues: PhraseSet<true>;
  readonly determiners: WordSet;
  readonly distributives: WordSet;
  readonly allOfThem: PhraseSet<true>;
  readonly tallyPrepositions: WordSet;
  readonly amountVerbs: WordSet;
  readonly pastAuxiliaries: WordSet;
  readonly definiteArticles: WordSet;
  readonly possessiveEndings: readonly string[];
  readonly cliticLetters: WordSet;
  readonly agoFirst: boolean;
}

const set = (xs: readonly string[]): WordSet => new WordSet(xs.map(normalizeWord));
const map = <T>(r: Readonly<Record<string, T>>): Map<string, T> => new Map(Object.entries(r).map(([k, v]) => [normalizeWord(k), v]));
const phrases = <T>(r: Readonly<Record<string, T>>): PhraseSet<T> => new PhraseSet(Object.entries(r));
const flags = (xs: readonly string[]): PhraseSet<true> => new PhraseSet(xs.map((x) => [x, true] as const));

const cache = new WeakMap<Grammar, CompiledGrammar>();

export const compileGrammar = (g: Grammar): CompiledGrammar => {
  const hit = cache.get(g);
  if (hit) return hit;
  const c: CompiledGrammar = {
    grammar: g,
    numberWords: map(g.numberWords),
    scaleWords: map(g.scaleWords),
    fixedNumbers: phrases(g.fixedNumbers),
    joiners: set(g.numberJoiners),
    halves: flags(g.halves),
    vague: phrases(g.vague),
    qualifiersBefore: phrases(g.qualifiersBefore),
    qualifiersAfter: phrases(g.qualifiersAfter),
    rangeStart: flags(g.rangeStart),
    currencyCodes: set(g.currencyCodes),
    rangeJoin: set(g.rangeJoin),
    openRangeJoin: set(g.openRangeJoin),
    rangeFrom: set(g.rangeFrom),
    openRangeFrom: set(g.openRangeFrom),
    changeWords: set(g.changeWords),
    unitWords: set(g.units.filter((u) => !u.includes(" "))),
    speechVerbsAfter: set(g.speechVerbsAfter),
    namedSpeechVerbsAfter: set(g.namedSpeechVerbsAfter),
    correction: flags(g.correctionCues),
    continuation: flags(g.continuationCues),
    speechParticiples: flags(g.speechParticiples),
    sums: flags(g.sumCues),
    contrast: flags(g.contrastOpeners),
    personalPossessives: set(g.personalPossessives),
    ownStaff: flags(g.ownStaff),
    ownedByUs: flags(g.ownedByUs),
    issuedBy: flags(g.issuedBy),
    aboutIssuer: flags(g.aboutIssuer),
    organisationNouns: set(g.organisationNouns),
    recordingCues: set(g.recordingCues),
    pluperfect: set(g.pluperfect),
    saidOpeners: set(g.saidOpeners),
    relatives: set(g.relatives),
    parentOf: flags(g.parentOf),
    groupOf: flags(g.groupOf),
    wholeOf: flags(g.wholeOf),
    correctedBy: flags(g.correctedBy),
    numberOf: flags(g.numberOf),
    earlier: flags(g.earlierCues),
    untilWords: set(g.untilWords),
    units: flags(g.units),
    // (a lunar month's number above LUNAR_MONTH: the dates read it apart)
    months: phrases({ ...g.months, ...Object.fromEntries(Object.entries(g.lunarMonths).map(([name, k]) => [name, LUNAR_MONTH + k])) }),
    lunarEra: set(g.lunarEra),
    abbreviations: set([...Object.keys(g.months).filter((m) => m.length <= 4 && !m.includes(" ")), ...g.numberAbbreviations]),
    clipped: set(g.clippedWords),
    addition: flags(g.additionCues),
    attribution: flags(g.attributionCues),
    unnamedSource: flags(g.unnamedSourceCues),
    speechVerbs: new Set(g.speechVerbs.map((v) => tokenize(normalizeWord(v)).map((t) => t.text).join(" "))),
    noSpeaker: set(g.noSpeaker),
    relay: flags(g.relayCues),
    quoting: flags(g.quotingCues),
    complementizers: set(g.complementizers),
    nest: flags(g.nestCues),
    listIntro: flags(g.listIntroCues),
    others: set(g.others),
    frequencies: set(g.frequencies),
    speakerRoles: set(g.speakerRoles),
    topicShifts: flags(g.topicShifts),
    riseQualifiers: new Map(Object.entries(g.riseQualifiers).map(([w, q]) => [normalizeWord(w), q])),
    bylines: set(g.bylines),
    possessives: set(g.possessives),
    memberNouns: set(g.memberNouns),
    agentNouns: set(g.agentNouns),
    projectionModals: set(g.projectionModals),
    ordinalHeads: set(g.ordinalHeads),
    enumerators: set(g.enumerators),
    flashWords: set(g.flashWords),
    oneOfThem: set(g.oneOfThem),
    agencyNouns: phrases(Object.fromEntries(g.agencyNouns.map((w) => [w, true as const]))),
    superlatives: set(g.superlatives),
    singularNouns: set(g.singularNouns),
    dualNouns: set(g.dualNouns),
    singularArticles: set(g.singularArticles),
    incident: flags(g.incidentCues),
    increment: set(g.incrementCues),
    historical: flags(g.historicalCues),
    periodReferences: set(g.periodReferences),
    subjectPronouns: set(g.subjectPronouns),
    figurePronouns: set(g.figurePronouns),
    population: flags(g.populationCues),
    stock: set(g.stockCues),
    notCounted: flags(g.notCounted),
    rise: set(g.riseCues),
    stops: flags(g.phraseStops),
    predicateAux: set(g.predicateAux),
    copulas: set(g.copulas),
    organisationPronouns: set(g.organisationPronouns),
    durationOpeners: set(g.durationOpeners),
    publishingVerbs: set(g.publishingVerbs),
    glosses: flags(g.glosses),
    alternatives: set(g.alternatives),
    partitives: flags(g.partitives),
    ratioJoins: flags(g.ratioJoins),
    statementNounWords: set(g.statementNouns.filter((w) => !w.includes(" "))),
    weekdays: map(g.weekdays),
    dayFillers: set(g.dayFillers),
    lastWords: set(g.lastWords),
    timeWords: phrases(g.timeWords),
    numberedNames: set(g.numberedNames),
    timeUnits: new PhraseSet(Object.entries(g.timeWords).filter(([, v]) => v === "days-unit" || v === "week-unit" || v === "hours-unit" || v === "years-unit")),
    dayCounts: phrases(g.dayCounts),
    groupOpeners: flags(g.groupOpeners),
    agencyCopy: flags(g.agencyCopy),
    statementEvents: flags(g.statementEvents),
    statementNouns: flags(g.statementNouns),
    countNouns: set(g.countNouns),
    tallyNouns: set(g.tallyNouns),
    differenceCues: flags(g.differenceCues),
    suppositionCues: flags(g.suppositionCues),
    determiners: set(g.determiners),
    distributives: set(g.distributives),
    allOfThem: flags(g.allOfThem),
    tallyPrepositions: set(g.tallyPrepositions),
    amountVerbs: set(g.amountVerbs),
    pastAuxiliaries: set(g.pastAuxiliaries),
    definiteArticles: set(g.definiteArticles),
    possessiveEndings: g.possessiveEndings,
    cliticLetters: set(g.cliticLetters),
    agoFirst: g.agoFirst,
  };
  cache.set(g, c);
  return c;
};
