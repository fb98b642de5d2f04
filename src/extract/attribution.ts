/**
 * Attribution: who gives a number and through whom it came. In each sentence, a source named next
 * to an attribution cue (قال المرصد، بحسب، وفقًا لـ، "the monitor said", "according to", "told
 * AFP", "SOHR:") is attributed; news agencies and outlets among them are relays, the others
 * original sources. A sentence without attribution carries the last one of the same or previous
 * paragraph ("وأضاف", "it said"). An attribution cue whose speaker the lexicon does not know
 * ("reportedly", وفقا للتقارير) gives the source `other`.
 */
import type { DayInterval } from "../domain/dates.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { firstIndex } from "./bisect.js";
import { BULLETS, QUOTES, gapWords as gap, isComma, phraseText, writtenCapitalised, writtenInCapitals, type Doc } from "./document.js";
import type { LexiconPhrases } from "./lexicon-phrases.js";
import { enumeratorEnd } from "./list-marker.js";
import type { CompiledGrammar } from "./numerals/compiled.js";
import { tokenVariants, type PhraseMatch } from "./text/phrases.js";
import { fractionEndsAt, type Token } from "./text/tokens.js";
import { F_ATTRIBUTION, F_ATTRIBUTION_HEAD, F_RELAY, F_SOURCE, F_SUBJECT, F_UNNAMED_SOURCE } from "./token-flag-bits.js";

export interface SourceMention {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** A news agency or outlet: relays a number rather than producing it. */
  readonly relay: boolean;
  /** Attributed by a relay cue ("told", "لوكالة"): someone spoke to it. */
  readonly told: boolean;
  /** Token range of the cue that attributes it. */
  readonly cueFrom: number;
  readonly cueTo: number;
}

export interface Attribution {
  readonly source: string;
  readonly via: readonly string[];
  /** Token positions (mention and cue) near which a day names when the statement was made. */
  readonly anchors: readonly number[];
  readonly sentence: number;
  readonly paragraph: number;
  readonly asOf: DayInterval | null;
}

const RELAY_KINDS = new Set(["news-agency", "outlet"]);
/** The marks of a possessive after a plural name ("the Rights' count"). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);
/** Kinds of media, who relay whom they cite. */
const MEDIA_KINDS = new Set(["news-agency", "outlet", "state-media"]);
/** How many sources named before "the agency" are looked through for the agency it refers to. */
const AGENCY_LOOKBACK = 4;
/** The lexicon's kinds of news agency, state media among them. */
const AGENCY_KINDS = new Set(["news-agency", "state-media"]);
/** The lexicon's kind of state media: a source when it reports, a relay when someone speaks to it. */
const STATE_MEDIA = "state-media";
/** How many words an English correspondent's phrase may run before the speaker found ("Our health coordinator in Idlib told"). */
const CORRESPONDENT_WORDS = 5;
/** How many words after a cue a source named as a passive's agent may stand. */
const AGENT_REACH = 8;
/** How many tokens after a relay's name its "عن" (whom it quotes) may stand. */
const QUOTES_AFTER = 6;
const WINDOW = 4;
/** How many tokens a label's scope in brackets may have ("SOHR (all parties, since 27 Nov, updated 7 Dec):"). */
const LABEL_SCOPE_TOKENS = 24;
/** Whether tokens [from, to) are one bracketed aside and nothing else: "(civilians only, as of 6 Dec)". */
const bracketedBetween = (doc: Doc, from: number, to: number): boolean => {
  if (to - from < 2 || to - from > LABEL_SCOPE_TOKENS || doc.tokens[from]!.text !== "(" || doc.tokens[to - 1]!.text !== ")") return false;
  for (let k = from + 1; k < to - 1; k++) if (doc.tokens[k]!.text === "(" || doc.tokens[k]!.text === ")" || doc.tokens[k]!.kind === "break") return false;
  return true;
};
/** How many tokens after a source in the possessive a count or metric word makes it the count's owner. */
const POSSESSED_REACH = 8;
/** How many words an abbreviation in parentheses after a name may have. */
const ABBREVIATION_WORDS = 2;
/** How far (tokens) from a cue a source is looked for. */
const SEARCH = 32;
/** How many words a sentence's subject may stand from a speech verb joined by "and" to its first verb. */
const JOINED_REACH = 10;
/** English articles a speaker's noun may follow ("citing the ministry", "said the office"). */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** How far (tokens) from a number the sources of its sentence are considered. */
const REACH = 80;

/**
 * Whether the source's name at `s` is also a party's, right before a noun of that party's members
 * or another party ("70 HTS fighters", "عناصر جيش النظام والميليشيات"): the party counted, not a
 * speaker.
 */
export const partyBeforeMembers = (g: CompiledGrammar, lx: LexiconPhrases, tokens: readonly Token[], s: PhraseMatch<string>): boolean => {
  const next = tokens[s.to];
  if (next === undefined || next.kind !== "word" || lx.subjects.matchAt(tokens, s.from)?.to !== s.to) return false;
  return g.memberNouns.hasToken(next) || lx.subjects.matchAt(tokens, s.to) !== undefined;
};
/**
 * Attributed source mentions of the sentence spanning tokens [from, to) (`flags`: the tokens'
 * masks; `publisherNamedAt`: whether a source's name found at [from, to) names the publisher instead).
 */
/**
 * Whether source `s` stands after "and" (perhaps with its article) with a count right after it
 * (perhaps with its qualifier): a statement joined to the one before, its verb left out.
 */
const gappedSpeaker = (doc: Doc, g: CompiledGrammar, s: PhraseMatch<string>, from: number): boolean => {
  const { tokens } = doc;
  let k = s.from - 1;
  if (k > from && g.definiteArticles.hasToken(tokens[k]!)) k--;
  if (k <= from || !g.joiners.hasToken(tokens[k]!)) return false;
  const at = g.qualifiersBefore.matchAt(tokens, s.to)?.to ?? s.to;
  return tokens[at]?.kind === "number";
};

