import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

describe("breakdowns", () => {
  it("links the parts of a list after a dash to its total", () => {
    const claims = extract("ar", "ورفع المرصد عدد القتلى إلى 420 – 200 من الفصائل، و150 جنديا، بالإضافة إلى 70 مدنيا.");
    const total = only(claims, 420);
    expect([200, 150, 70].map((v) => only(claims, v).partOf)).toEqual([total.id, total.id, total.id]);
    expect([200, 150, 70].map((v) => only(claims, v).subject)).toEqual(["opposition", "syrian-army", "civilians"]);
  });
  it("nests parts opened by among them / including", () => {
    const ar = extract("ar", "وقال المرصد إن 30 مدنيا قتلوا بينهم ستة أطفال وامرأتان.");
    const total = only(ar, 30);
    expect(only(ar, 6)).toMatchObject({ partOf: total.id, subject: "children" });
    expect(only(ar, 2)).toMatchObject({ partOf: total.id, subject: "women" });
    const en = extract("en", "The monitor said 30 civilians were killed, including six children and a woman.");
    const t = only(en, 30);
    expect(only(en, 6)).toMatchObject({ partOf: t.id, subject: "children" });
    expect(only(en, 1)).toMatchObject({ partOf: t.id, subject: "women" });
  });
  it("reads a later count of a sentence that opens with its total as a part of it", () => {
    const en = extract("en", "Of the 412 dead, 61 were civilians, the monitor said.");
    expect(only(en, 61)).toMatchObject({ partOf: only(en, 412).id, metric: "killed", subject: "civilians" });
    const among = extract("en", "Among the 300 killed on Sunday were 20 children, the monitor said.");
    expect(only(among, 20)).toMatchObject({ partOf: only(among, 300).id, subject: "children" });
    // (an opening phrase without a total nests nothing: "Of the dead, 240 were … and 145 were …")
    const none = extract("en", "The monitor said 457 people had been killed. Of the dead, 240 were HTS fighters and 145 were government troops.");
    expect(only(none, 145).partOf).not.toBe(only(none, 240).id);
  });
  it("reads counts that add up to an earlier total as its parts, counting whom it counts", () => {
    const ar = extract("ar", "أعلنت مديرية الصحة مقتل 14 مدنياً وإصابة 63 آخرين خلال 24 ساعة. وتوزع القتلى على المشفى الوطني (9 قتلى و38 مصاباً) ومشفى الباسل (5 قتلى و25 مصاباً).");
    for (const [part, whole] of [[9, 14], [5, 14], [38, 63], [25, 63]] as const) {
      expect(only(ar, part)).toMatchObject({ partOf: only(ar, whole).id, subject: "civilians" });
    }
    const en = extract("en", "The directorate said 14 civilians were killed on Friday. The dead were taken to the National Hospital (nine killed) and al-Basel Hospital (five killed).");
    expect([9, 5].map((v) => only(en, v).partOf)).toEqual([only(en, 14).id, only(en, 14).id]);
    // (counts that do not add up to it are no breakdown of it)
    const none = extract("ar", "أعلنت مديرية الصحة مقتل 14 مدنياً خلال 24 ساعة. وفي حادث آخر قتل 9 أشخاص في حماة و4 في إدلب.");
    expect([9, 4].map((v) => only(none, v).partOf)).toEqual([null, null]);
  });
  it("nests a count under the group the sentence before counted, where its sentence opens with that group ('Among the civilians were six children')", () => {
    const en = extract("en", "The monitor said the dead comprised 149 fighters, 100 soldiers and 28 civilians. Among the civilians were six children, the monitor added.");
    expect(only(en, 6)).toMatchObject({ metric: "killed", subject: "children", partOf: only(en, 28).id });
    const ar = extract("ar", "وقال المرصد إن القتلى هم 149 مقاتلا و28 مدنيا. ومن بين المدنيين ستة أطفال.");
    expect(only(ar, 6)).toMatchObject({ metric: "killed", subject: "children", partOf: only(ar, 28).id });
    // (not a group named by a metric word, which is what the count is of, nor one not named)
    const own = extract("ar", "وتفيد التقارير بمقتل 74 طفلاً وإصابة أكثر من 180 آخرين. ومن بين هؤلاء 12 طفلاً قُتلوا بمخلفات الحرب.");
    expect(only(own, 12).metric).toBe("killed");
  });
  it("reads a count that was among a later one as its part", () => {
    const en = extract("en", "Forty-four civilians were among 420 people killed, the monitor said.");
    expect(only(en, 44).partOf).toBe(only(en, 420).id);
    expect(only(en, 420).partOf).toBeNull();
  });
  it("nests parts opened by a cue that starts the next sentence", () => {
    const en = extract("en", "At least 20 people were killed in the strike, the Syrian Civil Defence said. Among them were six children.");
    expect(only(en, 6)).toMatchObject({ partOf: only(en, 20).id, subject: "children", metric: "killed", source: "white-helmets" });
    const ar = extract("ar", "قُتل 20 شخصاً على الأقل في الغارة، بحسب الدفاع المدني. ومن بينهم ستة أطفال وثلاث نساء.");
    const total = only(ar, 20);
    expect(only(ar, 6)).toMatchObject({ partOf: total.id, subject: "children", metric: "killed" });
    expect(only(ar, 3)).toMatchObject({ partOf: total.id, subject: "women" });
    // (a count of the next sentence with no cue at its start is no part)
    expect(only(extract("en", "At least 20 people were killed, the monitor said. Six children were wounded among them."), 6).partOf).toBeNull();
  });
  it("nests a part under the list item whose subject contains it", () => {
    const claims = extract("ar", "وأفاد المرصد أن عدد القتلى توزع على النحو التالي: 90 عنصرا من القوات الحكومية والمليشيات الموالية، و60 عنصرا من الجيش السوري بينهم ثلاثة ضباط، و30 عنصرا من حزب الله.\n");
    const ninety = only(claims, 90);
    expect(only(claims, 60).partOf).toBe(ninety.id);
    expect(only(claims, 3).partOf).toBe(only(claims, 60).id);
    expect(only(claims, 30).partOf).toBe(ninety.id);
  });
  it("links a count of a narrower group to a total stated just before", () => {
    const claims = extract("en", "The monitor said 120 fighters were killed. Among the dead were 70 HTS fighters, it said. Another 40 soldiers died, it added.");
    const total = only(claims, 120);
    expect(only(claims, 70).partOf).toBe(total.id);
    expect(only(claims, 40).partOf).toBe(total.id);
    // (a party's long name before its fighters is no noun phrase of speakers either)
    const long = extract("en", "The monitor said 120 fighters were killed. Among the dead were 70 Hayat Tahrir al-Sham fighters, it said.");
    expect(only(long, 70)).toMatchObject({ subject: "hts", source: "sohr", partOf: only(long, 120).id });
  });
  it("does not link unrelated counts far apart", () => {
    const claims = extract("ar", "وقال المرصد إن 300 شخص قتلوا.\n\nوتحدثت تقارير عن معارك.\n\nوقالت مصادر إن المعارك عنيفة.\n\nوكانت الهيئة قد سيطرت على بلدات.\n\nوأفاد المرصد بمقتل 50 عنصرا من هيئة تحرير الشام.");
    expect(only(claims, 50).partOf).toBeNull();
  });
});

