/**
 * Breakdowns: which counts are parts of which total. Three constructions, tried in order:
 * nested parts opened by a cue right before the number ("بينهم أربعة ضباط", "including five
 * children", and the items joined to them); a list after a total (a dash or colon after it, or an
 * intro such as "توزع على النحو التالي" / "as follows" that breaks down the latest total), where an
 * item without a metric word of its own nests under an earlier item whose subject contains its
 * own (government ⊃ syrian-army); and a count whose subject lies strictly within that of a total
 * of the same metric and source stated at most three sentences earlier (or, for a count over one
 * day, the same subject as a running total: "24 civilians … 19 civilians on Thursday").
 */
import type { LexiconIndex } from "../domain/lexicon.js";

export interface BreakdownItem {
  readonly metric: string | null;
  readonly subject: string;
  readonly source: string;
  /** The words of a speaker the lexicon does not know (source "other"), if a cue names one. */
  readonly speaker: string | null;
  readonly value: number;
  readonly vague: boolean;
  readonly sentence: number;
  readonly paragraph: number;
  readonly headline: boolean;
  /** A metric word in the item's own clause (it is a statement of its own, not a bare list item). */
  readonly ownCue: boolean;
  /** A nesting cue right before the item (بينهم، including). */
  readonly nested: boolean;
  /** The nesting cue opens the item's sentence: the total may close the sentence before ("… killed. Among them were six children."). */
  readonly nestLeads: boolean;
  /** The item before is a part of this one: "Forty-four civilians were among 420 people killed". */
  readonly wholeOfPrev: boolean;
  /** Joined to the item before it with no clause break between ("أربعة أطفال وثلاث نساء"). */
  readonly conjoined: boolean;
  /** The item is followed by a dash or colon and a number: it opens a list of its parts. */
  readonly opensList: boolean;
  /** A list intro cue stands before the item in its sentence. */
  readonly afterIntro: boolean;
  /** A comma stands right before the item (or its qualifier), as before an item of a list. */
  readonly afterComma: boolean;
  /** A count over one day or a few days (a sub-period of a running total). */
  readonly period: boolean;
  /** A count over a span with both ends named ("between Dec. 2 and Dec. 5"). */
  readonly span: boolean;
  /** A running total (since a start, no incident). */
  readonly running: boolean;
  /** An earlier figure of the count before it ("up from 153"): the parts that follow are the newer count's. */
  readonly earlier: boolean;
}

/**
 * The same source, and where both name a speaker the lexicon does not know, a word in common (the
 * article and a conjunction aside): "الوزارة" refers back to "وزارة الصحة", "مركز توثيق الانتهاكات"
 * is not "قوات سوريا الديمقراطية".
 */
const sameSpeaker = (a: BreakdownItem, b: BreakdownItem): boolean => {
  if (a.source !== b.source) return false;
  if (a.speaker === null || b.speaker === null || a.speaker === b.speaker) return true;
  const words = new Set(a.speaker.split(" ").map(bareWord));
  return b.speaker.split(" ").some((w) => words.has(bareWord(w)));
};

/** A word without a leading article and the conjunction before it ("والوزارة", "الوزارة" → "وزارة"). */
const bareWord = (w: string): string => w.replace(/^[وف]?ال/u, "");

/** How many earlier items a part looks back at (keeps linking linear on long lists). */
const LOOKBACK = 30;

/** Which item each item is a part of. */
export interface PartLinks {
  /** For each item, the index of the item it is a part of, or -1 (a typed array: one shape however filled). */
  readonly parent: Int32Array;
  /** 1 where the item was linked because its run of counts adds up to its total. */
  readonly addsUp: Uint8Array;
}