export const attributedSources = (
  doc: Doc,
  g: CompiledGrammar,
  lx: LexiconPhrases,
  lex: LexiconIndex,
  from: number,
  to: number,
  outlet: string | null,
  flags: Int32Array,
  publisherNamedAt: (from: number, to: number) => boolean = () => false,
): { mentions: SourceMention[]; unnamed: PhraseMatch<true> | undefined } => {
  const sources: PhraseMatch<string>[] = [];
  const cues: PhraseMatch<true>[] = [];
  /** A number within a few tokens from `at` ("حصيلة المرصد للفترة نفسها 1,260"). */
  const numberNear = (at: number): boolean => {
    for (let k = at; k < Math.min(to, at + POSSESSED_REACH); k++) if (doc.tokens[k]!.kind === "number") return true;
    return false;
  };
  /** A number or a metric word within a few tokens from `at` ("SOHR's latest toll", "the monitor's figures put … at 300"). */
  const countNear = (at: number): boolean => {
    for (let k = at; k < Math.min(to, at + POSSESSED_REACH); k++) {
      if (doc.tokens[k]!.kind === "number" || lx.metrics.matchAt(doc.tokens, k) !== undefined) return true;
      // (not past a speech verb, whose speaker is another: "denied the rebels' account and said its forces had killed 30")
      if (k > at && (flags[k]! & F_ATTRIBUTION) !== 0 && g.attribution.matchAt(doc.tokens, k) !== undefined) return false;
    }
    return false;
  };
  // (the sentence closes with a colon at the end of its line: it introduces a list)
  let last = to - 1;
  while (last > from && doc.tokens[last]!.kind === "break") last--;
  const introducesList = doc.tokens[last]?.text === ":" && doc.tokens[last + 1]?.kind === "break";
  let unnamed: PhraseMatch<true> | undefined;
  for (let i = from; i < to; ) {
    if ((flags[i]! & F_ATTRIBUTION_HEAD) === 0) {
      i++;
      continue;
    }
    const f = flags[i]!;
    const u = f & F_UNNAMED_SOURCE ? g.unnamedSource.matchAt(doc.tokens, i) : undefined;
    const known = f & F_SOURCE ? lx.sources.matchAt(doc.tokens, i) : undefined;
    // (a source's name that opens the publisher's is the publisher: see `publisherNamedAt`)
    const s = known !== undefined && outlet !== null && publisherNamedAt(known.from, known.to) ? { ...known, value: outlet } : known;
    // (a source's name longer than the unnamed one it starts with: "تقديرات أممية", UN estimates)
    if (u && (s === undefined || s.to <= u.to)) {
      unnamed ??= u;
      cues.push(u);
      i = u.to;
      continue;
    }
    if (s) {
      // a source's name inside a longer name of a party ("الجيش" in "الجيش الوطني السوري") is that party
      // (or a party's name as the source's, before a noun of its members: "70 HTS fighters")
      const party = f & F_SUBJECT ? lx.subjects.matchAt(doc.tokens, i) : undefined;
      if (party !== undefined && (party.to > s.to || partyBeforeMembers(g, lx, doc.tokens, s))) {
        i = party.to;
        continue;
      }
      // a one-word name that is also a word naming no speaker ("who" for WHO) is that word, unless
      // written in capitals ("WHO has verified 13 attacks")
      if (s.to === s.from + 1 && g.noSpeaker.has(doc.tokens[s.from]!.text) && !writtenInCapitals(doc, s.from)) {
        i = s.to;
        continue;
      }
      // (nor a name a cue of population opens: "عدد سكان المدينة" counts residents, who say nothing)
      if (s.from > from && (g.population.matchAt(doc.tokens, s.from - 1)?.to ?? 0) > s.from) {
        i = s.to;
        continue;
      }
      // "وكالة الأنباء الرسمية "سانا"", "Syrian Arab News Agency (SANA)": a name restated right after itself is one mention
      const last = sources[sources.length - 1];
      let restated = last !== undefined && last.value === s.value;
      for (let k = last?.to ?? 0; restated && k < s.from; k++) restated = doc.tokens[k]!.kind === "punct";
      // (one mention spanning both: the first stands next to what precedes, "وقال مدير «المرصد …»،
      // رامي عبد الرحمن"; the restatement next to what follows, "… "سانا" عن مصدر")
      if (restated) sources.pop();
      // "The UN estimates that …": a name ending in a cue's word ("UN estimates") is a name and its verb
      const ownVerb = s.to - s.from >= 2 && (flags[s.to - 1]! & F_ATTRIBUTION) !== 0 ? g.attribution.matchAt(doc.tokens, s.to - 1) : undefined;
      const verbAfter = ownVerb !== undefined && ownVerb.to === s.to && s.to < doc.tokens.length && g.complementizers.hasToken(doc.tokens[s.to]!);
      const end = verbAfter ? s.to - 1 : s.to;
      sources.push(restated ? { from: last!.from, to: end, value: s.value } : { from: s.from, to: end, value: s.value });
      if (verbAfter) cues.push(ownVerb);
      // "the monitor's latest toll", "SOHR's figures": a source in the possessive owns the count
      // (an empty cue right after the name)
      // (not the agent of an action: "the army's counteroffensive killed 40")
      // (nor a thing of theirs with no count after it: "one of the army's largest positions")
      // (a plural name's bare apostrophe is a token of its own: "Human Rights' count")
      const own = !g.grammar.clitics && APOSTROPHES.has(doc.tokens[s.to]?.text ?? "") && doc.tokens[s.to - 1]!.text.endsWith("s") ? s.to + 1 : s.to;
      // (or a name before a noun of its tally, "SOHR toll now 372", "UN figures show …")
      const tallyAfter = s.to < to && g.tallyNouns.hasToken(doc.tokens[s.to]!);
      if ((own > s.to || tallyAfter || g.possessiveEndings.some((x) => doc.tokens[s.to - 1]!.text.endsWith(x))) && !g.agentNouns.has(doc.tokens[own]?.text ?? "") && countNear(own)) cues.push({ from: own, to: own, value: true });
      // "حصيلة المرصد السوري", "the toll of the Syrian Observatory": a source after a noun of a tally owns it
      // (with a number after it: not a tally compared with, "يزيد على حصيلة المرصد لقتلى القوات";
      // or in a list's intro, over its figures: "حصيلة الدفاع المدني السوري (حتى ظهر اليوم):")
      else if (tallyOwner(doc, g, s.from, from) && (numberNear(s.to) || introducesList)) cues.push({ from: s.to, to: s.to, value: true });
      // "SOHR had reported 529 deaths …, and the White Helmets 81 civilian deaths": a source after
      // "and", its count right after it and its verb left out, speaks as the one before it did
      else if (cues.length > 0 && gappedSpeaker(doc, g, s, from)) cues.push({ from: s.to, to: s.to, value: true });
      i = s.to;
      continue;
    }
    const c = (f & F_ATTRIBUTION ? g.attribution.matchAt(doc.tokens, i) : undefined) ?? (f & F_RELAY ? g.relay.matchAt(doc.tokens, i) : undefined);
    if (c) {
      cues.push(c);
      i = c.to;
      // "وذكرت الوكالة" after "نقلت وكالة سانا عن …": the agency named before in the sentence, reporting
      const agency = g.agencyNouns.matchAt(doc.tokens, c.to);
      let named: PhraseMatch<string> | undefined;
      for (let k = sources.length - 1; agency !== undefined && named === undefined && k >= Math.max(0, sources.length - AGENCY_LOOKBACK); k--) if (AGENCY_KINDS.has(lex.source(sources[k]!.value)?.kind ?? "")) named = sources[k];
      if (agency !== undefined && named !== undefined) {
        sources.push({ from: agency.from, to: agency.to, value: named.value });
        i = agency.to;
      }
      continue;
    }
    const t = doc.tokens[i]!;
    // (a colon is a cue, "Rescuers: 20 killed", but not one closing a list's intro: "Broken down: HTS, 80; …")
    if (t.kind === "punct" && t.text === ":" && !closesListIntro(doc, g, from, i)) cues.push({ from: i, to: i + 1, value: true });
    i++;
  }
  // no cue: nothing is attributed
  if (cues.length === 0) return { mentions: [], unnamed: undefined };
  const picked = pickMentions(doc, g, lex, lx, cues, sources, from, to, outlet);
  // the publisher named in its own copy beside a speaker it does not name is who received the
  // statement ("وأوضحت القيادة في بيان تلقت سانا نسخة منه", "مدير الصحة في تصريح لمراسل سانا"), not
  // the source (not when it speaks itself, "وثق المرصد" in its own statement, nor its correspondent:
  // "SANA's reporter in Homs said")
  // (a correspondent told, "لمراسل سانا", is a recipient too)
  const ownCorrespondent = (m: SourceMention): boolean => {
    const at = correspondentIn(doc, g, Math.max(from, m.from - 2), Math.min(to, m.to + 2));
    return at >= 0 && !(g.grammar.clitics && /^[وف]?ل/.test(doc.tokens[at]!.text));
  };
  // state media reporting that another source said it ("ذكرت سانا أن وزارة الدفاع أعلنت أن …",
  // "SANA reported that the defence ministry said …"): a relay of that source
  if (picked.size > 1) {
    const ordered = [...picked.entries()].sort((a, b) => a[1].from - b[1].from);
    for (let i = 0; i + 1 < ordered.length; i++) {
      const [k, m] = ordered[i]!;
      const next = ordered[i + 1]![1];
      if (m.relay || lex.source(m.id)?.kind !== STATE_MEDIA || MEDIA_KINDS.has(lex.source(next.id)?.kind ?? "") || next.cueFrom < next.to) continue;
      if (g.complementizers.hasToken(doc.tokens[next.from - 1]!) && m.cueTo <= next.from) picked.set(k, { ...m, relay: true });
    }
  }
  let outletOnly = picked.size > 0 && outlet !== null;
  for (const m of picked.values()) outletOnly &&= m.id === outlet && !ownCorrespondent(m);
  if (outletOnly) {
    const other = unnamed ?? unknownSpeaker(doc, g, cues, from, to);
    let apart = other !== undefined;
    // (a speaker's noun right before the publisher's name is the publisher's own: "بحسب إحصائيات
    // المرصد" in the monitor's statement)
    for (const m of picked.values()) apart &&= other!.to < m.from || other!.to - 1 >= m.to;
    if (apart) picked.clear();
  }
  // "SANA reported that …, citing the Syrian Ministry of Health": media citing someone the
  // lexicon does not know relay them
  // (or someone it knows: "…, citing a military source")
  if (unnamed === undefined && picked.size > 0) {
    const cited = citedAfter(doc, g, cues, to);
    // (past an article: "citing a military source")
    const article = cited !== undefined && (g.definiteArticles.hasToken(doc.tokens[cited.from]!) || g.singularArticles.hasToken(doc.tokens[cited.from]!));
    const known = cited !== undefined ? picked.get(cited.from) ?? (article ? picked.get(cited.from + 1) : undefined) : undefined;
    let media = cited !== undefined && (known !== undefined || lx.sources.matchAt(doc.tokens, cited.from) === undefined);
    for (const m of picked.values()) media &&= m === known || (m.to <= cited!.from && MEDIA_KINDS.has(lex.source(m.id)?.kind ?? "other"));
    if (media && (known === undefined || picked.size > 1)) {
      for (const [k, m] of picked) picked.set(k, { ...m, relay: m !== known });
      if (known === undefined) unnamed = cited;
    }
  }
  // (also when every source named is a relay: "The Syrian National Army said …, Anadolu reported"
  // has a speaker the lexicon lacks, relayed)
  let relaysOnly = picked.size > 0;
  for (const m of picked.values()) relaysOnly &&= m.relay;
  // (the one a relay quotes, though the relay's name stands next to it: "نقلت الوكالة عن وزارة الصحة")
  if ((picked.size === 0 || relaysOnly) && unnamed === undefined) unnamed = quotedUnknown(doc, g, cues, to);
  if ((picked.size === 0 || relaysOnly) && unnamed === undefined) {
    const u = unknownSpeaker(doc, g, cues, from, to) ?? labelSpeaker(doc, g, lx, cues, from, to) ?? correspondentSpeaker(doc, g, cues, from);
    // (not when the relay itself speaks there: "وذكرت وكالة الأناضول أن …")
    let relaySpeaks = false;
    if (u !== undefined) for (const m of picked.values()) relaySpeaks ||= m.from <= u.to + WINDOW && m.to >= u.from - WINDOW;
    if (!relaySpeaks) unnamed = u;
  }
  // "وشاهد مراسل لفرانس برس …": the agency's own correspondent, named right before it (not one
  // told, "لمراسل سانا"), reports for the agency, which is then the source, not a relay
  if (unnamed === undefined && relaysOnly) {
    for (const m of picked.values()) {
      const at = correspondentIn(doc, g, Math.max(from, m.from - 1), m.from);
      if (at < 0 || (g.grammar.clitics && /^[وف]?ل/.test(doc.tokens[at]!.text))) continue;
      return { mentions: [{ ...m, relay: false, told: false }], unnamed: undefined };
    }
  }
  if (unnamed !== undefined && picked.size === 0 && outlet !== null) {
    // "أفاد مراسل الميادين", "وأضاف مراسلنا", "the correspondent said": a correspondent no known
    // source is named with speaks for the publishing outlet
    // (in English the phrase may run on before its last word: "Our correspondent in Hama reported")
    let start = unnamed.from;
    if (!g.grammar.clitics) while (start > Math.max(from, unnamed.from - CORRESPONDENT_WORDS) && doc.tokens[start - 1]!.kind === "word") start--;
    // (not the own people of a label closed by its colon: "الهلال الأحمر – فرع حمص: فرقنا استقبلت …")
    const labelsOwn = doc.tokens[unnamed.to - 1]?.text === ":" && g.ownStaff.matchAt(doc.tokens, unnamed.to) !== undefined;
    // (nor the correspondent told, in English after the verb: "Doctors … told our team")
    const toldAfter = !g.grammar.clitics && g.relay.matchAt(doc.tokens, unnamed.to - 1) !== undefined;
    const at = correspondentIn(doc, g, start, Math.min(to, unnamed.to + (labelsOwn || toldAfter ? 0 : 1)));
    // (unless the correspondent quotes someone: "مراسل «حلب اليوم» نقلاً عن مصادر طبية")
    let quoting = false;
    // (its own verb of telling is no quoting: "our health coordinator in Idlib told us")
    for (let k = at + 1; at >= 0 && k < Math.min(to, at + 6) && !quoting; k++) quoting = !(toldAfter && k === unnamed.to - 1) && g.relay.matchAt(doc.tokens, k) !== undefined;
    if (at >= 0 && !quoting) {
      const own: SourceMention = { id: outlet, from: at, to: at + 1, relay: false, told: false, cueFrom: unnamed.from, cueTo: unnamed.to };
      return { mentions: [own], unnamed: undefined };
    }
  }
  return { mentions: [...picked.values()].sort((a, b) => a.from - b.from), unnamed };
};