describe("headlines", () => {
  it("marks numbers of the first non-empty line", () => {
    const claims = extract("en", "\n\nSyria toll rises to 311: monitor\n\nThe monitor said 311 people had been killed since Wednesday.");
    expect(claims.map((c) => c.headline)).toEqual([true, false]);
  });
});

describe("spans and ids", () => {
  it("quotes the text exactly, with a byte-order mark and CRLF line ends", () => {
    const text = "\uFEFFمقتل 40 شخصا في حلب\r\n\r\nوقال المرصد إن ٣٤ مدنيا قتلوا.\r\n";
    const claims = extract("ar", text);
    expect(claims.length).toBe(2);
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(claims.map((c) => c.id)).toEqual(["t#1", "t#2"]);
    expect(claims[1]!.quantity.value).toBe(34);
  });
});

describe("parts take what their total says", () => {
  it("a nested part keeps the metric of its total even with another metric word nearby", () => {
    const claims = extract("ar", "قتل 12 مدنيا بينهم 5 أطفال في غارة روسية على سوق في إدلب، حسب الدفاع المدني.");
    expect(only(claims, 5)).toMatchObject({ metric: "killed", partOf: only(claims, 12).id, source: "white-helmets" });
  });
  it("others after a single child are other people, not children", () => {
    const claims = extract("en", "A child was killed, and four others, including a woman, were wounded, a local source said.");
    expect(only(claims, 4)).toMatchObject({ metric: "injured", subject: "civilians" });
    expect(only(claims, 1, "injured")).toMatchObject({ subject: "women", partOf: only(claims, 4).id });
  });
  it("others after a party's members are more of its members", () => {
    expect(only(extract("en", "Turkish-backed fighters killed six SDF fighters and captured nine others, the monitor said."), 9).subject).toBe("sdf");
    expect(only(extract("ar", "وقال المرصد إن الفصائل قتلت 12 عنصراً من قوات سوريا الديمقراطية وأسرت تسعة آخرين."), 9)).toMatchObject({ metric: "captured", subject: "sdf" });
  });
});

describe("implicit counts in lists", () => {
  it("reads a dual and a singular noun joined after among them", () => {
    const claims = extract("ar", "كما وثق المرصد مقتل 8 مدنيين بينهم طفلان وسيدة جراء قصف جوي.");
    const total = only(claims, 8);
    expect(only(claims, 2)).toMatchObject({ subject: "children", partOf: total.id, metric: "killed" });
    expect(only(claims, 1)).toMatchObject({ subject: "women", partOf: total.id, metric: "killed" });
  });
});

describe("bulleted lists with a label before each number", () => {
  it("reads every labelled line of a list opened by a colon as a part of its total", () => {
    const text = "وثقت الشبكة مقتل 158 مدنياً منذ 27 تشرين الثاني، وتوزعت حصيلة الضحايا على النحو التالي:\n- قوات النظام السوري: 89 مدنياً، بينهم 26 طفلاً و13 سيدة.\n- القوات الروسية: 52 مدنياً، بينهم 12 طفلاً و9 سيدات.\n- جهات أخرى: 17 مدنياً.";
    const ar = extract("ar", text, "2024-12-05");
    const total = only(ar, 158);
    for (const v of [89, 52, 17]) expect(only(ar, v)).toMatchObject({ partOf: total.id, metric: "killed", subject: "civilians" });
    expect(only(ar, 9)).toMatchObject({ partOf: only(ar, 52).id, subject: "women" });
  });
});

