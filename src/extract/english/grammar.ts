/**
 * English grammar for extraction: number words, qualifiers, cue words for attribution,
 * breakdowns and time as wire copy (AFP, Reuters, AP, dpa) and monitors' statements write them.
 */
import type { Grammar } from "../grammar.js";

const words: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1_000_000,
};

export const englishGrammar: Grammar = {
  language: "en",
  numberWords: words,
  scaleWords: { thousand: 1000, million: 1_000_000, billion: 1_000_000_000, k: 1000, m: 1_000_000 },
  fixedNumbers: { "a dozen": 12, "one dozen": 12, "two dozen": 24, "three dozen": 36, "a hundred": 100, "a thousand": 1000, "half a million": 500_000, "a million": 1_000_000, "a couple of": 2 },
  numberJoiners: ["and"],
  vague: {
    dozens: "dozens", scores: "dozens", hundreds: "hundreds", thousands: "thousands", "tens of thousands": "tens-of-thousands",
    "hundreds of thousands": "hundreds-of-thousands", "a few": "few", "a handful of": "few",
  },
  qualifiersBefore: {
    "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least", "a minimum of": "at-least",
    "more than": "more-than", "over": "more-than", tops: "more-than", topped: "more-than", exceeds: "more-than", exceeded: "more-than", "passed": "more-than", "surpassed": "more-than", "upwards of": "more-than", "in excess of": "more-than", "above": "more-than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly", "roughly": "about", "about": "about",
    "around": "about", "approximately": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "up to": "at-most", "as many as": "at-most", "at most": "at-most", "no more than": "at-most", "fewer than": "less-than", "less than": "less-than", "under": "less-than",
  },
  qualifiersAfter: { "at least": "at-least", "or more": "at-least", "and more": "at-least" },
  rangeStart: ["between"],
  rangeJoin: ["and", "to"],
  units: [
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "percent", "per", "%", "dollars", "$",
    "years", "year", "hours", "hour", "minutes", "days", "day", "weeks", "week", "months", "month", "am", "pm", "gmt", "tonnes", "tons",
    "shells", "rockets", "missiles", "vehicles", "cars", "tanks", "drones", "aircraft", "planes", "million-strong", "inhabitants", "residents-strong", "attacks", "operations",
    "st", "nd", "rd", "th",
  ],
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  additionCues: ["in addition to", "as well as", "plus", "along with", "besides"],
  attributionCues: [
    "said", "says", "say", "told", "reported", "reports", "announced", "added", "stated", "according to", "citing", "cited", "quoted",
    "estimated", "estimates", "estimate", "documented", "recorded", "counted", "tallied", "put", "raised", "confirmed", "noted", "claimed", "statement",
    "acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "saw", "gave",
  ],
  speechVerbs: ["according to"],
  noSpeaker: ["is", "was", "are", "were", "been", "be", "being", "it", "he", "she", "they", "we", "i", "who", "which", "that", "also", "and", "had", "has", "have", "earlier", "later", "previously", "then", "statement", "report", "reports", "figures", "data", "its", "his", "her", "their", "this", "these", "same", "latest", "toll", "count", "tally", "initial", "preliminary", "unconfirmed", "early"],
  unnamedSourceCues: ["reportedly", "according to reports", "reports said", "media reports", "it was reported"],
  complementizers: [],
  relayCues: ["told", "speaking to", "citing", "quoting", "quoted by"],
  nestCues: ["including", "among them", "of them", "of whom", "among whom", "among those", "among the dead", "among the victims", "of which", "among"],
  listIntroCues: ["as follows", "broken down", "breakdown", "comprising", "comprised"],
  others: ["others", "other", "more"],
  bylines: ["by"],
  possessives: ["its", "their", "our"],
  memberNouns: ["members", "member", "personnel", "people", "persons"],
  singularNouns: ["child", "civilian", "woman", "man", "soldier", "fighter", "person", "boy", "girl", "journalist", "student", "officer", "paramedic", "rescuer", "teenager", "baby", "infant"],
  brokenPlurals: [],
  singularArticles: ["a", "an", "another", "one"],
  incidentCues: ["when", "in a strike", "in an air strike", "in an airstrike", "in the strike", "in strikes", "in airstrikes", "in air strikes", "in raids", "in shelling", "in an attack", "in the attack", "in a drone", "in an explosion", "after a strike", "after an airstrike", "by a strike", "strike on", "strikes on", "airstrike on", "airstrikes on", "air strike on", "air strikes on", "attack on", "raid on", "shelling of", "bombing of"],
  incrementCues: ["new", "newly", "more", "additional", "further"],
  populationCues: ["a city of", "a town of", "a country of", "a population of", "population of", "home to", "which hosts", "hosts", "hosting", "inhabitants", "population"],
  notCounted: [
    "the families of", "families of", "relatives of", "the relatives of", "homes of", "the homes of",
    "could reach", "may reach", "might reach", "could rise to", "may rise to", "could climb to", "expected to reach", "expected to rise to", "projected to reach", "feared to reach",
  ],
  historicalCues: ["in the war", "of the war", "the war has", "civil war", "the first decade", "over the years", "since the war", "since the war began", "since the start of the war", "since the conflict began", "since the start of the conflict", "since the civil war", "since the uprising"],
  riseCues: ["rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "raised", "increased", "jumped", "to", "stood at", "stands at", "put"],
  copulas: ["were", "was", "are", "is"],
  predicateAux: ["were", "was", "been", "are", "is", "be", "reportedly", "had", "have", "got"],
  alternatives: ["or"],
  phraseStops: [
    "including", "among", "when", "after", "in", "on", "since", "during", "over", "as", "while", "with", "at", "by", "from", "across",
    "said", "says", "according", "were", "was", "have", "had", "has", "are", "is", "been", "who", "which", "that", "but", "to",
  ],
  partitives: ["of", "from"],
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  dayFillers: ["on", "early", "late", "dawn", "morning", "evening", "night", "afternoon", "this", "last", "of"],
  lastWords: ["last"],
  timeWords: {
    since: "since", today: "today", "on the same day": "today", yesterday: "yesterday", "a day earlier": "yesterday", "the previous day": "yesterday",
    overnight: "overnight", "last night": "overnight", "during the night": "overnight", "this morning": "morning", "since the morning": "morning", "since morning": "morning",
    "in the past 24 hours": "past-day", "in the last 24 hours": "past-day", "over the past 24 hours": "past-day", "over the last 24 hours": "past-day", "within 24 hours": "past-day", "past 24 hours": "past-day",
    "in days of clashes": "offensive", "in days of fighting": "offensive", "since the offensive began": "offensive", "since the start of the offensive": "offensive",
    "since the offensive was launched": "offensive", "since the launch of": "offensive", "since the start of": "offensive", "since the beginning of": "offensive",
    "in the ongoing": "offensive", "during the offensive": "offensive", "in the offensive": "offensive", "in a week of fighting": "offensive", "in the fighting": "offensive", "in the clashes": "offensive",
    days: "days-unit", week: "week-unit", "as of": "as-of", "as at": "as-of", by: "as-of",
  },
  clitics: false,
};
