/**
 * Plain-text labels shared by every report: lexicon ids turned into names, quantities written as
 * news writes them, dates and groups described in words. No escaping here: each format escapes.
 */
import type { Claim } from "../domain/claim.js";
import type { DayInterval } from "../domain/dates.js";
import { entryName, type LexiconIndex } from "../domain/lexicon.js";
import type { GroupKey } from "../domain/reconciliation.js";

export const sourceLabel = (lex: LexiconIndex, id: string): string => entryName(lex.source(id)?.names, id);
export const subjectLabel = (lex: LexiconIndex, id: string): string => entryName(lex.subject(id)?.names, id);
export const placeLabel = (lex: LexiconIndex, id: string): string => entryName(lex.place(id)?.names, id);
/** Metrics by their id in words ("localities-seized" → "localities seized"): their lexicon names are verbs and nouns for matching, not labels. */
export const metricLabel = (_lex: LexiconIndex, id: string): string => id.replace(/[-_]+/g, " ");

export { formatNumber, quantityText } from "../domain/quantity.js";


/** A day interval: "2024-11-30", or "2024-11-29…2024-11-30" when only the bounds are known. */
export const intervalText = (i: DayInterval): string => (i.earliest === i.latest ? i.earliest : `${i.earliest}…${i.latest}`);

/** The period of a group: "since 2024-11-27", "on 2024-11-28", "2024-11-27 to 2024-11-28", "period not stated". */
export const periodText = (key: GroupKey): string => {
  const end = key.windowEnd ?? null;
  if (key.windowStart === null) return end === null ? "period not stated" : `until ${end}`;
  if (end === null) return `since ${key.windowStart}`;
  return end === key.windowStart ? `on ${end}` : `${key.windowStart} to ${end}`;
};

/** "killed: people, Aleppo and Idlib, since 2024-11-27". */
export const groupLabel = (lex: LexiconIndex, key: GroupKey): string =>
  `${metricLabel(lex, key.metric)}: ${subjectLabel(lex, key.subject)}, ${placeLabel(lex, key.location)}, ${periodText(key)}`;

/** Who produced a number and who relayed it: "Syrian Observatory for Human Rights via AFP → Middle East Monitor". */
export const relayText = (lex: LexiconIndex, c: Pick<Claim, "source" | "via">): string =>
  c.via.length === 0
    ? sourceLabel(lex, c.source)
    : `${sourceLabel(lex, c.source)} via ${c.via.map((v) => sourceLabel(lex, v)).join(" → ")}`;

/** Languages written right to left (their quotes are shown with `dir="rtl"`). */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]);

export const isRtl = (language: string | undefined): boolean =>
  language !== undefined && RTL_LANGUAGES.has(language.toLowerCase().split("-")[0] ?? "");

/** What each kind of contradiction means, in words. */
export const CONTRADICTION_TITLES: Readonly<Record<string, string>> = {
  "cross-source": "Sources disagree",
  regression: "A running total goes down",
  "breakdown-mismatch": "The parts do not add up to the total",
  bounds: "Bounds that cannot both hold",
  "headline-body": "The headline and the body differ",
  "translation-drift": "The number changed in translation",
};

export const contradictionTitle = (kind: string): string => CONTRADICTION_TITLES[kind] ?? kind;

/** "80%" or "n/a". */
export const percentText = (x: number | null): string => (x === null || !Number.isFinite(x) ? "n/a" : `${Math.round(x * 100)}%`);

/** The outlet of an article, else its id. */
export const articleLabel = (a: { id: string; outlet: string | null } | undefined, id: string): string =>
  a?.outlet ? `${a.outlet} (${id})` : id;