describe("rows of a list with a leader between label and figure", () => {
  it("reads each row after the total as a part of it, of the group its label names", () => {
    const text = "وبحسب الجدول الذي نشره المرصد السوري لحقوق الإنسان صباح الإثنين:\nالمجموع ............ 1,302 قتيلاً\nالفصائل المسلحة ............ 611\nقوات النظام والمسلحون الموالون ............ 524\nالمدنيون ............ 167، منهم 39 طفلاً\nالجرحى ............ أكثر من 2,400";
    const ar = extract("ar", text, "2024-12-10");
    const total = only(ar, 1302);
    expect(only(ar, 611)).toMatchObject({ metric: "killed", subject: "opposition", source: "sohr", partOf: total.id });
    expect(only(ar, 167)).toMatchObject({ metric: "killed", subject: "civilians", partOf: total.id });
    expect(only(ar, 39)).toMatchObject({ subject: "children", partOf: only(ar, 167).id });
    expect(only(ar, 524)).toMatchObject({ metric: "killed", subject: "government", partOf: total.id });
    // (a row whose label names no group counts everyone, not the group of the row above)
    expect(only(ar, 2400)).toMatchObject({ metric: "injured", subject: "all", source: "sohr", quantity: { qualifier: "more-than" } });
    const en = extract("en", "The monitor's table, as published on Monday:\nTotal killed ........ 1,302\nCivilians ........ 167\nFighters ........ 611", "2024-12-10");
    expect(only(en, 167)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(en, 1302).id });
    expect(only(en, 611)).toMatchObject({ metric: "killed", partOf: only(en, 1302).id });
  });
});

describe("a list after its intro, each item's group in a label before a comma", () => {
  it("reads 'Broken down: HTS, 80; allied factions, 19; …' as parts of the toll before, the intro's colon naming no speaker", () => {
    const en = extract("en", "Title\n\nThe toll from 2 days of fighting has risen to 153, the Syrian Observatory for Human Rights said on Thursday. Broken down: HTS, 80; allied factions, 19; soldiers and pro-government fighters, 54.", "2024-11-28");
    const total = only(en, 153);
    expect(only(en, 80)).toMatchObject({ metric: "killed", subject: "hts", source: "sohr", partOf: total.id });
    expect(only(en, 19)).toMatchObject({ subject: "opposition-allies", source: "sohr", partOf: total.id });
    expect(only(en, 54)).toMatchObject({ subject: "government", source: "sohr", partOf: total.id });
  });
});

describe("a day-by-day list closing the total's sentence", () => {
  it("reads each item as a part over its own day, the last too though its metric word is far ('59 in total over three days: 29 November - 14; …; 1 December - 26')", () => {
    const en = extract("en", "Title\n\nAir strikes recorded in Idlib governorate by Syria Civil Defence numbered 59 in total over three days: 29 November - 14; 30 November - 19; 1 December - 26. Strikes hit at least two grain silos and one bakery.", "2024-12-03");
    const total = only(en, 59);
    for (const [v, day] of [[14, "2024-11-29"], [19, "2024-11-30"], [26, "2024-12-01"]] as const) expect(only(en, v)).toMatchObject({ metric: "airstrikes", source: "white-helmets", partOf: total.id, window: { start: day } });
    // (silos and a bakery hit are things, no strikes)
    expect(en.filter((c) => c.quantity.value === 2 || c.quantity.value === 1)).toEqual([]);
  });
});

describe("parts named after the number", () => {
  it("reads '80 of them fighters' and '80 منهم' as parts of the count before", () => {
    const en = extract("en", "The monitor said 150 people were killed, at least 80 of them fighters.");
    expect(only(en, 80)).toMatchObject({ partOf: only(en, 150).id, subject: "combatants", quantity: { qualifier: "at-least" } });
    const ar = extract("ar", "وقال المرصد إن 150 شخصا قتلوا، 80 منهم على الأقل من المقاتلين.");
    expect(only(ar, 80)).toMatchObject({ partOf: only(ar, 150).id, subject: "combatants", quantity: { qualifier: "at-least" } });
  });
  it("reads 'At least 170 of them' opening the next sentence as a part of the count before, of its things", () => {
    const en = extract("en", "The Observatory has recorded about 480 air strikes since Nov. 27. At least 170 of them were carried out by Russian aircraft, it said.", "2024-12-06");
    expect(only(en, 170)).toMatchObject({ metric: "airstrikes", partOf: only(en, 480).id, subject: "other", source: "sohr", quantity: { qualifier: "at-least" } });
  });
  it("takes the group a gloss names after the noun ('About 80 of them were ordinary people, called civilians')", () => {
    const en = extract("en", "The monitor says more than 450 people have been killed. About 80 of them were ordinary people, called civilians, who were not fighting.", "2024-12-02");
    expect(only(en, 80)).toMatchObject({ partOf: only(en, 450).id, subject: "civilians" });
  });
});