/** The sources the cues of a sentence attribute, by start token. */
const pickMentions = (
  doc: Doc,
  g: CompiledGrammar,
  lex: LexiconIndex,
  lx: LexiconPhrases,
  cues: readonly PhraseMatch<true>[],
  sources: readonly PhraseMatch<string>[],
  from: number,
  to: number,
  outlet: string | null,
): Map<number, SourceMention> => {
  const picked = new Map<number, SourceMention>();
  const take = (s: PhraseMatch<string>, c: PhraseMatch<true>, relays = false) => {
    // (a relay cue may make a source another cue took a relay: "في بيان نقلته سانا")
    if (picked.has(s.from) && !relays) return;
    const kind = lex.source(s.value)?.kind ?? "other";
    // ("للأناضول": the preposition glued, with the article's lam folded into it; "لـ«الشرق الأوسط»": apart, before a quote)
    let before = s.from - 1;
    while (before > 0 && doc.tokens[before]!.kind === "punct" && QUOTES.has(doc.tokens[before]!.text)) before--;
    const apart = before < s.from - 1 && /^[وف]?ل$/.test(doc.tokens[before]?.text ?? "");
    // ("أكد مصدر عسكري لمراسل سانا": told its correspondent)
    const prevWord = doc.tokens[s.from - 1]?.text ?? "";
    const toCorrespondent = g.grammar.clitics && /^[وف]?ل/.test(prevWord) && g.grammar.correspondents.some((w) => prevWord.endsWith(w) && prevWord.length <= w.length + 2);
    const told = g.relay.matchAt(doc.tokens, c.from) !== undefined || (g.grammar.clitics && (apart || toCorrespondent || /^[وف]?(?:ل[^ل]|لل[^ل])/.test(doc.tokens[s.from]!.text)));
    // "SOHR told dpa" in a dpa article, "قال مصدر … للأناضول، إن" in an Anadolu one: the publisher
    // is who was told, not a source
    if (s.value === outlet && told) return;
    picked.set(s.from, {
      id: s.value,
      from: s.from,
      to: s.to,
      // (state media someone spoke to relays them: "the governor of Homs told state television")
      relay: (relays || RELAY_KINDS.has(kind) || (told && kind === STATE_MEDIA && g.relay.matchAt(doc.tokens, c.from) !== undefined)) && s.value !== outlet,
      told: told || relays,
      cueFrom: c.from,
      cueTo: c.to,
    });
  };
  const countedByVague = (at: number): boolean => {
    const part = g.partitives.matchAt(doc.tokens, at - 1)?.to === at ? at - 1 : at;
    for (let d = 1; d <= 3; d++) if (g.vague.matchAt(doc.tokens, part - d)?.to === part) return true;
    return false;
  };
  /**
   * A source right after a speech verb that is the subject of what is reported, not the speaker
   * ("the ministry … said the army had eliminated 300"): in English, a verb follows it.
   */
  const reportedSubject = (s: PhraseMatch<string>): boolean => !g.grammar.clitics && (g.predicateAux.has(doc.tokens[s.to]?.text ?? ""));
  /** A quoting cue at `k`, not the passive relay it opens ("cited", not "cited by"). */
  const quotingAt = (k: number): boolean => {
    const q = g.quoting.matchAt(doc.tokens, k);
    return q !== undefined && g.relay.matchAt(doc.tokens, k)?.to === q.to;
  };
  // (cues and sources are in order of position: the first source near a cue only moves forward,
  // so a long sentence of many cues and names is read in linear time)
  let firstNear = 0;
  /** A source named as the agent of a passive a few words after a cue ("according to figures released on Tuesday by OCHA"). */
  const agentOf = (s: PhraseMatch<string>, c: PhraseMatch<true>): boolean => {
    let k = s.from - 1;
    if (g.definiteArticles.has(doc.tokens[k]?.text ?? "")) k--;
    if (k < c.to || !g.grammar.agentMarkers.includes(doc.tokens[k]!.text) || gap(doc, c.to, s.from) > AGENT_REACH) return false;
    for (let j = c.to; j < k; j++) if (doc.tokens[j]!.kind !== "word") return false;
    return true;
  };
  /** Whether a relay cue stands in tokens [a, b): a name after it is what relays ("زعم … في حصيلة نقلتها وكالة فرانس برس"). */
  const cueBetween = (a: number, b: number): boolean => {
    for (const c of cues) if (c.from >= a && c.to <= b && g.relay.matchAt(doc.tokens, c.from) !== undefined) return true;
    return false;
  };
  for (const c of cues) {
    let before: PhraseMatch<string> | undefined;
    let after: PhraseMatch<string> | undefined;
    const near: PhraseMatch<string>[] = [];
    const lo = Math.max(from, c.from - SEARCH);
    const hi = Math.min(to, c.to + SEARCH);
    while (firstNear < sources.length && sources[firstNear]!.from < lo) firstNear++;
    // sources are in order of position, one per start
    // "عدد الجرحى في صفوف الجيش": a name after "in the ranks of" is who is counted, not who speaks
    // (a one-word partitive is not enough: "a commander of the rebels" speaks for them)
    // (nor one after a count and its member noun: "وأسر 36 عنصراً من الجيش السوري", perhaps past
    // the word for forces: "أسروا أكثر من ألفي عنصر من قوات الجيش")
    const numeric = (t: Token) => t.kind === "number" || g.numberWords.has(t.text);
    const counted = (src: PhraseMatch<string>) => {
      if (src.from - 2 >= from && g.partitives.matchAt(doc.tokens, src.from - 2)?.to === src.from) return true;
      for (let j = src.from - 1; j >= Math.max(from + 2, src.from - 2); j--) {
        if (g.partitives.matchAt(doc.tokens, j)?.to !== j + 1) continue;
        return numeric(doc.tokens[j - 1]!) || numeric(doc.tokens[j - 2]!);
      }
      return false;
    };
    for (let k = firstNear; k < sources.length && sources[k]!.from < hi; k++) if (!counted(sources[k]!)) near.push(sources[k]!);
    // (a name owning the object of a verb joined to the cue by "and" is not who speaks: "The Syrian
    // army … denied the rebels' account and said …")
    const joinedCue = !g.grammar.clitics && doc.tokens[c.from - 1]?.text === "and";
    for (const s of near) {
      if (joinedCue && s.to < c.from && ownsThing(doc, g, s)) continue;
      // a name right after a number is what it counts ("12 rebels had died, it said"), and so is one
      // after a vague amount ("dozens of rebels were killed", "عشرات المسلحين")
      // (not the second number of a fraction or a thread's counter: "4/6 Syria Civil Defence reports")
      if ((doc.tokens[s.from - 1]?.kind === "number" && !fractionEndsAt(doc.tokens, s.from - 1)) || countedByVague(s.from)) continue;
      if (s.to <= c.from) {
        // (a name inside an aside set off after the speaker found, closed right before the cue, is
        // not who speaks: "the Syrian Observatory—a monitor whose figures Reuters relayed—counted 352")
        if (before !== undefined && s.from > before.to && opensAside(doc, before.to) && (isComma(doc.tokens[c.from - 1]) || ASIDE_DASHES.has(doc.tokens[c.from - 1]?.text ?? ""))) continue;
        const d = gap(doc, s.to, c.from);
        // (or inside a name restated in its own apposition: "SOHR, a monitor known for …, said")
        let comma = opensAside(doc, s.to);
        for (let k = s.from + 1; k < s.to && !comma; k++) comma = isComma(doc.tokens[k]);
        // (or past where the speaker is: "A rebel commander in Homs, who asked not to be named …, told CNN")
        if (!comma && g.grammar.placePrepositions.includes(doc.tokens[s.to]?.text ?? "")) {
          for (let k = s.to + 1; k <= s.to + 3 && !comma && doc.tokens[k] !== undefined; k++) {
            if (doc.tokens[k]!.kind !== "word") {
              comma = opensAside(doc, k);
              break;
            }
          }
        }
        // "Deputy Head of the Russian Center … in Syria Rear Admiral Oleg Ignasyuk said": a title
        // naming the source, then the speaker's name, with no punctuation or number between
        // (or where they are from, with an aside: "Residents of Rastan, north of Homs, told dpa")
        const whereFrom = g.partitives.matchAt(doc.tokens, s.to)?.to === s.to + 1;
        let plain = !g.grammar.clitics && d <= 10;
        for (let k = s.to; k < c.from && plain; k++) plain = doc.tokens[k]!.kind === "word" || (whereFrom && isComma(doc.tokens[k]));
        // ("SOHR, a Britain-based war monitor that relies on …, said": a long apposition closed by a comma;
        // not a name told: "… told Reuters, losses far heavier than the government has acknowledged")
        const toldBefore = g.relay.matchAt(doc.tokens, s.from - 1)?.to === s.from || g.relay.matchAt(doc.tokens, s.from - 2)?.to === s.from;
        // (in Arabic, a relative clause so closed: "المرصد …، الذي تعتمد عليه معظم وسائل الإعلام الدولية، أعلن")
        const relative = g.relatives.has(doc.tokens[s.to + 1]?.text ?? "") && isComma(doc.tokens[c.from - 1]);
        const apposition = comma && (!g.grammar.clitics || relative) && !toldBefore && (d <= 14 || (d <= 22 && isComma(doc.tokens[c.from - 1])));
        // (or the subject opening the sentence, of a verb the cue is joined to: "The Syrian army denied
        // the rebels' account and said …")
        const subjectOfJoined = joinedCue && s.from - from <= 2 && d <= JOINED_REACH;
        // (or a label's scope in brackets between the name and its colon: "SOHR (all parties, since
        // 27 Nov, updated 7 Dec): 861 deaths")
        const scoped = c.to === c.from + 1 && doc.tokens[c.from]!.text === ":" && bracketedBetween(doc, s.to, c.from);
        if (d <= WINDOW || apposition || plain || subjectOfJoined || scoped) before = s;
      } else if (s.from >= c.to && after === undefined && (gap(doc, c.to, s.from) <= WINDOW || agentOf(s, c)) && !cueBetween(c.to, s.from)) after = s;
    }
    const relayCue = g.relay.matchAt(doc.tokens, c.from) !== undefined;
    // (a colon after a place names a topic, not a speaker: "Syria: Rebels breach Aleppo …"; unless
    // the place ends a source's name: "وزارة الدفاع السورية: …")
    if (c.to === c.from + 1 && doc.tokens[c.from]!.text === ":" && placeEndsAt(doc, lx, c.from) && before?.to !== c.from) continue;
    const complementizer = c.to === c.from + 1 && g.complementizers.hasHead(doc.tokens[c.from]!);
    if (complementizer) {
      if (before) take(before, c);
    } else if (relayCue && before !== undefined && quotingAt(c.from)) {
      // "SANA quoted a military source as saying …": the source named after the cue is the
      // original, the one before it relays
      // (a source of its own citing someone unnamed keeps the figure: "the Syrian Observatory
      // reported, citing local sources"; a medium citing them relays it)
      const medium = MEDIA_KINDS.has(lex.source(before.value)?.kind ?? "other");
      let quoted = false;
      for (const s of near) {
        if (s.from < c.to || gap(doc, c.to, s.from) > WINDOW || doc.clause[s.from] !== doc.clause[c.from]) continue;
        if (s.value !== "other" || medium) {
          take(s, c);
          quoted = true;
        }
        break;
      }
      take(before, c, quoted || medium);
    } else if (relayCue) {
      // "نقلته رويترز عن شهود": the relay and the source it quotes both follow the cue; the first
      // of them relays when a source speaks before the cue ("أفادت الوزارة، في بيان نقلته سانا")
      // or when it quotes someone ("نقلت سانا عن مصدر في مديرية الصحة")
      let first = true;
      // (or when a speaker another cue took stands before it: "زعم المرصد … في حصيلة نقلتها وكالة فرانس برس")
      let spokeBefore = false;
      for (const p of picked.values()) spokeBefore ||= p.to <= c.from && !p.relay;
      // (each source near the one before it: "نقلته وكالة الأنباء الألمانية (د ب أ) عن المرصد …")
      let reach = c.to;
      for (const s of near) {
        // (past the relay's abbreviation in parentheses, which closes a clause)
        // (or an abbreviation in parentheses after the agency's words: "نقلت وكالة الأنباء الرسمية (سانا) عن")
        if (s.from < c.to || gap(doc, reach, s.from) > WINDOW || (doc.clause[s.from] !== doc.clause[c.from] && (reach === c.to || doc.tokens[reach - 1]?.text !== ")") && doc.tokens[s.from - 1]?.text !== "(")) continue;
        // (not a name in what is said: "told AFP that the rebels had taken …")
        let said = false;
        for (let k = reach; k < s.from && !said; k++) said = g.saidOpeners.hasToken(doc.tokens[k]!);
        if (said) break;
        reach = s.to;
        // (past the agency's own words and abbreviation: "نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر")
        let quotes = false;
        for (let q = s.to; q < Math.min(to, s.to + QUOTES_AFTER) && !quotes; q++) {
          if (q > s.to && doc.tokens[q]!.kind === "number") break;
          quotes = g.grammar.relayFrom.includes(doc.tokens[q]!.text);
        }
        take(s, c, first && (quotes || spokeBefore || (before !== undefined && lex.source(before.value)?.kind !== "news-agency")));
        first = false;
      }
      if (before) take(before, c);
    } else if (after && (!before || (gap(doc, c.to, after.from) <= gap(doc, before.to, c.from) && !reportedSubject(after)))) {
      take(after, c);
      // (and the agency it told, the verb's object right after it: "وفق ما أفاد المرصد السوري
      // لحقوق الإنسان وكالة فرانس برس")
      const told = near.find((s) => s.from === after.to && lex.source(s.value)?.kind === "news-agency");
      if (g.grammar.clitics && told !== undefined) take(told, c, true);
    } else if (before) take(before, c);
  }
  return picked;
};

