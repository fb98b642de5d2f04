import { describe, expect, it } from "vitest";
import { extract, lexicon, only } from "./helpers.js";
import { outletId } from "../../src/extract/index.js";

describe("attribution", () => {
  it("names the source a verb or preposition attributes the number to", () => {
    expect(only(extract("ar", "وقال المرصد السوري لحقوق الإنسان إن 40 مدنيا قتلوا."), 40)).toMatchObject({ source: "sohr", via: ["example-news"] });
    expect(only(extract("ar", "قتل 40 مدنيا بحسب الدفاع المدني."), 40)).toMatchObject({ source: "white-helmets" });
    expect(only(extract("ar", "ووفقًا للمرصد، قتل 40 مدنيا."), 40)).toMatchObject({ source: "sohr" });
    expect(only(extract("en", "Forty civilians were killed, according to the Syrian Observatory for Human Rights."), 40)).toMatchObject({ source: "sohr" });
    expect(only(extract("en", "State media reported that 12 soldiers were killed."), 12)).toMatchObject({ source: "sana" });
  });
  it("puts relaying agencies in via, the publishing outlet last", () => {
    const ar = only(extract("ar", "وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس إن 50 مقاتلا قتلوا."), 50);
    expect(ar).toMatchObject({ source: "sohr", via: ["afp", "example-news"] });
    const en = only(extract("en", "Rami Abdel Rahman, head of the Observatory, told AFP that 50 fighters had been killed."), 50);
    expect(en).toMatchObject({ source: "sohr", via: ["afp", "example-news"] });
    const witnesses = only(extract("ar", "وفر 300 شخص من المدينة، بحسب ما نقلته رويترز عن شهود عيان."), 300);
    expect(witnesses).toMatchObject({ source: "residents", via: ["reuters", "example-news"] });
    // (people of a town, "أهالٍ", are residents; the townspeople counted are not the speaker)
    const townsfolk = extract("ar", "وأفاد أهالٍ من تل رفعت لـ«خبر24» بأن المسلحين اختطفوا ما لا يقل عن 70 مدنياً.\nوقال المرصد إن 120 شخصاً من أهالي تل رفعت نزحوا.");
    expect(only(townsfolk, 70).source).toBe("residents");
    expect(only(townsfolk, 120).source).toBe("sohr");
  });
  it("reads HTS speaking, by its short name too, as the command it leads", () => {
    expect(only(extract("en", "HTS says it took more than 3,000 soldiers prisoner during the campaign."), 3000)).toMatchObject({ metric: "captured", source: "opposition-ops" });
    expect(only(extract("en", "An HTS field commander told the Financial Times that fighters had taken more than 30 towns and villages."), 30).source).toBe("opposition-ops");
  });
  it("carries the source of an earlier sentence to one that has none", () => {
    const claims = extract("ar", "وقال المرصد إن الاشتباكات مستمرة.\nوأضاف أن 25 جنديا قتلوا خلال الليل.");
    expect(only(claims, 25)).toMatchObject({ source: "sohr" });
    const en = extract("en", "The Observatory said fighting raged overnight. It added that 25 soldiers were killed.");
    expect(only(en, 25)).toMatchObject({ source: "sohr" });
  });
  it("gives the outlet as source when the article speaks on its own authority", () => {
    expect(only(extract("en", "At least 18 people were killed in the strike."), 18)).toMatchObject({ source: "example-news", via: [] });
    expect(only(extract("en", "At least 18 people were killed in the strike.", "2024-11-30", null), 18)).toMatchObject({ source: "unattributed", via: [] });
  });
  it("gives other for a speaker the lexicon does not know", () => {
    expect(only(extract("ar", "واعتبر رئيس الحكومة المحلية أن القصف أدى إلى نزوح 3000 شخص."), 3000)).toMatchObject({ source: "other" });
    expect(only(extract("en", "Ten fighters were reportedly killed."), 10)).toMatchObject({ source: "other" });
  });
});

describe("attribution details", () => {
  it("reads initialisms as names and a speaker the lexicon lacks as other", () => {
    expect(only(extract("en", "Nearly 50,000 people have fled their homes, the U.N. said."), 50000)).toMatchObject({ source: "ocha" });
    expect(only(extract("en", "Russian strikes killed at least 25 people, rescuers said."), 25)).toMatchObject({ source: "white-helmets" });
    expect(only(extract("en", "At least 25 people were killed, hospital staff said."), 25)).toMatchObject({ source: "other" });
  });
  it("does not take the subject of a reported clause for the speaker", () => {
    const c = only(extract("ar", "وقالت المواقع الموالية للحكومة إن الجيش قصف مواقع المسلحين وقتل العشرات."), null);
    expect(c.source).toBe("other");
  });
});

describe("relays with a speaker the lexicon lacks", () => {
  it("keeps the agency as a relay and the speaker as other", () => {
    expect(only(extract("ar", "وقال مسؤول محلي لوكالة فرانس برس إن 40 شخصا قتلوا."), 40)).toMatchObject({ source: "other", via: ["afp", "example-news"] });
    expect(only(extract("ar", "وقالت وكالة فرانس برس إن 50 مقاتلا قتلوا."), 50)).toMatchObject({ source: "afp", via: ["example-news"] });
  });
});

describe("a source named again by a word of its name", () => {
  it("carries the source named before when the speaker is a head word of its name", () => {
    const ar = extract("ar", "أعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية نزوح 50 ألف شخص.\nوقال المكتب إن 12 مدنيا قتلوا في إدلب.");
    expect(only(ar, 12).source).toBe("ocha");
    const ops = extract("ar", "أعلنت إدارة العمليات العسكرية السيطرة على 20 بلدة.\nوأكدت الإدارة أن مقاتليها أسروا 15 جنديا.");
    expect(only(ops, 15).source).toBe("opposition-ops");
    const en = extract("en", "The UN Office for the Coordination of Humanitarian Affairs said 50,000 people had fled.\nThe office said 12 civilians were killed in Idlib.");
    expect(only(en, 12).source).toBe("ocha");
  });
  it("keeps an unknown speaker unknown", () => {
    const ar = extract("ar", "أعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية نزوح 50 ألف شخص.\nوقال المحافظ إن 12 مدنيا قتلوا في إدلب.");
    expect(only(ar, 12).source).toBe("other");
  });
  it("reads present-tense statements as attribution", () => {
    const ar = extract("ar", "تعلن إدارة العمليات العسكرية أن قواتها سيطرت على 12 بلدة في ريف حماة.");
    expect(only(ar, 12).source).toBe("opposition-ops");
  });
});

describe("the publisher told", () => {
  it("a source that told the publishing agency is the source, relayed by it", () => {
    const c = extract("en", "The Syrian Observatory for Human Rights told dpa that 300 people had been killed.", "2024-11-30", "dpa");
    expect(only(c, 300)).toMatchObject({ source: "sohr", via: ["dpa"] });
  });
});

describe("an outlet's own correspondent", () => {
  it("gives the outlet as source when no known source names the correspondent", () => {
    expect(only(extract("ar", "أفاد مراسل روداو بأن 20 مدنيا قتلوا في القصف.", "2024-11-30", "Rudaw"), 20)).toMatchObject({ source: "rudaw", via: [] });
    expect(only(extract("ar", "وأضاف مراسلنا أن الطائرات نفذت ما يزيد على 20 غارة."), 20)).toMatchObject({ source: "example-news", via: [] });
    expect(only(extract("ar", "وقال المراسل إن عدد المصابين تجاوز 35 شخصا."), 35)).toMatchObject({ source: "example-news", via: [] });
    expect(only(extract("en", "At least 20 people were killed, our correspondent said."), 20)).toMatchObject({ source: "example-news", via: [] });
  });
  it("keeps a known outlet's correspondent and one quoting someone else", () => {
    expect(only(extract("ar", "وقال مراسل الجزيرة إن 20 مدنيا قتلوا."), 20)).toMatchObject({ source: "al-jazeera", via: ["example-news"] });
    const quoting = extract("ar", "وارتفع عدد القتلى إلى 16 مدنيا، بحسب ما أفاد به مراسلنا نقلاً عن مصادر طبية.");
    expect(only(quoting, 16).source).toBe("other");
  });
  it("reads the speaker after a relative clause of the speech preposition", () => {
    const c = only(extract("ar", "وشنت الطائرات 14 غارة على المدينة، وفق ما رصدته مراصد الطيران."), 14);
    expect(c.source).toBe("other");
  });
});

describe("state media relaying", () => {
  it("relays a statement whose source speaks before the relay cue, or whom it quotes", () => {
    const mod = extract("ar", "وأفادت وزارة الدفاع السورية، في بيان نقلته وكالة سانا، بأن وحدات الجيش قضت على ما يقارب 400 إرهابي.");
    expect(only(mod, 400)).toMatchObject({ metric: "killed", source: "syrian-mod", via: ["sana", "example-news"] });
    const quoted = extract("ar", "ونقلت وكالة سانا عن مصدر في مديرية الصحة أن أربعة مدنيين قتلوا.");
    expect(only(quoted, 4)).toMatchObject({ source: "other", via: ["sana", "example-news"] });
    expect(only(extract("ar", "ونقلت وكالة سانا عن مصدر عسكري أن 20 إرهابيا قتلوا."), 20)).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
  });
});

describe("a spokesperson named again", () => {
  it("carries the source whose spokesperson was named with it", () => {
    const ar = extract("ar", "أعلن نائب رئيس مركز المصالحة الروسي، اللواء أوليغ إغناسيوك، اليوم، أن الطيران يواصل ضرباته.\nوقال إغناسيوك إن 260 مسلحاً قتلوا خلال اليوم الماضي.");
    expect(only(ar, 260).source).toBe("russian-mod");
  });
  it("an unknown speaker who told an agency before the complementizer is other, relayed", () => {
    const ar = extract("ar", "وقال المتحدث باسم الفصيل، الرائد يوسف حمود، في تصريح لوكالة الأناضول، إن قواته سيطرت على 42 قرية.");
    expect(only(ar, 42)).toMatchObject({ source: "other", via: ["anadolu", "example-news"] });
  });
});

describe("a new indefinite speaker", () => {
  it("is not the source carried before, even when it shares a word of its name", () => {
    const ar = extract("ar", "وقال مصدر عسكري لـ«الوطن» إن القتلى تجاوزوا 200 إرهابي.\nفي الأثناء، استشهد مدنيان جراء القذائف، وفق ما أفاد مصدر في قيادة شرطة حلب.");
    expect(only(ar, 200).source).toBe("syrian-army");
    expect(only(ar, 2).source).toBe("other");
  });
  it("reads a claim as an attribution", () => {
    expect(only(extract("ar", "وزعمت مواقع إلكترونية تابعة للفصائل أن المسلحين سيطروا على 13 قرية."), 13).source).toBe("other");
  });
});

describe("an announcement of deaths", () => {
  it("names its speaker like a speech verb", () => {
    const ar = extract("ar", "وقال مراسلنا إن القصف استمر.\nوفي السياق، نعت القيادة العامة لقوات سوريا الديمقراطية 14 من مقاتليها الذين قتلوا في الاشتباكات.");
    expect(only(ar, 14)).toMatchObject({ source: "other", subject: "sdf" });
  });
});

describe("a speaker's title naming the source", () => {
  it("attributes to the source named in the title before the speaker's name", () => {
    const en = extract("en", "Russian and Syrian aircraft have eliminated up to 300 militants over the past 24 hours, Deputy Head of the Russian Center for Reconciliation of Opposing Parties in Syria Rear Admiral Oleg Ignasyuk said.");
    expect(only(en, 300).source).toBe("russian-mod");
  });
});

describe("long appositions and a spokesperson who adds", () => {
  it("reads the source before a long apposition closed by a comma", () => {
    const en = extract("en", "The Syrian Observatory for Human Rights, a Britain-based war monitor that relies on a network of contacts inside the country, said at least 37 people had been killed by evening.");
    expect(only(en, 37).source).toBe("sohr");
  });
  it("past an abbreviation in parentheses the lexicon lacks ('The Syrian Observatory for Human Rights (OSDH), a London-based NGO …, said')", () => {
    const en = extract("en", "The Syrian Observatory for Human Rights (OSDH), a London-based NGO with a wide network of sources in the country, said on Saturday that the death toll had climbed to 334.", "2024-11-30");
    expect(only(en, 334).source).toBe("sohr");
  });
  it("carries the source of a spokesperson who adds a figure", () => {
    const en = extract("en", "The Russian Center for Reconciliation of Opposing Parties said strikes continued, its deputy head Oleg Ignasyuk told a briefing.\nIgnasyuk added that at least 46 militants had been killed near Hama.");
    expect(only(en, 46).source).toBe("russian-mod");
  });
});

describe("new English speakers", () => {
  it("an indefinite speaker is new, a speaker before an apposition is unknown, and 'puts' attributes", () => {
    const en = extract("en", "A military source said 20 militants were killed.\nMeanwhile, a source at Aleppo Health Directorate said that four civilians were killed.");
    expect(only(en, 20).source).toBe("syrian-army");
    expect(only(en, 4).source).toBe("other");
    const doctor = extract("en", "SOHR said 30 people were killed.\nDr. Ahmad Ghandour, who runs the emergency department at Idlib University Hospital, says his staff received 60 wounded.");
    expect(only(doctor, 60).source).toBe("other");
    const puts = extract("en", "The Syrian Observatory for Human Rights, a monitoring group based in Britain, puts the overall death toll since Wednesday above 450.");
    expect(only(puts, 450).source).toBe("sohr");
  });
});

describe("a spokesperson's name", () => {
  it("is only the speaker's head word, not any word said near the source before", () => {
    const en = extract("en", "The Syrian Civil Defense, the rescue group working in Idlib, said 30 people were killed.\nA doctor in Idlib, who runs the emergency department, says his staff received 60 wounded.");
    expect(only(en, 60).source).toBe("other");
  });
});

describe("a source's name counted after a number", () => {
  it("is what the number counts, not who speaks", () => {
    const en = extract("en", "SOHR said at least 727 people had been killed. It said 20 soldiers and 12 rebels had died in the battle for Hama.");
    expect(only(en, 12).source).toBe("sohr");
  });
});

describe("entries of a dated list", () => {
  it("do not take the attribution of the entry before", () => {
    const text = "Timeline of the offensive\n\nNOV 30 - Rebels storm Aleppo. The army says dozens of its soldiers have been killed.\n\nDEC 1-2 - Factions take Tal Rifaat. Tens of thousands of people flee east.";
    const claims = extract("en", text, "2024-12-09");
    expect(claims.map((c) => [c.metric, c.source])).toEqual([
      ["killed", "syrian-army"],
      ["displaced", "example-news"],
    ]);
  });
  it("while a plain next paragraph still does", () => {
    const text = "Timeline of the offensive\n\nRebels storm Aleppo. The army says dozens of its soldiers have been killed.\n\nFactions take Tal Rifaat. Tens of thousands of civilians flee east.";
    expect(extract("en", text, "2024-12-09").map((c) => c.source)).toEqual(["syrian-army", "syrian-army"]);
  });
});

describe("a title's count", () => {
  it("keeps the attribution of the same count in the body, or its want of one", () => {
    const text = "Tens of thousands of Kurds flee Tal Rifaat\n\nTens of thousands of Kurdish civilians fled Tal Rifaat on Sunday. An official told the agency that more than 120,000 people were displaced in the area.";
    const claims = extract("en", text, "2024-12-01");
    expect(claims.filter((c) => c.headline).map((c) => [c.metric, c.source])).toEqual([["displaced", "example-news"]]);
  });
});

describe("a lead sentence without a source", () => {
  it("takes the speaker who opens the next sentence with a count of the same metric", () => {
    const text = "Rebels captured Hama on Thursday, as the death toll since their offensive began rose above 700.\n\nThe Britain-based Syrian Observatory for Human Rights said at least 727 people had been killed since November 27.";
    expect(only(extract("en", text, "2024-12-05"), 700).source).toBe("sohr");
  });
  it("but not when the next sentence's speaker speaks of something else", () => {
    const text = "Dozens of soldiers and fighters have been killed in the clashes since Wednesday.\n\nThe Syrian Observatory for Human Rights said rebels had captured several villages.";
    expect(extract("en", text, "2024-11-28").find((c) => c.metric === "killed")?.source).toBe("example-news");
  });
});

describe("a tally compiled by a source", () => {
  it("is attributed to the source that compiled or documented it", () => {
    expect(only(extract("en", "The toll, compiled by the Syrian Observatory for Human Rights, stood at 242 on Thursday."), 242).source).toBe("sohr");
    expect(only(extract("ar", "وبلغت حصيلة القتلى التي وثقها المرصد السوري 242 قتيلاً."), 242).source).toBe("sohr");
  });
});

describe("speakers the lexicon lacks after documenting verbs, estimates and the publisher's own teams", () => {
  it("an unknown team that documented a count is other; estimates are unnamed", () => {
    expect(only(extract("ar", "ووثق فريق منسقو استجابة سوريا نزوح أكثر من 48 ألف شخص."), 48000).source).toBe("other");
    expect(only(extract("ar", "وتشير التقديرات إلى أن عدد النازحين وصل إلى 280 ألفاً."), 280000).source).toBe("other");
  });
  it("the publisher's own field teams are the outlet", () => {
    const en = extract("en", "Airstrikes hit Idlib on Saturday, killing 11 civilians, according to our field teams.", "2024-12-01", "Military Operations Command");
    expect(only(en, 11).source).toBe("opposition-ops");
    const ar = extract("ar", "وارتفعت حصيلة الضحايا المدنيين الذين وثقت فرقنا مقتلهم إلى 44 مدنياً.", "2024-11-30", "Syria Civil Defence");
    expect(only(ar, 44).source).toBe("white-helmets");
  });
});

describe("a speaker that opens with a possessive", () => {
  it("belongs to the source named before", () => {
    const text = "The U.N. humanitarian office said nearly 50,000 people had been displaced. Its spokesman, Stephane Dujarric, said at least 27 civilians, among them eight children, had been killed.";
    const claims = extract("en", text, "2024-12-03");
    expect(only(claims, 27).source).toBe("ocha");
    expect(only(claims, 8).source).toBe("ocha");
    // (a new speaker with no possessive is not)
    expect(only(extract("en", "The U.N. humanitarian office said nearly 50,000 people had been displaced. A local official, Ahmed Ali, said at least 27 civilians had been killed.", "2024-12-03"), 27).source).toBe("other");
  });
});

describe("speakers and what they count", () => {
  it("a count after 'said' is a count even when its noun names a source; a source counted after a vague amount does not speak", () => {
    expect(only(extract("en", "Security sources said 30 rebels were killed in the counter-attack."), 30)).toMatchObject({ metric: "killed", subject: "opposition", source: "other" });
    expect(only(extract("en", "Security sources said dozens of rebels were killed in the counter-attack."), null)).toMatchObject({ subject: "opposition", source: "other" });
  });
  it("a number of the speakers before their speech verb is no count", () => {
    const en = extract("en", "Two Syrian army sources told Reuters that at least 50 soldiers had been killed.");
    expect(en.map((c) => c.quantity.value)).toEqual([50]);
    expect(extract("en", "Two senior Syrian army officers have told the AFP news agency that at least 20 soldiers were killed.").map((c) => c.quantity.value)).toEqual([20]);
    expect(only(extract("en", "Twenty people reported killed in the strike, the monitor said."), 20).metric).toBe("killed");
  });
});