describe("lists on their own lines", () => {
  it("links lines opening with a number after a line ending in a colon to the total before", () => {
    const en = extract("en", "The monitor said 300 people had been killed since Wednesday. The dead were:\n120 members of rebel factions, including 15 fighters of the Turkish-backed factions.\n- 100 soldiers.\n80 civilians, among them 12 children.\n");
    const total = only(en, 300);
    expect([120, 100, 80].map((v) => only(en, v))).toMatchObject([
      { partOf: total.id, subject: "opposition", metric: "killed" },
      { partOf: total.id, metric: "killed" },
      { partOf: total.id, subject: "civilians", metric: "killed" },
    ]);
    expect(only(en, 15).partOf).toBe(only(en, 120).id);
    expect(only(en, 12).partOf).toBe(only(en, 80).id);
    const ar = extract("ar", "وقال المرصد إن عدد القتلى ارتفع إلى 300 شخص، وهم:\n- 120 من الفصائل.\n- 100 من قوات النظام، بينهم خمسة ضباط.\n- 80 مدنيا.\n");
    const t = only(ar, 300);
    expect([120, 100, 80].map((v) => only(ar, v).partOf)).toEqual([t.id, t.id, t.id]);
    expect(only(ar, 120).metric).toBe("killed");
    expect(only(ar, 5).partOf).toBe(only(ar, 100).id);
  });
  it("does not read a numbered line after an unrelated colon as a count", () => {
    const en = extract("en", "Schedule for the talks:\n3 delegations arrive on Monday.\n");
    expect(en).toEqual([]);
  });
});

describe("a late item naming no metric of its own", () => {
  it("takes its total's metric in the same sentence, however far the total's metric word", () => {
    const ar = extract(
      "ar",
      "ارتفعت حصيلة الخسائر البشرية منذ انطلاق العملية فجر 27 تشرين الثاني/نوفمبر إلى 976 قتيلاً، توزعوا على 418 من هيئة تحرير الشام والفصائل المتحالفة معها، و399 من قوات النظام والمسلحين الموالين لها، في حين بلغ عدد المدنيين 159، بينهم 34 طفلاً و21 سيدة.",
    );
    const total = only(ar, 976);
    expect(only(ar, 159)).toMatchObject({ metric: "killed", subject: "civilians", partOf: total.id });
    expect(only(ar, 21)).toMatchObject({ metric: "killed", subject: "women", partOf: only(ar, 159).id });
  });
});

describe("a total and its list after a colon", () => {
  it("is no clock time when spaced ('stood at 398: 187 rebels, …')", () => {
    const en = extract("en", "The monitor said the overall death toll since Wednesday stood at 398: 187 rebels, 146 soldiers and government-aligned fighters, and 65 civilians.");
    const total = only(en, 398);
    expect([187, 146, 65].map((v) => only(en, v).partOf)).toEqual([total.id, total.id, total.id]);
    expect(extract("en", "At 11:30 on Sunday, 20 people were killed.").map((c) => c.quantity.value)).toEqual([20]);
  });
});

describe("parts opening the sentence after their total", () => {
  it("with a copula and a group take the total's metric ('Twenty-seven were HTS fighters')", () => {
    const en = extract(
      "en",
      "The Syrian Observatory said at least 44 combatants had been killed by late afternoon. Twenty-seven were HTS fighters and allied rebels and 17 were soldiers or members of pro-government militias, the monitor added.",
    );
    const total = only(en, 44);
    expect(only(en, 27)).toMatchObject({ metric: "killed", partOf: total.id, source: "sohr" });
    expect(only(en, 17)).toMatchObject({ metric: "killed", subject: "government", partOf: total.id });
    // (a sentence of another matter opening with a number and a copula is no part)
    expect(extract("en", "The monitor said 44 combatants were killed. 3 were the days of the truce.").map((c) => c.quantity.value)).toEqual([44]);
  });
});

describe("the rest of a breakdown in a sentence of its own", () => {
  it("is a part of the total ('The remaining 24 were civilians')", () => {
    const en = extract(
      "en",
      "The monitor said the death toll since Wednesday had climbed to 255. Of the dead, 144 were fighters from HTS and its allies and 87 were government soldiers or members of allied militias. The remaining 24 were civilians.",
    );
    expect(only(en, 24)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(en, 255).id });
  });
});

describe("a part joined to a nested part", () => {
  it("takes the total's metric, not that of the incident after it, and the list the incident's day", () => {
    const en = extract(
      "en",
      "Syrian regime and Russian warplanes killed 21 civilians, among them seven children and four women, in a wave of air raids on Idlib province on Monday, Syria's civil defence said.",
      "2024-12-03",
    );
    expect(only(en, 4)).toMatchObject({ metric: "killed", subject: "women", partOf: only(en, 21).id });
    expect(only(en, 21).window).toEqual({ start: "2024-12-02", end: "2024-12-02" });
    // (a metric word of its own between the two still counts: "and wounded 30 others")
    expect(only(extract("en", "The shelling killed 9 civilians, among them 4 children, and wounded 30 others."), 30).metric).toBe("injured");
  });
});