/**
 * Whether a name stands in the possessive before a noun that is neither a speaker's role nor a
 * statement ("the rebels' account", "the army's positions"; not "SOHR's director", "the monitor's report").
 */
const ownsThing = (doc: Doc, g: CompiledGrammar, s: PhraseMatch<string>): boolean => {
  const last = doc.tokens[s.to - 1]!.text;
  const noun = APOSTROPHES.has(doc.tokens[s.to]?.text ?? "") && last.endsWith("s") ? s.to + 1 : g.possessiveEndings.some((x) => last.endsWith(x)) ? s.to : -1;
  const t = doc.tokens[noun];
  return t !== undefined && t.kind === "word" && !g.speakerRoles.hasHead(t) && g.statementNouns.matchAt(doc.tokens, noun) === undefined;
};

/**
 * Whether an aside opens at token `at`, after a name: a comma or a spaced dash, past the closing
 * parenthesis of an abbreviation ("the Syrian Observatory for Human Rights (SOHR) – a
 * London-linked outfit … – on Tuesday put"), or past an abbreviation the lexicon lacks in its
 * parentheses ("The Syrian Observatory for Human Rights (OSDH), a London-based NGO …, said").
 */
/** Dashes that set off an aside. */
const ASIDE_DASHES: ReadonlySet<string> = new Set(["–", "—"]);