describe("a speaker the lexicon lacks beside a relay", () => {
  it("is the original source, relayed; an agency that speaks itself stays the source", () => {
    const en = extract("en", "The Turkish-backed Syrian National Army said it had captured 30 members of the SDF, Anadolu reported.");
    expect(only(en, 30)).toMatchObject({ source: "other", via: ["anadolu", "example-news"] });
    const ar = extract("ar", "وقال الجيش الوطني إنه أسر 30 عنصراً من قسد، بحسب وكالة الأناضول.");
    expect(only(ar, 30)).toMatchObject({ source: "other", via: ["anadolu", "example-news"] });
    expect(only(extract("ar", "وذكرت وكالة الأناضول أن 30 عنصراً من قسد أسروا."), 30).source).toBe("anadolu");
    expect(only(extract("en", "Reuters reported that 50 people were killed in the strike."), 50).source).toBe("reuters");
  });
});

describe("a source in the possessive", () => {
  it("owns the count of its toll", () => {
    expect(only(extract("en", "The monitor's latest toll, released Thursday night, was 727 dead."), 727).source).toBe("sohr");
    expect(only(extract("en", "SOHR's toll stood at 727 on Thursday."), 727).source).toBe("sohr");
  });
});

describe("a count given after a possessive and a noun of counts, with no count before it", () => {
  it("counts what the sentence before says is tracked, for the source it names ('… has been tracking the dead. As of this morning, its count is 514')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights, a UK-based monitoring group, has been tracking the dead. As of this morning, its count is 514, including 83 civilians.", "2024-12-02");
    expect(only(en, 514)).toMatchObject({ metric: "killed", source: "sohr" });
    expect(only(en, 83)).toMatchObject({ metric: "killed", source: "sohr", subject: "civilians" });
  });
  it("but not when the sentence before names two sources", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights and the White Helmets have been tracking the dead. As of this morning, its count is 514.", "2024-12-02");
    expect(only(en, 514).source).not.toBe("sohr");
  });
});

describe("a source's name ending in a cue's word, before 'that'", () => {
  it("is the name and its verb ('The UN estimates that more than 27,000 people had fled'), not the source carried", () => {
    const en = extract("en", "Title\n\nThe Observatory said the toll had passed 300. The UN estimates that more than 27,000 people had fled.", "2024-12-05");
    expect(only(en, 27000).source).toBe("ocha");
    // (and 'according to UN estimates' is still the name)
    expect(only(extract("en", "Title\n\nMore than 27,000 people had fled, according to UN estimates.", "2024-12-05"), 27000).source).toBe("ocha");
  });
});

describe("a source named right after a noun of a tally", () => {
  it("owns the count it gives ('بلغت حصيلة المرصد السوري … 1,260 قتيلاً', 'the toll of the Syrian Observatory … reached 1,260')", () => {
    expect(only(extract("ar", "عنوان\n\nللمقارنة، بلغت حصيلة المرصد السوري لحقوق الإنسان للفترة نفسها 1,260 قتيلاً.", "2024-12-10"), 1260).source).toBe("sohr");
    expect(only(extract("en", "Title\n\nThe toll of the Syrian Observatory for Human Rights for the same period reached 1,260 dead.", "2024-12-10"), 1260).source).toBe("sohr");
  });
  it("but not a tally compared with, with no number of its own ('يزيد بنحو 14 ضعفاً على حصيلة المرصد لقتلى القوات الحكومية')", () => {
    const text = "عنوان\n\nويعني ذلك أن الرقم المتداول يزيد بنحو 14 ضعفاً على حصيلة المرصد لقتلى القوات الحكومية.\n\nكما رصد الفريق صورة ثانية متداولة قيل إنها تُظهر «جثث 40 مدنياً» قُتلوا بغارة روسية على مدينة إدلب أمس.";
    expect(only(extract("ar", text, "2024-12-03", "Example News"), 40).source).not.toBe("sohr");
  });
});

describe("a definite role noun as the speaker", () => {
  it("refers back to the source named before, and the spokesperson named there still speaks for it", () => {
    const text =
      "Rear Admiral Oleg Ignasyuk, deputy head of the Russian Centre for Reconciliation, said 300 militants were killed. According to the official, the losses of the militants have amounted to more than 2,000 people. Ignasyuk added that government troops continue to repel attacks. Government units have killed 46 militants in the area, he said.";
    const en = extract("en", text, "2024-12-06");
    expect(only(en, 2000)).toMatchObject({ metric: "killed", source: "russian-mod" });
    expect(only(en, 46).source).toBe("russian-mod");
    // (a role noun with modifiers of its own is someone new: another country's minister)
    expect(only(extract("en", "Syria's army said it had killed 300 terrorists. In Lebanon, the caretaker interior minister said up to 4,000 people had crossed into the country.", "2024-12-07"), 4000).source).toBe("other");
    // (an indefinite one is someone new)
    expect(only(extract("en", "The Observatory said 300 people were killed. A local official said 20 civilians died."), 20).source).toBe("other");
  });
});

describe("a sentence on another matter", () => {
  it("takes no attribution carried from before, nor do the sentences after it", () => {
    const en = extract("en", "The Observatory said 20 people were killed in Aleppo. Meanwhile, 5,000 people fled Manbij over the past two days. Two more were killed there.");
    expect(en.map((c) => [c.quantity.value, c.source])).toEqual([[20, "sohr"], [5000, "example-news"], [2, "example-news"]]);
    const ar = extract("ar", "قال المرصد السوري إن 20 شخصاً قتلوا في حلب.\nوفي سياق آخر، نزح 5000 شخص من منبج خلال اليومين الماضيين.");
    expect(only(ar, 5000).source).toBe("example-news");
    // (its own speaker still speaks)
    expect(only(extract("en", "The Observatory said 20 people were killed. Meanwhile, the UN said 5,000 people fled Manbij."), 5000).source).toBe("ocha");
  });
});

describe("a source named twice in a row", () => {
  it("is one mention, and state TV is state media", () => {
    const ar = extract("ar", 'من جهتها، نقلت وكالة الأنباء السورية "سانا" عن مصدر عسكري أن الجيش قتل أكثر من 300 مسلح.');
    expect(only(ar, 300)).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
    expect(only(extract("en", 'Syrian state TV said 25 "terrorists" had been killed, without giving further details.'), 25).source).toBe("sana");
  });
});

describe("an estimating verb with its object pronoun", () => {
  it("names its speaker after it", () => {
    const ar = extract("ar", "ولم يصدر أي تعليق رسمي حول عدد القتلى في صفوف الجيش، الذي قدّره المرصد بـ 380 عنصراً.");
    expect(only(ar, 380).source).toBe("sohr");
  });
});