describe("a breakdown continued in a sentence of its own", () => {
  it("opens with 'the count also includes' ('ويشمل العدد أيضاً 467 …')", () => {
    const ar = extract("ar", "قُتل ما لا يقل عن 1,047 شخصاً منذ بدء الهجوم، من بينهم 154 مدنياً. ويشمل العدد أيضاً 467 من مقاتلي هيئة تحرير الشام، و426 من قوات النظام.");
    const total = only(ar, 1047);
    expect(only(ar, 467)).toMatchObject({ metric: "killed", subject: "hts", partOf: total.id });
    expect(only(ar, 426)).toMatchObject({ metric: "killed", subject: "syrian-army", partOf: total.id });
  });
  it("keeps a count restated in people in parentheses ('38,614 عائلة (201,320 نسمة)')", () => {
    const ar = extract("ar", "ارتفعت أعداد النازحين إلى 38,614 عائلة (201,320 نسمة)، توزعوا على أكثر من 340 مخيماً.");
    expect(only(ar, 201320).metric).toBe("displaced");
    expect(ar.map((c) => c.quantity.value)).toEqual([38614, 201320]);
  });
});

describe("the predicate of a nested part", () => {
  it("is the part's, not its total's ('315 من مقاتلي …، بينهم 41 قُتلوا بضربات جوية'), while a predicate after a parenthesis of parts is the total's", () => {
    const ar = extract("ar", "رصد المرصد ارتفاع الحصيلة إلى 704 أشخاص، وهم:\n- 315 من مقاتلي هيئة تحرير الشام، بينهم 41 قُتلوا بضربات جوية روسية.\n- 251 من قوات النظام، من ضمنهم 19 من عناصر الميليشيات التابعة لإيران.\n");
    expect(only(ar, 315)).toMatchObject({ metric: "killed", partOf: only(ar, 704).id });
    expect(only(ar, 41)).toMatchObject({ metric: "killed", partOf: only(ar, 315).id });
    expect(only(ar, 19)).toMatchObject({ subject: "iran-backed", partOf: only(ar, 251).id });
    const b = extract("ar", "قال الدفاع المدني إن 42 مدنياً، بينهم 13 طفلاً و9 نساء، قُتلوا جراء غارات جوية.");
    expect(only(b, 9).metric).toBe("killed");
  });
});

describe("a short lead-in before a colon", () => {
  it("opens a list on its line ('They are: 172 civilians, …'), and is no speaker; a restated date is part of 'as of'", () => {
    const text =
      "As of Monday evening, December 9, SOHR has documented the death of 1,020 people since the launch of the operation on November 27, 2024. They are: 172 civilians, including 31 children and 19 women; 493 members of HTS and allied factions; 288 members of regime forces and allied militias.";
    const en = extract("en", text, "2024-12-09", "Syrian Observatory for Human Rights");
    const total = only(en, 1020);
    expect(total.window).toEqual({ start: "2024-11-27", end: null });
    expect(only(en, 172)).toMatchObject({ metric: "killed", subject: "civilians", source: "sohr", partOf: total.id });
    expect(only(en, 493)).toMatchObject({ subject: "opposition", source: "sohr", partOf: total.id });
  });
});

describe("a list whose items open with ordinal markers", () => {
  it("reads 'أولاً: 118 مدنياً' … as items of the total, sourced to the speaker of the total, not to a label 'أولاً'", () => {
    const ar = extract(
      "ar",
      "وبحسب إحصائيات المرصد السوري، ارتفع عدد الذين قضوا منذ انطلاق العملية إلى 874، وهم:\nأولاً: 118 مدنياً، بينهم 29 طفلاً.\nثانياً: 412 من مقاتلي هيئة تحرير الشام.\nثالثاً: 323 من عناصر قوات النظام.\n",
      "2024-12-07",
    );
    const total = only(ar, 874);
    for (const v of [118, 412, 323]) expect(only(ar, v)).toMatchObject({ metric: "killed", source: "sohr", partOf: total.id });
    expect(only(ar, 29).partOf).toBe(only(ar, 118).id);
  });
});

describe("parts named after 'of which' and by their verb", () => {
  it("nests 'منها 212 غارة … و187 لطائرات النظام' under the strikes (a plane after lam is whose, not a unit)", () => {
    const ar = extract("ar", "ورصد المرصد السوري تنفيذ 399 غارة جوية منذ انطلاق العملية، منها 212 غارة للطائرات الروسية و187 لطائرات النظام.");
    const total = only(ar, 399);
    expect(only(ar, 212)).toMatchObject({ metric: "airstrikes", partOf: total.id });
    expect(only(ar, 187)).toMatchObject({ metric: "airstrikes", partOf: total.id });
  });
  it("nests 'They included 65 fighters …' under the total of the sentence before", () => {
    const en = extract("en", "The Syrian Observatory for Human Rights said 132 people had been killed in two days of fighting. They included 65 fighters from HTS and 44 members of the army and allied militias.");
    const total = only(en, 132);
    expect(only(en, 65)).toMatchObject({ metric: "killed", subject: "hts", partOf: total.id });
    expect(only(en, 44)).toMatchObject({ metric: "killed", partOf: total.id });
  });
  it("gives 'The dead included 148 fighters' its own metric, not that of the count before", () => {
    const en = extract("en", "The fighters had taken five districts by the evening, he added. The dead included 148 fighters from HTS and 28 civilians, according to the Observatory.");
    expect(only(en, 148)).toMatchObject({ metric: "killed", subject: "hts" });
    expect(only(en, 5).metric).toBe("localities-seized");
  });
  it("reads 'Of the rest, 244 were fighters …' as parts of the toll before", () => {
    const en = extract("en", "At least 457 people have been killed since Wednesday, the monitor said. The toll includes 72 civilians, according to the Syrian Observatory for Human Rights. Of the rest, 244 were fighters from HTS and 141 were soldiers.");
    const total = only(en, 457);
    expect(only(en, 244)).toMatchObject({ metric: "killed", subject: "hts", source: "sohr" });
    expect(only(en, 141)).toMatchObject({ metric: "killed", subject: "syrian-army" });
    expect(only(en, 72).partOf).toBe(total.id);
  });
});

