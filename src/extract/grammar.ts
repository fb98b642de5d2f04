/**
 * What a language grammar provides to the shared extraction machinery: word lists only (number
 * words, qualifiers, cue words for attribution, breakdowns, time). No conflict knowledge lives
 * here: actors, sources, places and metric words come from the lexicon. Adding a language means
 * writing one of these (see docs/extraction.md).
 */
import type { Qualifier, VagueAmount } from "../domain/quantity.js";

export type TimeWord =
  | "since" // منذ, since: a running total from the day that follows
  | "today"
  | "same-day" // اليوم نفسه, the same day: the day named before it
  | "previous-day" // اليوم السابق, the previous day: the day before the one named before it, else yesterday
  | "week-ending" // the week ending Friday: the seven days ending on the day named after it
  | "next-day" // اليوم التالي, the next day: the day after the one named before it (not past the statement), else none
  | "yesterday"
  | "day-before-yesterday" // أول من أمس, the day before yesterday
  | "overnight" // خلال الليل, overnight: the night before the statement
  | "morning" // منذ ساعات الصباح, this morning: the day of the statement
  | "past-day" // خلال الـ24 ساعة الماضية, in the past 24 hours
  | "past-week" // خلال الأسبوع الماضي, in the past week: the seven days ending on the statement day
  | "month-start" // منذ مطلع الشهر, since the start of the month: a running total from the statement month's first day
  | "offensive" // خلال أيام الاشتباكات, in days of clashes: since the start of the lexicon event
  | "days-unit" // أيام, days (after a number: "in five days")
  | "week-unit" // أسبوع, week
  | "hours-unit" // ساعة, hours: "in the past 48 hours" covers the statement day and the days it reaches back
  | "years-unit" // عاماً, years: a span of years after a word of duration is history ("خلال ثلاثة عشر عاماً", "over 13 years")
  | "as-of" // "as of 5 December": when the count stood, not its window
  | "same-period" // خلال هذه الفترة, during this period: the span named in a sentence before
  | "ago"; // قبل, earlier, ago: a number of days back from the statement ("قبل ثلاثة أيام", "two days earlier")