describe("a source named twice in a row", () => {
  it("is one mention reaching the verb before the first and the words after the second", () => {
    const ar = extract("ar", "وقال مدير «المرصد السوري لحقوق الإنسان»، رامي عبد الرحمن، لـ«الشرق الأوسط»، مساء أمس، إن حصيلة القتلى بلغت ٥١٤ شخصاً.", "2024-12-03");
    expect(only(ar, 514)).toMatchObject({ source: "sohr", via: ["aawsat", "example-news"], asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
  });
});

describe("the publisher told", () => {
  it("is no source wherever the cue stands, with the article's lam folded into the preposition ('للأناضول')", () => {
    const ar = extract("ar", "وقال مصدر عسكري في المعارضة، للأناضول، إن مقاتلي الفصائل أسروا اليوم 19 عنصرا من قوات النظام.", "2024-12-04", "Anadolu");
    expect(only(ar, 19)).toMatchObject({ source: "opposition-ops", via: ["anadolu"] });
    const tv = extract("ar", "وقال المتحدث باسم الإدارة، في تصريح لتلفزيون سوريا، إن عدد الأسرى من قوات النظام يزيد على 260.", "2024-12-01", "Syria TV");
    expect(only(tv, 260)).toMatchObject({ source: "other", via: ["syria-tv"] });
  });
});

describe("the publisher told through a preposition standing apart", () => {
  it("is no source ('لـ«الشرق الأوسط»' in an Asharq Al-Awsat article), and a headline verb of counting attributes ('«المرصد» يحصي')", () => {
    const ar = extract("ar", "وقال مدير «المرصد السوري لحقوق الإنسان»، رامي عبد الرحمن، لـ«الشرق الأوسط»، مساء أمس، إن حصيلة القتلى بلغت ٥١٤ شخصاً.", "2024-12-03", "Asharq Al-Awsat");
    expect(only(ar, 514)).toMatchObject({ source: "sohr", via: ["aawsat"] });
    expect(only(extract("ar", "معارك عنيفة على أبواب حماة... و«المرصد» يحصي ٥١٤ قتيلاً منذ بدء الهجوم\nنص."), 514).source).toBe("sohr");
    // (and one of raising the toll, in the present as in the past: "المرصد السوري يرفع حصيلة القتلى")
    expect(only(extract("ar", "عنوان\n\nالمرصد السوري يرفع حصيلة القتلى إلى ٥٢٠ قتيلا."), 520).source).toBe("sohr");
  });
});

describe("a numbered digest", () => {
  it("gives each item its own speaker: a label before a colon, else the outlet, never the item before's", () => {
    const text =
      "موجز\n\n1- إدارة العمليات العسكرية: قواتنا حررت منذ فجر اليوم 11 قرية وبلدة في ريف حمص الشمالي.\n\n2- مراسل ستيب في ريف حمص: أسر نحو 70 عنصراً من قوات الأسد.\n\n3- مصدر طبي لستيب: مقتل امرأة وطفلين، وإصابة 8 آخرين.\n\n4- نزوح آلاف العائلات من أحياء الزهراء.";
    const ar = extract("ar", text, "2024-12-07", "Step News");
    expect(only(ar, 11).source).toBe("opposition-ops");
    expect(only(ar, 70).source).toBe("step-news");
    expect(only(ar, 8).source).toBe("other");
    expect(only(ar, null).source).toBe("step-news");
    // (a topic or a label of what is counted is no speaker)
    expect(only(extract("en", "Syria: air raids kill 21 civilians in Idlib, the monitor said."), 21).source).toBe("sohr");
  });
});

describe("the publisher named in its own copy", () => {
  it("is the recipient beside a speaker it does not name, the source when it speaks or its correspondent does", () => {
    const text =
      "أكدت القيادة العامة للجيش والقوات المسلحة أن وحداتها استعادت السيطرة على ست بلدات.\nوأوضحت القيادة في بيان تلقت سانا نسخة منه، أن الضربات أسفرت عن مقتل 320 إرهابياً.\nواستشهد مدنيان جراء القذائف، وفق ما أفاد به مدير الصحة في حماة في تصريح لمراسل سانا.\nوذكر مراسل سانا في حماة أن الطيران نفذ ثماني عشرة غارة.";
    const ar = extract("ar", text, "2024-12-02", "SANA");
    expect(only(ar, 320).source).toBe("syrian-army");
    expect(only(ar, 2).source).toBe("other");
    expect(only(ar, 18).source).toBe("sana");
    expect(only(extract("ar", "وثق المرصد السوري لحقوق الإنسان مقتل 412 شخصاً.", "2024-12-01", "Syrian Observatory for Human Rights"), 412).source).toBe("sohr");
    // (a speaker's noun right before its name is its own: "the Observatory's statistics")
    expect(only(extract("ar", "وبحسب إحصائيات المرصد السوري، ارتفع عدد القتلى إلى 874.", "2024-12-07", "Syrian Observatory for Human Rights (SOHR)"), 874).source).toBe("sohr");
  });
  it("and killed-and-wounded with a qualifier between is one count of both, dropped", () => {
    expect(extract("ar", "القيادة العامة للجيش: مقتل وإصابة أكثر من 1600 إرهابي خلال ثلاثة أيام\nنص.").map((c) => c.quantity.value)).toEqual([]);
    // (a number of the time before them is no count of the first: "خلال الساعات الـ24 الماضية")
    const after24 = extract("ar", "عنوان\nوذكرت القيادة العامة أن سلاح الجو نفذ خلال الساعات الـ24 الماضية ضربات ما أدى إلى مقتل وإصابة ما يزيد على 600 منهم.");
    expect(after24.map((c) => c.quantity.value)).toEqual([]);
  });
});

describe("a speaker the lexicon lacks spelling the publisher's name", () => {
  it("is the publisher in its own release, not when the publisher is told", () => {
    const en = extract("en", "Airstrikes on markets killed at least 34 civilians, including 14 children, Human Rights Watch said today.", "2024-12-10", "Human Rights Watch");
    expect(only(en, 34)).toMatchObject({ source: "human-rights-watch", via: [] });
    expect(only(extract("en", "A strike near the university killed at least 12 civilians, a medical source told dpa.", "2024-11-30", "dpa"), 12).source).toBe("other");
    // (or its Latin name spelled in Arabic letters, in an Arabic article)
    const zaman = extract("ar", 'رصدت "زمان الوصل" مقتل أحد عشر ضابطاً من جيش النظام خلال يومين من المعارك.', "2024-11-28", "Zaman al-Wasl");
    expect(only(zaman, 11)).toMatchObject({ source: "zaman-al-wasl", via: [] });
    expect(only(extract("ar", 'وقال مصدر عسكري لموقع "زمان الوصل" إن 11 ضابطاً قتلوا.', "2024-11-28", "Enab Baladi"), 11).source).toBe("syrian-army");
    // (or its abbreviation, given beside its name in the manifest)
    const irc = extract("en", "At least 1,200 families have fled the northern suburbs since Monday, the IRC said.", "2024-12-04", "International Rescue Committee (IRC)");
    expect(only(irc, 1200)).toMatchObject({ source: "international-rescue-committee", via: [] });
  });
});

describe("an organisation's release naming itself", () => {
  it("gives its own figures after a source it quoted, and so do the sentences after them", () => {
    const text =
      "More than 150,000 people have been forced from their homes since 27 November, according to the United Nations.\n\nHealth facilities supported by the IRC in Idlib have received 286 people wounded, 71 of whom were children. A hospital received 38 casualties; nine of them were dead on arrival.";
    const en = extract("en", text, "2024-12-04", "International Rescue Committee (IRC)");
    expect(only(en, 150000).source).toBe("ocha");
    for (const v of [286, 71, 9]) expect(only(en, v)).toMatchObject({ source: "international-rescue-committee", via: [] });
    // (nor reports it received: "أفادت التقارير بنزوح أكثر من 60,000 شخص" in OCHA's own update)
    const ocha = extract("ar", "أفادت التقارير بنزوح أكثر من 60,000 شخص من تل رفعت خلال الفترة نفسها.", "2024-12-06", "OCHA");
    expect(only(ocha, 60000)).toMatchObject({ source: "ocha", via: [] });
    expect(only(extract("ar", "أفادت التقارير بنزوح أكثر من 60,000 شخص من تل رفعت.", "2024-12-06", "Reuters"), 60000).source).toBe("other");
    // (a news outlet naming itself does not speak: "Reuters could not verify …")
    const news = extract("en", "At least 300 people have been killed, the monitor said.\n\nReuters could not independently verify that rebels had seized 40 villages.", "2024-12-01", "Reuters");
    expect(only(news, 40).source).toBe("sohr");
  });
});

describe("a title opening with a place and a colon", () => {
  it("names a topic, not a speaker: the count takes the body's source", () => {
    const text = "Syria: Rebels breach Aleppo city limits as death toll climbs past 250\n\nThe death toll from three days of fighting climbed to 277 on Friday, the Syrian Observatory for Human Rights told AFP.";
    expect(only(extract("en", text, "2024-11-29"), 250).source).toBe("sohr");
    expect(only(extract("en", "SOHR: 20 killed in Idlib\n\nText.", "2024-11-29"), 20).source).toBe("sohr");
  });
});

describe("a spokesperson named where his source was referred back to", () => {
  it("speaks for it again by name, and 'بحسب قوله' names no new speaker", () => {
    const text =
      "أعلنت فصائل المعارضة السورية المنضوية في «إدارة العمليات العسكرية»، فجر اليوم، بدء عملية عسكرية واسعة.\n\nوقال الناطق العسكري باسم الإدارة، الرائد مصعب الحلبي، إن المقاتلين سيطروا حتى مساء اليوم على 13 قرية وبلدة.\n\nوأضاف الحلبي أن قوات النظام تكبّدت خسائر فادحة، إذ قُتل في صفوفها، بحسب قوله، أكثر من 80 عنصراً، فيما وقع 17 آخرون في الأسر.\n\nوتابع أن ثمانية عشر مقاتلاً من الفصائل ارتقوا خلال الاقتحامات.";
    const ar = extract("ar", text, "2024-11-27");
    for (const v of [13, 80, 17, 18]) expect(only(ar, v).source, String(v)).toBe("opposition-ops");
  });
});

describe("a speaker the lexicon lacks after a source named before", () => {
  it("is not that source for sharing an adjective with one of its names ('الشبكة السورية لحقوق الإنسان')", () => {
    const ar = extract("ar", "وأعلنت إدارة العمليات العسكرية أن مقاتليها سيطروا على 23 مدينة وبلدة وقرية.\n\nووثّقت الشبكة السورية لحقوق الإنسان مقتل 213 مدنياً.", "2024-12-07");
    expect(only(ar, 23).source).toBe("opposition-ops");
    expect(only(ar, 213).source).toBe("other");
  });
});

describe("a party named as what is counted after a count and its member noun", () => {
  it("is not the speaker ('وأسر 36 عنصراً من الجيش السوري'), and an agency named in full relays the source at the end", () => {
    const ar = extract("ar", "وأعلنت «إدارة العمليات العسكرية» مساء أمس سيطرة مقاتليها على 14 بلدة وقرية، وأسر 36 عنصراً من الجيش السوري، بينهم ضابطان.", "2024-12-05");
    expect(only(ar, 36).source).toBe("opposition-ops");
    const dpa = extract("ar", "وارتفعت حصيلة القتلى إلى ٥١٤ قتيلاً، بينهم ٩٠ مدنياً، وذلك وفق ما نقلته وكالة الأنباء الألمانية (د ب أ) عن المرصد السوري لحقوق الإنسان.", "2024-12-01");
    expect(only(dpa, 514)).toMatchObject({ source: "sohr", via: ["dpa", "example-news"] });
  });
  it("nor past the word for forces, after a number word ('أسروا أكثر من ألفي عنصر من قوات الجيش …، وإن …')", () => {
    const ar = extract("ar", "عنوان\n\nأما إدارة العمليات العسكرية، فقالت في بيان يوم الجمعة إن مقاتليها أسروا أكثر من ألفي عنصر من قوات الجيش منذ بدء المعركة، وإن \"أعداداً كبيرة\" من الجنود سلموا أنفسهم دون قتال.", "2024-12-08");
    expect(only(ar, 2000)).toMatchObject({ metric: "captured", source: "opposition-ops" });
  });
});

describe("other armies", () => {
  it("are not the Syrian army for sharing its word ('أعلن الجيش الإسرائيلي …')", () => {
    const ar = extract("ar", "أعلن الجيش الإسرائيلي، اليوم الثلاثاء، أنه نفّذ نحو 350 ضربة جوية في سوريا خلال الساعات الـ48 الماضية.", "2024-12-10");
    expect(only(ar, 350)).toMatchObject({ metric: "airstrikes", source: "other" });
    expect(only(extract("ar", "أعلن الجيش أن وحداته استعادت السيطرة على 12 قرية."), 12).source).toBe("syrian-army");
  });
});

describe("the army's officers and officials speaking to an outlet", () => {
  it("are the army", () => {
    const en = extract("en", "Two Syrian army officers, speaking on condition of anonymity, told Reuters that dozens of soldiers had been killed.", "2024-11-28", "Reuters");
    expect(only(en, null).source).toBe("syrian-army");
    expect(only(extract("en", "A Syrian security source told Asharq Al-Awsat that some 60 officers and soldiers had been taken prisoner."), 60).source).toBe("syrian-army");
  });
});

describe("relays in English", () => {
  it("'X quoted Y as saying' and 'a statement carried by state media' relay the speaker", () => {
    const toi = extract("en", "Reuters quoted two officers in the rebel operations room as saying fighters had entered at least nine towns in the Damascus countryside overnight.", "2024-12-08", "Times of Israel");
    expect(only(toi, 9)).toMatchObject({ source: "opposition-ops", via: ["reuters", "times-of-israel"] });
    const army = extract("en", "Syria's army said in a statement carried by state media that its forces had killed \"hundreds of terrorists\" in the countryside.", "2024-11-28", "Reuters");
    expect(only(army, null)).toMatchObject({ source: "syrian-army", via: ["sana", "reuters"] });
  });
  it("an indefinite speaker with modifiers is someone new, not the source carried ('An SNA commander')", () => {
    const en = extract("en", "Rebel commanders said they had taken 20 villages.\nAn SNA commander told Reuters on Monday that about 50 SDF fighters had been captured in Manbij.", "2024-12-10");
    expect(only(en, 50).source).toBe("other");
  });
});

describe("a wire story's dateline and its told publisher", () => {
  it("dates the copy, not a count; the publisher told is no subject of a later verb; speakers counted are no count", () => {
    const text =
      "Exclusive: Hundreds of Syrian troops killed\n\nBEIRUT/AMMAN, Dec 6 (Reuters) - At least 300 Syrian soldiers were killed and more than 1,500 taken prisoner in the battle for Hama, three Syrian army officers and a regional security source told Reuters, losses far heavier than the government has acknowledged.";
    const en = extract("en", text, "2024-12-06", "Reuters");
    expect(only(en, 300)).toMatchObject({ source: "syrian-army", via: ["reuters"], window: { start: "2024-11-27", end: null } });
    expect(en.some((c) => c.quantity.value === 3)).toBe(false);
  });
  it("reads 'the UN reckons' as an attribution", () => {
    expect(only(extract("en", "The UN reckons that almost 300,000 people have fled their homes in the north-west."), 300000).source).toBe("ocha");
  });
});

describe("the publisher's id", () => {
  it("is the source an edition or office is named after ('World Health Organization Regional Office …', 'Anadolu Arabic')", () => {
    const who = extract("en", "Health facilities treated 3,460 people for injuries and recorded 389 deaths.", "2024-12-05", "World Health Organization Regional Office for the Eastern Mediterranean");
    expect(only(who, 389)).toMatchObject({ source: "who", via: [] });
    const aa = extract("ar", "وقال المرصد إن 20 شخصاً قتلوا.", "2024-12-05", "Anadolu Arabic");
    expect(only(aa, 20).via).toEqual(["anadolu"]);
    expect(only(extract("en", "Centres have registered nearly 8,000 new arrivals from Hama.", "2024-12-06", "UNHCR, the UN Refugee Agency"), 8000)).toMatchObject({ source: "unhcr", via: [] });
    // (a one-word name of a party or agency that is no outlet does not name an edition: "UN News")
    expect(only(extract("en", "The monitor said 20 people were killed.", "2024-12-05", "UN News"), 20).via).toEqual(["un-news"]);
  });

  it("is the agency a country office's account opens with, written as an acronym ('OCHA Syria (@OCHA_Syria) on X')", () => {
    const thread = extract("en", "2/6 More than 30,000 people have been displaced since 27 Nov.", "2024-11-30", "OCHA Syria (@OCHA_Syria) on X");
    expect(only(thread, 30000)).toMatchObject({ source: "ocha", via: [] });
  });
});

describe("a source named after a thread's counter", () => {
  it("speaks: the '6' of '4/6' does not count it", () => {
    const post = extract("en", "Update.\n\n4/6 Syria Civil Defence reports that its teams responded to at least 41 air strikes on towns.", "2024-11-30", "Example News");
    expect(only(post, 41)).toMatchObject({ source: "white-helmets", via: ["example-news"] });
  });
});

describe("a relayer quoting its source", () => {
  it("relays the source named after 'quoted', 'citing', 'quoting' (not after 'cited by')", () => {
    expect(only(extract("en", "State news agency SANA quoted a military source as saying that 40 militants had been killed overnight.", "2024-11-28", "AP"), 40)).toMatchObject({ source: "syrian-army", via: ["sana", "ap"] });
    expect(only(extract("en", "State television, citing a military source, said Syrian and Russian aircraft had killed 60 terrorists around Hama.", "2024-12-07", "NPR"), 60)).toMatchObject({ source: "syrian-army", via: ["sana", "npr"] });
    expect(only(extract("en", "By Saturday, the death toll had risen to 826, according to figures from the Syrian Observatory for Human Rights cited by AFP.", "2024-12-07", "Arab News"), 826)).toMatchObject({ source: "sohr", via: ["afp", "arab-news"] });
  });
});

describe("a speech verb joined by 'and' to the sentence's first verb", () => {
  it("is the subject's, not that of a name owning its object ('The Syrian army denied the rebels' account and said …')", () => {
    const en = extract("en", "The Syrian army denied the rebels' account and said its forces had killed 30 attackers.", "2024-12-07");
    expect(only(en, 30).source).toBe("syrian-army");
    const aside = extract("en", "The Syrian army, in a statement read on state television, denied the rebels' account and said its forces had killed \"dozens\" of attackers.", "2024-12-07");
    expect(only(aside, null).source).toBe("syrian-army");
    // (a speaker named nearer still speaks)
    expect(only(extract("en", "The Syrian army retreated from the city and the monitor said 30 people were killed.", "2024-12-07"), 30).source).toBe("sohr");
  });
});

describe("a party the lexicon knows as a group, speaking ('وقالت الفصائل', 'وأعلنت الفصائل')", () => {
  it("is the one belligerent source of its side", () => {
    expect(only(extract("ar", "وقالت الفصائل إنها سيطرت على 14 بلدة.", "2024-11-28"), 14).source).toBe("opposition-ops");
    expect(only(extract("ar", "وأعلنت الفصائل أسر ما يزيد على 1,100 عنصر من قوات النظام.", "2024-12-06"), 1100).source).toBe("opposition-ops");
  });
});

describe("the factions saying, in the present ('الفصائل تقول')", () => {
  it("are the opposition's command, though a transcript's label opens the line", () => {
    const ar = extract("ar", "المقدّم: الفصائل تقول إنها سيطرت على أكثر من مئة وخمسين بلدة وقرية، هل هذا رقم منطقي؟", "2024-12-01", "Dijlah");
    expect(only(ar, 150)).toMatchObject({ source: "opposition-ops", metric: "localities-seized" });
  });
});

describe("an organisation's pronoun speaking", () => {
  it("is the source the sentence before names ('The Russian Defense Ministry has been generous with numbers. On Dec. 4, it claimed …')", () => {
    const en = extract("en", "Rescuers said 12 people were killed on Monday.\n\nThe Russian Defense Ministry has been generous with numbers. On Dec. 4, it claimed that aircraft had killed up to 300 militants.", "2024-12-06");
    expect(only(en, 300).source).toBe("russian-mod");
    // (and the day before it is the statement's)
    expect(only(en, 300).asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
    // (and the day before it is the statement's)
    expect(only(en, 300).asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
    // (a person's pronoun is not: "… where fighters of Hayat Tahrir al-Sham (HTS) … Over the same period, … he added")
    const person = extract("en", "At least 320 militants were killed, Rear Admiral Pavel Ostrovsky of the Russian Center for Reconciliation told journalists.\n\nThe strikes hit areas where fighters of Hayat Tahrir al-Sham (HTS) have been trying to break through. Over the same period, he added, aircraft delivered 57 strikes.", "2024-11-30");
    expect(only(person, 57).source).not.toBe("opposition-ops");
  });
});

describe("a definite speaker naming a source mentioned before", () => {
  it("is that source when a relay cites it ('Reuters reported, citing the ministry, that …'), which stays the relay", () => {
    const en = extract("en", "The Russian Defense Ministry spoke on Tuesday. Reuters reported, citing the ministry, that 1,600 militants had been killed.", "2024-12-06", "The Kyiv Independent");
    expect(only(en, 1600)).toMatchObject({ source: "russian-mod", via: ["reuters", "the-kyiv-independent"] });
  });
  it("is that source ('… المنضوية في «إدارة العمليات العسكرية» … وقالت الإدارة'), not a party's name", () => {
    const ar = extract(
      "ar",
      "أطلقت فصائل المعارضة السورية المنضوية في \"إدارة العمليات العسكرية\"، فجر اليوم، معركة حملت اسم \"ردع العدوان\".\nوقالت الإدارة، في بيان، إن مقاتليها تمكنوا من السيطرة على خمس عشرة بلدة وقرية.",
      "2024-11-27",
    );
    expect(only(ar, 15).source).toBe("opposition-ops");
    const trt = extract("ar", "الجيش الوطني السوري يحرر تل رفعت\nنص.\nأعلن الجيش الوطني السوري، الاثنين، تحرير مدينة تل رفعت و42 قرية وبلدة.", "2024-12-02");
    expect(only(trt, 42).source).not.toBe("syrian-army");
  });
});

describe("a source speaking to the publisher's correspondent", () => {
  it("is the source, the publisher its recipient ('أكد مصدر عسكري لمراسل سانا')", () => {
    const ar = extract("ar", "وفي وقت لاحق، أكد مصدر عسكري لمراسل سانا أن وحدات الجيش ألقت القبض على 12 إرهابياً.", "2024-12-02", "SANA");
    expect(only(ar, 12)).toMatchObject({ metric: "captured", source: "syrian-army", via: ["sana"] });
  });
});

describe("a relay quoting a source the lexicon lacks", () => {
  it("gives an unknown source relayed, not a carried source that shares a word with the relay's name", () => {
    const ar = extract(
      "ar",
      "ونقلت وكالة رويترز عن مصدرين عسكريين سوريين أن ما لا يقل عن 40 جندياً قُتلوا.\nوبحسب ما نقلت وكالة الأنباء السورية (سانا) عن مديرية الصحة في حماة، قُتل 11 مدنياً بينهم 4 أطفال.",
      "2024-12-05",
    );
    expect(only(ar, 11)).toMatchObject({ source: "other", via: ["sana", "example-news"] });
  });
});

describe("one of the speakers named before", () => {
  it("is their source ('two volunteers with the Syrian Civil Defence told Reuters' … 'one of the volunteers said')", () => {
    const en = extract("en", "Jets carried out around 25 air strikes overnight on Sarmin, two volunteers with the Syrian Civil Defence told Reuters by phone. Nine civilians were killed in Ariha alone, among them four children, one of the volunteers said.", "2024-11-28", "Reuters");
    expect(only(en, 9)).toMatchObject({ source: "white-helmets", via: ["reuters"] });
  });
});

describe("a source right after the speech verb followed by its own verb", () => {
  it("is the subject of what is reported, not the speaker ('the ministry … said the army had eliminated')", () => {
    const en = extract("en", "Syria's Defense Ministry, in a statement carried by the state news agency SANA, said the army had \"eliminated more than 300 terrorists\" in the countryside.", "2024-12-07", "Arab News");
    expect(only(en, 300)).toMatchObject({ source: "syrian-mod", via: ["sana", "arab-news"] });
    // (an inverted speaker stays one: "…, said the monitor")
    expect(only(extract("en", "At least 20 people were killed in the strike, said the monitor."), 20).source).toBe("sohr");
  });
});

describe("a speaker set off by an aside", () => {
  it("is the speaker past an aside that restates its name or opens with a dash after its abbreviation", () => {
    const restated = extract("en", "Thirteen civilians were killed on Saturday, the White Helmets said. The Syrian Observatory for Human Rights, a monitor known for its ties to Kurdish circles, put the death toll at 372.", "2024-12-01");
    expect(only(restated, 372).source).toBe("sohr");
    const dashed = extract("en", "State news agency SANA said rockets had killed three civilians. The Syrian Observatory for Human Rights (SOHR) – a London-linked outfit with a long record – on Tuesday put the overall toll of the week at 514.", "2024-12-03");
    expect(only(dashed, 514).source).toBe("sohr");
  });
});

describe("the publisher's correspondent before an English verb", () => {
  it("is the outlet, past the place the correspondent is in", () => {
    const en = extract("en", "The Observatory said warplanes had carried out 70 strikes. The Cradle's correspondent in Hama reported that more than 2,500 families had left the city.", "2024-12-03", "The Cradle");
    expect(only(en, 2500)).toMatchObject({ source: "the-cradle", via: [] });
  });
});

describe("a party's name in an unknown speaker's phrase", () => {
  it("does not refer back to a source whose name shares one of its words", () => {
    const en = extract("en", "The Syrian opposition's Military Operations Command said its fighters had entered 12 towns. A spokesman for the Kurdish-led Syrian Democratic Forces told AFP that some 120,000 people had fled the area.", "2024-12-02", "AFP");
    expect(only(en, 12).source).toBe("opposition-ops");
    expect(only(en, 120000).source).toBe("other");
  });
});

describe("a title naming its speaker", () => {
  it("takes the speaker and day of the body's statement of the same count", () => {
    const en = extract("en", "Syrian army says over 400 militants killed\n\nThe Syrian Ministry of Defense said in a statement on Monday that the army had killed more than 400 terrorists in Hama.", "2024-12-03");
    const [title, body] = en.filter((c) => c.quote.includes("400"));
    expect(title!.headline).toBe(true);
    expect(title).toMatchObject({ source: "syrian-mod", asOf: body!.asOf });
    expect(body!.asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("a title labelled with a speaker the lexicon does not know", () => {
  it("says what the body says of the same metric, the outlet's own word included", () => {
    const ar = extract("ar", "مديرية صحة حمص: 14 شهيداً وعشرات الجرحى خلال 24 ساعة\nالجمعة 6 كانون الأول 2024\n\nتعلن مديرية صحة حمص أن مشافي المحافظة استقبلت جثامين 14 شهيداً من المدنيين، إضافة إلى 63 مصاباً.", "2024-12-06", "Homs Health Directorate");
    const vague = ar.find((c) => c.headline && c.metric === "injured")!;
    expect(vague).toMatchObject({ source: "homs-health-directorate", via: [] });
  });
});

describe("a statement gone on with", () => {
  it("keeps the day of the statement it continues, unless it names its own", () => {
    const en = extract("en", "The Syrian Ministry of Defense said in a statement on Monday that the army had killed more than 400 terrorists. The ministry added that army units had restored control of six villages. It also said that 17 militants had been captured.", "2024-12-03");
    const monday = { earliest: "2024-12-02", latest: "2024-12-02" };
    expect(only(en, 6).asOf).toEqual(monday);
    expect(only(en, 17).asOf).toEqual(monday);
    const own = extract("en", "The Syrian Ministry of Defense said on Monday that the army had killed more than 400 terrorists. The ministry added on Tuesday that army units had restored control of six villages.", "2024-12-04");
    expect(only(own, 6).asOf).toEqual({ earliest: "2024-12-03", latest: "2024-12-03" });
    const ar = extract("ar", "أعلنت إدارة العمليات العسكرية يوم الخميس السيطرة على 20 بلدة.\nوأضافت الإدارة أن مقاتليها أسروا 15 جنديا.", "2024-11-30");
    expect(only(ar, 15).asOf).toEqual({ earliest: "2024-11-28", latest: "2024-11-28" });
  });
});

describe("the lines between a title and the body", () => {
  it("take the attribution of the body's opening counts, as the title does", () => {
    const en = extract("en", "Over 150 killed as rebels press towards Aleppo\n\nJets pound Idlib as 2,000 flee frontline villages\n\nPublished - November 28, 2024 09:34 pm IST - BEIRUT\n\nReuters\n\nRebels pushed to within a few kilometres of Aleppo on Thursday, residents said.\n\nFighting since Wednesday has killed 182 people, the Syrian Observatory for Human Rights said on Thursday. Some 2,000 people have fled their homes, the UN said.", "2024-11-28");
    expect(only(en, 182).source).toBe("sohr");
    const title = en.find((c) => c.headline)!;
    expect(title).toMatchObject({ metric: "killed", source: "sohr" });
    expect(en.filter((c) => c.quantity.value === 2000).map((c) => c.source)).toEqual(["ocha", "ocha"]);
  });
  it("restating the title's own number, say what the title says", () => {
    const en = extract("en", "343 killed in Aleppo and Idlib\n\n2 months ago\n\n343 killed in Aleppo and Idlib\n\nFighting went on today. The Observatory said 327 people had been killed.", "2024-11-30");
    expect(en.filter((c) => c.quantity.value === 343).map((c) => c.source)).toEqual(["example-news", "example-news"]);
  });
  it("start under a one-word section label, which is not the title", () => {
    const en = extract("en", "World\n\nAirstrikes kill 30 in Idlib\n\nRescuers said 30 people were killed in Idlib on Sunday.", "2024-12-02");
    expect(en.filter((c) => c.quantity.value === 30).map((c) => c.headline)).toEqual([true, false]);
  });
});

describe("a source quoted in the publisher's own release", () => {
  it("speaks for its paragraph only; the release's next paragraph is the publisher's", () => {
    const ar = extract("ar", "وبحسب ما أبلغنا به الجانب الروسي، فقد قضت الضربات الجوية على 320 مسلحاً في ريف إدلب.\n\nكما استعادت وحداتنا السيطرة على أربع قرى في ريف حماة.", "2024-12-01", "Syrian Ministry of Defence");
    expect(only(ar, 320).source).toBe("russian-mod");
    expect(only(ar, 4).source).toBe("syrian-mod");
    // ("our units" are the publisher's side, not the side of the source quoted before)
    expect(only(ar, 4).subject).toBe("government");
    // (an outlet's article carries it on: the next paragraph is still the source's)
    const news = extract("ar", "وبحسب ما أبلغنا به الجانب الروسي، فقد قضت الضربات الجوية على 320 مسلحاً في ريف إدلب.\n\nكما استعادت القوات السيطرة على أربع قرى في ريف حماة.", "2024-12-01", "Example News");
    expect(only(news, 4).source).toBe("russian-mod");
  });
});

describe("a speaker, then a relay cue and its agency", () => {
  it("keeps the speaker before; the agency after the relay cue relays, and the day after it dates the statement", () => {
    const ar = extract("ar", "أما المرصد السوري لحقوق الإنسان المعارض، ومقره بريطانيا، فقد زعم في حصيلة نقلتها وكالة فرانس برس أمس أن عدد القتلى تجاوز 450.", "2024-12-02", "IRNA");
    expect(only(ar, 450)).toMatchObject({ source: "sohr", via: ["afp", "irna"], asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
  });
});

describe("whom a relay quotes", () => {
  it("is an unknown speaker after its 'عن', though the relay's name stands next to it", () => {
    const ar = extract("ar", "من جهتها، نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله إن وحدات الجيش قضت على 350 إرهابياً.\nكما نقلت الوكالة عن وزارة الصحة السورية أن حصيلة الضحايا بلغت 48 شهيداً من المدنيين.", "2024-12-02", "IRNA");
    expect(only(ar, 350)).toMatchObject({ source: "syrian-army", via: ["sana", "irna"] });
    expect(only(ar, 48).source).toBe("other");
  });
});

describe("a source named as the agent of a passive after a cue", () => {
  it("is the speaker ('according to figures released on Tuesday by OCHA')", () => {
    const en = extract("en", "As fighting spreads, Islamic Relief is warning of a catastrophe.\n\nAccording to figures released on Tuesday by the UN Office for the Coordination of Humanitarian Affairs (OCHA), 284,000 people have been displaced.", "2024-12-04", "Islamic Relief");
    expect(only(en, 284000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
  });
});

describe("speakers who allege, and one of them", () => {
  it("reads 'Local sources alleged' as an unknown speaker and 'One of them said' as the speakers before", () => {
    const alleged = extract("en", "Airwars tracked 18 drone strikes on Manbij. Local sources alleged that 11 civilians were killed in these strikes.", "2024-12-10", "Airwars");
    expect(only(alleged, 11).source).toBe("other");
    const them = extract("en", "Two Syrian army officers told Reuters the army had pulled back from the airport. One of them said at least 70 soldiers had been killed since Friday.", "2024-12-01", "Cyprus Mail");
    expect(only(them, 70)).toMatchObject({ source: "syrian-army", via: ["reuters", "cyprus-mail"] });
    // (in one word in Arabic: "وقال أحدهما")
    const ar = extract("ar", "عنوان\nوقال مصدران في الجيش السوري لرويترز إن 12 جنديا قتلوا في الهجوم. وقال أحدهما إن الطائرات شنت منذ منتصف الليل ما يصل إلى 50 غارة.", "2024-11-30");
    expect(only(ar, 50)).toMatchObject({ source: "syrian-army", via: ["reuters", "example-news"] });
  });
});

describe("a speaker labelled on a line of its own", () => {
  it("speaks the paragraph below ('وزير الصحة:' over a quotation, 'المتحدث الرسمي باسم وزارة الدفاع:'), not a section's heading ('Key Takeaways:')", () => {
    const ar = extract("ar", "عنوان\nالبعث | محليات\n\nعقد المتحدث الرسمي باسم وزارة الدفاع ووزير الصحة مؤتمرا صحفيا مشتركا في دمشق.\n\nالمتحدث الرسمي باسم وزارة الدفاع:\n\"تمكنت وحداتنا من القضاء على ما يزيد على 1,600 إرهابي.\"\n\nوزير الصحة:\n\"بلغ عدد الشهداء المدنيين الذين وصلوا إلى مشافي حلب 48 شهيدا.\"", "2024-12-03", "Al-Baath");
    expect(only(ar, 1600).source).toBe("syrian-mod");
    expect(only(ar, 48)).toMatchObject({ source: "other", via: ["al-baath"] });
    const en = extract("en", "Title\n\nKey Takeaways:\n\nSyrian opposition forces seized at least 23 towns and villages in western Aleppo Province.", "2024-11-28", "Institute for the Study of War");
    expect(only(en, 23)).toMatchObject({ source: "institute-for-the-study-of-war", via: [] });
  });
  it("on the day of the press conference the text reports above it ('عقد … مؤتمرا صحفيا … ظهر أمس الإثنين', 'held a news conference on Monday')", () => {
    const ar = extract("ar", "عنوان\nالبعث | محليات\n\nعقد المتحدث الرسمي باسم وزارة الدفاع مؤتمرا صحفيا في الثانية عشرة من ظهر أمس الإثنين في دمشق.\n\nالمتحدث الرسمي باسم وزارة الدفاع:\n\"تمكنت وحداتنا من القضاء على ما يزيد على 1,600 إرهابي.\"", "2024-12-03", "Al-Baath");
    expect(only(ar, 1600)).toMatchObject({ source: "syrian-mod", asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
    const en = extract("en", "Title\n\nThe health minister held a news conference in Damascus on Monday.\n\nHealth minister:\n\"Our hospitals in Aleppo have received 48 dead civilians.\"", "2024-12-03");
    expect(only(en, 48).asOf).toEqual({ earliest: "2024-12-02", latest: "2024-12-02" });
  });
});

describe("a source credited in parentheses after a count", () => {
  it("is its source, not the one carried from the line before ('12 killed (SOHR).'), but not inside the clause ('(SOHR) reported')", () => {
    const en = extract("en", "Title\n\n- Fatalities: The Syrian Observatory for Human Rights (SOHR) reported 823 deaths as of 5 December.\n- 1 December, Idlib city: strike on a market; 9 killed (White Helmets).\n- 2 December, Aleppo city: strike near the hospital; 12 killed (SOHR).", "2024-12-06");
    expect([823, 9, 12].map((v) => only(en, v).source)).toEqual(["sohr", "white-helmets", "sohr"]);
  });
  it("with the day of its figure after a comma, which dates the count but is not the period counted ('(OCHA, 5 December)')", () => {
    const ar = extract("ar", "نداء عاجل\n\n6. النزوح: نحو 290 ألف نازح منذ بدء الهجوم (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، 5 كانون الأول).", "2024-12-06", "SJAC");
    const en = extract("en", "Title\n\nDisplaced: about 290,000 since the offensive began (OCHA, 5 December).", "2024-12-06");
    for (const c of [only(ar, 290000), only(en, 290000)]) expect(c).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-05", latest: "2024-12-05" }, window: { start: "2024-11-27" } });
  });
});

describe("a citation closing a sentence's line, past its full stop", () => {
  it("dates what the sentence's source said, and credits a sentence that names none ('(Reuters, 3 December 2024)', '(SNHR, 8 December 2024)')", () => {
    const text = "Query response on Syria\n10 December 2024\n\nReuters, citing the Russian Ministry of Defence, reports that Russian and Syrian aircraft had \"eliminated no fewer than 1,000 militants\" in Idlib and Hama provinces. (Reuters, 3 December 2024)\n\nThe Syrian Network for Human Rights (SNHR) documented at least 352 air strikes between 27 November and 7 December. (SNHR, 8 December 2024)\n\nHealth facilities treated \"over 2,900\" persons injured. (Syrian Observatory for Human Rights, 9 December 2024)";
    const en = extract("en", text, "2024-12-10", "ecoi");
    expect(only(en, 1000)).toMatchObject({ source: "russian-mod", asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    expect(only(en, 352)).toMatchObject({ source: "other", asOf: { earliest: "2024-12-08", latest: "2024-12-08" } });
    expect(only(en, 2900)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-09", latest: "2024-12-09" } });
  });
});

describe("the publisher named in the sentence and referred to by a common noun", () => {
  it("is the speaker ('… supported by Syria Relief …, the UK charity said'), not a name ('the Syrian Democratic Forces said')", () => {
    const text = (speaker: string) => `Syria Relief hospitals treat wounded\n\nPRESS RELEASE\n\nHospitals and clinics supported by Syria Relief in north-west Syria have treated 538 people wounded in the fighting, ${speaker} said today.`;
    expect(only(extract("en", text("the UK charity"), "2024-12-02", "Syria Relief"), 538)).toMatchObject({ source: "syria-relief", via: [] });
    expect(only(extract("en", text("the Syrian Democratic Forces"), "2024-12-02", "Syria Relief"), 538)).toMatchObject({ source: "other", via: ["syria-relief"] });
    // (nor a charity where the sentence does not name the publisher)
    const other = extract("en", "Title\n\nHospitals in north-west Syria have treated 538 people wounded in the fighting, the UK charity said today.", "2024-12-02", "Example News");
    expect(only(other, 538)).toMatchObject({ source: "other" });
  });
});

describe("the publisher's own people in its release", () => {
  it("record the publisher's figure, though another source was quoted before", () => {
    const ar = extract("ar", "ووفقاً لأحدث أرقام مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، نزح أكثر من 264 ألف شخص.\nوقد سجّلت فرقنا الميدانية وصول حوالي 6,500 أسرة نازحة إلى المخيمات خلال الـ48 ساعة الماضية.", "2024-12-03", "World Food Programme");
    expect(only(ar, 264000).source).toBe("ocha");
    expect(only(ar, 6500)).toMatchObject({ source: "world-food-programme", via: [] });
    const en = extract("en", "According to OCHA, 264,000 people have been displaced. Our teams recorded the arrival of about 6,500 displaced families in the camps.", "2024-12-03", "World Food Programme");
    expect(only(en, 6500).source).toBe("world-food-programme");
  });
});

describe("a speaker named with where it is from", () => {
  it("speaks past an aside on the place ('Residents of Rastan, north of Homs, told dpa')", () => {
    const en = extract("en", "Residents of Rastan, north of Homs, told dpa that at least seven people were killed when jets bombed the bridge.", "2024-12-06", "Gulf Times");
    expect(only(en, 7)).toMatchObject({ source: "residents", via: ["dpa", "gulf-times"] });
  });
});

describe("a release's issuer named in its header in the text's language", () => {
  it("is the publisher, referred back to by its head noun", () => {
    const ar = extract("ar", "منسقو استجابة سوريا: 94 ضحية مدنية منذ بدء التصعيد\nبيان صادر عن فريق منسقو استجابة سوريا\nالثلاثاء 3 كانون الأول 2024\n\nيتابع فريق منسقو استجابة سوريا بقلق بالغ استمرار العمليات العسكرية.\n\nوثّق الفريق مقتل 94 مدنياً، بينهم 31 طفلاً.", "2024-12-03", "Syria Response Coordinators");
    // (the title's 94 restates the body's, whose metric it takes)
    expect(ar.filter((c) => c.quantity.value === 94).map((c) => [c.headline, c.source, c.via])).toEqual([[true, "syria-response-coordinators", []], [false, "syria-response-coordinators", []]]);
  });
  it("is the publisher by the name it signs with too, where the header names its office", () => {
    const ar = extract("ar", "بيان صادر عن إدارة مستشفى الرحمة بشأن ضحايا القصف\nحلب، 2 كانون الأول 2024\n\nوأحصت مراصد الطيران المحلية ما لا يقل عن 9 غارات على المدينة.\n\nوقد استقبلت أقسام الإسعاف في مستشفى الرحمة منذ صباح أمس 8 قتلى و43 مصاباً.\n\nالمكتب الإعلامي\nمستشفى الرحمة", "2024-12-02", "Rahma Hospital");
    expect(only(ar, 9).source).toBe("other");
    expect(only(ar, 8)).toMatchObject({ source: "rahma-hospital", via: [] });
  });
});

describe("a speaker named with where it is, then an aside", () => {
  it("speaks past the aside ('A rebel commander in Homs, who asked not to be named …, told CNN')", () => {
    const en = extract("en", "A rebel commander in Homs, who asked not to be named because he was not authorized to speak to the media, told CNN his fighters had detained roughly 150 soldiers since Saturday.", "2024-12-08", "CNN");
    expect(only(en, 150)).toMatchObject({ source: "opposition-ops", via: ["cnn"] });
  });
});

describe("a title's count restated in the body", () => {
  it("names whom it counts from the body where the title counts everyone", () => {
    const ar = extract("ar", "مقتل 64 شخصاً في غارات على إدلب\n\nوقال المرصد السوري إنه وثق مقتل 64 مدنياً منذ بدء الهجوم.", "2024-12-01");
    expect(ar.filter((c) => c.quantity.value === 64).map((c) => c.subject)).toEqual(["civilians", "civilians"]);
  });
});

describe("a release that signs with its issuer's name in the text's language", () => {
  it("is the publisher when the name stands alone among its last lines", () => {
    const ar = extract("ar", "اللجنة: مقتل 43 شخصاً يوم الجمعة\n\nوثّقت اللجنة السورية لحقوق الإنسان يوم الجمعة مقتل 43 شخصاً في سوريا.\n\nاللجنة السورية لحقوق الإنسان\nتأسست عام 1997", "2024-12-07", "SHRC");
    expect(ar.filter((c) => c.quantity.value === 43 && !c.headline)[0]).toMatchObject({ source: "shrc", via: [] });
  });
  it("is the publisher when the line about who issues it names it", () => {
    const ar = extract("ar", "توسيع الاستجابة في شمال سوريا\n\nأعلن الهلال الأحمر القطري اليوم نقل 146 جريحاً إلى المستشفيات منذ بدء العملية العسكرية.\n\n-انتهى-\n\nنبذة عن الهلال الأحمر القطري\nتأسس الهلال الأحمر القطري عام 1978.", "2024-12-10", "QRCS");
    expect(only(ar, 146)).toMatchObject({ source: "qrcs", via: [] });
  });
  it("is someone else when nothing at the end names the speaker", () => {
    const ar = extract("ar", "توسيع الاستجابة في شمال سوريا\n\nأعلن الهلال الأحمر القطري اليوم نقل 146 جريحاً إلى المستشفيات منذ بدء العملية العسكرية.\n\nتأسست الوكالة عام 1978.", "2024-12-10", "QRCS");
    expect(only(ar, 146)).toMatchObject({ source: "other", via: ["qrcs"] });
  });
});

describe("an agency named by its abbreviation in parentheses after its description", () => {
  it("relays the one it quotes ('نقلت وكالة الأنباء الرسمية (سانا) أمس عن وزارة الدفاع')", () => {
    const ar = extract("ar", "نقلت وكالة الأنباء الرسمية (سانا) أمس عن وزارة الدفاع أن القوات قضت على 300 إرهابي.", "2024-12-02", "Al-Arab");
    expect(only(ar, 300)).toMatchObject({ source: "syrian-mod", via: ["sana", "al-arab"] });
  });
});

describe("a speaker's label with its branch, closed by a colon", () => {
  it("speaks for what follows, its own people included ('X – فرع حمص: فرقنا استقبلت …')", () => {
    const ar = extract("ar", "عاجل | 15:45\nالهلال الأحمر العربي السوري – فرع حمص: فرقنا استقبلت زهاء 3 آلاف عائلة وافدة من حماة منذ ليل أمس.", "2024-12-05", "Damascus Now");
    expect(only(ar, 3000)).toMatchObject({ source: "other", via: ["damascus-now"] });
  });
});

describe("the publisher named with a possessive in its own release", () => {
  it("speaks for its people's figures ('World Vision's partner teams have registered …')", () => {
    const en = extract("en", "PRESS RELEASE\n\nThe White Helmets reports 104 civilian deaths since the escalation began.\n\nWorld Vision's partner teams have registered 3,200 newly displaced households in 41 camps since Saturday alone.", "2024-12-04", "World Vision");
    expect(only(en, 3200)).toMatchObject({ source: "world-vision", via: [] });
    expect(only(en, 104)).toMatchObject({ source: "white-helmets" });
  });
});

describe("a title's bound that rounds the body's exact count", () => {
  it("takes the body's attribution ('over 180 surrender' over 'captured 187 …')", () => {
    const en = extract("en", "Over 180 surrender to SNA in Manbij\n\nThe Syrian National Army said on Monday it had captured 187 PKK/YPG terrorists in Manbij.", "2024-12-10", "TRT Afrika");
    expect(only(en, 180)).toMatchObject({ source: only(en, 187).source, headline: true });
    expect(only(en, 180).asOf).toEqual({ earliest: "2024-12-09", latest: "2024-12-09" });
  });
});

describe("a name in what a speaker told an agency", () => {
  it("is no speaker ('The Observatory's head told AFP that the rebels had taken …')", () => {
    const en = extract("en", "Title\n\nThe Observatory's head told AFP that the rebels had taken \"around 40 towns and villages\" in the western Aleppo countryside.", "2024-11-28", "Times of Malta");
    expect(only(en, 40)).toMatchObject({ source: "sohr", metric: "localities-seized" });
  });
});

describe("an unnamed source's noun whose relative clause names the publisher", () => {
  it("is the publisher's figure ('بحسب الإحصاء الذي أجرته فرق البلدية' in the municipality's statement)", () => {
    const ar = extract("ar", "بلدية الهرمل: نحو 1850 عائلة وصلت منذ الخميس\nبيان صادر عن بلدية الهرمل\nالهرمل في 7 كانون الأول 2024\n\nتتابع بلدية الهرمل أوضاع العائلات الوافدة إلى المدينة.\n\nوبحسب الإحصاء الذي أجرته فرق البلدية حتى ظهر اليوم السبت، وصل إلى نطاق البلدية منذ مساء الخميس نحو 1,850 عائلة، أي ما يقارب 9 آلاف شخص.", "2024-12-07", "Hermel Municipality");
    expect(only(ar, 9000)).toMatchObject({ source: "hermel-municipality", via: [] });
  });
});

describe("a rescue organisation doing what it counts, with no one saying it", () => {
  it("is the source, not the speaker carried from before", () => {
    const ar = extract("ar", "عنوان\n\nوقال مصدر في الفصائل لـ«روزنة» إن مقاتليها أوقفوا صباح اليوم ٧٥ عنصراً.\n\nوفي ريف حمص الشمالي، انتشلت فرق الدفاع المدني السوري جثامين ١٤ شخصاً من تحت أنقاض مبانٍ مدمرة في مدينة الرستن، بينهم خمسة أطفال.", "2024-12-08", "Rozana");
    expect(only(ar, 14)).toMatchObject({ source: "white-helmets", via: ["rozana"] });
    expect(only(ar, 75).source).toBe("opposition-ops");
    const en = extract("en", "Title\n\nA rebel commander told the paper his fighters had detained 75 soldiers.\n\nIn Rastan, White Helmets crews pulled 14 bodies from the rubble, including five children.", "2024-12-08", "Example News");
    expect(only(en, 14).source).toBe("white-helmets");
  });
});

describe("an agency's own correspondent who saw what is counted", () => {
  it("reports for the agency ('وشاهد مراسل لفرانس برس …', 'An AFP correspondent saw …')", () => {
    const ar = extract("ar", "عنوان\n\nوشاهد مراسل لفرانس برس في حلب جثث خمسة جنود على الأقل ملقاة قرب دوار الصخرة.", "2024-11-30", "Euronews");
    expect(only(ar, 5)).toMatchObject({ source: "afp", via: ["euronews"] });
    const en = extract("en", "Title\n\nAn AFP correspondent in Aleppo saw the bodies of at least five soldiers near the roundabout.", "2024-11-30", "Euronews");
    expect(only(en, 5)).toMatchObject({ source: "afp", via: ["euronews"] });
  });
});

describe("a source's name that starts with an unnamed source's word", () => {
  it("is the source ('وبحسب تقديرات أممية نقلتها وكالة الصحافة الفرنسية')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب تقديرات أممية نقلتها وكالة الصحافة الفرنسية، فرّ نحو 115 ألف شخص من منازلهم في شمال غرب سوريا منذ بدء الهجوم.", "2024-12-04", "Al-Masry Al-Youm");
    expect(only(ar, 115_000)).toMatchObject({ source: "ocha", via: ["afp", "al-masry-al-youm"] });
  });
});

describe("a statement published by state media", () => {
  it("is the ministry's, relayed by the agency that published it ('في بيان نشرته الوكالة العربية السورية للأنباء (سانا)')", () => {
    const c = only(extract("ar", "عنوان\n\nوأعلنت وزارة الدفاع السورية، في بيان نشرته الوكالة العربية السورية للأنباء (سانا) مساء أمس، أن الطيران الحربي قضى على ما يزيد على 1600 إرهابي.", "2024-12-02", "Al Raya"), 1600);
    expect(c).toMatchObject({ source: "syrian-mod", via: ["sana", "al-raya"], asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
  });
  it("names the ministry in a headline's short form ('الدفاع السورية: …')", () => {
    const c = extract("ar", "الدفاع السورية: القضاء على أكثر من 1600 مسلح في 3 أيام\n\nنص.", "2024-12-02", "Al Raya")[0]!;
    expect(c).toMatchObject({ source: "syrian-mod", headline: true });
  });
});

describe("a source of its own citing someone unnamed", () => {
  it("keeps the figure ('the Syrian Observatory reported, citing local sources')", () => {
    const en = extract("en", "Title\n\nAt least 3 people, including two children, were killed in an Israeli strike near Latakia overnight, the Syrian Observatory reported, citing local sources.", "2024-12-10");
    expect(only(en, 3)).toMatchObject({ source: "sohr", via: ["example-news"] });
    expect(only(en, 2).source).toBe("sohr");
  });
  it("but a medium citing them relays it ('State media reported, citing local sources')", () => {
    const c = only(extract("en", "Title\n\nState media reported, citing local sources, that 3 people were killed.", "2024-12-10"), 3);
    expect(c).toMatchObject({ source: "other", via: ["sana", "example-news"] });
  });
});

describe("someone speaking to state media", () => {
  it("is the source, relayed by state media, on the day named ('the governor of Homs told state television on Saturday')", () => {
    const c = only(extract("en", "Title\n\nMore than 2,800 families have reached temporary shelters in Homs since Friday, the governor of Homs told state television on Saturday.", "2024-12-01"), 2800);
    expect(c).toMatchObject({ source: "other", via: ["sana", "example-news"], asOf: { earliest: "2024-11-30", latest: "2024-11-30" } });
  });
  it("while state media reporting is the source ('state television reported')", () => {
    expect(only(extract("en", "Title\n\nState television reported that 40 people were killed in Hama.", "2024-12-01"), 40).source).toBe("sana");
  });
  it("relays once when named twice ('نقلت وكالة الأنباء السورية الرسمية (سانا) عن القيادة العامة للجيش')", () => {
    const c = only(extract("ar", "عنوان\n\nنقلت وكالة الأنباء السورية الرسمية (سانا) عن القيادة العامة للجيش قولها إن القوات المسلحة قتلت ما يزيد على 200 إرهابي.", "2024-11-28"), 200);
    expect(c).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
  });
});

describe("labels that name no speaker", () => {
  it("a news flash's label ('18:05 | عاجل: …', 'BREAKING: …')", () => {
    const ar = only(extract("ar", "عنوان\n\n18:05 | عاجل: مقتل 21 عنصراً من قوات النظام في محيط خان العسل", "2024-11-28", "Al Hadath"), 21);
    expect(ar).toMatchObject({ source: "al-hadath", via: [] });
    const en = only(extract("en", "Title\n\nBREAKING: SOHR: 40 killed in Idlib strikes", "2024-11-28"), 40);
    expect(en.source).toBe("sohr");
  });
  it("a bulleted row's label before its figure ('- العائدون من تركيا: 1,960 شخصاً'), which leaves the rows below it the publisher's", () => {
    const text = "عنوان\n\nتعلن إدارة المعبر ما يلي:\n- الشاحنات الإغاثية الداخلة: 214 شاحنة.\n- العائدون من تركيا: 1,960 شخصاً.\n- الجرحى المحوّلون إلى المشافي التركية: 187، منهم 64 بحالة حرجة.";
    const ar = extract("ar", text, "2024-12-07", "Bab al-Hawa Crossing");
    expect([only(ar, 187).source, only(ar, 64).source]).toEqual(["bab-al-hawa-crossing", "bab-al-hawa-crossing"]);
    // (a speaker's label on a bulleted line, before what it says, still speaks)
    const said = extract("ar", "عنوان\n\n- مصدر طبي: مقتل 12 مدنياً في قصف على أريحا.", "2024-12-07", "Bab al-Hawa Crossing");
    expect(only(said, 12).source).toBe("other");
  });
  it("a thing of a source's with no count after it ('one of the army's largest positions')", () => {
    const c = only(extract("en", "Title\n\nA rebel commander told Reuters that fighters had overrun Base 46, one of the army's largest positions west of the city, and had taken more than 30 soldiers prisoner.", "2024-11-28"), 30);
    expect(c).toMatchObject({ source: "opposition-ops", via: ["reuters", "example-news"] });
  });
});

describe("media that cited someone", () => {
  it("relay them ('According to Reuters, which cited the UK-based Syrian Observatory for Human Rights, …')", () => {
    const en = extract("en", "Title\n\nAccording to Reuters, which cited the UK-based Syrian Observatory for Human Rights, at least 938 people have been killed since Nov. 27.", "2024-12-08");
    expect(only(en, 938)).toMatchObject({ source: "sohr", via: ["reuters", "example-news"] });
  });
});

describe("media citing someone at the end of the sentence", () => {
  it("relay them ('SANA reported that …, citing the health ministry', '…, citing a military source')", () => {
    const unknown = only(extract("en", "Title\n\nSANA reported that shelling had killed 61 civilians, citing the health ministry.", "2024-12-03"), 61);
    expect(unknown).toMatchObject({ source: "other", via: ["sana", "example-news"] });
    const known = only(extract("en", "Title\n\nSANA reported that shelling had killed 61 civilians, citing a military source.", "2024-12-03"), 61);
    expect(known).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
  });
});

describe("a source acknowledging or claiming a figure", () => {
  it("speaks for it ('أقرّ ما يسمى «المرصد السوري لحقوق الإنسان»، المعارض ومقره لندن، بمقتل 89 مسلحاً')", () => {
    const ar = extract("ar", "عنوان\n\nوفي المقابل، أقرّ ما يسمى «المرصد السوري لحقوق الإنسان»، المعارض ومقره لندن، بمقتل 89 مسلحاً من «هيئة تحرير الشام» منذ بدء الهجوم، مدعياً أن 12 مدنياً قضوا في القصف.", "2024-11-28");
    expect([only(ar, 89).source, only(ar, 12).source]).toEqual(["sohr", "sohr"]);
  });
});

describe("the wire agencies of the lexicon", () => {
  it("relay copy credited in an Arabic dateline ('دمشق ٣٠ نوفمبر ٢٠٢٤ (شينخوا)') and a source's words they carry", () => {
    const ar = extract("ar", "عنوان\n\nدمشق ٣٠ نوفمبر ٢٠٢٤ (شينخوا) وقال المرصد السوري لحقوق الإنسان إن عدد القتلى ارتفع إلى ٣١٨ شخصاً. وفي موسكو، نقلت وكالة إنترفاكس الروسية عن وزارة الدفاع الروسية أن قواتها الجوية قضت على ما لا يقل عن ٣٠٠ مسلح.", "2024-11-30");
    expect(only(ar, 318)).toMatchObject({ source: "sohr", via: ["xinhua", "example-news"] });
    expect(only(ar, 300)).toMatchObject({ source: "russian-mod", via: ["interfax", "xinhua", "example-news"] });
  });
  it("and copy credited in a part of the masthead line ('اليوم 24 - أ ف ب | دولي | الخميس 28 نونبر 2024'), but not a city before a dash", () => {
    const text = (line: string) => `عنوان\n${line}\n\nوذكرت سانا أن مدنيين اثنين قتلا في حلب.`;
    expect(only(extract("ar", text("اليوم 24 - أ ف ب | دولي | الخميس 28 نونبر 2024"), "2024-11-28"), 2)).toMatchObject({ source: "sana", via: ["afp", "example-news"] });
    expect(only(extract("ar", text("دمشق - سانا"), "2024-11-28"), 2)).toMatchObject({ source: "sana", via: ["example-news"] });
  });
  it("or in the part opening a top line ('Reuters | Published November 28, 2024'), not a city opening it", () => {
    const text = (line: string) => `Rebels push towards Aleppo\n\n${line}\n\nThe Syrian Observatory for Human Rights said at least 182 people had been killed.`;
    expect(only(extract("en", text("Reuters | Published November 28, 2024 | Updated 07:40pm"), "2024-11-28"), 182).via).toEqual(["reuters", "example-news"]);
    expect(only(extract("en", text("Aleppo | Published November 28, 2024"), "2024-11-28"), 182).via).toEqual(["example-news"]);
  });
  it("or in the byline closing a top line ('On 6:11 pm, November 28, 2024, In News by AFP')", () => {
    const en = extract("en", "Syria: Death toll climbs to 236 — monitor\n\nOn 6:11 pm, November 28, 2024, In News by AFP\n\nFighting in the country's northwest has killed 236 people since it erupted on Wednesday, a war monitor said Thursday.", "2024-11-28");
    expect(en.map((c) => c.via)).toEqual([["afp", "example-news"], ["afp", "example-news"]]);
  });
  it("or in a byline before the publisher's name ('By: Agence France-Presse - INQUIRER.net', 'By AFP - Nov 30,2024')", () => {
    const text = (byline: string) => `Fighting rages in north-west Syria\n\n${byline}\n05:14 PM November 28, 2024\n\nBEIRUT, Lebanon - Nearly 200 people have been killed in two days of fighting, a war monitor said Thursday.`;
    expect(only(extract("en", text("By: Agence France-Presse - INQUIRER.net"), "2024-11-28"), 200).via).toEqual(["afp", "example-news"]);
    expect(only(extract("en", text("By AFP - Nov 28,2024 - Last updated at Nov 28,2024"), "2024-11-28"), 200).via).toEqual(["afp", "example-news"]);
    expect(only(extract("en", text("By: Staff Writer - INQUIRER.net"), "2024-11-28"), 200).via).toEqual(["example-news"]);
  });
  it("or credited after a dash at the text's very end ('… since 2013. — Reuters'), not in a photo credit", () => {
    const text = (end: string) => `Syrian rebels sweep into Aleppo\n\nA tank in Aleppo. — Reuters pic\n\nAt least 331 people have been killed, according to the Syrian Observatory for Human Rights.\n\nMalaysia has contributed to UN appeals since 2013.${end}`;
    expect(only(extract("en", text(" — Reuters"), "2024-11-30"), 331).via).toEqual(["reuters", "example-news"]);
    expect(only(extract("en", text(""), "2024-11-30"), 331).via).toEqual(["example-news"]);
  });
  it("or PA's byline ('By PA Reporters')", () => {
    const en = extract("en", "Syrian insurgents in control of most of Aleppo\n\nWorld News\n\nBy PA Reporters\nNovember 30 2024 03:26 PM\n\nThe Syrian Observatory for Human Rights said 327 people had been killed.", "2024-11-30", "Belfast Telegraph");
    expect(only(en, 327).via).toEqual(["pa", "belfast-telegraph"]);
  });
  it("or a byline of agency copy naming no agency ('By Agency Report') over a text naming one agency only ('told AFP')", () => {
    const text = (byline: string, told: string) => `Syria: jihadists launch offensive\n\n${byline}\n28th November 2024\n\nAt least 167 people have been killed since Wednesday, a war monitor said on Thursday.\n\nResidents ${told} that hundreds of families had fled.`;
    expect(only(extract("en", text("By Agency Report", "told AFP"), "2024-11-28"), 167).via).toEqual(["afp", "example-news"]);
    expect(only(extract("en", text("By Agency Report", "told AFP and Reuters"), "2024-11-28"), 167).via).toEqual(["example-news"]);
    expect(only(extract("en", text("By Staff Writer", "told AFP"), "2024-11-28"), 167).via).toEqual(["example-news"]);
  });
});

describe("a publisher named back by the head noun of its name", () => {
  const release = "IHH تواصل إغاثة النازحين\nبيان صحفي\n\nأعلنت هيئة الإغاثة الإنسانية وحقوق الإنسان والحريات (İHH) أن فرقها الميدانية في إدلب تواصل تقديم المساعدات العاجلة.\n\nوأفاد منسق الهيئة في إدلب بأن نحو 1300 عائلة نزحت خلال اليومين الماضيين من ريف حماة الشمالي.";
  it("speaks through its own people ('منسق الهيئة' in IHH's release, its Latin name in parentheses)", () => {
    expect(only(extract("ar", release, "2024-12-06", "IHH"), 1300)).toMatchObject({ source: "ihh", via: [] });
  });
  it("and through its own units ('وحدة المعلومات في المركز' under 'مركز جسور للدراسات')", () => {
    const paper = "تقدير موقف\nمركز جسور للدراسات – وحدة التحليل والتفكير\n\nبحسب ما رصدته وحدة المعلومات في المركز، سيطرت فصائل المعارضة حتى مساء الثلاثاء على ما يزيد على ٢٧٠ بلدة وقرية ومزرعة.";
    expect(only(extract("ar", paper, "2024-12-04", "Jusoor"), 270)).toMatchObject({ source: "jusoor", via: [] });
  });
  it("or under its name on a line of its own, its Latin name in the manifest ('المركز السوري للعدالة والمساءلة' for SJAC)", () => {
    const appeal = "نداء عاجل إلى المقررين الخاصين\nالمركز السوري للعدالة والمساءلة\n\nوثّق فريق التوثيق في المركز مقتل 214 مدنياً في محافظات حلب وإدلب وحماة.";
    expect(only(extract("ar", appeal, "2024-12-06", "SJAC"), 214)).toMatchObject({ source: "sjac", via: [] });
  });
  it("or in the first person after its speaker ('أحصى فريق الرصد لدينا')", () => {
    const appeal = "نداء عاجل\n\nأحصى فريق الرصد لدينا في الفترة نفسها 614 غارة جوية نفذتها الطائرات السورية والروسية.";
    expect(only(extract("ar", appeal, "2024-12-06", "SJAC"), 614)).toMatchObject({ source: "sjac", via: [] });
  });
  it("but not where the publisher's name has no such noun", () => {
    expect(only(extract("ar", release, "2024-12-06", "Example News"), 1300)).toMatchObject({ source: "other", via: ["example-news"] });
  });
});

describe("the publisher's id", () => {
  const meta = (id: string, outlet: string) => ({ id, outlet });
  it("is the corpus's own where its article ids carry one ('en-syrianobserver-20241127' for 'The Syrian Observer')", () => {
    expect(outletId(meta("en-syrianobserver-20241127", "The Syrian Observer"), lexicon)).toBe("syrianobserver");
    expect(outletId(meta("ar-northpulse-20241128", "North Pulse (north-pulse.net)"), lexicon)).toBe("northpulse");
    expect(outletId(meta("ar-aawsat-20241204", "Asharq Al-Awsat (الشرق الأوسط)"), lexicon)).toBe("aawsat");
  });
  it("else the slug of its name, and always the lexicon's id for an outlet it knows", () => {
    expect(outletId(meta("t", "The Syrian Observer"), lexicon)).toBe("the-syrian-observer");
    expect(outletId(meta("syrian-observer-27-11", "The Syrian Observer"), lexicon)).toBe("the-syrian-observer");
    expect(outletId(meta("ar-aljazeera-20241128", "Al Jazeera"), lexicon)).toBe("al-jazeera");
  });
});

describe("a speaker the lexicon lacks, before an apposition ending in an abbreviation", () => {
  it("speaks, and owns the count ('The SDF, which is led by the Kurdish People's Protection Units (YPG), said 11 of its fighters had been killed')", () => {
    const en = extract("en", "Title\n\nTurkey's state-run Anadolu news agency reported on Sunday, citing SNA commanders, that the factions had taken 14 surrounding villages.\n\nThe SDF, which is led by the Kurdish People's Protection Units (YPG), said 11 of its fighters had been killed in the clashes.", "2024-12-02");
    expect(only(en, 11)).toMatchObject({ source: "other", via: ["example-news"], subject: "sdf", asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
  });
});

describe("the acronym opening a publisher's name", () => {
  it("names the publisher ('UOSSM: Hospitals … overwhelmed as more than 1,100 wounded treated in one week' by UOSSM International)", () => {
    const text = "UOSSM: Hospitals in northwest Syria overwhelmed as more than 1,100 wounded treated in one week\n\nPRESS RELEASE\n\nHospitals supported by UOSSM have treated 1,142 people injured since 27 November.";
    expect(only(extract("en", text, "2024-12-03", "UOSSM International"), 1100)).toMatchObject({ source: "uossm-international", via: [] });
  });
});

describe("a publisher named by its masthead", () => {
  const release = "وزارة الصحة: ١٤٧ شهيداً و٤١٢ مصاباً حصيلة الاعتداءات منذ ٢٧ تشرين الثاني\nوزارة الصحة – المكتب الصحفي\nدمشق في ٥/١٢/٢٠٢٤\n\nأعلنت الوزارة أن عدد الشهداء بلغ ١٤٧ شهيداً.";
  it("speaks in the title's label and as 'the ministry' ('وزارة الصحة – المكتب الصحفي' over 'وزارة الصحة: ١٤٧ شهيداً …')", () => {
    const ar = extract("ar", release, "2024-12-05", "Syrian Ministry of Health");
    expect(ar.filter((c) => c.quantity.value === 147).map((c) => [c.source, c.via])).toEqual([["syrian-ministry-of-health", []], ["syrian-ministry-of-health", []]]);
  });
  it("and its masthead names it even where a header names its office ('نقابة أطباء سوريا – فرع حلب' over 'بيان صادر عن مجلس الفرع'), in the title's label and as 'the syndicate'", () => {
    const text = "نقابة أطباء سوريا – فرع حلب: ستة شهداء من الكوادر الطبية وأكثر من 180 مصابا في مشافي المدينة خلال يومين\nالجمهورية العربية السورية\nنقابة أطباء سوريا – فرع حلب\nبيان صادر عن مجلس الفرع\nحلب في 30/11/2024\n\nتتابع نقابة أطباء سوريا – فرع حلب، ببالغ القلق، الاعتداءات التي تتعرض لها مدينة حلب منذ يوم الخميس الماضي من قبل التنظيمات الإرهابية المسلحة، وما خلّفته من ضحايا في صفوف المدنيين ومن أضرار في المنشآت الصحية التي يُفترض أن تحظى بالحماية وفق القانون الدولي الإنساني.\n\nوتنعى النقابة إلى الأسرة الطبية في سوريا ارتقاء ستة من أفراد الكوادر الطبية خلال اليومين الماضيين، هم أربعة أطباء وممرضان، أثناء تأديتهم واجبهم الإنساني في مشافي المدينة ومحيطها، كما أصيب 9 من العاملين الصحيين بجروح متفاوتة، إصابة اثنين منهم خطيرة.";
    const ar = extract("ar", text, "2024-11-30", "Doctors Syndicate");
    const six = ar.filter((c) => c.quantity.value === 6 && c.metric === "killed");
    expect(six.length).toBeGreaterThan(0);
    expect(six.map((c) => [c.source, c.via])).toEqual(six.map(() => ["doctors-syndicate", []]));
    expect(only(ar, 9)).toMatchObject({ source: "doctors-syndicate", via: [] });
  });
  it("and its head noun owns a speaker a few words on ('أفاد مسؤول مكتب الإحصاء في المجلس' under 'المجلس المحلي لمدينة الأتارب – أمانة السر')", () => {
    const text = "محضر الاجتماع الطارئ للمجلس المحلي\nالمجلس المحلي لمدينة الأتارب – أمانة السر\n\nأفاد مسؤول مكتب الإحصاء في المجلس بأن قرابة ٤ آلاف عائلة غادرت المدينة إلى المخيمات حتى مساء أمس.";
    expect(only(extract("ar", text, "2024-11-30", "Atarib Council"), 4000)).toMatchObject({ source: "atarib-council", via: [] });
  });
  it("but a line of one word and a dash is a dateline, no masthead ('دمشق – وكالات الأنباء')", () => {
    const ar = extract("ar", "عنوان الخبر\nدمشق – وكالات الأنباء\n\nوقال المرصد إن 12 شخصاً قتلوا.", "2024-12-05", "Example News");
    expect(only(ar, 12)).toMatchObject({ source: "sohr", via: ["example-news"] });
  });
});

describe("a publisher whose name opens with a source's short name", () => {
  const release = (masthead: string) =>
    `مقتل 40 مدنياً في أسبوع\n${masthead} | بيان صحفي | ٣ كانون الأول\n\nقال ${masthead} إن 40 مدنياً قتلوا منذ بدء التصعيد.\n\nوأضاف المرصد أن 12 طفلاً قتلوا في إدلب.`;
  it("is the publisher, in full and shortened ('المرصد العربي للحريات' … 'وأضاف المرصد' in that monitor's release)", () => {
    const ar = extract("ar", release("المرصد العربي للحريات"), "2024-12-03", "Arab Freedoms Monitor");
    expect([...ar.filter((c) => c.quantity.value === 40), only(ar, 12)].map((c) => [c.source, c.via])).toEqual([
      ["arab-freedoms-monitor", []],
      ["arab-freedoms-monitor", []],
      ["arab-freedoms-monitor", []],
    ]);
  });
  it("but not when the lexicon gives that source the whole name ('المرصد السوري لحقوق الإنسان' in its own release)", () => {
    const ar = extract("ar", release("المرصد السوري لحقوق الإنسان"), "2024-12-03", "Syrian Observatory for Human Rights");
    expect(only(ar, 12).source).toBe("sohr");
  });
});

describe("sources in the opposition counted in the dual or plural", () => {
  it("are the command ('نقلت وكالة رويترز عن مصدرين في المعارضة أن الفصائل أسرت أكثر من 200 عنصر')", () => {
    const c = only(extract("ar", "عنوان\n\nونقلت وكالة رويترز عن مصدرين في المعارضة أن الفصائل أسرت خلال اليومين الماضيين أكثر من 200 عنصر من الجيش.", "2024-11-30"), 200);
    expect(c).toMatchObject({ metric: "captured", source: "opposition-ops", via: ["reuters", "example-news"] });
  });
});

describe("the writer's own conclusion", () => {
  it("carries no attribution ('وبذلك تكون الفصائل المسلحة قد سيطرت … على 7 من مراكز المحافظات')", () => {
    const ar = extract("ar", "عنوان\n\nوقال المرصد السوري لحقوق الإنسان إن 12 شخصاً قتلوا في حمص.\n\nوبذلك تكون الفصائل المسلحة قد سيطرت خلال 12 يوماً على 7 من مراكز المحافظات.", "2024-12-09");
    expect([only(ar, 12).source, only(ar, 7).source]).toEqual(["sohr", "example-news"]);
  });
});

describe("WHO written in capitals", () => {
  const text = "Title\n\nWHO has verified 13 attacks on health care since 27 November, resulting in the deaths of seven people.\n\nHealth facilities treated more than 1,300 people injured in hostilities, according to health partners on the ground.";
  it("is the World Health Organization, where the word 'who' names no one", () => {
    expect(only(extract("en", text, "2024-12-04"), 7).source).toBe("who");
    expect(extract("en", "Title\n\nThe doctors who treated them said 12 people had been killed.", "2024-12-04").map((c) => c.source)).not.toContain("who");
  });
  it("and a speaker whose noun a word of its name only modifies is not it ('according to health partners on the ground')", () => {
    expect(only(extract("en", text, "2024-12-04"), 1300).source).toBe("other");
  });
});

describe("a claim to have done something", () => {
  it("is the claimant's ('The rebels' operations command, for its part, claims to have taken more than 1,000 government soldiers prisoner')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights said 811 people had been killed.\n\nThe rebels' operations command, for its part, claims to have taken more than 1,000 government soldiers prisoner since the start of the campaign.", "2024-12-05");
    expect(only(en, 1000)).toMatchObject({ metric: "captured", source: "opposition-ops" });
  });
});

describe("an agency told, as the speech verb's object", () => {
  const text = "عنوان\n\nارتفعت حصيلة القتلى إلى 182 شخصاً منذ فجر الأربعاء، وفق ما أفاد المرصد السوري لحقوق الإنسان وكالة فرانس برس اليوم.\n\nوأوضح مدير المرصد أن القتلى هم 102 من مقاتلي الهيئة.";
  it("relays the speaker ('وفق ما أفاد المرصد السوري لحقوق الإنسان وكالة فرانس برس')", () => {
    expect(only(extract("ar", text, "2024-11-28"), 182)).toMatchObject({ source: "sohr", via: ["afp", "example-news"] });
  });
  it("and its next words in Arabic copy ('وأوضح مدير المرصد أن …'), but not an English monitor's ('The monitor said')", () => {
    expect(only(extract("ar", text, "2024-11-28"), 102)).toMatchObject({ source: "sohr", via: ["afp", "example-news"] });
    const en = extract("en", "Title\n\nThe toll rose to 182, the Syrian Observatory for Human Rights told AFP.\n\nThe monitor said on its website that 102 of the dead were fighters.", "2024-11-28");
    expect(only(en, 102)).toMatchObject({ source: "sohr", via: ["example-news"] });
  });
  it("past a paragraph between them, not past a page of them", () => {
    const between = "عنوان\n\nأعلن المرصد السوري لحقوق الإنسان أن المعارك أسفرت عن سقوط 182 قتيلا، وفق ما نقلته وكالة فرانس برس.\n\nوتأتي الحصيلة بعد ساعات من إطلاق العملية.\n\n";
    const near = extract("ar", `${between}وأوضح المرصد أن القتلى هم 98 مقاتلا من الهيئة.`, "2024-11-28");
    expect(only(near, 98)).toMatchObject({ source: "sohr", via: ["afp", "example-news"] });
    const far = extract("ar", `${between}${"وتواصلت المعارك في ريف حلب.\n\n".repeat(3)}وأوضح المرصد أن القتلى هم 98 مقاتلا من الهيئة.`, "2024-11-28");
    expect(only(far, 98)).toMatchObject({ source: "sohr", via: ["example-news"] });
  });
});

describe("a statement read on state television or carried in an agency's report", () => {
  it("is its speaker's, relayed ('The Syrian military, in a statement read on state television, said', 'في بيان أوردته … (سانا)')", () => {
    const en = only(extract("en", "Title\n\nThe Syrian military, in a statement read on state television, said its forces had \"inflicted losses of no fewer than 400 dead\" on the attackers.", "2024-11-29"), 400);
    expect(en).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
    const ar = only(extract("ar", "عنوان\n\nوأعلنت القيادة العامة للجيش السوري، في بيان أوردته الوكالة العربية السورية للأنباء (سانا)، أن قواتها قتلت «المئات» من عناصرها.", "2024-11-28"), null);
    expect(ar).toMatchObject({ source: "syrian-army", via: ["sana", "example-news"] });
  });
});

describe("a speaker named before a verb in the present ('المرصد السوري لحقوق الإنسان يتحدث اليوم عن …')", () => {
  it("is the count's source, as 'الرقم الأحدث الذي أعلنه المرصد' is", () => {
    const speaks = only(extract("ar", "عنوان\n\nالوضع يتغير بسرعة؛ المرصد السوري لحقوق الإنسان يتحدث اليوم عن أكثر من خمسمئة قتيل منذ الأربعاء الماضي.", "2024-12-02", "Al Sharqiya News"), 500);
    expect(speaks.source).toBe("sohr");
    const announced = only(extract("ar", "عنوان\n\nالرقم الأحدث الذي أعلنه المرصد السوري لحقوق الإنسان قبل ساعات هو 538 قتيلاً.", "2024-12-02", "Al Sharqiya News"), 538);
    expect(announced.source).toBe("sohr");
  });
});

describe("figures that show, and a speaker who tells", () => {
  it("attribute the count ('OCHA's latest figures, published yesterday, show that …', 'The World Health Organization tells us that …')", () => {
    const ocha = only(extract("en", "Title\n\nOCHA's latest figures, published yesterday, show that at least 111,000 people have been displaced in Idlib since 27 November.", "2024-12-03"), 111000);
    expect(ocha).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
    expect(only(extract("en", "Title\n\nThe World Health Organization tells us that hospitals in Aleppo have received more than 1,100 wounded.", "2024-12-03"), 1100).source).toBe("who");
  });
});

describe("a name set off by a relative clause before its verb", () => {
  it("speaks past it in Arabic ('فالمرصد السوري لحقوق الإنسان، الذي تعتمد عليه معظم وسائل الإعلام الدولية، أعلن …')", () => {
    const ar = extract("ar", "عنوان\n\nفالمرصد السوري لحقوق الإنسان، الذي تعتمد عليه معظم وسائل الإعلام الدولية، أعلن حتى مساء الخميس مقتل 826 شخصا في المعارك منذ 27 نوفمبر.", "2024-12-06");
    expect(only(ar, 826)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-05", latest: "2024-12-05" } });
  });
  it("and past an apposition opened by 'وهو', however it names agencies ('…، وهو الجهة التي تنقل عنها وكالات الأنباء …، أحصى')", () => {
    const ar = extract("ar", "فالمرصد السوري لحقوق الإنسان، وهو الجهة التي تنقل عنها وكالات الأنباء الدولية حصيلة المعارك بشكل شبه يومي، أحصى حتى ظهر اليوم الأربعاء مقتل 736 شخصاً من جميع الأطراف.", "2024-12-04", "Khaberni");
    expect(only(ar, 736)).toMatchObject({ source: "sohr", via: ["khaberni"] });
  });
});

describe("pages that circulate a claim ('تداولت صفحات وحسابات … منشورا جاء فيه')", () => {
  it("are its speakers, none the lexicon knows, not the fact-checker that reports them", () => {
    const ar = extract("ar", "عنوان\n\nتداولت صفحات وحسابات على منصتي «فيسبوك» و«إكس» منذ مساء أمس الخميس منشورا جاء فيه: «مقتل أكثر من 5000 جندي من جيش النظام خلال 24 ساعة في حماة».", "2024-12-06", "Kashif");
    expect(only(ar, 5000)).toMatchObject({ source: "other", via: ["kashif"] });
  });
});

describe("a post that claims ('A widely shared Instagram post claims that …')", () => {
  it("is a speaker the lexicon does not know, not the fact-checker", () => {
    const en = extract("en", "Title\n\nA widely shared Instagram post claims that 1 million Syrians were killed in 10 days.", "2024-12-10", "PolitiFact");
    expect(only(en, 1_000_000)).toMatchObject({ source: "other", via: ["politifact"] });
  });
  it("but a thing of a speaker named before speaks for it ('On 5 December it said …, and its maps claimed more than 250 localities')", () => {
    const en = extract("en", "Title\n\nThe opposition's Military Operations Command said on Monday that its fighters had entered Hama. On 5 December it said it held over 1,000 government soldiers captured, and its maps claimed more than 250 localities.", "2024-12-10");
    expect([only(en, 1000).source, only(en, 250).source]).toEqual(["opposition-ops", "opposition-ops"]);
  });
});

describe("a source speaking in a clause a contrast opens after the count", () => {
  it("speaks for what follows it, not for the count before ('…، فيما أحصى المرصد …', '…, while the monitor counted …')", () => {
    const ar = extract("ar", "عنوان\n\nوأشار رئيس البرلمان إلى أن تقارير حقوقية تفيد بسقوط أكثر من ٦٠٠ قتيل منذ بدء المعارك، فيما قدّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدد النازحين بما يزيد على ١١٥ ألف شخص.", "2024-12-03");
    expect([only(ar, 600).source, only(ar, 115000).source]).toEqual(["other", "ocha"]);
    const en = extract("en", "Title\n\nMore than 600 people have been killed, according to reports, while the UN humanitarian office put the number of displaced at 115,000.", "2024-12-03");
    expect([only(en, 600).source, only(en, 115000).source]).toEqual(["other", "ocha"]);
  });
  it("but a source closing the sentence after it speaks for all of it ('…, while 19 of the dead were civilians, the monitor said')", () => {
    const en = extract("en", "Title\n\nShelling killed 102 rebel fighters, while 19 of the dead were civilians, the Syrian Observatory for Human Rights said.", "2024-11-28");
    expect([only(en, 102).source, only(en, 19).source]).toEqual(["sohr", "sohr"]);
  });
});

describe("a source in a relative clause on the toll", () => {
  it("gives it ('فحصيلة القتلى التي يوثقها المرصد السوري لحقوق الإنسان قفزت إلى 910 قتلى')", () => {
    const ar = extract("ar", "عنوان\n\nالثمن كان باهظاً. فحصيلة القتلى التي يوثقها المرصد السوري لحقوق الإنسان قفزت إلى 910 قتلى حتى مساء أمس.", "2024-12-07");
    expect(only(ar, 910).source).toBe("sohr");
  });
});

describe("a source trailing the counts before it", () => {
  it("speaks for those after the source trailing an earlier count ('183 … بحسب ما أعلنته إدارة العمليات، إضافة إلى 42 … وفق الدفاع المدني')", () => {
    const ar = extract("ar", "عنوان\n\nوقد بلغ عددهم حتى صباح اليوم 183 شهيداً من المرابطين بحسب ما أعلنته إدارة العمليات العسكرية، إضافة إلى 42 شهيداً من المدنيين، بينهم 13 طفلاً، قضوا في قصف طائرات النظام على مدن المحرر وبلداته، وفق الدفاع المدني السوري.", "2024-11-29");
    expect([only(ar, 183).source, only(ar, 42).source, only(ar, 13).source]).toEqual(["opposition-ops", "white-helmets", "white-helmets"]);
    const en = extract("en", "Title\n\nSome 183 fighters have been killed, according to the Syrian Observatory for Human Rights, and 42 civilians have died in air strikes on towns across the province in the past week, according to the White Helmets.", "2024-11-29");
    expect([only(en, 183).source, only(en, 42).source]).toEqual(["sohr", "white-helmets"]);
  });
});

describe("a news agency reporting alone right after it relayed a source", () => {
  it("still relays that source ('That was up from 826 on Thursday, Reuters reported.'), not what its own correspondent saw", () => {
    const text = (second: string) => `Title\n\nAccording to Reuters, which cited the Syrian Observatory for Human Rights, at least 938 people have been killed since Nov. 27.\n\n${second}`;
    expect(only(extract("en", text("That was up from 826 on Thursday, Reuters reported."), "2024-12-08"), 826)).toMatchObject({ source: "sohr", via: ["reuters", "example-news"] });
    expect(only(extract("en", text("A Reuters correspondent in the city saw the bodies of at least nine people."), "2024-12-08"), 9).source).not.toBe("sohr");
  });
});

describe("a noun of data after 'according to'", () => {
  it("names no speaker: the one who verified the cases speaks ('وفق حالات تحققت منها اليونيسف' in UNICEF's own release)", () => {
    const ar = extract("ar", "عنوان\n\nقُتل ما لا يقل عن 31 طفلا وأصيب 74 آخرون في شمال غرب سوريا، وفق حالات تحققت منها اليونيسف وشركاؤها.", "2024-12-03", "UNICEF");
    expect([only(ar, 31).source, only(ar, 74).source]).toEqual(["unicef", "unicef"]);
  });
});

describe("a cue of a speech word and its noun before a speaker the lexicon lacks", () => {
  it("gives an unknown speaker, not the publisher ('وبحسب إحصائية لهيئة الشؤون الاجتماعية والعمل، بلغ عدد المهجّرين …')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب إحصائية لهيئة الشؤون الاجتماعية والعمل في الإدارة الذاتية، بلغ عدد المهجّرين الواصلين منذ السبت 103 آلاف و560 شخصاً.", "2024-12-02");
    expect(only(ar, 103560).source).toBe("other");
  });
});

describe("a plural name's possessive with a bare apostrophe", () => {
  it("owns the count after it ('By the Syrian Observatory for Human Rights' count, more than 900 …')", () => {
    const en = extract("en", "Title\n\nLetters. By the Syrian Observatory for Human Rights' count, more than 900 people were killed between Nov. 27 and the fall of Damascus.", "2024-12-10");
    expect(only(en, 900).source).toBe("sohr");
  });
});

describe("a count named as someone's with 'by'", () => {
  it("is that source's ('By the count of the Syrian Observatory …'), or an unnamed one's ('by its own count', 'by my tally')", () => {
    const en = extract("en", "Title\n\nBy the count of the Syrian Observatory for Human Rights, the offensive killed 910 people through Saturday night.", "2024-12-08");
    expect(only(en, 910).source).toBe("sohr");
    const own = extract("en", "Title\n\nThe Turkish-backed Syrian National Army took Tal Rifaat and, by its own count, 32 villages around it last week.", "2024-12-08");
    expect(only(own, 32)).toMatchObject({ metric: "localities-seized", source: "other" });
    const mine = extract("en", "Title\n\nBy my tally, they took some 1,500 government soldiers prisoner in and around Hama alone.", "2024-12-08");
    expect(only(mine, 1500).source).toBe("other");
  });
});

describe("the publisher's own team told, after the verb", () => {
  it("is who was told, not who speaks ('Doctors at a hospital in Idlib told our team …')", () => {
    const en = extract("en", "Title\n\nDoctors at a hospital in Idlib told our team they had received more than a hundred wounded since Friday alone.", "2024-12-03");
    expect(only(en, 100).source).toBe("other");
  });
});

describe("a statement noun with its owner's pronoun glued to it", () => {
  it("is the statement of the source named in the sentence before ('… الدفاع المدني … وبحسب تقريره الصادر يوم السبت، قُتل 163 مدنياً')", () => {
    const ar = extract("ar", "عنوان\n\nأما الدفاع المدني السوري، الذي عمل في مناطق المعارضة، فيوثّق فقط من تنتشل فرقه جثثهم. وبحسب تقريره الصادر يوم السبت، قُتل 163 مدنياً.", "2024-12-10");
    expect(only(ar, 163)).toMatchObject({ source: "white-helmets", asOf: { earliest: "2024-12-07" } });
  });
});

describe("a table row with a cell of sources", () => {
  it("gives each count the source and day of its row ('Civilians killed | at least 86 | OCHA, 3 Dec')", () => {
    const en = extract("en", "Syria response update\n\nIndicator | Figure | Source, date\nCivilians killed | at least 86 | OCHA, 3 Dec\nChildren killed | 27 | UNICEF, 4 Dec", "2024-12-05");
    expect([only(en, 86), only(en, 27)].map((c) => [c.source, c.asOf.earliest])).toEqual([["ocha", "2024-12-03"], ["unicef", "2024-12-04"]]);
  });

  it("gives a count opening its row the source of a later cell, past the label's ('602 | people killed since 27 Nov | SOHR, 3 Dec')", () => {
    const en = extract("en", "Partners' note\n\nContext in numbers (as each source published them):\n181,000 | people newly displaced since 27 Nov | OCHA, 2 Dec\n602 | people killed since 27 Nov | SOHR, 3 Dec\n262 | civilians injured since 27 Nov | Syria Civil Defence, 3 Dec", "2024-12-04", "Cash Group");
    expect([only(en, 181000), only(en, 602), only(en, 262)].map((c) => [c.source, c.asOf.earliest])).toEqual([["ocha", "2024-12-02"], ["sohr", "2024-12-03"], ["white-helmets", "2024-12-03"]]);
  });
});

describe("a dashboard's figures, each on a line between its label and its credit", () => {
  const text = "Escalation dashboard\n\nLast refreshed: 02 Dec 2024\n\nDeaths, all parties\n529\nSOHR | 02 Dec\n\nInjured\n>600\nWHO | 01 Dec\n\nGovernment personnel captured (claimed)\n1,100\nMilitary Operations Command | 01 Dec\n\nAir strikes, Idlib governorate (7 days)\n212\nSyria Civil Defence | 26 Nov - 02 Dec";
  it("reads the label as what is counted and the credit as the source and its day", () => {
    const en = extract("en", text, "2024-12-02");
    expect(only(en, 529)).toMatchObject({ metric: "killed", source: "sohr", asOf: { earliest: "2024-12-02" }, window: { start: "2024-11-27" } });
    expect(only(en, 600)).toMatchObject({ metric: "injured", source: "who", quantity: { qualifier: "more-than" }, asOf: { earliest: "2024-12-01" } });
    expect(only(en, 1100)).toMatchObject({ metric: "captured", source: "opposition-ops", asOf: { earliest: "2024-12-01" } });
    expect(only(en, 212)).toMatchObject({ metric: "airstrikes", source: "white-helmets", asOf: { earliest: "2024-12-02" } });
  });

  it("reads a figure labelled with a nesting cue and a group as a part of the figure above ('Of which civilians / 92')", () => {
    const en = extract("en", "Dashboard\n\nKEY FIGURES\n\nDeaths, all parties\n529\nSOHR | 02 Dec\n\nOf which civilians\n92\nSOHR | 02 Dec", "2024-12-02");
    expect(only(en, 92)).toMatchObject({ metric: "killed", subject: "civilians", source: "sohr", partOf: only(en, 529).id });
  });

  it("leaves a number alone on its line between sentences as it was ('Deaths rose.\\n529\\nThe end.')", () => {
    const en = extract("en", "Title\n\nThe monitor said 40 people were killed.\n2024\nThe crossing stayed open.", "2024-12-02");
    expect(en.map((c) => c.quantity.value)).toEqual([40]);
  });
});

describe("a table under its header and caption", () => {
  it("counts what the column's header names, as of the row's day, by the caption's source", () => {
    const en = extract("en", "Dashboard\n\nDAILY TREND: DEATHS (SOHR, as published)\n\nDate | Deaths | Change\n29 Nov | 277 | +66\n30 Nov | 372 | +95", "2024-12-02");
    expect(en.map((c) => [c.quantity.value, c.metric, c.source, c.asOf.earliest])).toEqual([[277, "killed", "sohr", "2024-11-29"], [372, "killed", "sohr", "2024-11-30"]]);
  });

  it("reads a table drawn with bars on both sides and a rule under its header", () => {
    const en = extract("en", "Dashboard\n\nDeaths by day, according to the Syrian Observatory:\n\n| Date | Deaths |\n|---|---|\n| 29 Nov | 277 |\n| 30 Nov | 372 |", "2024-12-02");
    expect(en.map((c) => [c.quantity.value, c.metric, c.source, c.asOf.earliest])).toEqual([[277, "killed", "sohr", "2024-11-29"], [372, "killed", "sohr", "2024-11-30"]]);
  });

  it("counts nothing in a column whose header names no metric ('Bakeries | Open')", () => {
    const en = extract("en", "Dashboard\n\nServices (OCHA)\n\nCity | Bakeries open\nIdlib | 21\nAtarib | 4", "2024-12-02");
    expect(en).toEqual([]);
  });
});

describe("a digest of news items, each a title, its outlet's name on a line, and a snippet", () => {
  const text = "Alert - Aleppo\n\nNEWS\n\nSyrian rebels storm villages west of Aleppo\nReuters\n... the rebels' military operations command said its fighters had taken 37 towns and villages since Wednesday ...\n\nToll from northwest Syria fighting climbs to 211: monitor\nThe New Arab\n... The Syrian Observatory for Human Rights said the dead included 24 civilians ...\n\nCivilians flee as strikes hit Idlib\nEnab Baladi\n... at least 16 people were killed in the strikes on the market ...";
  it("has each item's outlet relay its counts, before the digest's publisher", () => {
    const en = extract("en", text, "2024-11-28", "Alerts");
    expect(only(en, 37)).toMatchObject({ source: "opposition-ops", via: ["reuters", "alerts"] });
    expect(only(en, 211)).toMatchObject({ source: "sohr", via: ["the-new-arab", "alerts"] });
    expect(only(en, 24).via).toEqual(["the-new-arab", "alerts"]);
  });

  it("makes the outlet the source of a count its snippet credits to no one", () => {
    const en = extract("en", text, "2024-11-28", "Alerts");
    expect(only(en, 16)).toMatchObject({ source: "enab-baladi", via: ["alerts"] });
  });

  it("reads no digest in a text with a single such item", () => {
    const one = "Alert - Aleppo\n\nSyrian rebels storm villages west of Aleppo\nReuters\n... at least 16 people were killed in the strikes on the market ...";
    expect(only(extract("en", one, "2024-11-28", "Alerts"), 16).via).not.toContain("reuters");
  });
});

describe("a title's rounded count with no speaker", () => {
  it("takes the speaker of the body's count it rounds, far down the body ('… toll passes 500' over the monitor's 538)", () => {
    const text = "Field hospital overwhelmed as offensive toll passes 500\n\nA field hospital in Idlib has treated more than 120 wounded people since Wednesday, the charity said.\n\nThe charity's coordinator said the team had two surgeons.\n\nSupplies are running low, she said.\n\nThe border crossing stayed open.\n\nAccording to the Syrian Observatory for Human Rights, 538 people had been killed by Monday morning.";
    const en = extract("en", text, "2024-12-02");
    expect(en.find((c) => c.quantity.value === 500 && c.headline)?.source).toBe("sohr");
  });
});

describe("a letter printed whole inside quotation marks", () => {
  it("is its writer's, whom its signature names, not the publisher's ('«… وثّقت فرقنا … المكتب الإعلامي – الدفاع المدني السوري»')", () => {
    const ar = extract("ar", "عنوان\n\nتلقينا الرد التالي ونعيد نشره كما ورد.\n\n«السادة المحترمين،\n\nوثّقت فرقنا مقتل 97 مدنياً حتى مساء الإثنين، بينهم «أطفال ونساء».\n\nالمكتب الإعلامي – الدفاع المدني السوري»\n\nوقالت مصادر طبية إن 12 مدنياً قتلوا أمس.", "2024-12-07");
    expect(only(ar, 97)).toMatchObject({ source: "white-helmets", via: ["example-news"] });
    // (what the publisher reports after the letter is not the letter's)
    expect(only(ar, 12).source).toBe("other");
  });
  it("is an unnamed writer's when no signature names one, and the presenter's when a line ending with a colon presents it", () => {
    const unsigned = extract("ar", "عنوان\n\nننشر في ما يلي نص رسالة مفتوحة وجّهتها منظمات سورية إلى الأمم المتحدة.\n\n«نكتب إليكم من مدن لم تعرف الهدوء.\n\nفقد وثّقت فرقنا الميدانية مقتل 19 مدنياً.»", "2024-11-28");
    expect(only(unsigned, 19)).toMatchObject({ source: "other", via: ["example-news"] });
    const presented = extract("ar", "عنوان\n\nأصدرت القيادة العامة للجيش والقوات المسلحة اليوم البيان التالي:\n\n\"شنت التنظيمات الإرهابية هجوماً واسعاً.\n\nوقضت وحداتنا على ما يزيد على ألف إرهابي.\"", "2024-11-30");
    expect(only(presented, 1000).source).toBe("syrian-army");
  });
});

describe("a source credited in parentheses closing a line of figures", () => {
  it("credits every count on the line ('Killed: at least 268, among them 31 civilians (SOHR)'), and the source's own count restates its figure", () => {
    const text = "Title\n\nSince dawn on Wednesday, the towns west of the city have been shelled day and night.\n\nHere is what we know tonight:\n\nDisplaced: more than 14,000 people (UN OCHA)\nKilled: at least 268, among them 31 civilians (Syrian Observatory for Human Rights)\nAir strikes on Thursday alone: 37, on Idlib and western Aleppo (Syria Civil Defence)\n\nThe Observatory's count stood at 139 on Wednesday night.";
    const en = extract("en", text, "2024-11-29");
    expect([only(en, 268).source, only(en, 31).source, only(en, 37).source]).toEqual(["sohr", "sohr", "white-helmets"]);
    expect(only(en, 139)).toMatchObject({ metric: "killed", source: "sohr", asOf: { earliest: "2024-11-27", latest: "2024-11-27" } });
  });
});

describe("the publisher named as the agent of the research a count is according to", () => {
  it("is the publisher, not an unknown speaker ('according to research by the Committee to Protect Journalists' in its own alert)", () => {
    const text = "Title\n\nNew York, December 10, 2024—At least three journalists were killed while covering the offensive, according to research by the Committee to Protect Journalists.";
    const own = extract("en", text, "2024-12-10", "Committee to Protect Journalists (CPJ)");
    expect(only(own, 3)).toMatchObject({ source: "committee-to-protect-journalists", via: [] });
    // (in another publisher's copy it stays an unknown speaker)
    expect(only(extract("en", text, "2024-12-10"), 3).source).toBe("other");
  });
});

describe("the publisher's own people speaking after a quotation", () => {
  it("speak for the publisher, also with 'told us' ('\"We received nineteen wounded …,\" our health coordinator in Idlib told us')", () => {
    const en = extract("en", "Title\n\n\"We received nineteen wounded at our clinic,\" our health coordinator in Idlib told us.", "2024-11-29", "Human Appeal");
    expect(only(en, 19)).toMatchObject({ source: "human-appeal", via: [] });
  });
});

describe("a quotation running on past its sentence", () => {
  it("is its speaker's, named after it closes ('\"… nineteen wounded at our clinic. Six of them were children,\" the hospital director said'), not the source before", () => {
    const text = "Title\n\nThe Syrian Observatory for Human Rights said 139 people were killed.\n\n\"Yesterday we received nineteen wounded at our clinic in Atarib. Six of them were children,\" the director of the clinic said.";
    const en = extract("en", text, "2024-11-29");
    expect([only(en, 19).source, only(en, 6).source]).toEqual(["other", "other"]);
    // (a quotation that closes in its own sentence is not carried on; nor one whose paragraph ends open)
    const open = "Title\n\nThe Syrian Observatory for Human Rights said 139 people were killed.\n\n\"We received nineteen wounded at our clinic.\n\n\"Six of them were children,\" the director of the clinic said.";
    expect(only(extract("en", open, "2024-11-29"), 19).source).toBe("sohr");
  });
});

describe("a source after a count with a count of its own", () => {
  it("does not trail the count before it ('المرصد يتحدث الآن عن 340 قتيلاً، وأن مكتب الأمم المتحدة … يقدّر النازحين بأكثر من 20 ألفاً')", () => {
    const ar = extract("ar", "عنوان المقال هنا\n\nعاد الإنترنت ساعة واحدة، فقرأت أن المرصد يتحدث الآن عن 340 قتيلاً، وأن مكتب الأمم المتحدة للشؤون الإنسانية يقدّر النازحين بأكثر من 20 ألفاً.", "2024-11-30");
    expect([only(ar, 340).source, only(ar, 20000).source]).toEqual(["sohr", "ocha"]);
  });
});

describe("what a source described a thing as", () => {
  it("is that source's count, and 'one of' it counts nothing ('what the Syrian Observatory described as one of at least 40 … air strikes')", () => {
    const en = extract("en", "Title\n\nSmoke rises over Idlib province on December 2 after what the Syrian Observatory described as one of at least 40 Russian and Syrian air strikes on the province that day.", "2024-12-03");
    expect(en.map((c) => [c.quantity.value, c.source])).toEqual([[40, "sohr"]]);
  });
});

describe("a speaker in the present tense before its name", () => {
  it("is the speaker of what follows ('تقول مديرية الزراعة في إدلب إن ستة مزارعين قُتلوا', 'ويقول مزارعون في كفرنبل إن …')", () => {
    const ar = extract("ar", "عنوان\n\nتقول مديرية الزراعة في إدلب إن ستة مزارعين قُتلوا في حقولهم بين الأربعاء والجمعة. ويقول مزارعون في كفرنبل إن ما لا يقل عن 17 غارة استهدفت بساتين البلدة فجر الخميس.", "2024-12-08", "Zaitun");
    expect(only(ar, 6)).toMatchObject({ source: "other", via: ["zaitun"], subject: "civilians" });
    expect(only(ar, 17)).toMatchObject({ source: "residents", via: ["zaitun"] });
  });
});

describe("a speaker presenting a tally", () => {
  it("speaks the counts the presentation gives ('قدّم ممثل الدفاع المدني عرضاً بحصيلة فرق المركز: ١٤ قتيلاً …')", () => {
    const ar = extract("ar", "عنوان\n\nقدّم ممثل الدفاع المدني عرضاً بحصيلة فرق المركز في المدينة منذ يوم الأربعاء: ١٤ قتيلاً من المدنيين، منهم ٥ أطفال، و٤٣ مصاباً.", "2024-11-30", "AtaribCouncil");
    expect([14, 5, 43].map((v) => only(ar, v).source)).toEqual(["white-helmets", "white-helmets", "white-helmets"]);
  });
});

describe("numbered notes", () => {
  const text = [
    "Title",
    "",
    "By Tuesday, according to the leading monitoring group, the death toll had passed 600.[1] One rescue organization documented 187 air strikes between Nov. 27 and Dec. 2.[2] HTS says it holds \"over 1,000\" captured soldiers,[3] and has published footage of them.",
    "",
    "Notes",
    "[1] Syrian Observatory for Human Rights, as reported by Agence France-Presse, Dec. 3, 2024.",
    "[2] Syria Civil Defence (White Helmets), statement, Dec. 3, 2024.",
    "[3] Military Operations Command, Telegram post, Dec. 2, 2024.",
  ].join("\n");
  it("source the figures whose sentence refers to them, with their relay and day, where the sentence names no one", () => {
    const en = extract("en", text, "2024-12-04", "Lawfare");
    expect(only(en, 600)).toMatchObject({ source: "sohr", via: ["afp", "lawfare"], asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    expect(only(en, 187)).toMatchObject({ source: "white-helmets", asOf: { earliest: "2024-12-03", latest: "2024-12-03" } });
    expect(only(en, 1000)).toMatchObject({ source: "opposition-ops", asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
  });
  it("are read by their number: a marker no note line opens with sources nothing", () => {
    const en = extract("en", "Title\n\nOne rescue organization documented 187 air strikes.[2]\n\nNotes\n[1] Syria Civil Defence (White Helmets), statement, Dec. 3, 2024.", "2024-12-04", "Lawfare");
    expect(only(en, 187).source).not.toBe("white-helmets");
    expect(only(en, 187).asOf).toEqual({ earliest: "2024-12-04", latest: "2024-12-04" });
  });
  it("are read each to the next marker when one line holds several ('[1] SOHR, 2 December 2024. [2] OCHA Flash Update No. 3, 1 December 2024.')", () => {
    const text = "Title\n\nThe monitor reports 512 people killed since the offensive began [1]. OCHA counted 91,000 people newly displaced [2]. Russia's defence ministry, quoted by TASS, said 280 militants were killed in its strikes [3].\n\nSources\n[1] SOHR, 2 December 2024. [2] OCHA Flash Update No. 3, 1 December 2024. [3] TASS, 30 November 2024.";
    const en = extract("en", text, "2024-12-03", "Delegates Guide");
    // (each figure has its own note's day, and no relay taken from the notes after its own)
    expect(only(en, 512)).toMatchObject({ source: "sohr", via: ["delegates-guide"], asOf: { earliest: "2024-12-02", latest: "2024-12-02" } });
    expect(only(en, 91000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
    // (a note naming only the agency that relayed the figure gives its day)
    expect(only(en, 280)).toMatchObject({ source: "russian-mod", asOf: { earliest: "2024-11-30", latest: "2024-11-30" } });
  });
});

describe("a speaker 'claiming' a count", () => {
  it("speaks it, as one who claims it ('The rebels are claiming they've taken something like 400 soldiers prisoner')", () => {
    const en = extract("en", "Title\n\nThe Observatory counted 70 air raids on Monday. The rebels are claiming they've taken something like 400 soldiers prisoner.", "2024-12-03");
    expect(only(en, 400).source).toBe("opposition-ops");
  });
});

describe("a speaker who informed someone", () => {
  it("speaks what they were told ('أحاط رئيس المجلس الحضور علماً بأن غرفة العمليات أبلغته أن الفصائل أسرت نحو ٩٠ عنصراً')", () => {
    const ar = extract("ar", "عنوان\n\nأحاط رئيس المجلس الحضور علماً بأن غرفة العمليات أبلغته أن الفصائل أسرت في محيط الفوج ٤٦ نحو ٩٠ عنصراً من قوات النظام.", "2024-11-30", "AtaribCouncil");
    expect(only(ar, 90)).toMatchObject({ metric: "captured", source: "opposition-ops" });
  });
});

describe("a pronoun speaking after an auxiliary", () => {
  it("is the source named in the sentence before, or the one before it ('… the Syrian Observatory for Human Rights (SOHR). Its first figure … was 89 dead. By 9 December it had counted 1,052 deaths')", () => {
    const text = "Title\n\nMost international coverage relied on one source, the Syrian Observatory for Human Rights (SOHR). Its first figure, published on the evening of 27 November, was 89 dead. By 9 December it had counted 1,052 deaths since the offensive began.";
    expect(only(extract("en", text, "2024-12-10", "LSE"), 1052)).toMatchObject({ source: "sohr", via: ["lse"] });
    // (and a tally of its own opening the sentence: "Its first figure … was 89 dead")
    expect(only(extract("en", text, "2024-12-10", "LSE"), 89)).toMatchObject({ source: "sohr", via: ["lse"] });
    // (not past a third sentence)
    const far = "Title\n\nMost coverage relied on the Syrian Observatory for Human Rights (SOHR). The war began in 2011. The front moved fast. By 9 December it had counted 1,052 deaths since the offensive began.";
    expect(only(extract("en", far, "2024-12-10", "LSE"), 1052).source).not.toBe("sohr");
  });
});

describe("a transcript's labelled speaker introduced before", () => {
  it("speaks for the source named in the introduction ('I'm joined now from Idlib by a coordinator for the White Helmets' over 'COORDINATOR: … our teams have recovered the bodies of 87 civilians')", () => {
    const text = "Title\n\nPRESENTER: The UN says nearly 115,000 people have fled their homes. I'm joined now from Idlib by a coordinator for the White Helmets. What are your teams seeing?\n\nCOORDINATOR: Thank you. Since last Wednesday our teams have recovered the bodies of 87 civilians in Idlib.";
    expect(only(extract("en", text, "2024-12-03", "Channel 4"), 87).source).toBe("white-helmets");
    // (a label the text never introduced is not who was introduced)
    const unknown = "Title\n\nPRESENTER: I'm joined now from Idlib by a coordinator for the White Helmets.\n\nDOCTOR: Since last Wednesday the hospital has received the bodies of 87 civilians in Idlib.";
    expect(only(extract("en", unknown, "2024-12-03", "Channel 4"), 87).source).not.toBe("white-helmets");
  });
});

describe("a source named in an aside about the speaker", () => {
  it("is not who speaks ('the Syrian Observatory for Human Rights—a U.K.-based monitor whose figures Reuters relayed on Saturday—counted 352 dead')", () => {
    const en = extract("en", "Title\n\nCiting its network of contacts inside Syria, the Syrian Observatory for Human Rights—a U.K.-based monitor whose figures Reuters relayed on Saturday—counted 352 dead in the 4 days of fighting, 41 of them civilians.", "2024-11-30");
    expect([only(en, 352).source, only(en, 41).source]).toEqual(["sohr", "sohr"]);
    // (a source close before the cue with no aside before it still speaks)
    expect(only(extract("en", "Title\n\nThe Syrian Observatory for Human Rights said Reuters counted 352 dead.", "2024-11-30"), 352).source).toBe("reuters");
  });
});

describe("a list's intro naming whose tally it is", () => {
  it("gives the lines below it that source, and the group a label names with the metric word", () => {
    const text = "الطاقة الخضراء: تقنين استثنائي\n\nتعلن الشركة للسادة المشتركين برنامج التقنين.\n\nثالثاً – حصيلة الدفاع المدني السوري في مناطق الشبكة (حتى ظهر اليوم):\n- قتلى مدنيون: ١٩، بينهم ٦ أطفال.\n- مصابون: ٥٢.";
    const ar = extract("ar", text, "2024-11-28", "Green Energy");
    expect(only(ar, 19)).toMatchObject({ metric: "killed", subject: "civilians", source: "white-helmets" });
    expect(only(ar, 6)).toMatchObject({ subject: "children", source: "white-helmets" });
    expect(only(ar, 52)).toMatchObject({ metric: "injured", source: "white-helmets" });
    // (a tally named in a sentence that introduces no list, with no number near, gives nothing below)
    const none = extract("ar", "الطاقة الخضراء: تقنين استثنائي\n\nوتتابع الشركة حصيلة الدفاع المدني السوري يومياً.\n\nوقتل ١٩ مدنياً في القصف.", "2024-11-28", "Green Energy");
    expect(only(none, 19).source).not.toBe("white-helmets");
  });
});

describe("a pronoun speaking at the end of a chain of sentences it opens", () => {
  it("is the source named before the chain, as of the day a sentence of the chain opens with", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights is a group based in Britain. It keeps track of people killed in the war. On Thursday, it gave a new number. It said 826 people have died since the attack began. It said 111 of them were civilians.", "2024-12-06", "Newsela");
    expect(only(en, 826)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-05", latest: "2024-12-05" } });
    expect(only(en, 111)).toMatchObject({ source: "sohr", subject: "civilians" });
    // (a chain broken by a sentence with another subject reaches no further)
    const broken = extract("en", "Title\n\nThe Syrian Observatory for Human Rights is a group based in Britain. Many people read its reports. Readers share them often. It said 826 people have died since the attack began.", "2024-12-06", "Newsela");
    expect(only(broken, 826).source).not.toBe("sohr");
  });
});

describe("a source putting the dead at a figure, in the progressive", () => {
  it("speaks ('On Saturday the Syrian Observatory … was putting the dead … at 910'), and 'close on' is nearly", () => {
    const en = extract("en", "Title\n\nIt is hard to read any of it without the news. On Saturday the Syrian Observatory for Human Rights was putting the dead of the eleven days since 27 November at 910. The UN now reckons that close on 400,000 people have been driven from their homes.", "2024-12-08", "TLS");
    expect(only(en, 910)).toMatchObject({ metric: "killed", source: "sohr", asOf: { earliest: "2024-12-07" } });
    expect(only(en, 400000).quantity.qualifier).toBe("nearly");
  });
});


describe("a speaker before 'who' and a speech verb", () => {
  it("takes 'a surgeon who told me' as the unnamed speaker, not the source of the sentence before", () => {
    const en = extract("en", "Title\n\nThe UN reckons more than 115,000 people have been displaced. I spoke yesterday to a surgeon who told me they had had 30 wounded in a single morning.", "2024-12-04");
    expect(only(en, 30)).toMatchObject({ metric: "injured", source: "other" });
  });

  it("does not count the speaker's group: 'Doctors … told AFP they had received 30 wounded' counts no doctors", () => {
    const en = extract("en", "Title\n\nDoctors at a hospital in Homs told AFP they had received 30 wounded.", "2024-12-06");
    expect(only(en, 30)).toMatchObject({ metric: "injured", subject: "all" });
  });
});

describe("a source named in a parenthesis closing the sentence", () => {
  it("gives the counts before it their source ('(الأرقام للمرصد السوري …)', '(figures from the Syrian Observatory …)')", () => {
    const ar = extract("ar", "عنوان\n\nفي اثني عشر يوماً قُتل 1,240 شخصاً وأُصيب أكثر من 2,900 آخرين (الأرقام للمرصد السوري لحقوق الإنسان).", "2024-12-10");
    expect([only(ar, 1240).source, only(ar, 2900).source]).toEqual(["sohr", "sohr"]);
    const en = extract("en", "Title\n\nIn twelve days, 1,240 people were killed and more than 2,900 wounded (figures from the Syrian Observatory for Human Rights).", "2024-12-10");
    expect([only(en, 1240).source, only(en, 2900).source]).toEqual(["sohr", "sohr"]);
  });
});

describe("a source's possessive past an aside", () => {
  it("owns the count ('OCHA's latest figure, published yesterday, is 342,000 people displaced'), as of the day it was published", () => {
    const en = extract("en", "Title\n\nOCHA's latest figure, published yesterday, is 342,000 people displaced in north-west Syria.", "2024-12-06", "The HALO Trust");
    expect(only(en, 342000)).toMatchObject({ source: "ocha", asOf: { earliest: "2024-12-05" }, window: { start: "2024-11-27" } });
  });
});

describe("a second source after 'and' with its count, the verb left out", () => {
  it("speaks for its count and those joined to it ('SOHR had reported 529 deaths, …, and the White Helmets 81 civilian deaths and 344 civilians injured')", () => {
    const en = extract("en", "Title\n\nBy 2 December, SOHR had reported 529 deaths, of which 92 were civilians, and the White Helmets 81 civilian deaths and 344 civilians injured in the areas where they operate.", "2024-12-05");
    expect([529, 92, 81, 344].map((v) => only(en, v).source)).toEqual(["sohr", "sohr", "white-helmets", "white-helmets"]);
  });

  it("is no speaker where a verb of its own follows it ('and the White Helmets pulled 12 people from the rubble')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory said 40 people were killed, and the White Helmets pulled 12 bodies from the rubble.", "2024-12-05");
    expect(only(en, 40).source).toBe("sohr");
  });
});

describe("a source's name right before a noun of its tally", () => {
  it("owns the count ('SOHR toll now 372'), not a party named before it", () => {
    const en = extract("en", "Aleppo offensive megathread, day 4: rebels inside Aleppo city, SOHR toll now 372\n\nKeep all discussion here.", "2024-11-30");
    expect(only(en, 372)).toMatchObject({ metric: "killed", source: "sohr" });
  });
});

describe("a source opening a statement of its own after the count, its verb first after 'and'", () => {
  it("does not speak for the count before it ('… قُتل … ما يزيد على 1,100 شخص، وقدّر مكتب الأمم المتحدة … عدد النازحين … بنحو 1.1 مليون')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب المرصد السوري لحقوق الإنسان قُتل حتى 8 كانون الأول ما يزيد على 1,100 شخص، وقدّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدد النازحين حتى 9 كانون الأول بنحو 1.1 مليون.", "2024-12-10");
    expect([only(ar, 1100).source, only(ar, 1100000).source]).toEqual(["sohr", "ocha"]);
  });

  it("still speaks for a count it documented ('٣٣٠: عدد قتلى القوات الحكومية الذي وثقه المرصد حتى ٥ كانون الأول')", () => {
    const ar = extract("ar", "عنوان\n\nأرقام الأسبوع\n• ٣٣٠: عدد قتلى القوات الحكومية الذي وثقه المرصد حتى ٥ كانون الأول.", "2024-12-10");
    expect(only(ar, 330).source).toBe("sohr");
  });
});

describe("rebel groups speaking", () => {
  it("are the opposition's command ('Rebel groups said they had seized more than 250 towns and villages')", () => {
    const en = extract("en", "Title\n\nRebel groups said they had seized more than 250 towns and villages since the start of the offensive.", "2024-12-05");
    expect(only(en, 250).source).toBe("opposition-ops");
  });
});

describe("an entry under a source's name, on a line of its own after a blank line", () => {
  const text = "Guide\n\nThe page lists who counts what.\n\nSyrian Observatory for Human Rights (SOHR)\nLatest (9 Dec, 22:00): 1,132 killed since 27 November.\nPreviously shown here (6 Dec): 860 killed.\n\nSyria Civil Defence (White Helmets)\nNotes: a rescue service.\nLatest (8 Dec): 146 civilians killed.";
  it("makes that source the source of its counts that name none, with the day of each line's label", () => {
    const en = extract("en", text, "2024-12-10", "Library");
    expect(only(en, 1132)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-09" }, window: { start: "2024-11-27" } });
    expect(only(en, 860)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-06" } });
    expect(only(en, 146)).toMatchObject({ source: "white-helmets", asOf: { earliest: "2024-12-08" } });
  });

  it("ends at a blank line, and needs the name alone on its line", () => {
    const parted = extract("en", "Guide\n\nSyrian Observatory for Human Rights\n\nThe page says 146 civilians were killed.", "2024-12-10", "Library");
    expect(only(parted, 146).source).not.toBe("sohr");
    const sentence = extract("en", "Guide\n\nSyrian Observatory for Human Rights figures are cited below\nThe page says 146 civilians were killed.", "2024-12-10", "Library");
    expect(only(sentence, 146).source).not.toBe("sohr");
  });
});

describe("a day closing a credit's parentheses after the count", () => {
  it("dates the count when the parentheses name a document ('(Flash Update No. 11, 9 Dec)')", () => {
    const en = extract("en", "Title\n\nOCHA said more than 880,000 people were displaced (Flash Update No. 11, 9 Dec).", "2024-12-10");
    expect(only(en, 880000).asOf.earliest).toBe("2024-12-09");
    // ("No." before a number ends no sentence, and the update's number is no count)
    expect(en.map((c) => c.quantity.value)).toEqual([880000]);
  });
});

describe("'the agency' speaking after an agency relayed a source in its sentence", () => {
  it("is that agency reporting ('نقلت وكالة سانا عن وزارة الدفاع …، وذكرت الوكالة أن … 38 غارة')", () => {
    const ar = extract("ar", "عنوان\n\nنقلت وكالة سانا عن وزارة الدفاع أن المواجهات أسفرت عن مقتل المئات من الإرهابيين، وذكرت الوكالة أن الطيران الحربي نفّذ منذ صباح أمس 38 غارة على مواقعهم.", "2024-11-28");
    expect(only(ar, 38).source).toBe("sana");
    expect(ar.find((c) => c.quantity.qualifier === "vague")).toMatchObject({ source: "syrian-mod", via: ["sana", "example-news"] });
  });
});

describe("relays named before the source, each quoting the next", () => {
  it("relay from the source outward ('نقلت قناة العربية عن وكالة رويترز أن المرصد …': Reuters, then Al Arabiya)", () => {
    const ar = extract("ar", "عنوان\n\nنقلت قناة العربية عن وكالة رويترز أن المرصد السوري لحقوق الإنسان رفع حصيلة القتلى إلى 412.", "2024-11-30");
    expect(only(ar, 412)).toMatchObject({ source: "sohr", via: ["reuters", "al-arabiya", "example-news"] });
    // (a relay after the source, told by it, keeps its place)
    const en = extract("en", "Title\n\nRami Abdel Rahman, head of the Observatory, told AFP that 50 fighters had been killed.", "2024-11-30");
    expect(only(en, 50).via).toEqual(["afp", "example-news"]);
  });
});

describe("a sentence opening on the statement before again", () => {
  it("takes that statement's source, relay and day past a heading ('The same update divided the dead into …', 'التحديث نفسه وزّع القتلى على …')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights told AFP on Sunday evening that 460 people had been killed since Wednesday.\n\nCheck 3. Keep the parts\nThe same update divided the dead into 210 opposition fighters, 190 soldiers and 60 civilians.", "2024-12-02", "Newsroom Guide");
    for (const v of [210, 190, 60]) expect(only(en, v)).toMatchObject({ source: "sohr", via: ["afp", "newsroom-guide"], asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
    const ar = extract("ar", "عنوان\n\nقال المرصد السوري لحقوق الإنسان لوكالة فرانس برس مساء الأحد إن 460 شخصاً قتلوا منذ الأربعاء.\n\nثانياً: التفصيل\nالتحديث نفسه وزّع القتلى على 210 من مقاتلي الفصائل و190 من قوات النظام و60 مدنياً.", "2024-12-02", "Newsroom Guide");
    for (const v of [210, 190, 60]) expect(only(ar, v)).toMatchObject({ source: "sohr", asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
    // (a sentence that does not open so is the guide's own, past its heading)
    const own = extract("en", "Title\n\nThe Syrian Observatory for Human Rights told AFP on Sunday evening that 460 people had been killed since Wednesday.\n\nCheck 3. Keep the parts\nOur own count has 60 civilians killed.", "2024-12-02", "Newsroom Guide");
    expect(only(own, 60).source).not.toBe("sohr");
  });
});

describe("a label closed by a colon before a day", () => {
  it("is no speaker: the source named before speaks on ('Source: Syria Civil Defence. Highest bar: 2 December, with 47 strikes')", () => {
    const en = extract("en", "Title\n\nChart 2. Air strikes (bar chart)\nSource: Syria Civil Defence (White Helmets). Highest bar: 3 December, with 52 strikes in a single day.", "2024-12-06");
    expect(only(en, 52).source).toBe("white-helmets");
    // (a label before what is said still speaks: "Rescuers: 20 killed")
    const said = extract("en", "Title\n\nSource: Syria Civil Defence (White Helmets). Sarmin council: 20 people were killed in the town.", "2024-12-06");
    expect(only(said, 20).source).not.toBe("white-helmets");
  });
});

describe("a name the lexicon does not know before a verb of reporting", () => {
  it("is an unknown source, not the publisher ('The Response Coordination Group estimates that …'), but 'An estimated' names no one", () => {
    const en = extract("en", "Title\n\nThe Northern Camps Response Group estimates that 35,000 people have arrived in Idlib city since Saturday.", "2024-12-03", "Cash Note");
    expect(only(en, 35000)).toMatchObject({ source: "other", via: ["cash-note"] });
    const none = extract("en", "Title\n\nAn estimated 35,000 people have arrived in Idlib city since Saturday.", "2024-12-03", "Cash Note");
    expect(only(none, 35000).source).not.toBe("other");
  });
});

describe("a source named 'via' an agency", () => {
  it("is the source, relayed by the agency ('Russian Ministry of Defence via TASS: 100 militants killed')", () => {
    const en = extract("en", "Title\n\n- Russian Ministry of Defence via TASS: 100 militants killed.", "2024-11-30");
    expect(only(en, 100)).toMatchObject({ source: "russian-mod", via: ["tass", "example-news"] });
  });
});

describe("a quotation credited in parentheses after it", () => {
  it("is the credited source's, with its day, over a label or the source carried from before ('Example: \"At least 23 children have been killed\" (UNICEF, 4 December).')", () => {
    const en = extract("en", "Title\n\n2. killed\nExample: the Syrian Observatory for Human Rights \"has documented the deaths of 704 people\" (SOHR, 5 December).\n\n3. children\nExample: \"At least 23 children have been killed\" (UNICEF, 4 December).", "2024-12-05");
    expect(only(en, 23)).toMatchObject({ source: "unicef", asOf: { earliest: "2024-12-04" } });
    expect(only(en, 704).source).toBe("sohr");
  });
});

describe("a label's scope in brackets between a source's name and its colon", () => {
  it("keeps the name the speaker ('Syria Civil Defence (civilians only, its areas of operation, as of 6 Dec): 121 civilians killed')", () => {
    const en = extract("en", "Title\n\nDEATHS\nSOHR (all parties, since 27 Nov): 861 deaths, among which 141 civilians.\nSyria Civil Defence (civilians only, its areas of operation, as of 6 Dec): 121 civilians killed.", "2024-12-07");
    expect(only(en, 121)).toMatchObject({ source: "white-helmets", partOf: null, asOf: { earliest: "2024-12-06" } });
  });
});

describe("state media reporting that another source said a count", () => {
  it("relays that source ('ذكرت سانا أن وزارة الدفاع أعلنت …', 'SANA reported that the defence ministry said …')", () => {
    const ar = extract("ar", "عنوان\n\nوذكرت سانا أن وزارة الدفاع أعلنت مقتل 300 إرهابي.", "2024-11-28");
    expect(only(ar, 300)).toMatchObject({ source: "syrian-mod", via: ["sana", "example-news"] });
    const en = extract("en", "Title\n\nSANA reported that the defence ministry said its units had killed 300 terrorists.", "2024-11-28");
    expect(only(en, 300)).toMatchObject({ source: "syrian-mod", via: ["sana", "example-news"] });
  });
});