describe("a toll set off from its number by an aside between dashes", () => {
  it("still names what the number counts, and a list after a comma continues its parts", () => {
    const text =
      "The death toll from four days of battles — which the Syrian Observatory for Human Rights, a Britain-based war monitor, compiles from a network of medics, activists and fighters on both sides — reached 327 on Saturday evening. They included 171 rebels, 112 soldiers and pro-government militiamen and 44 civilians, the group said.";
    const en = extract("en", text);
    const total = only(en, 327);
    expect(total.metric).toBe("killed");
    for (const v of [171, 112, 44]) expect(only(en, v)).toMatchObject({ metric: "killed", partOf: total.id });
    // (a bare number after "in" is no item of the list: "of whom some 18,000 are staying in 220 collective shelters")
    const shelters = extract("en", "An estimated 100,000 people displaced since 1 December are now in Tabqa, of whom some 18,000 are staying in 220 collective shelters.");
    expect(shelters.map((c) => c.quantity.value)).toEqual([100000, 18000]);
  });
});

describe("groups joined by 'and' before a member noun", () => {
  it("reads 'soldiers and members of pro-government forces' as both groups together", () => {
    expect(only(extract("en", "The monitor said 141 soldiers and members of pro-government forces were killed."), 141).subject).toBe("government");
    expect(only(extract("en", "The monitor said 65 fighters from HTS were killed."), 65).subject).toBe("hts");
  });
});