const opensAside = (doc: Doc, at: number): boolean => {
  let past = doc.tokens[at]?.text === ")" ? at + 1 : at;
  if (doc.tokens[at]?.text === "(") for (let k = at + 1; k <= at + ABBREVIATION_WORDS + 1 && doc.tokens[k]?.kind !== "break"; k++) if (doc.tokens[k]?.text === ")") past = k + 1;
  const t = doc.tokens[past];
  return isComma(t) || (t?.kind === "punct" && ASIDE_DASHES.has(t.text));
};

/** Whether a place name of the lexicon ends right before token `at` (within the line). */
const placeEndsAt = (doc: Doc, lx: LexiconPhrases, at: number): boolean => {
  for (let k = at - 1; k >= Math.max(0, at - 4) && doc.tokens[k]!.kind === "word"; k--) if (lx.places.matchAt(doc.tokens, k)?.to === at) return true;
  return false;
};

/** Whether the name at `at` stands right after a noun of a tally, in English past "of (the)" ("حصيلة المرصد", "the toll of the Observatory"). */
const tallyOwner = (doc: Doc, g: CompiledGrammar, at: number, from: number): boolean => {
  let k = at - 1;
  if (!g.grammar.clitics) {
    if (k >= from && g.definiteArticles.hasHead(doc.tokens[k]!)) k--;
    const of = k >= from ? g.partitives.matchAt(doc.tokens, k) : undefined;
    if (of === undefined || of.to !== k + 1) return false;
    k--;
  }
  return k >= from && doc.tokens[k]!.kind === "word" && g.tallyNouns.hasHead(doc.tokens[k]!);
};
/** A speaker the lexicon does not know, named next to a speech verb of the sentence, if any. */
const unknownSpeaker = (
  doc: Doc,
  g: CompiledGrammar,
  cues: readonly PhraseMatch<true>[],
  from: number,
  to: number,
): PhraseMatch<true> | undefined => {
  // a speech verb followed by a speaker the lexicon does not know ("اعتبر رئيس الحكومة …")
  for (const c of cues) {
    // (or a cue of a speech verb and its noun: "وبحسب إحصائية لهيئة الشؤون الاجتماعية")
    const variants = c.to === c.from + 1 ? tokenVariants(doc.tokens[c.from]!.text, true) : [phraseText(doc.tokens, c.from, c.to), ...tokenVariants(doc.tokens[c.from]!.text, true)];
    if (!variants.some((v) => g.speechVerbs.has(v))) continue;
    let k = c.to;
    while (doc.tokens[k] && ((doc.tokens[k]!.kind === "punct" && doc.tokens[k]!.text !== ".") || ARTICLES.has(doc.tokens[k]!.text))) k++;
    if (g.grammar.speechRelatives.includes(doc.tokens[k]?.text ?? "") && doc.tokens[k + 1]?.kind === "word") {
      // "بحسب ما أفاد به مراسل …": past the relative, its verb and a pronoun after the verb
      k += 2;
      if (doc.tokens[k]?.kind === "word" && doc.tokens[k]!.text.length <= 3 && !g.speechVerbs.has(doc.tokens[k]!.text)) k++;
    }
    const next = doc.tokens[k];
    if (!next || next.kind !== "word" || k >= to) continue;
    if (tokenVariants(next.text, true).some((v) => g.noSpeaker.has(v)) || g.attribution.matchAt(doc.tokens, k)) continue;
    return { from: c.from, to: k + 1, value: true };
  }
  if (!g.grammar.clitics) {
    // "…, rescuers said": a speaker before "said" that the lexicon does not know
    for (const c of cues) {
      const verb = doc.tokens[c.from]!;
      // (or a verb of reporting after a name of two capitalised words or more: "The Response
      // Coordination Group estimates that …", not "An estimated 2,500")
      const named = g.namedSpeechVerbsAfter.has(verb.text) && c.from - 2 >= from && writtenCapitalised(doc, c.from - 1) && writtenCapitalised(doc, c.from - 2);
      if (c.to !== c.from + 1 || !(g.speechVerbsAfter.has(verb.text) || named)) continue;
      // "the Syrian Democratic Forces (SDF) said": the speaker stands before its abbreviation
      let k = c.from - 1;
      if (doc.tokens[k]?.text === ")") {
        while (k > from && doc.tokens[k]!.text !== "(" && c.from - k < 8) k--;
        k--;
      }
      const before = doc.tokens[k];
      // "Dr. Ahmad Ghandour, who runs the emergency department …, says": a speaker before an apposition
      // (the apposition perhaps ending in an abbreviation: "The SDF, which is led by the Kurdish
      // People's Protection Units (YPG), said")
      if (before && isComma(before) && k > from && (doc.tokens[k - 1]!.kind === "word" || doc.tokens[k - 1]!.text === ")")) return { from: k - 1, to: c.to, value: true };
      // ("I spoke yesterday to a surgeon who told me …": the speaker right before the relative)
      if (before && g.grammar.speakerRelatives.includes(before.text) && k - 1 >= from && doc.tokens[k - 1]!.kind === "word" && !g.noSpeaker.has(doc.tokens[k - 1]!.text)) return { from: k - 1, to: c.to, value: true };
      // (not a thing of a speaker named before: "its maps claimed more than 250 localities")
      if (!before || before.kind !== "word" || g.noSpeaker.has(before.text) || k < from || g.possessives.has(doc.tokens[k - 1]?.text ?? "")) continue;
      return { from: k, to: c.to, value: true };
    }
  }
  return undefined;
};

