/**
 * The news agency whose copy an article republishes, read from its first lines: a line that is only
 * the agency's name ("AFP", "By Reuters"), or the agency in parentheses in a dateline ("BEIRUT (AP) —",
 * "AMMAN, Dec 5 (Reuters) -"), or credited at the text's end ("… since 2013. — Reuters"), or a byline
 * of agency copy naming none ("By Agency Report") over a text that names one agency only. The agency
 * then relays every attributed number of the article.
 */
import type { LexiconIndex } from "../domain/lexicon.js";
import type { Doc } from "./document.js";
import type { LexiconPhrases } from "./lexicon-phrases.js";
import type { CompiledGrammar } from "./numerals/compiled.js";

/** How many lines from the top a byline or dateline is looked for. */
const TOP_LINES = 6;
/** How far into a line a dateline's parenthesised agency may stand. */
const DATELINE_TOKENS = 10;
/** Marks that set off the parts of a masthead line ("وزارة الصحة – المكتب الصحفي", "اليوم 24 - أ ف ب | دولي"). */
export const MASTHEAD_MARKS: ReadonlySet<string> = new Set(["-", "–", "—", "|"]);

/**
 * The first lines of the text are read as [start, end) token ranges without their breaks: a line
 * runs from `start` to `lineEnd(doc, start)`, and the next one starts at `nextLine(doc, end)`, while
 * its first token lies within the first `TOP_LINES` paragraphs. (Plain loops, not a generator: these
 * run for every article.)
 */
const lineEnd = (doc: Doc, start: number): number => {
  const { tokens, paragraph } = doc;
  let end = start;
  while (end < tokens.length && paragraph[end] === paragraph[start] && tokens[end]!.kind !== "break") end++;
  return end;
};

/** Where the line after one ending at `end` starts: past the breaks. */
const nextLine = (doc: Doc, end: number): number => {
  const { tokens } = doc;
  let start = end;
  while (start < tokens.length && tokens[start]!.kind === "break") start++;
  return start;
};

/** Whether token `start` opens one of the first lines. */
const isTopLine = (doc: Doc, start: number): boolean => start < doc.tokens.length && doc.paragraph[start]! < TOP_LINES;

/**
 * A source named in parentheses at token `i` ("(Reuters)"), with the index of its ")", if any: the
 * sources in parentheses near a line's start are those at i in [start, min(end, start + DATELINE_TOKENS)).
 */
const parenthesisedSourceAt = (doc: Doc, lx: LexiconPhrases, i: number): { value: string; close: number } | undefined => {
  const { tokens } = doc;
  if (tokens[i]!.text !== "(") return undefined;
  const inside = lx.sources.matchAt(tokens, i + 1);
  return inside && tokens[inside.to]?.text === ")" ? { value: inside.value, close: inside.to } : undefined;
};

export const wireAgency = (doc: Doc, g: CompiledGrammar, lx: LexiconPhrases, lex: LexiconIndex, outlet: string | null): string | null => {
  const { tokens } = doc;
  const agency = (id: string): boolean => id !== outlet && lex.source(id)?.kind === "news-agency";
  let agencyCopy = false;
  for (let start = 0; isTopLine(doc, start); ) {
    const end = lineEnd(doc, start);
    let k = start;
    if (k < end && g.bylines.has(tokens[k]!.text)) k++;
    // ("By: Agence France-Presse - INQUIRER.net": the byline's colon)
    const bylineColon = k > start && tokens[k]?.text === ":";
    if (bylineColon) k++;
    const whole = lx.sources.matchAt(tokens, k);
    if (whole && whole.to === end && agency(whole.value)) return whole.value;
    if (g.agencyCopy.matchAt(tokens, k)?.to === end) agencyCopy = true;
    // (or a part of a masthead line set off by its marks: "اليوم 24 - أ ف ب | دولي | الخميس …", or
    // opening it, "Reuters | Published November 28, 2024", or the byline closing it, "On 6:11 pm,
    // November 28, 2024, In News by AFP", or opening it before the publisher's name: "By: Agence
    // France-Presse - INQUIRER.net")
    for (let i = k; i < end; i++) {
      const opens = i === k || MASTHEAD_MARKS.has(tokens[i - 1]!.text) || g.bylines.has(tokens[i - 1]!.text);
      if (!opens) continue;
      const part = lx.sources.matchAt(tokens, i);
      if (part !== undefined && agency(part.value) && (part.to === end || MASTHEAD_MARKS.has(tokens[part.to]!.text))) return part.value;
      const copy = g.agencyCopy.matchAt(tokens, i);
      if (copy !== undefined && (copy.to === end || MASTHEAD_MARKS.has(tokens[copy.to]!.text) || tokens[copy.to]!.text === ":")) agencyCopy = true;
    }
    for (let i = start; i < Math.min(end, start + DATELINE_TOKENS); i++) {
      const inside = parenthesisedSourceAt(doc, lx, i);
      if (inside !== undefined && agency(inside.value)) return inside.value;
    }
    start = nextLine(doc, end);
  }
  return closingCredit(doc, lx, agency) ?? (agencyCopy ? onlyAgencyNamed(doc, lx, agency) : null);
};

/** The one news agency the text names ("… told AFP"), or null when it names none or several. */
const onlyAgencyNamed = (doc: Doc, lx: LexiconPhrases, agency: (id: string) => boolean): string | null => {
  const { tokens } = doc;
  let found: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = lx.sources.matchAt(tokens, i);
    if (m === undefined || !agency(m.value)) continue;
    if (found !== null && found !== m.value) return null;
    found = m.value;
    i = m.to - 1;
  }
  return found;
};

/** An agency credited after a mark at the very end of the text ("… since 2013. — Reuters"), or null. */
const closingCredit = (doc: Doc, lx: LexiconPhrases, agency: (id: string) => boolean): string | null => {
  const { tokens, paragraph } = doc;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.kind === "break") end--;
  let start = end;
  while (start > 0 && paragraph[start - 1] === paragraph[end - 1] && tokens[start - 1]!.kind !== "break") start--;
  for (let i = start + 1; i < end; i++) {
    if (!MASTHEAD_MARKS.has(tokens[i - 1]!.text)) continue;
    const part = lx.sources.matchAt(tokens, i);
    if (part !== undefined && part.to === end && agency(part.value)) return part.value;
  }
  return null;
};

/**
 * The dateline of a wire story ("BEIRUT/AMMAN, Dec 6 (Reuters) -", "BEIRUT (AP) —"): its tokens,
 * from its line's start to past the dash after the parenthesised source, or null. A day named there
 * is when the copy was filed, not a time any count covers.
 */
export const datelineSpan = (doc: Doc, lx: LexiconPhrases): { from: number; to: number } | null => {
  for (let start = 0; isTopLine(doc, start); ) {
    const end = lineEnd(doc, start);
    for (let i = start; i < Math.min(end, start + DATELINE_TOKENS); i++) {
      const inside = parenthesisedSourceAt(doc, lx, i);
      if (inside === undefined) continue;
      const dash = doc.tokens[inside.close + 1]?.text;
      if (dash === "-" || dash === "—" || dash === "–" || dash === "--") return { from: start, to: inside.close + 2 };
    }
    start = nextLine(doc, end);
  }
  return null;
};