describe("counts of two speakers the lexicon does not know", () => {
  it("are no parts of each other, though both are 'other'", () => {
    const ar = extract("ar", "عنوان\n\nمن جانبها، قالت قوات سوريا الديمقراطية، في بيان أمس، إن مقاتليها قتلوا 46 مرتزقاً.\n\nووثّق مركز توثيق الانتهاكات في شمال وشرق سوريا مقتل 14 مدنياً، بينهم 5 أطفال، منذ 30 تشرين الثاني.", "2024-12-03", "Ronahi");
    const total = only(ar, 14);
    expect(total.partOf).toBeNull();
    expect(total.asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    expect(only(ar, 5).partOf).toBe(total.id);
  });
});

describe("an unknown speaker referred back to by its head noun", () => {
  it("is the same speaker, so its parts join its total ('أعلنت وزارة الصحة …' then 'وأوضحت الوزارة … بين الشهداء أربعة طلاب')", () => {
    const ar = extract("ar", "عنوان\n\nأعلنت وزارة الصحة ارتقاء 12 شهيداً من المدنيين جراء القذائف على أحياء مدينة حلب خلال يومين.\n\nوأوضحت الوزارة، في بيان، أن بين الشهداء أربعة طلاب جامعيين.", "2024-11-29", "SANA");
    expect(only(ar, 4).partOf).toBe(only(ar, 12).id);
  });
});

describe("a verb of another metric before 'of them'", () => {
  it("counts on its own, of the whole before ('1,853 مصاباً، بينهم … توفي 73 منهم')", () => {
    const ar = extract("ar", "عنوان\n\nفقد استقبلت المرافق الصحية 1,853 مصاباً، بينهم 412 طفلاً و198 امرأة، توفي 73 منهم متأثرين بجراحهم.", "2024-12-03", "SAMS");
    expect(only(ar, 73)).toMatchObject({ metric: "killed", subject: "all", partOf: null });
    expect(only(ar, 412).partOf).toBe(only(ar, 1853).id);
  });
});

describe("'one of them' in one word", () => {
  it("is a count of one nested in the count before it ('وقتل شخصان أحدهما طفل', 'بينهم ثلاثة ضباط أحدهم برتبة عميد')", () => {
    const child = extract("ar", "عنوان\n\nوقتل شخصان أحدهما طفل في القصف.", "2024-12-05");
    const one = only(child, 1);
    expect(one).toMatchObject({ metric: "killed", subject: "children", partOf: only(child, 2).id, quote: "أحدهما طفل" });
    const officers = extract("ar", "عنوان\n\nوأضافت المصادر أن 19 من عناصر الجيش ارتقوا شهداء، بينهم ثلاثة ضباط أحدهم برتبة عميد، فيما أقرّت بأسر المسلحين عنصرين من الجيش.", "2024-12-05");
    // (the rank's noun is no count of its own)
    expect(officers.map((c) => [c.quantity.value, c.metric])).toEqual([[19, "killed"], [3, "killed"], [1, "killed"], [2, "captured"]]);
  });
  it("is no count as a speaker ('وقال أحدهم إن …')", () => {
    expect(extract("ar", "عنوان\n\nوقال أحدهم إن القصف كان عنيفاً.", "2024-12-05")).toEqual([]);
  });
});

describe("a count over a span with both ends named", () => {
  it("is no part of a running total before it ('1,063 deaths since Nov. 27 … between Dec. 2 and Dec. 5, killed at least 287 combatants')", () => {
    const en = extract("en", "Title\n\nAs of Monday evening, the Syrian Observatory for Human Rights had recorded 1,063 deaths since Nov. 27, 208 of them civilians. The battle for Hama, between Dec. 2 and Dec. 5, killed at least 287 combatants on both sides, the group said.", "2024-12-10");
    expect(only(en, 208).partOf).toBe(only(en, 1063).id);
    expect(only(en, 287)).toMatchObject({ partOf: null, window: { start: "2024-12-02", end: "2024-12-05" } });
  });
});

describe("a list after an intro line", () => {
  it("lists no parts of a count smaller than its items ('One of our paramedics was killed … Our response so far: - 14 primary health centres')", () => {
    const text = "Over the past 48 hours, our teams recorded close to 9,000 new arrivals\n\nThe hospitals we support have received 436 wounded people since last Wednesday. One of our paramedics was killed and two of our staff were injured.\n\nOur response so far:\n- 14 primary health centres and 3 mobile clinics operating around the clock;\n- 650,000 litres of water trucked daily to 19 reception sites.";
    expect(extract("en", text, "2024-12-04", "Relief Charity").map((c) => c.quantity.value)).toEqual([9000, 436, 1, 2]);
  });
});

describe("a sentence opened by 'These were' or 'They were'", () => {
  it("lists the parts of the total before it, and an earlier total after them takes the day its sentence names", () => {
    const en = extract("en", "Title\n\nAccording to the Syrian Observatory for Human Rights, 926 people had been killed by Saturday evening. These were 447 fighters of HTS and allied groups, 331 soldiers and pro-government militiamen, and 148 civilians, the monitor said. On Thursday it had counted 802 dead.", "2024-12-08");
    const total = only(en, 926);
    expect([447, 331, 148].map((v) => [only(en, v).subject, only(en, v).partOf])).toEqual([["opposition", total.id], ["government", total.id], ["civilians", total.id]]);
    expect(only(en, 802)).toMatchObject({ rule: "en/earlier-figure", partOf: null, asOf: { earliest: "2024-12-05", latest: "2024-12-05" } });
  });
});

describe("a sentence opening with a part of the last count's group", () => {
  it("counts what that count counts ('… and 28 civilians. Nine of the civilians were children')", () => {
    const en = extract("en", "Title\n\nSOHR said 94 soldiers and 28 civilians were killed. Nine of the civilians were children, the monitor added.", "2024-11-29");
    expect(only(en, 9)).toMatchObject({ metric: "killed", subject: "children" });
  });
});

describe("the items of a list a metric word's verb opens", () => {
  it("all count what the word names ('The dead included 94 soldiers and 28 civilians')", () => {
    const en = extract("en", "Title\n\nThe dead included 94 soldiers and 28 civilians.", "2024-11-29");
    expect(en.map((c) => [c.quantity.value, c.metric])).toEqual([[94, "killed"], [28, "killed"]]);
  });
});

describe("a part opened by 'among these' in the sentence after its total", () => {
  it("nests 'أن بين هؤلاء 19 مدنياً' and 'Among these were 19 civilians' under the toll before", () => {
    const ar = extract("ar", "عنوان\n\nوقال المرصد إن حصيلة القتلى ارتفعت إلى 268 قتيلاً. وأضاف المرصد أن بين هؤلاء 19 مدنياً.", "2024-11-29");
    expect(only(ar, 19)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(ar, 268).id });
    const en = extract("en", "Title\n\nThe monitor said the toll had risen to 268 dead. Among these were 19 civilians, it said.", "2024-11-29");
    expect(only(en, 19)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(en, 268).id });
  });

  it("keeps a part's own verb and nests it under the count of that verb's metric, not the last count", () => {
    const ar = extract("ar", "عنوان\n\nقالت المنظمة إن 74 طفلاً قتلوا وأصيب أكثر من 180 آخرين. ومن بينهم 12 طفلاً قُتلوا بمخلفات الحرب خلال الأيام الثلاثة الماضية.", "2024-12-09");
    expect(only(ar, 12)).toMatchObject({ metric: "killed", partOf: only(ar, 74).id });
  });
});

describe("a bare figure of the organisation again, closing its sentence", () => {
  it("is its earlier figure of what it counted before ('Yesterday it was 571.', 'A week ago … it counted 255.')", () => {
    const en = extract("en", "Title\n\nTonight the Syrian Observatory for Human Rights puts the death toll at 602, among them 104 civilians. Yesterday it was 571.", "2024-12-03");
    expect(only(en, 571)).toMatchObject({ metric: "killed", subject: "all", source: "sohr", partOf: null, asOf: { earliest: "2024-12-02" }, window: { start: "2024-11-27" } });
    const counted = extract("en", "Title\n\nThe Syrian Observatory said at least 811 people had been killed since 27 November. A week ago it counted 255.", "2024-12-05");
    expect(only(counted, 255)).toMatchObject({ metric: "killed", source: "sohr" });
    // (not a number a sentence without the organisation's pronoun ends with)
    expect(extract("en", "Title\n\nThe monitor said 811 people had been killed. The crossing is 12.", "2024-12-05").map((c) => c.quantity.value)).toEqual([811]);
  });
});

