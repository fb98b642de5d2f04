/**
 * Per token of an article, which grammar and lexicon phrase sets (and word lists) may start there,
 * as one bit mask per token. A mask is computed once per distinct word (by interned token id) for a
 * grammar and lexicon, so the scans over a whole article (numbers, time expressions, lexicon names,
 * attribution cues) skip in one test the tokens where nothing they look for begins. A clear bit is
 * a guarantee (the set's `matchAt` finds nothing there); a set bit only means "look".
 */
import type { LexiconPhrases } from "./lexicon-phrases.js";
import type { CompiledGrammar } from "./numerals/compiled.js";
import { definiteNumberWord, isImplicitHead, scaleOf, wordValue } from "./numerals/numbers.js";
import { internBase, type Token } from "./text/tokens.js";
import { weekdayOf } from "./time/weekdays.js";
import {
  F_ADDITION, F_INCIDENT, F_NEST, F_NOT_COUNTED, F_PARTITIVE, F_POPULATION, F_QUALIFIER_BEFORE, F_STOP, F_TIME_UNIT, F_UNITS,
  F_ATTRIBUTION, F_COLON, F_FILLER, F_FIXED_NUMBER, F_HISTORICAL, F_IMPLICIT, F_LIST_INTRO, F_METRIC, F_MONTH, F_NUMBER_WORD, F_PLACE,
  F_RANGE_START, F_RELAY, F_SCALE, F_SOURCE, F_SUBJECT, F_TIME_WORD, F_UNNAMED_SOURCE, F_VAGUE, F_WEEKDAY,
} from "./token-flag-bits.js";

/** Set on every computed mask, so that 0 reads as "not yet known". */
const KNOWN = 1 << 30;

/** What may start at a token, for a grammar and lexicon. */
const maskOf = (g: CompiledGrammar, lx: LexiconPhrases, t: Token): number => {
  let m = KNOWN;
  if (t.kind === "break") return m;
  if (t.kind === "punct" && t.text === ":") m |= F_COLON;
  if (g.historical.mayStart(t)) m |= F_HISTORICAL;
  if (g.rangeStart.mayStart(t)) m |= F_RANGE_START;
  if (g.timeWords.mayStart(t)) m |= F_TIME_WORD;
  if (g.dayFillers.has(t.text)) m |= F_FILLER;
  if (g.months.mayStart(t)) m |= F_MONTH;
  if (weekdayOf(g, t) !== undefined) m |= F_WEEKDAY;
  if (g.fixedNumbers.mayStart(t)) m |= F_FIXED_NUMBER;
  if (wordValue(g, t) !== undefined || definiteNumberWord(g, t) !== undefined) m |= F_NUMBER_WORD;
  if (g.vague.mayStart(t)) m |= F_VAGUE;
  if (isImplicitHead(g, t)) m |= F_IMPLICIT;
  if (g.unnamedSource.mayStart(t)) m |= F_UNNAMED_SOURCE;
  if (g.attribution.mayStart(t)) m |= F_ATTRIBUTION;
  if (g.relay.mayStart(t)) m |= F_RELAY;
  if (g.listIntro.mayStart(t)) m |= F_LIST_INTRO;
  if (lx.sources.mayStart(t)) m |= F_SOURCE;
  if (lx.subjects.mayStart(t)) m |= F_SUBJECT;
  if (lx.metrics.mayStart(t)) m |= F_METRIC;
  if (lx.places.mayStart(t)) m |= F_PLACE;
  if (scaleOf(g, t) !== undefined) m |= F_SCALE;
  if (g.incident.mayStart(t)) m |= F_INCIDENT;
  if (g.qualifiersBefore.mayStart(t)) m |= F_QUALIFIER_BEFORE;
  if (g.nest.mayStart(t)) m |= F_NEST;
  if (g.notCounted.mayStart(t)) m |= F_NOT_COUNTED;
  if (g.addition.mayStart(t)) m |= F_ADDITION;
  if (g.units.mayStart(t)) m |= F_UNITS;
  if (g.population.mayStart(t)) m |= F_POPULATION;
  if (g.stops.mayStart(t)) m |= F_STOP;
  if (g.partitives.mayStart(t)) m |= F_PARTITIVE;
  if (g.timeUnits.mayStart(t)) m |= F_TIME_UNIT;
  return m;
};

/** Masks by token id (offset by the intern base) for one grammar and lexicon. */
class MaskTable {
  private base = -1;
  private masks = new Int32Array(1024);

  constructor(
    private readonly g: CompiledGrammar,
    private readonly lx: LexiconPhrases,
  ) {}

  /** The mask of every token, in order. */
  of(tokens: readonly Token[]): Int32Array {
    const b = internBase();
    if (b !== this.base) {
      this.base = b;
      this.masks = new Int32Array(1024);
    }
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const k = t.id - b;
      if (k < 0) {
        out[i] = maskOf(this.g, this.lx, t);
        continue;
      }
      if (k >= this.masks.length) {
        const grown = new Int32Array(Math.max(this.masks.length * 2, k + 1));
        grown.set(this.masks);
        this.masks = grown;
      }
      let m = this.masks[k]!;
      if (m === 0) {
        m = maskOf(this.g, this.lx, t);
        this.masks[k] = m;
      }
      out[i] = m;
    }
    return out;
  }
}

const tables = new WeakMap<CompiledGrammar, WeakMap<LexiconPhrases, MaskTable>>();

/** The masks of an article's tokens for a grammar and lexicon (tables built once and cached). */
export const tokenFlags = (g: CompiledGrammar, lx: LexiconPhrases, tokens: readonly Token[]): Int32Array => {
  let byLexicon = tables.get(g);
  if (byLexicon === undefined) {
    byLexicon = new WeakMap();
    tables.set(g, byLexicon);
  }
  let table = byLexicon.get(lx);
  if (table === undefined) {
    table = new MaskTable(g, lx);
    byLexicon.set(lx, table);
  }
  return table.of(tokens);
};