export const linkParts = (items: readonly BreakdownItem[], lex: LexiconIndex): PartLinks => {
  const parent = new Int32Array(items.length);
  for (let i = 0; i < parent.length; i++) parent[i] = -1;
  const strictlyWithin = (a: string, b: string) => a !== b && lex.subjectWithin(a, b);
  let nest: { parent: number; sentence: number } | null = null;
  /** The open list; `sentence` -1 when it runs to the end of the paragraph (after an intro). */
  let list: { total: number; siblings: number[]; sentence: number; paragraph: number } | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const prev = i > 0 ? items[i - 1]! : null;
    if (list && (list.sentence >= 0 ? it.sentence !== list.sentence : it.paragraph !== list.paragraph)) list = null;
    if (it.afterIntro && (list === null || list.sentence >= 0)) {
      let t = -1;
      for (let k = i - 1; k >= 0 && k >= i - LOOKBACK * 4; k--) {
        const c = items[k]!;
        if (parent[k]! < 0 && !c.afterIntro && !c.earlier && (it.metric === null || c.metric === it.metric) && sameSpeaker(c, it)) {
          t = k;
          break;
        }
      }
      // (no part is larger than its total: "One of our paramedics was killed … Our response so far:
      // - 14 primary health centres" lists no parts of that count)
      if (t >= 0 && !items[t]!.vague && !it.vague && items[t]!.value < it.value) t = -1;
      if (t >= 0) list = { total: t, siblings: [], sentence: -1, paragraph: it.paragraph };
    }
    if (it.wholeOfPrev && prev && prev.sentence === it.sentence && parent[i - 1]! < 0) {
      parent[i - 1] = i;
      nest = null;
    } else if (it.nested && prev && prev.sentence === it.sentence - 1 && it.nestLeads) {
      // a cue opening its sentence nests under the last total of the sentence before
      let last = prev.earlier && i > 1 && items[i - 2]!.sentence === prev.sentence ? i - 2 : i - 1;
      // (the last of that sentence's counts of the part's own metric, where it names one: "بمقتل ٧٤ طفلاً
      // وإصابة أكثر من ١٨٠ آخرين. ومن بين هؤلاء ١٢ طفلاً قُتلوا …" is a part of the 74)
      if (it.metric !== null && items[last]!.metric !== it.metric) {
        for (let k = last - 1; k >= 0 && k >= last - LOOKBACK && items[k]!.sentence === prev.sentence; k--) {
          if (items[k]!.metric === it.metric && parent[k]! < 0) {
            last = k;
            break;
          }
        }
      }
      // (or that count itself where it is a group the part lies within: "… and 28 civilians. Among
      // the civilians were six children")
      const p = parent[last]! >= 0 && !strictlyWithin(it.subject, items[last]!.subject) ? parent[last]! : last;
      nest = { parent: p, sentence: it.sentence };
      parent[i] = p;
    } else if (it.nested && prev && prev.sentence === it.sentence) {
      // (past an earlier figure of the count before: "412, up from 277 on 28 NOV, incl. 61 CIV")
      const before = prev.earlier && i > 1 && items[i - 2]!.sentence === it.sentence && items[i - 2]!.metric === prev.metric ? i - 2 : i - 1;
      const p: number = parent[before]! >= 0 && nest !== null && nest.sentence === it.sentence && items[before]!.conjoined ? nest.parent : before;
      nest = { parent: p, sentence: it.sentence };
      parent[i] = p;
    } else if (nest && nest.sentence === it.sentence && (it.conjoined || (it.metric === null && !it.ownCue && it.afterComma && parent[i - 1] === nest.parent))) {
      // (joined by "and", or a bare item after a comma continuing the parts: "They included 171
      // rebels, 112 soldiers … and 44 civilians")
      parent[i] = nest.parent;
    } else if (it.earlier) {
      // (an earlier figure of a count is no part of it: "… 910 people have been killed. That is up from 826")
      nest = null;
    } else {
      nest = null;
      if (list && list.total !== i) {
        const total = items[list.total]!;
        if (!it.ownCue || strictlyWithin(it.subject, total.subject)) {
          let p = list.total;
          if (!it.ownCue) {
            for (let k = list.siblings.length - 1; k >= 0 && k >= list.siblings.length - LOOKBACK; k--) {
              const s = list.siblings[k]!;
              if (strictlyWithin(it.subject, items[s]!.subject)) {
                p = s;
                break;
              }
            }
          }
          parent[i] = p;
          list.siblings.push(i);
        }
      } else {
        for (let k = i - 1; k >= 0 && k >= i - LOOKBACK; k--) {
          const t = items[k]!;
          if (t.sentence < it.sentence - 3) break;
          // (an item that names no metric of its own takes its total's in the same sentence or the
          // one before: "… 976 قتيلاً، توزعوا على 418 …، و399 …، في حين بلغ عدد المدنيين 159", "… 44
          // combatants had been killed. Twenty-seven were HTS fighters …")
          // (or, past parts of that total in the sentence before, the total: "… The remaining 24 were civilians")
          const partsBefore = prev !== null && prev.sentence >= it.sentence - 1 && parent[i - 1] === k;
          const sameMetric = t.metric === it.metric || (it.metric === null && (t.sentence >= it.sentence - 1 || partsBefore));
          if (parent[k]! >= 0 || t.headline || t.vague || t.earlier || !sameMetric || !sameSpeaker(t, it)) continue;
          // (not a count over a span of its own within a running total's: "… 1,063 deaths since Nov.
          // 27 … The battle for Hama, between Dec. 2 and Dec. 5, killed at least 287 combatants")
          const sub = (strictlyWithin(it.subject, t.subject) && !(it.span && t.running)) || (it.subject === t.subject && it.period && t.running && k !== i - 1);
          if (sub && t.value >= it.value) {
            parent[i] = k;
            break;
          }
        }
      }
    }
    if (it.opensList) list = { total: i, siblings: [], sentence: it.sentence, paragraph: it.paragraph };
  }
  return { parent, addsUp: linkSums(items, parent, lex) };
};