/** "نقلت الوكالة عن وزارة الصحة السورية أن …": the one a relay quotes after its "عن", unknown to the lexicon, if any. */
const quotedUnknown = (doc: Doc, g: CompiledGrammar, cues: readonly PhraseMatch<true>[], to: number): PhraseMatch<true> | undefined => {
  for (const c of cues) {
    if (g.relay.matchAt(doc.tokens, c.from) === undefined) continue;
    for (let k = c.to; k < Math.min(to, c.to + 4); k++) {
      if (!g.grammar.relayFrom.includes(doc.tokens[k]!.text)) continue;
      const next = doc.tokens[k + 1];
      if (next?.kind === "word" && !tokenVariants(next.text, true).some((v) => g.noSpeaker.has(v))) return { from: k + 1, to: k + 2, value: true };
      break;
    }
  }
  return undefined;
};

/**
 * Where the one a quoting cue cites starts, right after it ("…, citing the Syrian Ministry of
 * Health", "quoting a military source").
 */
const citedAfter = (doc: Doc, g: CompiledGrammar, cues: readonly PhraseMatch<true>[], to: number): PhraseMatch<true> | undefined => {
  for (const c of cues) {
    const q = g.quoting.matchAt(doc.tokens, c.from);
    if (q === undefined || q.to !== c.to || g.relay.matchAt(doc.tokens, c.from)?.to !== c.to) continue;
    const next = doc.tokens[c.to];
    if (c.to >= to || next?.kind !== "word" || tokenVariants(next.text, true).some((v) => g.noSpeaker.has(v))) continue;
    // (past an article, to a noun alone that may refer back to a source: "citing the ministry, that …",
    // not "citing the director of a hospital")
    const noun = ARTICLES.has(next.text) && doc.tokens[c.to + 1]?.kind === "word" && doc.tokens[c.to + 2]?.kind === "punct" ? c.to + 1 : c.to;
    return { from: c.to, to: noun + 1, value: true };
  }
  return undefined;
};