describe("a count restating the figure before, past its parts over several sentences", () => {
  it("takes the metric of the total the parts broke down ('… 727 deaths … Of these, 111 … The remainder …: 318 … and 298 … the count stood at 480')", () => {
    const en = extract("en", "Title\n\nBy last night, the Syrian Observatory for Human Rights had counted 727 deaths since the offensive began on November 27. Of these, 111 were civilians. The remainder were split almost evenly between the two armed camps: 318 rebel fighters and 298 soldiers and pro-government militiamen. When this newspaper last wrote about Syria, on Monday, the count stood at 480.", "2024-12-05");
    expect(only(en, 480)).toMatchObject({ metric: "killed", source: "sohr", partOf: null });
  });
});

describe("an earlier figure with the speaker's verb right after it", () => {
  it("is a figure still ('That is up from 372 reported on Saturday')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights said 412 people had been killed. That is up from 372 reported on Saturday, the monitor told AFP.", "2024-12-01");
    expect(only(en, 372)).toMatchObject({ metric: "killed", source: "sohr", asOf: { earliest: "2024-11-30" } });
  });
});

describe("parts before the sum of them", () => {
  it("are parts of the sum, which counts everyone ('… و291 من قوات النظام، ليرتفع المجموع إلى 826', 'bringing the total to 826')", () => {
    const ar = extract("ar", "عنوان\n\nقال المرصد إن الحصيلة ارتفعت، فقد سجّل مقتل 150 مدنياً و402 من مقاتلي الفصائل و300 من قوات النظام، ليرتفع المجموع إلى 852 منذ 27 نوفمبر.", "2024-12-06");
    const arTotal = only(ar, 852);
    expect(arTotal).toMatchObject({ subject: "all", partOf: null });
    expect([150, 402, 300].map((v) => only(ar, v).partOf)).toEqual([arTotal.id, arTotal.id, arTotal.id]);
    const en = extract("en", "Title\n\nThe monitor recorded the deaths of 150 civilians, 402 opposition fighters and 300 government soldiers, bringing the total to 852 since 27 November.", "2024-12-06");
    const enTotal = only(en, 852);
    expect(enTotal.subject).toBe("all");
    expect([150, 402, 300].map((v) => only(en, v).partOf)).toEqual([enTotal.id, enTotal.id, enTotal.id]);
    // (one count before a total is no breakdown of it)
    const one = extract("en", "Title\n\nThe monitor recorded 150 more deaths, bringing the total to 852.", "2024-12-06");
    expect(only(one, 150).partOf).toBeNull();
  });
});

describe("'one of them' after a count", () => {
  it("is no count unless it names a group ('جُرح 5 …، أحدهم أثناء نقل الحليب' against 'قتل 4 أشخاص، أحدهم طفل')", () => {
    const ar = extract("ar", "عنوان\n\nوجُرح 6 من العاملين خلال الأسبوع الماضي، أحدهم أثناء نقل الحليب إلى المركز. وقتل 4 أشخاص، أحدهم طفل.", "2024-12-08");
    expect(ar.map((c) => [c.metric, c.quantity.value, c.subject])).toEqual([["injured", 6, "civilians"], ["killed", 4, "all"], ["killed", 1, "children"]]);
  });
});

describe("a part after an earlier figure of its total", () => {
  it("is a part of the newer count and does not take the earlier figure's day ('412, up from 277 on 28 NOV, incl. 61 civilians')", () => {
    const en = extract("en", "Title\n\n- Fatalities since 27 NOV (SOHR): 412, up from 277 on 28 NOV, incl. 61 civilians.", "2024-11-30");
    expect(only(en, 61)).toMatchObject({ partOf: only(en, 412).id, window: { start: "2024-11-27" } });
    expect(only(en, 277).asOf.earliest).toBe("2024-11-28");
  });
});

describe("a part after a time its total took", () => {
  it("covers the total's window, not a day of its own ('put the death toll at 547 this morning, 88 of them civilians')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights put the death toll at 547 this morning, 88 of them civilians.", "2024-12-02");
    expect(only(en, 88)).toMatchObject({ partOf: only(en, 547).id, window: only(en, 547).window });
    expect(only(en, 88).window.start).toBe("2024-11-27");
  });
});

describe("a total whose predicate comes after its parts set off between dashes", () => {
  it("is counted, its parts its own ('Some 277 people—149 rebels, 104 Syrian soldiers … and 24 civilians—have been killed')", () => {
    const en = extract("en", "Title\n\nSome 277 people—149 rebels, 104 Syrian soldiers and members of allied militias, and 24 civilians, a third of them children—have been killed since the offensive began Wednesday, according to the Syrian Observatory for Human Rights.", "2024-11-30");
    const total = only(en, 277);
    expect(total).toMatchObject({ metric: "killed", source: "sohr" });
    expect([149, 104, 24].map((v) => only(en, v).partOf)).toEqual([total.id, total.id, total.id]);
  });
});