/**
 * Counts of a total's metric that follow it and add up exactly to it are its breakdown, though no
 * cue says so ("… أربعة عشر شهيداً … وتوزّع الشهداء على المشفى الوطني (9 شهداء …) ومشفى الباسل (5
 * شهداء …)", a list of provinces after "على النحو الآتي"): two or more counts in a row within the
 * next few sentences, past the total's own parts, none linked elsewhere, each naming the total's
 * subject, one within it, or none. Exact sums of two or more counts rarely meet by chance.
 */
const linkSums = (items: readonly BreakdownItem[], parent: Int32Array, lex: LexiconIndex): Uint8Array => {
  const addsUp = new Uint8Array(items.length);
  const everyone = lex.lexicon.defaults.subject;
  const free = (it: BreakdownItem) => it.metric !== null && !it.vague && !it.headline && !it.earlier;
  // (a bare item of the total's own sentence, too far from its metric word to have read it, may be
  // one of the run: "… numbered 59 in total over three days: 29 November - 14; …; 1 December - 26")
  const bare = (it: BreakdownItem, t: BreakdownItem) => it.metric === null && it.sentence === t.sentence && !it.vague && !it.earlier;
  const run: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const t = items[k]!;
    if (parent[k]! >= 0 || !free(t)) continue;
    run.length = 0;
    let sum = 0;
    for (let j = k + 1; j < items.length && j <= k + LOOKBACK && items[j]!.sentence <= t.sentence + SUM_REACH && sum < t.value; j++) {
      const it = items[j]!;
      if ((it.metric !== t.metric && !(bare(it, t) && parent[j]! < 0)) || parent[j] === k) continue;
      if (parent[j]! >= 0 || !(free(it) || bare(it, t)) || !sameSpeaker(t, it) || !(it.subject === everyone || lex.subjectWithin(it.subject, t.subject))) break;
      run.push(j);
      sum += it.value;
    }
    if (run.length < 2 || sum !== t.value) continue;
    for (const j of run) {
      parent[j] = k;
      addsUp[j] = 1;
    }
  }
  return addsUp;
};

/** How many sentences after a total its unmarked parts may run (a list of a few lines). */
const SUM_REACH = 5;