/** How many tokens a list's intro may have before the colon that closes it ("broken down", "على النحو التالي"). */
const INTRO_TOKENS = 4;

/** Whether the colon at `at` closes a list's intro (`g.listIntro`) that ends right before it. */
const closesListIntro = (doc: Doc, g: CompiledGrammar, from: number, at: number): boolean => {
  for (let j = Math.max(from, at - INTRO_TOKENS); j < at; j++) if (g.listIntro.matchAt(doc.tokens, j)?.to === at) return true;
  return false;
};

/** Marks opening a bulleted line. */

/** Tokens a speaker's label may have before its colon ("مراسل ستيب في ريف حمص: …", "الهلال الأحمر العربي السوري – فرع حمص: …"). */
const LABEL_WORDS = 8;

/**
 * A label the lexicon does not know opening the sentence, closed by a colon with what is said after
 * it on the same line ("2- مصدر طبي لستيب: مقتل …", "Rescuers: 20 killed"): the speaker of what
 * follows. Not a place ("Syria: …" names a topic), nor a label naming what is counted ("Civilians
 * killed: 20", "They are distributed as follows:" ending its line).
 */
const labelSpeaker = (doc: Doc, g: CompiledGrammar, lx: LexiconPhrases, cues: readonly PhraseMatch<true>[], from: number, to: number): PhraseMatch<true> | undefined => {
  let k = from;
  // (past a line break and an item number: "2- ", "3) ")
  let bullet = false;
  for (; doc.tokens[k] !== undefined && doc.tokens[k]!.kind !== "word"; k++) if (BULLETS.has(doc.tokens[k]!.text)) bullet = true;
  // (and past an ordinal marker: "أولاً: …")
  for (let m = enumeratorEnd(g, doc.tokens, k); m > k; m = enumeratorEnd(g, doc.tokens, k)) {
    k = m;
    while (doc.tokens[k] !== undefined && doc.tokens[k]!.kind !== "word") k++;
  }
  for (const c of cues) {
    if (c.to !== c.from + 1 || doc.tokens[c.from]!.text !== ":" || c.from <= k || c.from - k > LABEL_WORDS) continue;
    const said = doc.tokens[c.to];
    if (c.to >= to || said === undefined || said.kind === "break") return undefined;
    // (nor a bulleted row's label before its figure: "- العائدون من تركيا: 1,960 شخصاً")
    if (bullet && said.kind === "number") return undefined;
    // (nor a label before a day: "Highest bar: 2 December, with 47 strikes in a single day")
    if ((said.kind === "number" && g.months.matchAt(doc.tokens, c.to + 1) !== undefined) || g.months.matchAt(doc.tokens, c.to) !== undefined) return undefined;
    // (nor a lead-in to a list: "They are: 172 civilians, …", "وهم: …")
    let words = g.listIntro.matchAt(doc.tokens, k) === undefined;
    for (let j = k; j < c.from && words; j++) {
      const t = doc.tokens[j]!;
      // (an organisation and its branch: "الهلال الأحمر العربي السوري – فرع حمص")
      if (j > k && t.kind === "punct" && (t.text === "–" || t.text === "—") && doc.tokens[j + 1]?.kind === "word") continue;
      words = t.kind === "word" && !g.copulas.has(t.text) && !g.others.has(t.text) && lx.metrics.matchAt(doc.tokens, j) === undefined && lx.subjects.matchAt(doc.tokens, j) === undefined;
    }
    if (!words || lx.places.matchAt(doc.tokens, k)?.to === c.from) return undefined;
    // (a news flash's label is no speaker, nor a one-letter mark of a question or answer, "ج:", "A:";
    // one may follow it: "عاجل: الفصائل: …")
    let flash = true;
    for (let j = k; j < c.from && flash; j++) flash = g.flashWords.hasToken(doc.tokens[j]!) || (c.from === k + 1 && doc.tokens[j]!.text.length === 1);
    if (flash) {
      k = c.to;
      continue;
    }
    return { from: k, to: c.to, value: true };
  }
  return undefined;
};

