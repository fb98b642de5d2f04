import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

// Published Saturday 2024-11-30; the offensive (lexicon event) began Wednesday 2024-11-27.
const window = (language: string, text: string, value: number, published = "2024-11-30") => {
  const c = only(extract(language, text, published), value);
  return [c.window.start, c.window.end, c.tally];
};

describe("time of a count", () => {
  it("reads running totals since a day", () => {
    expect(window("ar", "وقال المرصد إن 242 شخصا قتلوا منذ الأربعاء.", 242)).toEqual(["2024-11-27", null, "running-total"]);
    expect(window("ar", "وقال المرصد إن 242 شخصا قتلوا منذ فجر الأربعاء الماضي.", 242)).toEqual(["2024-11-27", null, "running-total"]);
    expect(window("en", "The monitor said 242 people had been killed since Wednesday.", 242)).toEqual(["2024-11-27", null, "running-total"]);
  });
  it("reads counts over one day", () => {
    expect(window("ar", "وقال المرصد إن 19 مدنيا قتلوا يوم الخميس.", 19)).toEqual(["2024-11-28", "2024-11-28", "period"]);
    expect(window("ar", "وقال المرصد إن 19 مدنيا قتلوا الخميس.", 19)).toEqual(["2024-11-28", "2024-11-28", "period"]);
    expect(window("en", "Russian strikes killed 19 civilians on Thursday, the monitor said.", 19)).toEqual(["2024-11-28", "2024-11-28", "period"]);
    expect(window("ar", "وقال المرصد إن 7 مدنيين قتلوا أمس.", 7)).toEqual(["2024-11-29", "2024-11-29", "period"]);
    expect(window("ar", "وقال المرصد إن 7 مدنيين قتلوا اليوم.", 7)).toEqual(["2024-11-30", "2024-11-30", "period"]);
  });
  it("reads counts over the night and the past 24 hours", () => {
    expect(window("ar", "وقال المرصد إن 9 مدنيين قتلوا خلال الليل.", 9)).toEqual(["2024-11-29", "2024-11-30", "period"]);
    expect(window("en", "Nine civilians were killed overnight, the monitor said.", 9)).toEqual(["2024-11-29", "2024-11-30", "period"]);
    expect(window("ar", "وقال المرصد إن 132 شخصا قتلوا خلال الـ24 ساعة الماضية.", 132)).toEqual(["2024-11-29", "2024-11-30", "period"]);
    expect(window("en", "The monitor said 132 people were killed in the past 24 hours.", 132)).toEqual(["2024-11-29", "2024-11-30", "period"]);
    expect(window("en", "The monitor said 277 people were killed over two days.", 277)).toEqual(["2024-11-29", "2024-11-30", "period"]);
  });
  it("takes the start of the lexicon event for a running total with no start", () => {
    expect(window("ar", "وأفاد المرصد بارتفاع عدد القتلى إلى 327.", 327)).toEqual(["2024-11-27", null, "running-total"]);
    expect(window("en", "The death toll rose to 311, the monitor said.", 311)).toEqual(["2024-11-27", null, "running-total"]);
  });
  it("leaves no window start for a single incident", () => {
    expect(window("ar", "وذكرت وسائل الإعلام الرسمية أن أربعة مدنيين قتلوا عندما سقطت قذيفة على سكن جامعي.", 4)).toEqual([null, null, "period"]);
  });
  it("dates the statement by the day named with it", () => {
    expect(only(extract("ar", "وكان المرصد قد أعلن الخميس أن 200 شخص قتلوا."), 200).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
    expect(only(extract("en", "The monitor, which on Thursday had reported a toll of about 200 dead, said fighting continued."), 200).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
    expect(only(extract("en", "More than 240 people were killed, a monitor said Friday."), 240).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
  });
  it("keeps an uncertain publication date as an interval", () => {
    const c = only(extract("ar", "وقال المرصد إن 50 شخصا قتلوا منذ الأربعاء.", "2024-11-29", "Example News", "2024-11-30"), 50);
    expect(c.asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-30" });
    expect(c.window.start).toBe("2024-11-27");
  });
});

describe("as-of and copulas", () => {
  it("reads as of a day as the statement day, not a window", () => {
    const c = only(extract("en", "The UN said 115,000 people had been displaced as of Monday.", "2024-12-04"), 115000);
    expect(c.asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
    expect(c.tally).toBe("running-total");
  });
  it("reads a toll that tops a number as more than it", () => {
    expect(only(extract("en", "Syria death toll tops 700"), 700).quantity).toMatchObject({ qualifier: "more-than", low: 701 });
  });
});

describe("a running total dated by the start of the offensive", () => {
  it("reads 'since … began … on <day>' as a running total from that day", () => {
    const en = only(extract("en", "The monitor said 700 people had been killed since the offensive began in the north on November 27.", "2024-12-05"), 700);
    expect(en).toMatchObject({ tally: "running-total", window: { start: "2024-11-27", end: null } });
    const ar = only(extract("ar", "وقال المرصد إن عدد القتلى منذ انطلاق الهجوم فجر يوم الأربعاء 27 تشرين الثاني ارتفع إلى 700 شخص.", "2024-12-05"), 700);
    expect(ar).toMatchObject({ tally: "running-total", window: { start: "2024-11-27", end: null } });
  });
  it("keeps a day named without since as a count of that day", () => {
    const en = only(extract("en", "The monitor said 40 people were killed on Monday.", "2024-12-05"), 40);
    expect(en).toMatchObject({ tally: "period", window: { start: "2024-12-02" } });
  });
});

describe("a time named elsewhere in the sentence", () => {
  it("a day opening the sentence dates the counts after it", () => {
    expect(window("ar", "ردت فرق الإنقاذ يوم الخميس على بلاغات من قرى ريف إدلب الجنوبي وريف حلب الغربي، ما أسفر عن مقتل 12 مدنيا.", 12)).toEqual(["2024-11-28", "2024-11-28", "period"]);
    expect(window("en", "On Thursday rescuers answered calls from villages in the Idlib and western Aleppo countryside that left 12 civilians dead.", 12)).toEqual(["2024-11-28", "2024-11-28", "period"]);
  });
  it("a day closing the sentence after a strike dates all its counts", () => {
    const ar = extract("ar", "وقال الدفاع المدني إن 14 مدنيا قتلوا، بينهم 5 أطفال، وأصيب 40 آخرون بغارات روسية على مدينة إدلب الخميس.");
    expect([14, 5, 40].map((v) => only(ar, v).window.start)).toEqual(["2024-11-28", "2024-11-28", "2024-11-28"]);
    const en = extract("en", "The White Helmets said 14 civilians were killed, including 5 children, and 40 others wounded in airstrikes on Idlib city on Thursday.");
    expect([14, 5, 40].map((v) => only(en, v).window.start)).toEqual(["2024-11-28", "2024-11-28", "2024-11-28"]);
  });
  it("a day after an attribution is the statement's, not the window's", () => {
    expect(window("en", "On Thursday, the monitor said 300 people had been killed.", 300)).toEqual(["2024-11-27", null, "running-total"]);
  });
});

describe("an opening time shared by coordinated counts", () => {
  it("covers every count after it in the sentence", () => {
    const en = extract("en", "During fighting overnight, the rebels killed 40 soldiers and took 15 prisoner.", "2024-11-30", "Example News");
    expect(only(en, 15).window).toEqual(only(en, 40).window);
    expect(only(en, 15).tally).toBe("period");
    const ar = extract("ar", "وخلال الليلة الماضية، قتلت الفصائل 40 جنديا وأسرت 15 آخرين.");
    expect(only(ar, 15).window).toEqual(only(ar, 40).window);
    expect(only(ar, 15).tally).toBe("period");
  });
});

describe("the past n days with the unit first", () => {
  it("reads الأيام الثلاثة الماضية and اليومين الماضيين as the days ending on the statement day", () => {
    expect(window("ar", "وقال المرصد إن 50 شخصا قتلوا خلال الأيام الثلاثة الماضية.", 50)).toEqual(["2024-11-28", "2024-11-30", "period"]);
    expect(window("ar", "وقال المرصد إن الفصائل سيطرت على 12 بلدة خلال اليومين الماضيين.", 12)).toEqual(["2024-11-29", "2024-11-30", "period"]);
    expect(window("en", "The monitor said 50 people were killed over the past three days.", 50)).toEqual(["2024-11-28", "2024-11-30", "period"]);
  });
  it("reads a count over a number of hours as the days they reach back over", () => {
    expect(window("en", "Over the past 48 hours, at least 80 civilians have been killed, the monitor said.", 80)).toEqual(["2024-11-28", "2024-11-30", "period"]);
    expect(window("ar", "وقال المرصد إن 80 مدنياً قتلوا خلال الساعات الـ48 الماضية.", 80)).toEqual(["2024-11-28", "2024-11-30", "period"]);
    expect(window("ar", "وقال المرصد إن 80 مدنياً قتلوا خلال 72 ساعة.", 80)).toEqual(["2024-11-27", "2024-11-30", "period"]);
  });
});

describe("a toll by a day", () => {
  it("reads a toll that rose to a number on a day as the running total of that day", () => {
    const en = only(extract("en", "The death toll rose to 327 on Friday, the monitor said.", "2024-12-01"), 327);
    expect(en).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" }, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
    // (and one that stood at a number on a day: "Its toll stood at 290 on Friday")
    const stood = only(extract("en", "The monitor said 374 people had been killed. Its toll stood at 290 on Friday.", "2024-11-30"), 290);
    expect(stood).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" }, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
    // (a day named after the number is no unit of it)
    const ar = only(extract("ar", "وارتفعت حصيلة القتلى إلى 327 يوم الجمعة، بحسب المرصد.", "2024-12-01"), 327);
    expect(ar).toMatchObject({ metric: "killed", tally: "running-total", asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
    // (the day of an incident before the toll stays the incident's)
    const before = only(extract("ar", "وكانت حصيلة ضحايا الاعتداء على المدينة الجامعية يوم الجمعة الماضي قد ارتفعت إلى خمسة طلاب.", "2024-12-03"), 5);
    expect(before.window).toEqual({ start: "2024-11-29", end: "2024-11-29" });
  });
  it("reads 'by Friday evening' and 'حتى مساء الجمعة' as the day the running total stood at", () => {
    const en = only(extract("en", "The monitor put the overall death toll at 268 by Friday evening.", "2024-11-30"), 268);
    expect(en).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" }, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
    const ar = only(extract("ar", "ووثق المرصد مقتل 268 شخصا حتى مساء الجمعة.", "2024-11-30"), 268);
    expect(ar).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" }, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
  });
  it("reads the Maghreb's 'إلى حدود مساء أمس' so too, and 'في آخر تحديث له أصدره الاثنين' as the statement's day", () => {
    const ar = only(extract("ar", "وثق المرصد السوري لحقوق الإنسان، إلى حدود مساء أمس الثلاثاء، مقتل 652 شخصا.", "2024-12-04"), 652);
    expect(ar.asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    const issued = only(extract("ar", "قدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، في آخر تحديث له أصدره الاثنين، عدد الأشخاص الذين نزحوا منذ 27 نونبر بحوالي 120 ألف شخص.", "2024-12-04"), 120000);
    expect(issued.asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("the past N hours with the unit first", () => {
  it("is a window, and its number no count ('الساعات الـ48 الماضية', 'الفائتة')", () => {
    const ar = extract("ar", "وثق المرصد خلال الساعات الـ48 الماضية مقتل 66 شخصاً.", "2024-12-08");
    expect(ar.map((c) => c.quantity.value)).toEqual([66]);
    expect(ar[0]!.window).toEqual({ start: "2024-12-06", end: "2024-12-08" });
    const ar2 = extract("ar", "وكان المرصد قد وثق خلال الساعات الـ24 الفائتة مقتل 66 شخصاً.", "2024-12-08");
    expect(ar2.map((c) => c.quantity.value)).toEqual([66]);
    expect(ar2[0]!.window).toEqual({ start: "2024-12-07", end: "2024-12-08" });
  });
});

describe("a span since a day closed by another", () => {
  it("is a running total since the first as of the second ('منذ 27 تشرين الثاني وحتى مساء أمس')", () => {
    const ar = extract("ar", "منذ 27 تشرين الثاني وحتى مساء أمس الإثنين 9 كانون الأول، وثقت فرقنا مقتل 228 مدنياً.", "2024-12-10");
    expect(only(ar, 228)).toMatchObject({ window: { start: "2024-11-27", end: null }, asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
    const en = extract("en", "Since 27 November until Monday, 9 December, our teams documented the deaths of 228 civilians.", "2024-12-10");
    expect(only(en, 228)).toMatchObject({ window: { start: "2024-11-27", end: null }, asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
  });
  it("closing a sentence, covers every count in it ('قُتل 73 مدنياً، بينهم 25 طفلاً، وأصيب ما يزيد على 260 آخرين، … منذ 27 تشرين الثاني وحتى مساء أمس الإثنين')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب الدفاع المدني السوري، فقد قُتل 73 مدنياً، بينهم 25 طفلاً و9 نساء، وأصيب ما يزيد على 260 آخرين، جراء الهجمات على شمال غرب سوريا منذ 27 تشرين الثاني وحتى مساء أمس الإثنين.", "2024-12-03");
    expect([73, 25, 260].map((v) => only(ar, v).asOf.earliest)).toEqual(["2024-12-02", "2024-12-02", "2024-12-02"]);
  });
  it("is referred back to by 'during this period' in a later sentence", () => {
    const ar = extract("ar", "منذ 27 تشرين الثاني وحتى مساء أمس، استجابت فرقنا لأكثر من 520 هجوماً.\nووثقت فرقنا خلال هذه الفترة مقتل 228 مدنياً، بينهم 71 طفلاً.", "2024-12-10");
    expect(only(ar, 228)).toMatchObject({ window: { start: "2024-11-27", end: null }, asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
    expect(only(ar, 71).asOf).toEqual({ earliest: "2024-12-09", latest: "2024-12-09" });
  });
});

describe("a window between two days", () => {
  it("has both ends, the first day's month may be the second's ('between 5 and 8 December')", () => {
    const en = extract("en", "OCHA has received reports that at least 38 civilians were killed in Hama between 5 and 8 December.", "2024-12-09");
    expect(only(en, 38)).toMatchObject({ window: { start: "2024-12-05", end: "2024-12-08" }, tally: "period" });
    const en2 = extract("en", "Between 27 November and Monday evening, our teams documented the deaths of 228 civilians.", "2024-12-10");
    expect(only(en2, 228).window).toEqual({ start: "2024-11-27", end: "2024-12-09" });
    // (a range of numbers is no range of days)
    expect(only(extract("en", "Between 20 and 30 people were killed on 8 December.", "2024-12-09"), null).quantity).toMatchObject({ low: 20, high: 30 });
  });
});

describe("a weekday followed by its date", () => {
  it("is that date ('منذ الأربعاء 27 تشرين الثاني حتى مساء أمس الثلاثاء' in a Wednesday statement)", () => {
    const ar = extract("ar", "ووثقت فرقنا منذ الأربعاء 27 تشرين الثاني حتى مساء أمس الثلاثاء مقتل 97 مدنياً، بينهم 35 طفلاً.", "2024-12-04");
    expect(only(ar, 97)).toMatchObject({ window: { start: "2024-11-27", end: null }, asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    expect(only(extract("en", "Since Wednesday, November 27, at least 97 civilians have been killed.", "2024-12-04"), 97).window.start).toBe("2024-11-27");
  });
});

describe("a count right after a date with its day", () => {
  it("is a count, not the date's year ('منذ ٢٧ تشرين الثاني ٩١٠ أشخاص'), while a year still belongs to the date", () => {
    const ar = extract("ar", "وبلغت حصيلة القتلى منذ ٢٧ تشرين الثاني ٩١٠ أشخاص، بينهم ٤٧٤ من هيئة تحرير الشام.", "2024-12-08");
    expect(only(ar, 910)).toMatchObject({ metric: "killed", window: { start: "2024-11-27", end: null } });
    expect(extract("ar", "وبلغت حصيلة القتلى منذ 27 تشرين الثاني 2024 نحو 900 شخص.", "2024-12-08").map((c) => c.quantity.value)).toEqual([900]);
    // (the month's other name after a slash is the same date's: "منذ 27 تشرين الثاني/نوفمبر 115 ألف شخص")
    const slash = extract("ar", "وتجاوز عدد النازحين في شمال سوريا منذ 27 تشرين الثاني/نوفمبر 115 ألف شخص.", "2024-12-04");
    expect(only(slash, 115_000)).toMatchObject({ metric: "displaced", window: { start: "2024-11-27", end: null } });
  });
});

describe("the day a toll was published", () => {
  it("is the statement day when named after the verb of publishing ('في حصيلة نشرها مساء أمس السبت', 'في آخر تحديث له أمس')", () => {
    const ar = extract("ar", "من جهته، قال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، في حصيلة نشرها مساء أمس السبت، إن عدد الذين لقوا حتفهم منذ بدء الهجوم بلغ 412 شخصاً.", "2024-12-01");
    expect(only(ar, 412).asOf).toEqual({ earliest: "2024-11-30", latest: "2024-11-30" });
    const ocha = extract("ar", "وقدّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، في آخر تحديث له أمس، عدد النازحين منذ 26 تشرين الثاني بنحو 1.1 مليون شخص.", "2024-12-10");
    expect(only(ocha, 1100000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
  });
});

describe("the day a running total stood at, named apart from its start", () => {
  it("closes the total ('حتى مساء أمس، قُتل 804 أشخاص منذ 27 نوفمبر')", () => {
    const c = only(extract("ar", "وبحسب حصيلة أوردها المرصد لوكالة فرانس برس حتى أمس، قُتل 804 أشخاص منذ 27 نوفمبر.", "2024-12-06"), 804);
    expect(c.asOf).toEqual({ earliest: "2024-12-05", latest: "2024-12-05" });
    expect(c.window.start).toBe("2024-11-27");
  });
});

describe("a statement day closing an aside between the speaker and what is said", () => {
  it("is the statement's day ('، في بيان مصوّر بُثّ مساء أمس، إن …')", () => {
    const ar = only(extract("ar", "وقالت «إدارة العمليات العسكرية»، في بيان مصوّر بُثّ مساء أمس، إن مقاتليها حرروا 23 بلدة وقرية في ريف حماة.", "2024-12-06"), 23);
    expect(ar.asOf).toEqual({ earliest: "2024-12-05", latest: "2024-12-05" });
    const en = only(extract("en", "The Military Operations Command said, in a video statement broadcast on Thursday, that its fighters had taken 23 villages.", "2024-12-06"), 23);
    expect(en.asOf).toEqual({ earliest: "2024-12-05", latest: "2024-12-05" });
  });
});

describe("the day a report's figures stand at, above its body", () => {
  it("dates the counts that name no day of their own, not the publication day", () => {
    const en = extract("en", "Situation Report on Northern Syria\n\nFLASH UPDATE\nInformation valid as of 2 December 2024, 18:00 (Damascus time)\nPublished: 3 December 2024\n\nFive refugees have been killed and at least 14 injured, according to field staff. One staff member was killed on 30 November.", "2024-12-03");
    expect(only(en, 5).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
    expect(only(en, 1).window).toMatchObject({ start: "2024-11-30" });
  });
  it("opening a long header line ('Data cut-off: 2 December 2024, 18:00 … All figures below are as of the data cut-off')", () => {
    const en = extract("en", "NORTHWEST SYRIA: CCCM CLUSTER FLASH UPDATE #3\nDisplacement following the escalation of hostilities\n\nCross-Border CCCM Cluster\nDate of issue: 3 December 2024\nData cut-off: 2 December 2024, 18:00 (Gaziantep time). All figures below are as of the data cut-off unless stated otherwise.\n\nKEY FIGURES\n- 61,482 newly displaced individuals recorded in IDP sites since 27 November", "2024-12-03");
    expect(only(en, 61_482).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
  it("is not a count's own day in a headline", () => {
    const en = extract("en", "Death toll at 300 as of 2 December\n\nAt least 40 people were killed on Sunday, rescuers said.", "2024-12-03");
    expect(only(en, 40).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
  });
});

describe("a report whose body opens with key figures", () => {
  it("dates them by the as-of line in its first lines", () => {
    const en = extract("en", "DTM Syria | Flash Update #2\nDisplacement in North-west Syria\nData as of 2 December 2024, 17:00 | Published 3 December 2024\n\nKEY FIGURES\n69,310 individuals displaced\n13,862 displaced households", "2024-12-03", "IOM");
    expect(only(en, 69310).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("a date with the month's other name after a slash", () => {
  it("is one date with its year, and the count after it keeps its metric", () => {
    const c = only(extract("ar", "قال المرصد يوم الجمعة 6 كانون الأول/ديسمبر 2024 إن 43 شخصاً قتلوا في سوريا.", "2024-12-07"), 43);
    expect(c).toMatchObject({ metric: "killed", subject: "all" });
    expect(c.asOf).toEqual({ earliest: "2024-12-06", latest: "2024-12-06" });
  });
});

describe("a day named after a monitor's recording verb", () => {
  it("is the day the count covers when nothing else says so", () => {
    const c = only(extract("ar", "وثّقت اللجنة السورية لحقوق الإنسان يوم الجمعة 6 كانون الأول/ديسمبر 2024 مقتل 43 شخصاً في سوريا.", "2024-12-07"), 43);
    expect(c.window).toEqual({ start: "2024-12-06", end: "2024-12-06" });
    expect(c.asOf).toEqual({ earliest: "2024-12-07", latest: "2024-12-07" });
  });
  it("is the statement's day for a running total, or after an earlier statement's verb", () => {
    expect(only(extract("ar", "وثّق المرصد يوم الجمعة مقتل 343 شخصاً منذ بدء العملية.", "2024-11-30"), 343).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
    expect(only(extract("ar", "وكان المرصد قد أحصى، مساء الخميس، 198 قتيلاً.", "2024-11-30"), 198).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
    expect(only(extract("en", "The monitor had documented on Thursday 198 deaths.", "2024-11-30"), 198).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
  });
  it("is the statement's day right after a verb of publishing ('فوثّق في تقرير نشره الأربعاء مقتل 104 مدنيين')", () => {
    const ar = only(extract("ar", "أما الدفاع المدني السوري، فوثّق في تقرير نشره الأربعاء مقتل 104 مدنيين وإصابة 389 آخرين.", "2024-12-06"), 104);
    expect(ar.asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
    expect(ar.window.start).toBe("2024-11-27");
    const en = only(extract("en", "The White Helmets documented, in a report released on Wednesday, the deaths of 104 civilians.", "2024-12-06"), 104);
    expect(en.asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
  });
});

describe("a day closing an aside on the statement", () => {
  it("dates it though a quoted name lengthens the aside ('، في بيان تلقت «الثورة» نسخة منه مساء أمس، أن')", () => {
    const c = only(extract("ar", "عنوان\n\nوأعلنت القيادة العامة للجيش والقوات المسلحة، في بيان تلقت «الثورة» نسخة منه مساء أمس، أن قواتنا المسلحة قضت منذ فجر الأربعاء على ٤٣٧ إرهابياً.", "2024-11-28", "Al-Thawra"), 437);
    expect(c.asOf).toEqual({ earliest: "2024-11-27", latest: "2024-11-27" });
  });
});

describe("a day in what is said after 'أن'", () => {
  it("does not date the statement of an earlier count ('مشيراً إلى أن غارات ليل الأحد – الاثنين …')", () => {
    const ar = extract("ar", "عنوان\n\nوأفاد المرصد السوري لحقوق الإنسان بأن إسرائيل شنّت ما لا يقل عن 310 غارات منذ صباح الأحد، مشيراً إلى أن غارات ليل الأحد – الاثنين وحدها تجاوزت 100 غارة.", "2024-12-09", "LBCI");
    expect(only(ar, 310).asOf).toEqual({ earliest: "2024-12-09", latest: "2024-12-09" });
  });
});

describe("a war's toll since a past year with whose estimate it is set off", () => {
  it("is history ('حرباً اندلعت في آذار 2011 وخلّفت، بحسب تقديرات المرصد، أكثر من 600 ألف قتيل')", () => {
    expect(extract("ar", "عنوان\n\nويطوي سقوط الأسد حرباً اندلعت في آذار 2011 وخلّفت، بحسب تقديرات المرصد، أكثر من 600 ألف قتيل.", "2024-12-09")).toEqual([]);
  });
  it("but a speaker named past the year reports a count of now ('… since 2016, Russia's state news agency reported, … at least 200')", () => {
    const en = extract("en", "Title\n\nRussian jets struck Aleppo overnight for the first time since 2016, Russia's state news agency RIA Novosti reported, quoting the defence ministry in Moscow as saying at least 200 \"militants\" had been killed.", "2024-11-30");
    expect(only(en, 200).metric).toBe("killed");
  });
});

describe("an earlier figure restated after a count", () => {
  it("is a claim of its own over the same window, as of the day named ('up from 153 late on Wednesday', 'بعد أن كانت 311 مساء الجمعة')", () => {
    const en = extract("en", "The monitor said 218 people had been killed since Wednesday, up from 153 late on Wednesday. Of the dead, 117 were fighters.", "2024-11-28");
    const now = only(en, 218);
    const before = only(en, 153);
    expect(before).toMatchObject({ metric: "killed", source: "sohr", window: now.window, asOf: { earliest: "2024-11-27", latest: "2024-11-27" }, quote: "up from 153" });
    expect(now.asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
    // (the parts that follow are the newer count's)
    expect(only(en, 117).partOf).toBe(now.id);
    const ar = extract("ar", "وقال المرصد إن حصيلة القتلى ارتفعت إلى 327 بعد أن كانت 311 مساء الجمعة.", "2024-11-30");
    expect(only(ar, 327).asOf).toEqual({ earliest: "2024-11-30", latest: "2024-11-30" });
    expect(only(ar, 311)).toMatchObject({ metric: "killed", source: "sohr", asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
  });
  it("with no day named, is as of some day between the window's start and the statement", () => {
    const c = only(extract("en", "The monitor said the toll had risen to 218, up from 153.", "2024-11-30"), 153);
    expect(c.asOf).toEqual({ earliest: "2024-11-27", latest: "2024-11-30" });
  });
  it("takes the metric of the count it restates, not a later one's ('14 people had been killed …, up from nine …, and dozens more had been injured')", () => {
    const en = extract("en", "Title\n\nThe Kurdish Red Crescent said on Wednesday that 14 people had been killed in attacks on convoys since the exodus began, up from nine at the start of the week, and that dozens more had been injured.", "2024-12-05");
    expect(only(en, 9)).toMatchObject({ metric: "killed", rule: "en/earlier-figure", partOf: null });
  });
  it("so is a count an earlier statement gave, in the pluperfect ('It had reported 277 deaths on Friday', 'في حين كانت الحصيلة 602 قتيل في 3 ديسمبر')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights said the death toll since the offensive began Wednesday had risen to 318, among them 49 civilians. It had reported 277 deaths on Friday.", "2024-11-30");
    expect(only(en, 277)).toMatchObject({ rule: "en/earlier-figure", partOf: null, quote: "had reported 277 deaths", window: only(en, 318).window, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
    const ar = extract("ar", "عنوان\n\nقال المرصد السوري لحقوق الإنسان، في آخر حصيلة نشرها أمس الاثنين، إن عدد القتلى منذ بدء الهجوم ارتفع إلى 1,042 قتيلاً، في حين كانت الحصيلة 602 قتيل في 3 ديسمبر.", "2024-12-10");
    expect(only(ar, 602)).toMatchObject({ rule: "ar/earlier-figure", partOf: null, asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
  });
  it("but with no count of its metric just before, is a total of its own that takes its parts, as of the night named ('By last night, SOHR had counted 727 deaths … Of these, 111 were civilians')", () => {
    const en = extract("en", "Title\n\nThe human cost has been heavy. By last night, the Syrian Observatory for Human Rights had counted 727 deaths since the offensive began on November 27. Of these, 111 were civilians.", "2024-12-05");
    const total = only(en, 727);
    expect(total).toMatchObject({ rule: "en/count-of-killed", asOf: { earliest: "2024-12-04", latest: "2024-12-04" }, window: { start: "2024-11-27", end: null } });
    expect(only(en, 111)).toMatchObject({ subject: "civilians", partOf: total.id });
  });
  it("and an 'as of' opening the sentence dates every count in it with no time of its own ('By Saturday evening, … 905 deaths, …, and more than 1,300 wounded')", () => {
    const en = extract("en", "Title\n\nThe offensive began in Idlib on November 27. By Saturday evening, the Syrian Observatory for Human Rights counted 905 deaths, of which 141 were civilians, and more than 1,300 wounded.", "2024-12-08");
    expect([905, 141, 1300].map((v) => only(en, v).asOf.earliest)).toEqual(["2024-12-07", "2024-12-07", "2024-12-07"]);
  });
  it("and a total a verb of stating puts 'at' a number stood at the day after it ('put the number of newly displaced at 386,000 on Friday')", () => {
    const en = extract("en", "Title\n\nThe UN's humanitarian office put the number of newly displaced at 386,000 on Friday, and that was before Homs emptied.", "2024-12-08");
    expect(only(en, 386000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-06", latest: "2024-12-06" }, window: { start: "2024-11-27" } });
  });
  it("and 'the same day' is the day named before it ('… حتى مساء أمس الجمعة، … نزحوا حتى اليوم نفسه', 'by the same day')", () => {
    const ar = extract("ar", "عنوان\n\nويقول المرصد السوري لحقوق الإنسان إن حصيلة القتلى منذ بدء الهجوم تجاوزت 300 حتى مساء أمس الجمعة، فيما تقدّر الأمم المتحدة أن أكثر من 27 ألف شخص نزحوا حتى اليوم نفسه.", "2024-11-30");
    expect(only(ar, 27000).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
    const en = extract("en", "Title\n\nOn Wednesday the Observatory counted 40 air strikes. The UN said more than 27,000 people had fled by the same day.", "2024-11-30");
    expect(only(en, 27000).asOf).toEqual({ earliest: "2024-11-27", latest: "2024-11-27" });
  });
  it("and 'the previous day' is the day before the one named before it, else yesterday ('By Saturday evening … at 370,000 the previous day')", () => {
    const en = extract("en", "Title\n\nBy Saturday evening, the Syrian Observatory for Human Rights counted 905 deaths. The UN humanitarian office had put the number of displaced at 370,000 the previous day.", "2024-12-08");
    expect(only(en, 370000).asOf).toEqual({ earliest: "2024-12-06", latest: "2024-12-06" });
    // (the quote ends with the count, not with the article that opens the time after it)
    expect(only(en, 370000).quote).toBe("displaced at 370,000");
    const alone = extract("en", "Title\n\nThe UN humanitarian office had put the number of displaced at 370,000 the previous day.", "2024-12-08");
    expect(only(alone, 370000).asOf).toEqual({ earliest: "2024-12-07", latest: "2024-12-07" });
  });
  it("and 'the next day' is the day after the one named before it, not past the statement ('ودفنّا يوم الإثنين … وفي اليوم التالي قرأت أن المرصد رفع الحصيلة إلى 704')", () => {
    const ar = extract("ar", "عنوان\n\nسقطت قذيفة يوم الإثنين قرب المخيم. وفي اليوم التالي قرأت أن المرصد رفع الحصيلة الكلية إلى 704 قتلى.", "2024-12-04");
    expect(only(ar, 704)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    const en = extract("en", "Title\n\nOn Monday the Observatory counted 40 air strikes. The following day the Observatory said 704 people had been killed.", "2024-12-04");
    expect(only(en, 704).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    // (a day after the statement's is none: the count stands at the statement's day)
    const late = extract("en", "Title\n\nOn Wednesday the Observatory counted 40 air strikes. The following day the Observatory said 704 people had been killed.", "2024-12-04");
    expect(only(late, 704).asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
  });
  it("and 'As of this morning' is the publication's day, a running total's, not a window of its own", () => {
    const en = extract("en", "Title\n\nAs of this morning, the Syrian Observatory for Human Rights said 514 people had been killed.", "2024-12-02");
    expect(only(en, 514)).toMatchObject({ asOf: { earliest: "2024-12-02", latest: "2024-12-02" }, window: { start: "2024-11-27" }, tally: "running-total" });
  });
  it("names a day after its verb in the pluperfect that dates its own count, not the total before it ('… ارتفع إلى 182 شخصاً، بعدما كان قد أحصى مساء أمس مقتل 132')", () => {
    const ar = extract("ar", "عنوان\n\nوقال المرصد السوري لحقوق الإنسان إن عدد القتلى منذ بدء الهجوم فجر أمس الأربعاء ارتفع إلى 182 شخصاً، بعدما كان قد أحصى مساء أمس مقتل 132.", "2024-11-28");
    expect([only(ar, 182).asOf.earliest, only(ar, 132).asOf.earliest]).toEqual(["2024-11-28", "2024-11-27"]);
  });
  it("and so is a count a noun of counts gives with a day of its own ('The group's count stood at 540 on Monday', 'The figure was two hundred and sixty-eight yesterday')", () => {
    const en = extract("en", "Title\n\nAs of Wednesday evening, at least 727 people had been killed since the offensive began on Nov. 27, according to the Syrian Observatory for Human Rights. That includes 118 civilians. The group's count stood at 540 on Monday.", "2024-12-05");
    expect(only(en, 540)).toMatchObject({ metric: "killed", rule: "en/earlier-figure", partOf: null, window: only(en, 727).window, asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
    const words = extract("en", "Title\n\nThe Syrian Observatory for Human Rights says three hundred and thirty-six people have now been killed since Wednesday, forty-four of them civilians. The figure was two hundred and sixty-eight yesterday.", "2024-11-30");
    expect(only(words, 268)).toMatchObject({ rule: "en/earlier-figure", partOf: null, window: only(words, 336).window, asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
  });
  it("with the toll named between its verb and the number ('had put the toll at 121 late on Wednesday'), not past a day ('قد أحصى حتى مساء أمس السبت 941 قتيلاً، هم …')", () => {
    const en = extract("en", "Title\n\nAt least 167 people have been killed since Wednesday, a war monitor said on Thursday. The Britain-based monitor had put the toll at 121 late on Wednesday.", "2024-11-28");
    expect(only(en, 121)).toMatchObject({ rule: "en/earlier-figure", window: only(en, 167).window, asOf: { earliest: "2024-11-27", latest: "2024-11-27" } });
    const ar = extract("ar", "عنوان\n\nقال المرصد إن عدد القتلى ارتفع إلى 980. وكان المرصد قد أحصى حتى مساء أمس السبت 941 قتيلاً، هم 412 من مقاتلي الفصائل و361 من عناصر قوات النظام و168 مدنياً.", "2024-12-08");
    expect(only(ar, 412).partOf).toBe(only(ar, 941).id);
  });
  it("with its day between the cue and the number ('وللمقارنة، كانت الحصيلة صباح أمس الثلاثاء 602')", () => {
    const ar = extract("ar", "عنوان\n\nالمرصد أبلغنا قبل قليل أن الرقم تحديدا 727 قتيلا، منهم 111 مدنيا. وللمقارنة، كانت الحصيلة صباح أمس الثلاثاء 602.", "2024-12-04");
    expect(only(ar, 602)).toMatchObject({ rule: "ar/earlier-figure", partOf: null, window: only(ar, 727).window, asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    // (and that day is not the newer count's, before it in the sentence)
    const after = extract("ar", "عنوان\n\nوقال المرصد إن عدد القتلى ارتفع إلى 704، بعدما كانت الحصيلة صباح أمس الثلاثاء 602.", "2024-12-04");
    expect([only(after, 704).asOf.earliest, only(after, 602).asOf.earliest]).toEqual(["2024-12-04", "2024-12-03"]);
  });
  it("restates the count of the sentence before, and is no part of it ('… 910 people have been killed … That is up from 826 in the figures it released on Thursday.')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights now says at least 910 people have been killed since the offensive began on November 27, including 138 civilians. That is up from 826 in the figures it released on Thursday.", "2024-12-08");
    expect(only(en, 826)).toMatchObject({ metric: "killed", source: "sohr", partOf: null, window: only(en, 910).window, asOf: { earliest: "2024-12-05", latest: "2024-12-05" } });
  });
  it("after a breakdown, counts whom the total counts and is of its own day ('… و١٥٢ مدنياً، ارتفاعاً من ٨٢٦ مساء السبت')", () => {
    const ar = extract("ar", "عنوان\n\nوفق الحصيلة التي أعلنها المرصد السوري لحقوق الإنسان ليل الأحد، بلغ عدد القتلى منذ ٢٧ نوفمبر ٩١٠ أشخاص، هم ٣٨٠ من عناصر الفصائل و٣٧٨ من قوات النظام و١٥٢ مدنياً، ارتفاعاً من ٨٢٦ مساء السبت.", "2024-12-10");
    expect(only(ar, 826)).toMatchObject({ rule: "ar/earlier-figure", subject: only(ar, 910).subject, partOf: null, asOf: { earliest: "2024-12-07", latest: "2024-12-07" } });
  });
  it("with who gave it and when ('197 people had been killed …, up from 153 it had reported late on Wednesday night'): the day is the earlier figure's, not the statement's", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights said 197 people had been killed since the fighting erupted at dawn on Wednesday, up from 153 it had reported late on Wednesday night.", "2024-11-28");
    expect([only(en, 153).metric, only(en, 153).asOf.earliest, only(en, 197).asOf.earliest]).toEqual(["killed", "2024-11-27", "2024-11-28"]);
  });
  it("dated some days back ('up from 92 a day earlier', 'up from 280,000 two days earlier'), counting whom the part opening its sentence counts", () => {
    const en = extract("en", "Title\n\nAt least 571 people have now died in the offensive, according to the Syrian Observatory for Human Rights. That figure includes 104 civilians, the UK-based monitor said, up from 92 a day earlier.\n\nOCHA put the number of newly displaced at 335,000, up from 280,000 two days earlier.", "2024-12-03");
    expect(only(en, 92)).toMatchObject({ metric: "killed", subject: "civilians", asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
    expect(only(en, 280000)).toMatchObject({ metric: "displaced", quote: "up from 280,000", asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
  });
});

describe("the week ending a day", () => {
  it("is the seven days ending on it ('in the week ending Friday, Dec. 6', 'خلال الأسبوع المنتهي يوم الجمعة 6 كانون الأول')", () => {
    const en = extract("en", "Title\n\nThe Observatory counted 64 Russian and Syrian airstrikes on Hama province in the week ending Friday, Dec. 6.", "2024-12-09");
    expect(only(en, 64)).toMatchObject({ window: { start: "2024-11-30", end: "2024-12-06" }, tally: "period" });
    const ar = extract("ar", "عنوان\n\nوأحصى المرصد 64 غارة على ريف حماة خلال الأسبوع المنتهي يوم الجمعة 6 كانون الأول.", "2024-12-09");
    expect(only(ar, 64).window).toMatchObject({ start: "2024-11-30", end: "2024-12-06" });
  });
});

describe("an Arabic perfect with 'قد' and no 'كان'", () => {
  it("is no earlier statement ('… توفي منهم 58. وقد وثّق الدفاع المدني السوري مقتل 44 مدنياً … يومي السبت والأحد'), while 'وكان المرصد، …، قد أحصى' is one, past an aside", () => {
    const ar = extract("ar", "عنوان\n\nاستقبلت المستشفيات 1,214 مصاباً، توفي منهم 58. وقد وثّق الدفاع المدني السوري مقتل 44 مدنياً في الغارات على مدينة إدلب يومي السبت والأحد.", "2024-12-02");
    expect(only(ar, 44).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
    const earlier = extract("ar", "عنوان\n\nوقال المرصد إن 300 شخص قتلوا. وكان المرصد، ومقره بريطانيا ويعتمد على شبكة واسعة من المصادر داخل سوريا، قد أحصى مساء الخميس 255 قتيلا.", "2024-11-30");
    expect(only(earlier, 255).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
  });
});

describe("a count restated by a noun of counts", () => {
  it("counts what the count before counted ('the count stood at 480', 'the figure was around 49,000'), not a figure of no count", () => {
    const en = extract("en", "Title\nThe monitor said 727 people had been killed. When this newspaper last wrote about Syria, on Monday, the count stood at 480.", "2024-12-05");
    expect(only(en, 480)).toMatchObject({ metric: "killed", source: "sohr" });
    const fig = extract("en", "Title\nOCHA says 115,000 people have been displaced. Last Friday the figure was around 49,000, so it has more than doubled in four days.", "2024-12-03");
    expect(only(fig, 49_000)).toMatchObject({ metric: "displaced", source: "ocha", quantity: { qualifier: "about" } });
    const none = extract("en", "Title\nOCHA says 115,000 people have been displaced. The appeal's figure was 49 percent funded.", "2024-12-03");
    expect(none.map((c) => c.quantity.value)).toEqual([115_000]);
  });
});

describe("a day some days back", () => {
  it("is that day ('قبل ثلاثة أيام', 'قبل يومين', 'قبل يوم واحد', 'three days ago')", () => {
    const ar = extract("ar", "عنوان\nوقال المرصد إن 40 مدنيا قتلوا قبل ثلاثة أيام في إدلب، و12 قبل يومين في حلب، و5 قبل يوم واحد.", "2024-12-06");
    expect([40, 12, 5].map((v) => only(ar, v).window)).toEqual(["2024-12-03", "2024-12-04", "2024-12-05"].map((d) => ({ start: d, end: d })));
    const en = extract("en", "Title\nThe monitor said 40 civilians were killed in Idlib three days ago.", "2024-12-06");
    expect(only(en, 40).window).toEqual({ start: "2024-12-03", end: "2024-12-03" });
    // ("قبل بدء الهجوم": no number of days, no day)
    const none = extract("ar", "عنوان\nوقال المرصد إن 40 مدنيا قتلوا في إدلب قبل بدء الهجوم.", "2024-12-06");
    expect(only(none, 40).window.start).not.toBe("2024-12-05");
  });
});

describe("a chronology's entries", () => {
  it("are as of the day each opens with ('- الجمعة 29 نوفمبر: …', '- Friday, Nov. 29: …')", () => {
    const ar = extract("ar", "عنوان\n\n- الجمعة 29 نوفمبر: الفصائل تدخل أحياء حلب الغربية، والمرصد السوري لحقوق الإنسان يقدّر عدد القتلى منذ بدء الهجوم بـ277.\n- الأحد 1 ديسمبر: المرصد يقول إن عدد القتلى ارتفع إلى 412.", "2024-12-07");
    expect([only(ar, 277).asOf.earliest, only(ar, 412).asOf.earliest]).toEqual(["2024-11-29", "2024-12-01"]);
    const en = extract("en", "Title\n\n- Friday, Nov. 29: Rebels enter western Aleppo; the Syrian Observatory for Human Rights puts the toll since the offensive began at 277.", "2024-12-07");
    expect(only(en, 277).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
  });
  it("or under a heading line that is only the day ('■ الخميس 28 نوفمبر' over the entry)", () => {
    const ar = extract("ar", "عنوان\nصحراء ميديا | دولي\n\n■ الخميس 28 نوفمبر\nالفصائل تعلن السيطرة على أكثر من ٣٠ قرية منذ انطلاق العملية.\n\n■ الإثنين 2 ديسمبر\nالمرصد السوري يرفع حصيلة القتلى إلى ٥٢٠ قتيلا، بينهم ٩٥ مدنيا.", "2024-12-10");
    expect([30, 520, 95].map((v) => only(ar, v).asOf.earliest)).toEqual(["2024-11-28", "2024-12-02", "2024-12-02"]);
    // (a heading that says more than the day is no entry's)
    const more = extract("ar", "عنوان\n\nمعارك الخميس 28 نوفمبر في ريف حلب\nالفصائل تعلن السيطرة على أكثر من ٣٠ قرية منذ انطلاق العملية.", "2024-12-10");
    expect(only(more, 30).asOf.earliest).toBe("2024-12-10");
  });
  it("or under an update's heading closed by its day ('تحديث رقم 3 — الجمعة 6 كانون الأول', 'Update 2, Tuesday 3 December')", () => {
    const ar = extract("ar", "حملة طارئة لدعم المشفى الميداني\n\nتحديث رقم 3 — الجمعة 6 كانون الأول\nتدفقت علينا موجة جديدة: 95 جريحاً في يوم واحد.\n\nتحديث رقم 2 — الثلاثاء 3 كانون الأول\nارتفع عدد الجرحى الذين عالجناهم إلى 640.", "2024-12-08");
    expect([95, 640].map((v) => only(ar, v).asOf.earliest)).toEqual(["2024-12-06", "2024-12-03"]);
    const en = extract("en", "Field hospital appeal\n\nUpdate 2, Tuesday 3 December\nThe number of wounded we have treated has risen to 640.", "2024-12-08");
    expect(only(en, 640).asOf.earliest).toBe("2024-12-03");
    // (a section's place and day dates an event, not what the report says of it)
    const section = extract("en", "Report\n\n3.1 Idlib city, 2 December\nAn airstrike hit the market, and the group documented the death of nine civilians.", "2024-12-07");
    expect(only(section, 9).asOf.earliest).toBe("2024-12-07");
  });
  it("past the entry's number ('4- السبت 30 تشرين الثاني: …', '4) Saturday, Nov. 30: …')", () => {
    const ar = extract("ar", "عنوان\n\n3- الجمعة 29 تشرين الثاني: دخل مقاتلو الفصائل أحياء حلب.\n\n4- السبت 30 تشرين الثاني: قالت غرفة العمليات إن عدد البلدات والقرى التي دخلتها منذ بدء المعركة تجاوز 90.", "2024-12-03");
    expect(only(ar, 90)).toMatchObject({ metric: "localities-seized", asOf: { earliest: "2024-11-30", latest: "2024-11-30" }, quantity: { qualifier: "more-than" } });
    const en = extract("en", "Title\n\n4) Saturday, Nov. 30: The Syrian Observatory for Human Rights puts the toll since the offensive began at 311.", "2024-12-07");
    expect(only(en, 311).asOf.earliest).toBe("2024-11-30");
  });
  it("but a paragraph that merely opens with a day is no entry", () => {
    const en = extract("en", "Title\n\nFriday was the deadliest day so far, and the Syrian Observatory for Human Rights puts the toll since the offensive began at 277.", "2024-12-07");
    expect(only(en, 277).asOf).toEqual({ earliest: "2024-12-07", latest: "2024-12-07" });
  });
});

describe("a day in an aside right after the verb", () => {
  it("dates the statement before what it announced ('فأعلنت، في حصيلة نشرها ناطقها العسكري يوم الأحد، أسر أكثر من ٤٠٠ عنصر')", () => {
    const c = only(extract("ar", "عنوان\n\nأما إدارة العمليات العسكرية فأعلنت، في حصيلة نشرها ناطقها العسكري يوم الأحد، أسر أكثر من ٤٠٠ عنصر من قوات النظام.", "2024-12-04"), 400);
    expect(c).toMatchObject({ metric: "captured", asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
  });
  it("in English too, closed by 'that' ('said in its latest update, issued on Friday, that nearly 40,000 people had been displaced')", () => {
    const en = extract("en", "Title\n\nThe UN Office for the Coordination of Humanitarian Affairs (OCHA) said in its latest update, issued on Friday, that nearly 40,000 people had been displaced in Idlib since Wednesday.", "2024-11-30");
    expect(only(en, 40000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-11-29", latest: "2024-11-29" } });
  });
});

describe("a day right before what is said", () => {
  it("dates the statement past an aside on it ('said in a statement on its Telegram channel on Sunday that', 'في بيان عبر قناتها على «تلغرام» أمس إن')", () => {
    const en = only(extract("en", "Title\n\nThe monitor said in a statement on its website on Sunday that 120 people had been killed.", "2024-12-02"), 120);
    expect(en).toMatchObject({ asOf: { earliest: "2024-12-01", latest: "2024-12-01" }, tally: "running-total" });
    const ar = only(extract("ar", "عنوان\n\nوقالت «إدارة العمليات العسكرية» في بيان عبر قناتها على «تلغرام» أمس إن مقاتليها سيطروا على زهاء 120 بلدة وقرية.", "2024-12-02"), 120);
    expect(ar).toMatchObject({ asOf: { earliest: "2024-12-01", latest: "2024-12-01" }, window: { start: "2024-11-27", end: null } });
  });
  it("but not a day after a number, which is the count's ('said 20 were killed on Sunday and that …')", () => {
    const c = only(extract("en", "Title\n\nThe monitor said 20 people were killed on Sunday and that the fighting went on.", "2024-12-02"), 20);
    expect(c.window).toEqual({ start: "2024-12-01", end: "2024-12-01" });
  });
});

describe("the Maghreb's month names", () => {
  it("reads 'منذ 27 نونبر' as a day, not a count, and 'في 3 دجنبر' as one", () => {
    const claims = extract("ar", "عنوان\n\nوارتفعت حصيلة القتلى منذ 27 نونبر إلى 500 قتيل، بحسب المرصد، وسقط 40 قتيلا في 1 دجنبر.", "2024-12-02");
    expect(claims.map((c) => c.quantity.value)).toEqual([500, 40]);
    expect(only(claims, 500).window.start).toBe("2024-11-27");
    expect(only(claims, 40).window).toEqual({ start: "2024-12-01", end: "2024-12-01" });
  });
});

describe("a past campaign's toll after a joined noun", () => {
  it("is history ('In the 2019-2020 campaign, it took the regime and its Russian backers … , displacing close to 1 million people')", () => {
    expect(extract("en", "Title\n\nIn the 2019-2020 campaign, it took the regime and its Russian backers nearly four months to take the southern Idlib countryside, displacing close to 1 million people.", "2024-12-03")).toEqual([]);
  });
  it("but a count joined by 'and' in its own clause is not ('since 2016, and 20 people were killed')", () => {
    expect(only(extract("en", "Title\n\nRussian jets struck Aleppo for the first time since 2016, and 20 people were killed.", "2024-11-30"), 20).metric).toBe("killed");
  });
  it("while a clause with no subject of its own after 'and' goes on with the war's ('erupted in 2011 …, and has killed more than half a million people')", () => {
    expect(extract("en", "Title\n\nSyria's war erupted in 2011 after the repression of pro-democracy protests, and has killed more than half a million people.", "2024-11-28")).toEqual([]);
  });
});

describe("a title's count restated in the body", () => {
  it("takes the body's statement day when the title drops its qualifier ('UN says 370,000 displaced' over 'some 370,000')", () => {
    const en = extract("en", "Syrian rebels reach gates of Homs as UN says 370,000 displaced\n\nBEIRUT: Syrian opposition fighters said on Saturday they had reached the outskirts of Homs.\n\nThe UN humanitarian office said on Friday that some 370,000 people had been displaced since Nov. 27.", "2024-12-07");
    const title = en.find((c) => c.headline && c.quantity.value === 370000)!;
    expect(title).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-06", latest: "2024-12-06" } });
  });
  it("takes the day the body's count stood at ('Over 100,000 displaced …' over 'As of Monday evening, 104,000 people …')", () => {
    const en = extract("en", "Over 100,000 displaced from Shahba now in Kurdish-run areas\n\nERBIL – As of Monday evening, 104,000 people displaced from Tal Rifaat and the Shahba region had arrived in areas run by the Autonomous Administration, officials said.", "2024-12-10");
    const title = en.find((c) => c.headline)!;
    expect(title.asOf).toEqual({ earliest: "2024-12-09", latest: "2024-12-09" });
  });
});

describe("a title's window and the body's day", () => {
  it("a title counting over a window takes the day the body's count was closed ('… خلال أسبوع' over '… حتى مساء أمس الثلاثاء مقتل 97 مدنياً')", () => {
    const ar = extract("ar", "الدفاع المدني السوري: 97 مدنياً قتلوا بهجمات النظام وروسيا على شمال غربي سوريا خلال أسبوع\n\nووثقت فرقنا منذ الأربعاء 27 تشرين الثاني حتى مساء أمس الثلاثاء مقتل 97 مدنياً، بينهم 35 طفلاً.", "2024-12-04", "Syria Civil Defence");
    const title = ar.find((c) => c.headline)!;
    expect(title.asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
  });
});

describe("an entry's heading in a live blog", () => {
  it("takes the speaker and day of the count its entry restates below", () => {
    const text = "Live updates: rebels take Damascus\n\nLast updated Dec. 8, 2024\n\n12:30 PM EST\nU.N.: 370,000 displaced since offensive began\nMariam Saleh\n\nSome 370,000 people have been displaced across Syria since Nov. 27, the U.N. humanitarian office said Saturday.\n\n11:15 AM EST\nSOHR: 40 killed\n\nForty people were killed in the strike on Friday, rescuers said on Friday.";
    const claims = extract("en", text, "2024-12-08");
    const heading = claims.filter((c) => c.quantity.value === 370000);
    expect(heading.map((c) => [c.source, c.asOf.earliest])).toEqual([["ocha", "2024-12-07"], ["ocha", "2024-12-07"]]);
    // (a heading naming another speaker than the entry's keeps its own)
    const doctors = claims.filter((c) => c.quantity.value === 40);
    expect(doctors[0]!.source).not.toBe(doctors[1]!.source);
  });
});

describe("a statement's day in a phrase opening the sentence", () => {
  it("dates what the speaker after it says ('In its update on December 3, SOHR said …', 'وفي بيان صدر مساء أمس، قال المرصد …')", () => {
    expect(only(extract("en", "In its update on December 3, SOHR said 549 people had been killed since November 27.", "2024-12-04"), 549).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    expect(only(extract("ar", "وفي بيان صدر مساء أمس، قال المرصد إن 549 شخصاً قتلوا منذ بدء الهجوم.", "2024-12-04"), 549).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    // (not a day opening the sentence with no statement in its phrase: the count's own day)
    expect(only(extract("en", "On December 3, shelling killed 12 people in Hama, SOHR said.", "2024-12-04"), 12).window).toEqual({ start: "2024-12-03", end: "2024-12-03" });
  });
});

describe("a day opening the sentence before its speaker", () => {
  it("dates the statement past an aside set off by commas ('On 5 December, the day government troops withdrew from Hama, the Syrian Observatory … counted 826 dead')", () => {
    const en = extract("en", "Title\n\nOn 5 December, the day government troops withdrew from Hama, the Syrian Observatory for Human Rights counted 826 dead since the offensive began.", "2024-12-06");
    expect(only(en, 826).asOf).toEqual({ earliest: "2024-12-05", latest: "2024-12-05" });
  });
});

describe("the day before yesterday", () => {
  it("is two days before publication ('أعلنها أول من أمس', 'the day before yesterday')", () => {
    const ar = extract("ar", "عنوان\n\nأعلن المرصد مساء أمس ارتفاع الحصيلة إلى 1,140 شخصاً، صعوداً من 1,066 قتيلاً أعلنها أول من أمس.", "2024-12-09");
    expect([only(ar, 1140).asOf.earliest, only(ar, 1066).asOf.earliest]).toEqual(["2024-12-08", "2024-12-07"]);
    const en = extract("en", "Title\n\nThe monitor said on Sunday that 1,140 people had been killed, up from 1,066 it reported the day before yesterday.", "2024-12-09");
    expect(only(en, 1066).asOf.earliest).toBe("2024-12-07");
  });
});

describe("a count joined to an earlier figure, with a day of its own", () => {
  it("restates an earlier toll as of that day, not a period of that day ('… 1,017 قتيلاً ظهر الأحد، و826 قتيلاً يوم الخميس')", () => {
    const ar = extract("ar", "عنوان\n\nوأعلن المرصد أمس الاثنين أن عدد القتلى وصل إلى 1,178 شخصاً. وكان المرصد قد أحصى 1,017 قتيلاً ظهر الأحد، و826 قتيلاً يوم الخميس الماضي.", "2024-12-10");
    const en = extract("en", "Title\n\nSOHR said on Monday 1,178 people had been killed. It had counted 1,017 deaths on Sunday and 826 on Thursday.", "2024-12-10");
    for (const claims of [ar, en]) {
      const c = only(claims, 826);
      expect([c.metric, c.asOf.earliest, c.window.start, c.window.end, c.partOf]).toEqual(["killed", "2024-12-05", "2024-11-27", null, null]);
    }
  });
});

describe("the event a report covers, named with its day in the lead", () => {
  it("dates what its speakers said with no day of their own ('عقد المركز مساء أمس الثلاثاء ندوة …')", () => {
    const text = "ندوة تقرأ الأسبوع الأول من الهجوم\n\nعقد مركز للدراسات مساء أمس الثلاثاء ندوة حوارية عبر الإنترنت عن الأسبوع الأول من الهجوم.\n\nوأشار مدير الجلسة إلى أن المرصد السوري لحقوق الإنسان أحصى 602 قتيلاً، منهم 104 مدنيين.";
    expect(only(extract("ar", text, "2024-12-04"), 602).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    // (an event named further down is one speaker's, and dates no one else)
    const later = "عنوان\n\nأفادت وكالة الأنباء السورية (سانا) باستشهاد ثلاثة مدنيين في حلب.\n\nمن جهته، أعلن المركز الروسي للمصالحة، في إيجاز صحفي أمس الخميس، أن الضربات أسفرت عن تصفية 200 إرهابي.";
    expect(only(extract("ar", later, "2024-11-29"), 3).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
  });
});

describe("a list's intro giving the day its figures stand at", () => {
  it("dates the counts on the list's lines ('أحدث أرقامنا، حتى مساء الجمعة 6 كانون الأول، فهي:')", () => {
    const text = "حق الرد | الدفاع المدني السوري: أرقام نُسبت إلينا خطأً\nفريق التحرير\nالسبت 7 كانون الأول/ديسمبر 2024\n\nتلقينا الرد التالي ونعيد نشره كما ورد.\n\n«السادة المحترمين،\n\nفقد استجابت فرقنا حتى التاريخ نفسه لـ268 هجوماً، منها 191 غارة جوية.\n\nأما أحدث أرقامنا، حتى مساء الجمعة 6 كانون الأول، فهي:\n– القتلى: 138 مدنياً، بينهم 41 طفلاً.\n– المصابون: 472.\n\nالمكتب الإعلامي – الدفاع المدني السوري»";
    const ar = extract("ar", text, "2024-12-07");
    for (const v of [138, 41, 472]) expect(only(ar, v).asOf).toEqual({ earliest: "2024-12-06", latest: "2024-12-06" });
  });
});

describe("a series written as text under its caption", () => {
  it("gives each cell the caption's metric and source, as of the day its label names ('الأربعاء: 61 | الخميس: 148')", () => {
    const text = "بالصور | اليوم الرابع\nقسم الصور\n\nرسم بياني: حصيلة القتلى التراكمية منذ فجر 27 تشرين الثاني، وفق التحديثات المسائية للمرصد السوري لحقوق الإنسان.\nالأربعاء: 61 | الخميس: 148 | الجمعة: 263";
    const ar = extract("ar", text, "2024-11-30");
    expect(ar.map((c) => [c.quantity.value, c.metric, c.source, c.asOf.earliest])).toEqual([
      [61, "killed", "sohr", "2024-11-27"],
      [148, "killed", "sohr", "2024-11-28"],
      [263, "killed", "sohr", "2024-11-29"],
    ]);
  });
});

describe("a figure raised past a pronoun that stands for it", () => {
  it("restates the count before ('had counted at least 514 deaths … had raised it to 602')", () => {
    const en = extract("en", "Title\n\nIt said the Observatory had counted at least 514 deaths. That was the monitor's figure for Dec. 2; by the time the paper landed on doorsteps, the Observatory had raised it to 602.", "2024-12-10");
    expect(only(en, 602)).toMatchObject({ metric: "killed", source: "sohr" });
  });
});

describe("since dawn", () => {
  it("reads 'since dawn' and 'منذ الفجر' as a window of the day itself", () => {
    const en = extract("en", "Title\n\nDoctors at a hospital told AFP they had received 30 wounded since dawn.", "2024-12-06");
    expect(only(en, 30).window?.start).toBe("2024-12-06");
    const ar = extract("ar", "عنوان\n\nوقال أطباء إن المشفى استقبل 30 جريحاً منذ الفجر.", "2024-12-06");
    expect(only(ar, 30).window?.start).toBe("2024-12-06");
  });
});

describe("a day a few weeks after the publication", () => {
  it("is a deadline, not last year's day the counts stand at ('حتى 20 كانون الأول' in a notice of 2 December)", () => {
    const ar = extract("ar", "تمديد التقديم حتى 20 كانون الأول\n\nقرر البرنامج تمديد الموعد النهائي. وقُتل خمسة طلاب في قصف طال محيط الكلية.", "2024-12-02");
    expect(only(ar, 5).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("the day a count stands at, carried to the count its clause joins", () => {
  it("dates 'قتلت 46 مدنياً' as of the 'حتى مساء الأحد' of the strikes that killed them", () => {
    const ar = extract("ar", "عنوان\n\nوأحصى فريق الرصد حتى مساء الأحد 82 غارة جوية على المنطقة، قتلت 46 مدنياً.", "2024-12-02");
    expect(only(ar, 82).asOf?.earliest).toBe("2024-12-01");
    expect(only(ar, 46).asOf?.earliest).toBe("2024-12-01");
  });
});

describe("a span of days opened by 'from' and closed by 'to'", () => {
  it("runs since its first day and stands at its second ('من فجر 27 تشرين الثاني إلى مساء الأحد', 'From November 27 to Sunday evening')", () => {
    const ar = extract("ar", "عنوان\n\nفي اثني عشر يوماً، من فجر 27 تشرين الثاني إلى مساء الأحد، قُتل 1,240 شخصاً.", "2024-12-10");
    expect(only(ar, 1240)).toMatchObject({ window: { start: "2024-11-27" }, asOf: { earliest: "2024-12-08", latest: "2024-12-08" } });
    const en = extract("en", "Title\n\nFrom November 27 to Sunday evening, 1,240 people were killed, the monitor said.", "2024-12-10");
    expect(only(en, 1240)).toMatchObject({ window: { start: "2024-11-27" }, asOf: { earliest: "2024-12-08", latest: "2024-12-08" } });
  });

  it("leaves a span closed by a day after the publication alone (a deadline moved 'من 5 كانون الأول إلى 20 كانون الأول')", () => {
    const ar = extract("ar", "عنوان\n\nقرر البرنامج تمديد الموعد من 5 كانون الأول إلى 20 كانون الأول. وقُتل خمسة طلاب في قصف.", "2024-12-02");
    expect(only(ar, 5, "killed").asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("'by the close of' a day and 'حتى نهاية' a day", () => {
  it("date the count as of that day", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory counted 718 deaths in the fighting by the close of 4 December.", "2024-12-05");
    expect(only(en, 718)).toMatchObject({ asOf: { earliest: "2024-12-04" }, window: { start: "2024-11-27" } });
    const ar = extract("ar", "عنوان\n\nسجّلت أمانات السجل المدني، حتى نهاية دوام يوم الإثنين، 63 واقعة وفاة مرتبطة بالعمليات العسكرية.", "2024-12-03");
    expect(only(ar, 63)).toMatchObject({ asOf: { earliest: "2024-12-02" }, window: { start: "2024-11-27" } });
  });
});

describe("a date of the Hijri calendar", () => {
  it("is its Gregorian day, and its day of the month no count ('منذ فجر الأربعاء 25 جمادى الأولى', 'يوم 26 جمادى الأولى')", () => {
    const ar = extract("ar", "عنوان\n\nونقل المرصد السوري لحقوق الإنسان أن عدد القتلى منذ فجر الأربعاء 25 جمادى الأولى وصل إلى 277.\n\nوقُتل 12 شخصاً يوم 26 جمادى الأولى.", "2024-11-29");
    expect(ar.map((c) => c.quantity.value)).toEqual([277, 12]);
    expect(only(ar, 277).window.start).toBe("2024-11-27");
    expect(only(ar, 12).window).toEqual({ start: "2024-11-28", end: "2024-11-28" });
  });

  it("reads the year and its era's mark with it, and a date past the next weeks as last year's", () => {
    const ar = extract("ar", "عنوان\n\nتقرر تأجيل سفر الفوج الذي كان مقرراً يوم 5 جمادى الآخرة 1446هـ. وقُتل 40 شخصاً منذ 25 جمادى الأولى. ونزح 300 شخص منذ 1 رمضان.", "2024-11-29");
    expect(ar.map((c) => c.quantity.value)).toEqual([40, 300]);
    expect(only(ar, 300).window.start).toBe("2024-03-11");
  });
});

describe("'this morning' after a toll put at a figure", () => {
  it("is when the toll stood so, not a window of one morning ('put its count at just over 600 this morning')", () => {
    const en = extract("en", "Title\n\nEstimates of the overall death toll vary. The Syrian Observatory for Human Rights put its count at just over 600 this morning, at least 100 of them civilians.", "2024-12-03");
    expect(only(en, 600)).toMatchObject({ window: { start: "2024-11-27" }, asOf: { earliest: "2024-12-03" }, tally: "running-total" });
  });
});

describe("the figures' day after their noun, in a sentence of notes counting nothing", () => {
  it("dates the counts with no day of their own, far below the body's start ('Figures as of December 9, 2024')", () => {
    const text = "Number of people killed in the offensive, by group\n\nStatista | Published Dec 10, 2024\n\nBetween November 27 and December 9, 1,118 people were killed, according to the Syrian Observatory for Human Rights.\n\nDetails\n\nSource: Syrian Observatory for Human Rights\nRegion: Syria\nSupplementary notes: Figures as of December 9, 2024, 10 pm local time. The source also reported more than 2,350 people injured.";
    const en = extract("en", text, "2024-12-10");
    expect([only(en, 1118).asOf, only(en, 2350).asOf]).toEqual([{ earliest: "2024-12-09", latest: "2024-12-09" }, { earliest: "2024-12-09", latest: "2024-12-09" }]);
  });

  it("leaves a day in a sentence that counts something to that count alone", () => {
    const en = extract("en", "Title\n\nThe monitor counted 400 deaths.\n\nNotes: The figure as of 2 December was 310 deaths, the monitor said.", "2024-12-05");
    expect(only(en, 400).asOf).toEqual({ earliest: "2024-12-05", latest: "2024-12-05" });
  });
});

describe("two dates joined by a dash ('26 Nov - 2 Dec')", () => {
  it("are the span between them, not the first day alone", () => {
    const en = extract("en", "Title\n\nThe Civil Defence recorded 212 air strikes on Idlib (26 Nov - 2 Dec).", "2024-12-03");
    expect(only(en, 212)).toMatchObject({ window: { start: "2024-11-26", end: "2024-12-02" }, tally: "period" });
  });
});

describe("weekdays in short form ('as of Fri', 'since Wed')", () => {
  it("are the days they name", () => {
    const en = extract("en", "Title\n\n* OCHA: 48,500 displaced as of Fri, mostly towards Afrin.\n* Civil Defence: 12 airstrikes on Idlib city since Thu.", "2024-11-30");
    expect(only(en, 48500).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
    expect(only(en, 12).window.start).toBe("2024-11-28");
  });
});

describe("'up to (and including)' a day", () => {
  it("dates the count as of that day, the window still the offensive's", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights has documented 1,006 deaths up to and including 8 December.", "2024-12-09");
    expect(only(en, 1006)).toMatchObject({ asOf: { earliest: "2024-12-08", latest: "2024-12-08" }, window: { start: "2024-11-27" } });
    const short = extract("en", "Title\n\nThe monitor counted 640 deaths up to 3 December.", "2024-12-05");
    expect(only(short, 640)).toMatchObject({ asOf: { earliest: "2024-12-03" }, window: { start: "2024-11-27" } });
  });

  it("is still an upper bound before a number ('up to 50 people')", () => {
    const en = extract("en", "Title\n\nUp to 50 people were killed in the strike, the monitor said.", "2024-12-05");
    expect(only(en, 50).quantity).toMatchObject({ qualifier: "at-most", high: 50 });
  });
});

describe("the span a report's data covers, in a line that counts nothing", () => {
  it("dates the counts below as of its last day ('وتغطي البيانات الفترة من 27 تشرين الثاني حتى 8 كانون الأول')", () => {
    const ar = extract("ar", "ملاحظات الإصدار\n\nأضفنا سجلات جديدة. وتغطي البيانات الفترة من 27 تشرين الثاني حتى 8 كانون الأول.\n\nالأرقام الرئيسية:\n- الغارات الجوية الموثقة: 287 غارة.", "2024-12-10");
    expect(only(ar, 287).asOf).toEqual({ earliest: "2024-12-08", latest: "2024-12-08" });
  });

  it("is no weekly schedule whose last day comes before its first ('تُبث الحلقة من الأحد إلى الخميس')", () => {
    const ar = extract("ar", "نص الحلقة\n\nتُبث الحلقة من الأحد إلى الخميس عند الساعة التاسعة مساء.\n\nوقال المرصد إن 727 شخصاً قتلوا.", "2024-12-04");
    expect(only(ar, 727).asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
  });
});

describe("a source's day closing a parenthesis that credits the figures", () => {
  it("dates them as of that day, past a window of their own ('284,000 since 27 November (OCHA, 3 December)')", () => {
    const en = extract("en", "Title\n\nAccording to the latest available data:\n\n* Killed: at least 704 (Syrian Observatory for Human Rights, 3 December)\n* Newly displaced: 284,000 since 27 November (UN Office for the Coordination of Humanitarian Affairs, 3 December)", "2024-12-04");
    expect(only(en, 704)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-03" } });
    expect(only(en, 284000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-03" }, window: { start: "2024-11-27" } });
  });
});

describe("a day right before a pronoun for the organisation speaking and its verb", () => {
  it("is the statement's day, not the count's window ('On 5 December it said it held over 1,000 government soldiers … captured')", () => {
    const en = extract("en", "Title\n\nThe opposition's Military Operations Command preferred other metrics: ground taken and prisoners. On 5 December it said it held over 1,000 government soldiers captured since the offensive began, and its maps claimed more than 250 localities.", "2024-12-10");
    expect(only(en, 1000)).toMatchObject({ metric: "captured", asOf: { earliest: "2024-12-05" }, window: { start: "2024-11-27" } });
    expect(only(en, 250).asOf?.earliest).toBe("2024-12-05");
  });
});

describe("a list's items, each opening its line with a bullet, in text whose other lines look wrapped", () => {
  it("are lines of their own, each with its credit's day", () => {
    const text = "Briefing slides\n\nSlide 2 | At a glance (figures as published; sources on slide 9)\n- Killed since 27 Nov: 612, civilians among them (SOHR, 3 Dec, 08:00)\n- Newly displaced since 27 Nov: 196,000 people (OCHA Flash Update, 2 Dec)\n- Air strikes on Idlib governorate since 27 Nov: 214 (Syria Civil Defence, 2 Dec)\nSpeaker notes: the Civil Defence counts only areas where its teams work and\nOCHA's figure does not include people who moved within the city itself";
    const en = extract("en", text, "2024-12-03");
    expect(en.map((c) => [c.quantity.value, c.asOf.earliest])).toEqual([[612, "2024-12-03"], [196000, "2024-12-02"], [214, "2024-12-02"]]);
  });
});

describe("a week's days of opening, from one weekday to another", () => {
  it("are no span of data dating the counts ('من السبت إلى الخميس')", () => {
    const ar = extract("ar", "إشعار\n\nيستمر العمل كالمعتاد من السبت إلى الخميس.\n\nوأحصى المرصد السوري لحقوق الإنسان 327 قتيلاً منذ بدء الهجوم.", "2024-11-29");
    expect(only(ar, 327).asOf).toEqual({ earliest: "2024-11-29", latest: "2024-11-29" });
  });
});

describe("a day alone in parentheses closing the line of a count", () => {
  it("is the day of the figure, the window kept ('\"over 1,600 terrorists\" killed since 27 Nov (2 Dec)')", () => {
    const en = extract("en", "Slides\n\nSlide 3 | Lines of control\n- Syrian Ministry of Defence: \"over 1,600 terrorists\" killed since 27 Nov (2 Dec)\n- Front line now north of Hama city", "2024-12-03");
    expect(only(en, 1600)).toMatchObject({ source: "syrian-mod", asOf: { earliest: "2024-12-02", latest: "2024-12-02" }, window: { start: "2024-11-27" } });
  });
});

describe("'this morning' right before what a source said", () => {
  it("is the day of the statement, not the count's window ('OCHA told member agencies this morning that … since the offensive began')", () => {
    const en = extract("en", "Title\n\nOCHA told member agencies this morning that more than 14,000 people have been displaced since the offensive began.", "2024-11-29");
    expect(only(en, 14000)).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" } });
    // (what happened since the morning stays the count's own span)
    const ar = extract("ar", "عنوان\n\nقال مصدر طبي إن المستشفى استقبل منذ الصباح 6 قتلى.", "2024-12-08");
    expect(only(ar, 6)).toMatchObject({ tally: "period", window: { start: "2024-12-08" } });
  });
});

describe("a note on a sentence's figures ('(figures as of 28 November, 18:00)')", () => {
  it("dates every count of its sentence, and no count of the next", () => {
    const en = extract("en", "Title\n\nSyria Civil Defence reports that 37 civilians, including 12 children, have been killed and 96 injured since 27 November (figures as of 28 November, 18:00). It recorded 41 air strikes.", "2024-11-29");
    expect(en.map((c) => [c.quantity.value, c.asOf.earliest])).toEqual([[37, "2024-11-28"], [12, "2024-11-28"], [96, "2024-11-28"], [41, "2024-11-29"]]);
    expect(only(en, 96).window.start).toBe("2024-11-27");
  });
});

describe("'by' a part of a day ('by the morning of 4 December')", () => {
  it("is the day a running total stood at, not a day's span", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights counted 704 deaths by the morning of 4 December.", "2024-12-04");
    expect(only(en, 704)).toMatchObject({ tally: "running-total", window: { start: "2024-11-27" }, asOf: { earliest: "2024-12-04" } });
  });
});

describe("a count of strikes on a place, beside other counts of its list", () => {
  it("is no incident that makes the list's counts a period ('58 civilians killed, 175 injured and 126 air strikes on Idlib governorate')", () => {
    const en = extract("en", "Title\n\nUp to 30 November, Syria Civil Defence counted 58 civilians killed, 175 injured and 126 air strikes on Idlib governorate.", "2024-12-01");
    expect(en.map((c) => [c.quantity.value, c.tally, c.window.start])).toEqual([[58, "running-total", "2024-11-27"], [175, "running-total", "2024-11-27"], [126, "running-total", "2024-11-27"]]);
    // (a strike on a place named apart from the count is an incident still)
    expect(only(extract("en", "Title\n\nTwelve people were killed in an air strike on a market in Idlib.", "2024-12-01"), 12).tally).toBe("period");
  });
});

describe("a title's count the publisher restates below with the day it stood at", () => {
  it("stands at that day too ('تأجيل أقساط 214 مقترضاً نزحوا' over 'وصلتنا حتى مساء أمس بلاغات من 214 مقترضاً')", () => {
    const ar = extract("ar", "تأجيل أقساط 214 مقترضاً نزحوا من ريفي حلب وإدلب\n\nتعلن المؤسسة تأجيل استحقاق الأقساط. وقد وصلتنا حتى مساء أمس بلاغات من 214 مقترضاً أكدوا نزوحهم.", "2024-12-02", "Sanabel");
    expect(ar.filter((c) => c.quantity.value === 214).map((c) => [c.headline, c.asOf.earliest])).toEqual([[true, "2024-12-01"], [false, "2024-12-01"]]);
  });
});

describe("a day closing a breakdown after its last part", () => {
  it("is not that part's alone: the parts stand at their total's day", () => {
    const en = extract("en", "Statement\n\nSince the attacks escalated on Wednesday, 27 November, the Syria Civil Defence has documented the killing of 97 civilians, including 29 children and 17 women, up to the evening of Thursday, 5 December.", "2024-12-06");
    const days = new Set(en.map((c) => c.asOf.earliest));
    expect(en.map((c) => c.quantity.value)).toEqual([97, 29, 17]);
    expect(days.size).toBe(1);
  });
});

describe("the day a breakdown nested right after a count closes with", () => {
  it("is the total's day as well as its parts' ('727 people, including 126 civilians, had been killed as of 4 December')", () => {
    const en = extract("en", "Title\n\nAccording to the Syrian Observatory for Human Rights, 727 people, including 126 civilians, had been killed as of 4 December; CARE cannot verify these figures. It said 40 people were displaced.", "2024-12-05");
    expect(en.map((c) => [c.quantity.value, c.asOf.earliest])).toEqual([[727, "2024-12-04"], [126, "2024-12-04"], [40, "2024-12-05"]]);
  });
});

describe("the day of another source's statement after a count", () => {
  it("does not date the count ('بحسب اليونيسف، نزح حوالي 50 ألف طفل …، وقال مكتب … في تقريره أمس إن …')", () => {
    const ar = extract("ar", "عنوان\n\nبحسب منظمة الأمم المتحدة للطفولة (اليونيسف)، نزح حوالي 50 ألف طفل في شمال غرب سوريا خلال أسبوع واحد، وقال مكتب تنسيق الشؤون الإنسانية في تقريره أمس إن مجموع النازحين تخطى مئة ألف شخص.", "2024-12-04");
    expect(only(ar, 50000)).toMatchObject({ source: "unicef", asOf: { earliest: "2024-12-04" } });
    expect(only(ar, 100000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-03" } });
  });
});

describe("an as-of set off by commas right after the speaker", () => {
  it("dates every count of the statement, past a nested part, the window kept ('وثّق الدفاع المدني، حتى مساء السبت، مقتل ٤٦ مدنياً، بينهم ١٣ طفلاً، وإصابة ١٥٣ … منذ الأربعاء')", () => {
    const ar = extract("ar", "عنوان\n\nوثّق الدفاع المدني السوري، حتى مساء السبت، مقتل ٥٢ مدنياً، بينهم ١٤ طفلاً، وإصابة ١٦٨ بجروح متفاوتة، جراء الهجمات على إدلب وريفها منذ الأربعاء الماضي.", "2024-12-01");
    for (const v of [52, 14, 168]) expect(only(ar, v)).toMatchObject({ asOf: { earliest: "2024-11-30", latest: "2024-11-30" }, window: { start: "2024-11-27" } });
  });
});

describe("the past week and the start of the month", () => {
  it("are the seven days ending on the statement day and a running total from the month's first day ('خلال الأسبوع الماضي', 'منذ الأول من الشهر', 'since the start of the month')", () => {
    const ar = extract("ar", "عنوان\n\nوأحصى الدفاع المدني 88 غارة جوية على ريف حماة خلال الأسبوع الماضي. وقالت الجمعية إن 52 من المزارعين نزحوا منذ الأول من الشهر.", "2024-12-08");
    expect(only(ar, 88).window).toEqual({ start: "2024-12-02", end: "2024-12-08" });
    expect(only(ar, 52)).toMatchObject({ window: { start: "2024-12-01" }, tally: "running-total" });
    const en = extract("en", "Title\n\nThe cooperative said 52 farmers have been displaced since the start of the month.", "2024-12-08");
    expect(only(en, 52).window.start).toBe("2024-12-01");
  });
});

describe("a time after a participle of speech", () => {
  it("is the next count's, not the nested part's before it ('…، منهم 111 مدنياً، مشيراً إلى أن الطيران نفّذ خلال الأسبوع الماضي أكثر من 300 غارة')", () => {
    const ar = extract("ar", "عنوان\n\nأفاد المرصد السوري بأن حصيلة القتلى منذ بدء الهجوم ارتفعت إلى 790، منهم 104 مدنيين، مشيراً إلى أن الطيران نفّذ خلال الـ24 ساعة الماضية أكثر من 60 غارة.", "2024-12-05");
    expect(only(ar, 104).window.start).toBe("2024-11-27");
    expect(only(ar, 60).window.start).toBe("2024-12-04");
  });
});

describe("a running total closed by an event named before its day", () => {
  it("keeps its start and the statement's day, not the event's day as its window ('منذ 27 تشرين الثاني حتى سقوط النظام فجر الأحد')", () => {
    const ar = extract("ar", "عنوان\n\nوأعلن المرصد السوري أمس الإثنين أن الحصيلة منذ 27 تشرين الثاني حتى سقوط النظام فجر الأحد بلغت 1,195 قتيلاً.", "2024-12-10");
    expect(only(ar, 1195)).toMatchObject({ window: { start: "2024-11-27" }, tally: "running-total", asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
  });
});

describe("a day a count stood at, before it, and a running total named after it", () => {
  it("is that running total, as of that day ('وأحصى المرصد حتى ظهر اليوم أكثر من 300 غارة … منذ صباح الأحد')", () => {
    const ar = extract("ar", "عنوان\n\nوأحصى المرصد حتى ظهر اليوم أكثر من 320 غارة على مواقع عسكرية منذ صباح الأحد.", "2024-12-10");
    expect(only(ar, 320)).toMatchObject({ window: { start: "2024-12-08" }, tally: "running-total" });
  });
});

describe("'updated' before a day", () => {
  it("is the day the count stood at, not a one-day window ('SOHR (all parties, since 27 Nov, updated 6 Dec): 862 deaths')", () => {
    const en = extract("en", "Title\n\nSOHR (all parties, since 27 Nov, updated 6 Dec): 862 deaths.", "2024-12-07");
    expect(only(en, 862)).toMatchObject({ window: { start: "2024-11-27", end: null }, asOf: { earliest: "2024-12-06", latest: "2024-12-06" } });
  });
});