export interface Grammar {
  readonly language: string;
  /** Number words with their value (units, tens, hundreds, scales). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words that multiply the number before them: thousand, million, ألف. */
  readonly scaleWords: Readonly<Record<string, number>>;
  /** Phrases that stand for one number: "a dozen". */
  readonly fixedNumbers: Readonly<Record<string, number>>;
  /** Words joining number words into one number: "and" in "one hundred and five", و. */
  readonly numberJoiners: readonly string[];
  /** "and a half" after a scale word: "مليون ونصف (المليون)" is 1,500,000. */
  readonly halves: readonly string[];
  /** Vague quantities: dozens, عشرات, tens of thousands. */
  readonly vague: Readonly<Record<string, VagueAmount>>;
  /** Qualifiers written before the number. */
  readonly qualifiersBefore: Readonly<Record<string, Exclude<Qualifier, "range" | "vague" | "exact">>>;
  /** Qualifiers written after the number or its noun ("at least" in "10 at least"). */
  readonly qualifiersAfter: Readonly<Record<string, Exclude<Qualifier, "range" | "vague" | "exact">>>;
  /** One-word qualifiers that are qualifiers only right after a rise cue: "past" in "rose past 450" (not "the past 3 days"). */
  readonly riseQualifiers: Readonly<Record<string, Exclude<Qualifier, "range" | "vague" | "exact">>>;
  /** Words after a trailing qualifier that show it bounds how often, not the count: "displaced at least twice". */
  readonly frequencies: readonly string[];
  /** "between" … "and" for ranges. */
  readonly rangeStart: readonly string[];
  /** Currency codes written before an amount ("EUR 20", "USD 1 billion"): the number is money. */
  readonly currencyCodes: readonly string[];
  readonly rangeJoin: readonly string[];
  /** Joins that make a range with no "between" before it ("25 to 30 strikes"), unless a `rangeFrom` word opens it ("rose from 25 to 30"). */
  readonly openRangeJoin: readonly string[];
  readonly rangeFrom: readonly string[];
  /**
   * "From" words opening a range with a `rangeJoin` ("من 140 إلى 150 غارة"), unless a word of change
   * (`changeWords`) stands a few words before ("ارتفعت الحصيلة من 311 إلى 327": a change, not a range).
   */
  readonly openRangeFrom: readonly string[];
  /** Words of a figure changing from one number to another ("ارتفع", "زاد", "انخفض"). */
  readonly changeWords: readonly string[];
  /** Words that close a span opened by "since" on a day: "since Wednesday until Sunday", "منذ 27 تشرين الثاني وحتى مساء أمس". */
  readonly untilWords: readonly string[];
  /** Words after a number that show it does not count people or events: units, years, percent. */
  readonly units: readonly string[];
  /** Nouns before digits that make them a name, not a count: الفرقة 25، الفوج 46، رقم 6, Division 25, No. 6. */
  readonly numberedNames: readonly string[];
  /** Short words whose full stop before a number ends no sentence, beside the short month names ("No. 11", "pp. 4"). */
  readonly numberAbbreviations: readonly string[];
  /** Short forms whose full stop ends no sentence, whatever follows ("incl. 104 civilians", "Idlib gov. since 27 Nov"). */
  readonly clippedWords: readonly string[];
  /** Month names with their number (1–12); multi-word names allowed (تشرين الأول). */
  readonly months: Readonly<Record<string, number>>;
  /** Names of the months of the Hijri calendar with their number (1–12: محرم … ذو الحجة). */
  readonly lunarMonths: Readonly<Record<string, number>>;
  /** The mark of the Hijri era after a year ("1446هـ", "1446 AH"). */
  readonly lunarEra: readonly string[];
  /** "in addition to", بالإضافة إلى: the count that follows is another item of the same statement. */
  readonly additionCues: readonly string[];
  /** Verbs and prepositions that introduce or close an attribution: said, according to, قال، بحسب. */
  readonly attributionCues: readonly string[];
  /** Speech verbs that name their speaker right after them (قال، اعتبر): a speaker the lexicon lacks is `other`. */
  readonly speechVerbs: readonly string[];
  /** Speech verbs after their speaker ("…, rescuers said", "IRC teams report"): a speaker there the lexicon lacks is `other`. */
  readonly speechVerbsAfter: readonly string[];
  /** Verbs of reporting after a speaker the lexicon does not know, when a capitalised name stands right before them ("The Response Coordination Group estimates"). */
  readonly namedSpeechVerbsAfter: readonly string[];
  /**
   * A relative word after a speech preposition, then its verb, then the speaker ("بحسب ما أفاد به
   * مراسل", "وفق ما رصدته مراصد الطيران"): the speaker is read after the verb.
   */
  readonly speechRelatives: readonly string[];
  /** A relative pronoun of persons between a speaker and the speech verb after it ("a surgeon who told me"): the speaker is the word before it. */
  readonly speakerRelatives: readonly string[];
  /** Words after a speech verb that show no speaker is named there (أن، إن، إلى): the source carries over. */
  readonly noSpeaker: readonly string[];
  /**
   * Words opening a sentence on another matter ("Meanwhile,", "وفي سياق آخر"), or the writer's own
   * conclusion ("وبذلك تكون الفصائل قد سيطرت …"): no attribution carries into it.
   */
  readonly topicShifts: readonly string[];
  /**
   * Role nouns of a speaker ("the official", "the spokesman", المسؤول، المتحدث): definite, they refer
   * back to the source named before ("According to the official, …" after a ministry's deputy head).
   */
  readonly speakerRoles: readonly string[];
  /**
   * Words naming a correspondent or the publisher's own staff (مراسل، مراسلنا، فرقنا, correspondent,
   * "our field teams"): one named by no known source is the outlet's own.
   */
  readonly correspondents: readonly string[];
  /** Attribution to an unnamed source: reportedly, وفقا للتقارير. */
  readonly unnamedSourceCues: readonly string[];
  /** Complementizers after a speech verb ("أن", "إن"): they attribute only to a source named before them. */
  readonly complementizers: readonly string[];
  /** After an agency a relay cue names, the word that introduces whom it quotes: "نقلت سانا عن مصدر". */
  readonly relayFrom: readonly string[];
  /**
   * The word naming the agent of a passive, right before a source a cue reaches further for:
   * "according to figures released on Tuesday by the UN Office …".
   */
  readonly agentMarkers: readonly string[];
  /** Relay: a source "told" an agency, "نقلته X عن". */
  readonly relayCues: readonly string[];
  /**
   * Relay cues after which the original source is named, the relayer standing before them ("SANA
   * quoted a military source as saying", "State television, citing a military source, said",
   * "وذكرت وكالة «تاس»، نقلاً عن مركز المصالحة").
   */
  readonly quotingCues: readonly string[];
  /** Cues that open nested parts: including, بينهم. */
  readonly nestCues: readonly string[];
  /** Cues that open a breakdown of the latest total: as follows, توزع على النحو التالي. */
  readonly listIntroCues: readonly string[];
  /** "others" that take the subject of the previous count: آخرين. */
  readonly others: readonly string[];
  /** Words opening a byline before the author or agency: "By Reuters", بقلم. */
  readonly bylines: readonly string[];
  /** Possessives before a generic noun that make it the speaker's own ("26 of its fighters"), or nouns with a possessive suffix (قواتنا). */
  readonly possessives: readonly string[];
  /** Ordinal words before the word for ten that make both one ordinal: "اليوم الثاني عشر" (the twelfth day). */
  readonly ordinalHeads: readonly string[];
  /** Ordinal adverbs that open an item of a list ("أولاً: 118 مدنياً", "Second: 412 fighters"): markers, not speakers. */
  readonly enumerators: readonly string[];
  /** Words for "one of them" in one word ("أحدهم", "إحداهما"): a count of one nested in the count before it. */
  readonly oneOfThem: readonly string[];
  /** A definite noun for a news agency, referring back to the agency that relayed the statement before ("وذكرت الوكالة", "the news agency said"). */
  readonly agencyNouns: readonly string[];
  /** Words of a news flash's label ("عاجل: …", "BREAKING: …", "UPDATE: …"): a label of them names no speaker. */
  readonly flashWords: readonly string[];
  /** Generic member nouns without an affiliation: عنصر، members. */
  readonly memberNouns: readonly string[];
  /**
   * Nouns of an action whose party named with them is its agent, not what is counted: the party
   * before the noun in English ("the rebel offensive", "the army's counteroffensive"), after it in
   * Arabic ("هجوم الفصائل", "قصف قوات النظام").
   */
  readonly agentNouns: readonly string[];
  /** Singular person nouns that count one when named after a metric word: طفل، a child. */
  readonly singularNouns: readonly string[];
  /**
   * Nouns of the counted that are a count only in the dual ("قتيلان", "جريحين", "ضحيتين": two
   * killed, two wounded, two victims): alone they are too often a name's title or an idiom
   * ("الشهيد …", "وقع ضحية") to be a count of one.
   */
  readonly dualNouns: readonly string[];
  /**
   * Singular nouns in ي whose plural is broken (جندي → جنود): their form in ين is a dual (أسر جنديين:
   * two), where a nisba with a sound plural (مدني → مدنيين) is read as a plural.
   */
  readonly brokenPlurals: readonly string[];
  /**
   * Singular nouns whose plural is sound (مقاتل → مقاتلين): their form in ين is as often a plural
   * ("بين مدنيين ومقاتلين") and is not read as a dual; their form in ان is (مقاتلان: two).
   */
  readonly soundPlurals: readonly string[];
  /** Words before a singular noun that make it one: a, an, another. */
  readonly singularArticles: readonly string[];
  /** Cues of a single incident (a strike, "when"): the count covers the incident, not a window. */
  readonly incidentCues: readonly string[];
  /** Cues of a new increment ("new", جديدة): no window start. */
  readonly incrementCues: readonly string[];
  /** Cues before a number that make it a population, not a count of victims ("a city of", يبلغ عدد سكانها). */
  readonly populationCues: readonly string[];
  /** Words saying a population was there before ("already", أصلاً): those a place hosts so are a stock, not newcomers. */
  readonly stockCues: readonly string[];
  /**
   * Phrases before a number whose head is not what is counted ("the families of six others"), or that
   * make it a projection rather than a count ("the figure could reach 1.5 million").
   */
  readonly notCounted: readonly string[];
  /** Modal words between a number and its metric predicate that make it a projection ("up to 1.5 million people could be forced to flee"). */
  readonly projectionModals: readonly string[];
  /**
   * Cues that go on with the statement before ("added", "also said", "in the same statement",
   * أضاف، "the same update"): a source they name again keeps that statement's day unless the
   * sentence names its own, and a sentence opening with one ("The same update divided the dead
   * into …") takes the statement before even in an entry of its own.
   */
  readonly continuationCues: readonly string[];
  /**
   * Participles of speech that go on with what the speaker says next, before the word opening it
   * ("مشيراً إلى أن", "adding that"): a time after them is of the next count, not of one before.
   */
  readonly speechParticiples: readonly string[];
  /**
   * Words before a count that sum the counts before it in its sentence ("bringing the total to",
   * "ليرتفع المجموع إلى"): the whole of those parts, of everyone unless it names whom.
   */
  readonly sumCues: readonly string[];
  /**
   * Words opening a clause set against the one before ("فيما", "بينما", "while"): a source speaking
   * right after one speaks for what follows it, not for a count before it.
   */
  readonly contrastOpeners: readonly string[];
  /**
   * Possessives of one person: a number right after them, perhaps past "wife and", counts that
   * person's family, not a toll ("fled the town with his wife and five children").
   */
  readonly personalPossessives: readonly string[];
  /**
   * The publisher's own people in the first person ("our teams", "فرقنا الميدانية"): in an
   * organisation's own release, what they recorded is the organisation's figure.
   */
  readonly ownStaff: readonly string[];
  /**
   * Words after a speaker that make it the publisher's own in the first person ("فريق الرصد
   * لدينا", "the monitoring team of ours"): what it counted is the publisher's figure.
   */
  readonly ownedByUs: readonly string[];
  /**
   * Words of a release's header before the name of who issues it ("بيان صادر عن فريق منسقو
   * استجابة سوريا", "Statement by …"): that name, in the text's own language, is the publisher's.
   */
  readonly issuedBy: readonly string[];
  /**
   * Words opening a release's closing section about who issues it ("نبذة عن الهلال الأحمر
   * القطري", "About the IRC"): the name after them, on that line, is the publisher's.
   */
  readonly aboutIssuer: readonly string[];
  /**
   * Head nouns of organisations' names ("مركز", "هيئة"): where one heads the publisher's name in
   * the text, made definite it refers back to the publisher ("وحدة المعلومات في المركز").
   */
  readonly organisationNouns: readonly string[];
  /**
   * Verbs of a monitor recording what happened ("وثّقت", "رصد", "documented"): a day named right
   * after them and before the count, with no window of its own in the sentence, is the day the
   * count covers, not the statement's ("وثّقت اللجنة يوم الجمعة مقتل 43 شخصاً" in Saturday's report).
   */
  readonly recordingCues: readonly string[];
  /** Words of duration before a number of years: the span is history ("خلال ثلاثة عشر عاماً", "over 13 years"). */
  readonly durationOpeners: readonly string[];
  /**
   * Verbs of publishing a report: a day right after one is the statement's, even after a recording
   * verb ("فوثّق في تقرير نشره الأربعاء مقتل 104 مدنيين", "documented, in a report released on Wednesday, …").
   */
  readonly publishingVerbs: readonly string[];
  /** Words before a verb that report an earlier statement ("كان المرصد قد أحصى مساء الخميس", "had counted"): its day stays the statement's. */
  readonly pluperfect: readonly string[];
  /**
   * Forms of "was" a pluperfect's word needs a few words before it where the word alone is no
   * pluperfect ("وكان المرصد قد أحصى", but "وقد وثّق الدفاع المدني مقتل 44" is the perfect); empty
   * where it is one alone ("had counted").
   */
  readonly pastAuxiliaries: readonly string[];
  /** Words opening what is said after a cue ("told AFP that …", "لفرانس برس أن …"): names past them are in the statement, not its speakers. */
  readonly saidOpeners: readonly string[];
  /**
   * Relative pronouns after an unnamed source's noun ("الإحصاء الذي أجرته فرق البلدية", "figures which …"): who made it may follow;
   * after a comma past a source's name they open an aside about it ("المرصد …، وهو الجهة التي …، أحصى").
   */
  readonly relatives: readonly string[];
  /** A parent's noun before how many children they have ("a mother of four", "أب لخمسة أطفال"): one person's family, no count. */
  readonly parentOf: readonly string[];
  /** A body's noun before how many members it has ("a band of 12 musicians", "فرقة من 12 عازفاً"): its size, no count, where no metric word is near. */
  readonly groupOf: readonly string[];
  /** Words before the whole a part is counted out of ("لـ1,186 يتيماً من أصل 1,250", "12 out of 20"): that number is no count of its own. */
  readonly wholeOf: readonly string[];
  /** "the number of" before a noun of what is counted ("عدد البلدات التي سيطرت عليها تجاوز الخمسين"): its verb of amounting or exceeding gives the count. */
  readonly numberOf: readonly string[];
  /** Prepositions of where a speaker is, between its name and an aside ("a rebel commander in Homs, who …, told CNN"). */
  readonly placePrepositions: readonly string[];
  /** Words opening a correction note ("(Corrects number … to 48,500 from 485,000)", "تصويب"): its numbers restate or withdraw, they count nothing new. */
  readonly correctionCues: readonly string[];
  /** Words after a figure given in error that open the right one ("مقتل 14 طالباً …، والصحيح أربعة طلاب", "… 14 students; the correct figure is four"): the figure before them counts nothing. */
  readonly correctedBy: readonly string[];
  /** Superlatives before "since <year>" that compare, not date a count: "the deadliest fighting since 2020", "أعنف هجوم … منذ 2020". */
  readonly superlatives: readonly string[];
  /** Cues of a historical total ("since the war began"). */
  readonly historicalCues: readonly string[];
  /**
   * Words referring back to a period just named ("وقُتل فيها", "خلالها", "It has killed"): a count
   * with one, in a clause joined to a past year's or in a sentence opened by one after it, is of
   * that past period.
   */
  readonly periodReferences: readonly string[];
  /** Personal pronouns opening a clause of their own right after a number, not its noun ("up from 153 it had reported"). */
  readonly subjectPronouns: readonly string[];
  /** Pronouns standing for a figure as the object of a verb of raising ("had raised it to 602"): the count before, restated. */
  readonly figurePronouns: readonly string[];
  /** Pronouns that stand for an organisation speaking ("it claimed", "they said"), not for a person. */
  readonly organisationPronouns: readonly string[];
  /** Words after which a rising total is stated: rose to, ارتفع … إلى. */
  readonly riseCues: readonly string[];
  /**
   * Words before an earlier figure of the count just before it ("327, up from 311 on Friday",
   * "بعد أن كانت 311"): a claim of its own, over the same window, made on the day named after it.
   */
  readonly earlierCues: readonly string[];
  /** Copulas between a number and its group ("236 were members of government forces"). */
  readonly copulas: readonly string[];
  /** Words after a comma that gloss the noun before with the group's name ("80 of them were ordinary people, called civilians"). */
  readonly glosses: readonly string[];
  /** Auxiliaries before a metric verb that make it the predicate of the number before ("were killed"). */
  readonly predicateAux: readonly string[];
  /** "or" between two metric words makes the metric ambiguous ("killed or injured"). */
  readonly alternatives: readonly string[];
  /** Words that end the noun phrase after a number. */
  readonly phraseStops: readonly string[];
  /** Partitive "of/from" between a number and its group: من، of. */
  readonly partitives: readonly string[];
  /** Words between the two numbers of a ratio, "one in seven", "واحد من كل سبعة": neither counts anyone. */
  readonly ratioJoins: readonly string[];
  /** Weekday names with their day number (0 = Sunday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words between "since"/"on" and a weekday: فجر، يوم، dawn, morning. */
  readonly dayFillers: readonly string[];
  /** "last" after/before a weekday. */
  readonly lastWords: readonly string[];
  readonly timeWords: Readonly<Record<string, TimeWord>>;
  /** Words that are a number of days in themselves, after "ago" that comes first: "قبل يومين" (2), "قبل يوم واحد" (1). */
  readonly dayCounts: Readonly<Record<string, number>>;
  /**
   * Cues that nest a count under the count before only where they open its sentence with a group
   * and no number ("ومن بين المدنيين ستة أطفال"); elsewhere they are no nesting ("من بين 300 قتيل").
   */
  readonly groupOpeners: readonly string[];
  /** Letters glued to the word after them as clitics (و، ف، ب، ل، ك): glued to digits they are no label ("و٣ آلاف"). */
  readonly cliticLetters: readonly string[];
  /**
   * A byline of agency copy that names no agency ("By Agency Report", "وكالات"): the copy is that
   * of the one news agency the text names, if it names only one.
   */
  readonly agencyCopy: readonly string[];
  /** Nouns for a count itself, which after "the" restate the count before: "the count", "the figure". */
  readonly countNouns: readonly string[];
  /**
   * Nouns of a tally that a source's name right after them owns ("حصيلة المرصد السوري", "the toll
   * of the Syrian Observatory"; in English past "of"): that source speaks for the count it gives.
   */
  readonly tallyNouns: readonly string[];
  /** Words before a number that make it a difference between two counts ("بفارق 146 مدنياً عن أرقامنا", "a gap of 146"), no count. */
  readonly differenceCues: readonly string[];
  /** Words opening a supposition ("ولو بلغ الأسرى ألفاً", "even if the toll reached 1,000"): a count in it is no claim. */
  readonly suppositionCues: readonly string[];
  /** Words that open a noun phrase of their own: after a number they start its time or rate ("11 that day", "40 a day"), not name what it counts. */
  readonly determiners: readonly string[];
  /** Words of "each" before a singular noun that would count one ("لكل طفل نازح"): one of many, no count of one (English counts one only after an article). */
  readonly distributives: readonly string[];
  /** "all of them" closing coordinated counts before the group they all belong to ("…, all of them civilians", "جميعهم من المدنيين"). */
  readonly allOfThem: readonly string[];
  /** The preposition before a total that a verb of stating it takes ("put the number of displaced at 386,000"). */
  readonly tallyPrepositions: readonly string[];
  /** Verbs of amounting to a number ("the dead number 790"): after who is counted, the number after them is a count, not a name's. */
  readonly amountVerbs: readonly string[];
  /**
   * Events at which statements are made ("press conference", "مؤتمرا صحفيا"): the day a sentence
   * gives such an event is the day of the statements that speakers' labels introduce below it, and
   * of what speakers are reported to have said with no day of their own.
   */
  readonly statementEvents: readonly string[];
  /**
   * Nouns of a statement or a report ("update", "بيان"): a day in a phrase of one that opens the
   * sentence dates what the speaker after it says ("In its update on December 3, SOHR said …",
   * "وفي بيان صدر مساء أمس، قال المرصد …").
   */
  readonly statementNouns: readonly string[];
  /** Definite articles written as words of their own ("the"). */
  readonly definiteArticles: readonly string[];
  /** Endings that make a word a possessor ("the group's count"). */
  readonly possessiveEndings: readonly string[];
  /** Whether "ago" comes before the days ("قبل ثلاثة أيام") rather than after them ("three days ago"). */
  readonly agoFirst: boolean;
  /** Whether tokens carry Arabic clitics (conjunction and preposition prefixes). */
  readonly clitics: boolean;
  /**
   * Whether a source speaking again in the next sentences, with no relay named, is still relayed
   * by the agency its statement was told to: so the language's outlets write agency copy, naming
   * the agency once ("وفق ما أفاد المرصد … وكالة فرانس برس" then "وأوضح مدير المرصد أن …").
   */
  readonly relayCarried: boolean;
}