/**
 * A correspondent as the subject of a cue of an English sentence, the words between them
 * unbroken ("The Cradle's correspondent in Hama reported that …", "Our reporter was told"),
 * when no known or unknown speaker was found otherwise.
 */
const correspondentSpeaker = (doc: Doc, g: CompiledGrammar, cues: readonly PhraseMatch<true>[], from: number): PhraseMatch<true> | undefined => {
  if (g.grammar.clitics) return undefined;
  for (const c of cues) {
    for (let k = c.from - 1; k >= Math.max(from, c.from - 4) && doc.tokens[k]!.kind === "word"; k--) {
      if (correspondentIn(doc, g, k, k + 1) >= 0) return { from: k, to: c.to, value: true };
    }
  }
  return undefined;
};

/** The position of a word naming a correspondent in tokens [from, to), or -1. */
const correspondentIn = (doc: Doc, g: CompiledGrammar, from: number, to: number): number => {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === "word" && tokenVariants(t.text, true).some((v) => g.grammar.correspondents.includes(v))) return k;
  }
  return -1;
};

/** An attribution record (one shape for all, so the code reading them stays fast). */
export const attribution = (
  source: string,
  via: readonly string[],
  anchors: readonly number[],
  sentence: number,
  paragraph: number,
  asOf: DayInterval | null,
): Attribution => ({ source, via, anchors, sentence, paragraph, asOf });

/** The same attribution with the day its statement was made. */
export const withStatementDay = (a: Attribution, asOf: DayInterval): Attribution =>
  attribution(a.source, a.via, a.anchors, a.sentence, a.paragraph, asOf);

/**
 * The attribution of a number at token `at` given the sentence's attributed mentions: the
 * original source nearest the number, relayed by the agencies named (in order of mention); the
 * mentions `silent` says do not speak for it are passed over.
 */
export const attributionOf = (
  mentions: readonly SourceMention[],
  unnamed: PhraseMatch<true> | undefined,
  at: number,
  sentence: number,
  paragraph: number,
  silent: (m: SourceMention) => boolean = () => false,
): Attribution | null => {
  if (mentions.length === 0 && unnamed === undefined) return null;
  const lo = firstIndex(mentions.length, (i) => mentions[i]!.to < at - REACH);
  let end = lo;
  while (end < mentions.length && mentions[end]!.from <= at + REACH) end++;
  const dist = (m: SourceMention) => (m.to <= at ? at - m.to : (m.from - at) * 1.5);
  // the nearest original source (the first of equals, as a stable sort would give)
  let o: SourceMention | undefined;
  let od = Infinity;
  let firstRelay: SourceMention | undefined;
  let toldAfter = false;
  for (let k = lo; k < end; k++) {
    const m = mentions[k]!;
    if (silent(m)) continue;
    if (m.relay) {
      firstRelay ??= m;
      if (m.told) toldAfter = true;
    } else {
      const d = dist(m);
      if (o === undefined || d < od) {
        o = m;
        od = d;
      }
    }
  }
  const relayIds = (skip: string | null, from: number): string[] => {
    const ids: string[] = [];
    for (let k = from; k < end; k++) {
      const m = mentions[k]!;
      // (a relay named twice, by its name and its abbreviation, relays once)
      if (m.relay && m.id !== skip && !ids.includes(m.id) && !silent(m)) ids.push(m.id);
    }
    return ids;
  };
  if (o !== undefined) {
    // (relays named before the source quote one another inward, "نقلت قناة العربية عن وكالة رويترز
    // أن المرصد …": the one nearest the source relayed first; those after it outward, in order)
    const ids = relayIds(o.id, lo);
    const before: string[] = [];
    for (let k = lo; k < end && ids.length > 1; k++) {
      const m = mentions[k]!;
      if (m.relay && m.to <= o.from && ids.includes(m.id) && !before.includes(m.id)) before.push(m.id);
    }
    const chain = before.length > 1 ? [...before.reverse(), ...ids.filter((id) => !before.includes(id))] : ids;
    return attribution(o.id, chain, [o.from, o.to, o.cueFrom, o.cueTo], sentence, paragraph, null);
  }
  if (unnamed) return attribution("other", relayIds(null, lo), [unnamed.from, unnamed.to], sentence, paragraph, null);
  if (firstRelay !== undefined && toldAfter) {
    // "X told AFP" with a speaker the lexicon lacks: an unknown original source, relayed
    return attribution("other", relayIds(null, lo), [firstRelay.cueFrom, firstRelay.cueTo], sentence, paragraph, null);
  }
  if (firstRelay !== undefined) {
    const first = firstRelay;
    const rest: string[] = [];
    for (let k = mentions.indexOf(first) + 1; k < end; k++) if (mentions[k]!.relay && mentions[k]!.id !== first.id && !rest.includes(mentions[k]!.id) && !silent(mentions[k]!)) rest.push(mentions[k]!.id);
    return attribution(first.id, rest, [first.from, first.to, first.cueFrom, first.cueTo], sentence, paragraph, null);
  }
  return null;
};
