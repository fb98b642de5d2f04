import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

describe("qualifiers and bounds", () => {
  it("reads 'N to M' as a range, and 'from N to M' as a rise", () => {
    const range = extract("en", "Russian and Syrian jets carried out 25 to 30 strikes on Wednesday, the monitor said.");
    expect(range.map((c) => [c.metric, c.quantity.qualifier, c.quantity.low, c.quantity.high])).toEqual([["airstrikes", "range", 25, 30]]);
    const rise = extract("en", "The monitor said the toll rose from 25 to 30 on Thursday.");
    expect(rise.some((c) => c.quantity.qualifier === "range")).toBe(false);
    expect(rise.map((c) => c.quantity.value)).toContain(30);
  });
  it("reads Arabic qualifiers before the number", () => {
    const q = (text: string) => extract("ar", text).map((c) => [c.quantity.qualifier, c.quantity.value, c.quantity.low, c.quantity.high]);
    expect(q("قال المرصد إن ما لا يقل عن 30 مدنيا قتلوا.")).toEqual([["at-least", 30, 30, null]]);
    expect(q("قال المرصد إن أكثر من 200 جندي قتلوا.")).toEqual([["more-than", 200, 201, null]]);
    expect(q("وأفاد المرصد بمقتل ما يزيد عن 40 مقاتلا.")).toEqual([["more-than", 40, 41, null]]);
    expect(q("وأفاد المرصد بمقتل ما يقرب من 90 مقاتلا.")).toEqual([["nearly", 90, null, null]]);
    expect(q("وأفاد المرصد بمقتل قرابة 90 مقاتلا.")).toEqual([["nearly", 90, null, null]]);
    // (a toll that approaches a number: "تقترب من", "nears")
    expect(q("وقال المرصد إن حصيلة القتلى تقترب من 400.")).toEqual([["nearly", 400, null, null]]);
    expect(extract("en", "The death toll nears 400, the monitor said.").map((c) => [c.quantity.qualifier, c.quantity.value])).toEqual([["nearly", 400]]);
    expect(q("وأفاد المرصد بمقتل نحو 60 مقاتلا.")).toEqual([["about", 60, null, null]]);
    expect(q("وأفاد المرصد بمقتل حوالي 60 مقاتلا.")).toEqual([["about", 60, null, null]]);
    expect(q("وأفاد المرصد بمقتل 12 مدنيا على الأقل.")).toEqual([["at-least", 12, 12, null]]);
    expect(q("وقال المرصد إن عدد القتلى فاق 700 قتيل.")).toEqual([["more-than", 700, 701, null]]);
    // a qualifying verb before the metric it bounds (verb-first order)
    expect(q("وتجاوزت حصيلة القتلى 700 قتيل، بحسب المرصد.")).toEqual([["more-than", 700, 701, null]]);
    expect(q("وتجاوز عدد النازحين 50 ألف شخص، بحسب الأمم المتحدة.")).toEqual([["more-than", 50000, 50001, null]]);
    // a trailing qualifier before the rest of the clause is still the number's, unless it leads the next number
    expect(q("وقال المرصد إنه قُتل 44 شخصاً على الأقل في غارات على إدلب.")).toEqual([["at-least", 44, 44, null]]);
    expect(q("وقال المرصد إنه قُتل 44 شخصاً وأصيب على الأقل 30 آخرين.").map((x) => x[0])).toEqual(["exact", "at-least"]);
  });
  it("reads English qualifiers", () => {
    const q = (text: string) => extract("en", text).map((c) => [c.quantity.qualifier, c.quantity.value, c.quantity.low, c.quantity.high]);
    expect(q("At least 30 civilians were killed, the monitor said.")).toEqual([["at-least", 30, 30, null]]);
    expect(q("More than 200 soldiers have been killed, the monitor said.")).toEqual([["more-than", 200, 201, null]]);
    expect(q("Nearly 90 fighters were killed, the monitor said.")).toEqual([["nearly", 90, null, null]]);
    expect(q("About 60 fighters were killed, the monitor said.")).toEqual([["about", 60, null, null]]);
    expect(q("Up to 15 people were wounded, residents said.")).toEqual([["at-most", 15, null, 15]]);
    expect(q("Between 60,000 and 80,000 people have fled, the UN said.")).toEqual([["range", null, 60000, 80000]]);
    expect(q("The death toll passes 700, the monitor said.")).toEqual([["more-than", 700, 701, null]]);
    expect(q("The death toll rose to well over 300, the monitor said.")).toEqual([["more-than", 300, 301, null]]);
    // "past" bounds only after a rise cue
    expect(q("The death toll rose past 450 on Sunday, the monitor said.")).toEqual([["more-than", 450, 451, null]]);
    expect(q("The past 3 strikes killed 5 people, the monitor said.")).toEqual([["exact", 3, 3, 3], ["exact", 5, 5, 5]]);
    expect(q("Twelve people at least were killed in the strike, the monitor said.")).toEqual([["at-least", 12, 12, null]]);
    // "at least twice" bounds how often, not how many
    expect(q("Some 39,000 people were displaced at least twice, the UN said.").map((x) => x[0])).toEqual(["about"]);
  });
  it("gives vague amounts their documented bounds", () => {
    const ar = extract("ar", "وقال شهود إن العشرات قتلوا وأصيب المئات في القصف.");
    expect(ar.map((c) => [c.metric, c.quantity.qualifier, c.quantity.low, c.quantity.high])).toEqual([
      ["killed", "vague", 24, 99],
      ["injured", "vague", 200, 999],
    ]);
    const en = extract("en", "Dozens of fighters were killed and thousands of people fled, the monitor said.");
    expect(en.map((c) => [c.metric, c.quantity.low, c.quantity.high])).toEqual([
      ["killed", 24, 99],
      ["displaced", 2000, 9999],
    ]);
    expect(only(extract("ar", "أدى القصف إلى نزوح عشرات الآلاف من المدنيين."), null).quantity).toEqual({ value: null, qualifier: "vague", low: 24000, high: 99999 });
    // "a few and ten", "a few hundred"
    expect(only(extract("ar", "وأضاف المصدر أن بضعة عشر جريحاً نُقلوا إلى المشافي العسكرية."), null)).toMatchObject({ metric: "injured", quantity: { qualifier: "vague", low: 13, high: 19 } });
    expect(only(extract("en", "Several hundred families fled the city, the UN said."), null).quantity).toMatchObject({ qualifier: "vague", low: 300, high: 900 });
  });
  it("keeps a vague amount of a noun the lexicon lacks when the metric is its predicate", () => {
    const en = extract("en", "Tens of thousands of Kurds flee Tal Rifaat as factions advance.");
    expect(en.map((c) => [c.metric, c.quantity.low, c.quantity.high])).toEqual([["displaced", 24000, 99999]]);
    expect(extract("en", "Dozens of Kurds were killed on Sunday, the monitor said.").map((c) => c.metric)).toEqual(["killed"]);
    expect(extract("ar", "وقالت الإدارة الذاتية إن عشرات الآلاف من الأكراد نزحوا نحو الرقة.").map((c) => c.metric)).toEqual(["displaced"]);
  });
  it("keeps a vague amount right after its metric word with whom it counts after it, not one of things", () => {
    expect(only(extract("ar", "أدى الهجوم إلى تهجير عشرات الآلاف من الشهباء."), null).metric).toBe("displaced");
    expect(extract("ar", "وأطلق المسلحون مئات القذائف من ريف حلب.")).toEqual([]);
  });
});

describe("numbers that do not count people", () => {
  it("drops years, distances, clock times, percentages, dates and populations", () => {
    expect(extract("ar", "قتل المرصد منذ عام 2016 شيئا، وعلى بعد 10 كيلومترات من حلب، وفرض حظر تجول من الساعة 11:30 مساء.")).toEqual([]);
    expect(extract("en", "Fighting came within 10 km of Aleppo, a city of two million people, where strikes killed nobody at 11:30 on 5 December.")).toEqual([]);
    expect(extract("en", "Some 20 percent of the dead were children, the monitor said.")).toEqual([]);
  });
  it("drops money, footnote markers, model numbers and ages set off by commas", () => {
    expect(extract("en", "The IRC has allocated an additional $2.5 million to help the displaced.")).toEqual([]);
    expect(extract("en", "Media reported that two Iranian advisers had been killed.[7] The footage also shows a captured T-72 tank.").map((c) => c.quantity.value)).toEqual([2]);
    expect(extract("en", '"We have been displaced twice," said Amina Rashid, 63, who arrived in Tabqa.')).toEqual([]);
  });
  it("keeps a count beside a year a superlative compares with ('أعنف هجوم … منذ 2020', 'the deadliest … since 2016')", () => {
    const ar = extract("ar", 'مصدر ميداني: مقتل 150 مسلحاً على الأقل و16 شهيداً من الجيش في أعنف هجوم على ريف حلب الغربي منذ 2020.');
    expect(ar.map((c) => c.quantity.value)).toEqual([150, 16]);
    expect(extract("en", "At least 40 people were killed on Friday in the deadliest day of fighting since 2016, the monitor said.").map((c) => c.quantity.value)).toEqual([40]);
  });
  it("keeps a count beside a 'since' a superlative compares with ('في أعنف معارك تشهدها المنطقة منذ سنوات')", () => {
    expect(extract("ar", "المرصد السوري: حصيلة القتلى ترتفع إلى ٢٥٥، في أعنف معارك تشهدها المنطقة منذ سنوات.").map((c) => c.quantity.value)).toEqual([255]);
    expect(extract("en", "The monitor said 212 people were killed, in the deadliest fighting since the war began.").map((c) => c.quantity.value)).toEqual([212]);
    // (a qualifier's "أكثر" is no superlative, and a toll since years is still history)
    expect(extract("ar", "وقتل أكثر من نصف مليون شخص منذ سنوات.")).toEqual([]);
  });
  it("drops the numbers of a correction note, which restate or withdraw a figure", () => {
    expect(extract("en", "About 48,500 people have been displaced, the UN said.\n(Corrects number of displaced people in seventh paragraph to 48,500 from 485,000.)").map((c) => c.quantity.value)).toEqual([48500]);
    expect(extract("ar", "تصويب: ورد في البلاغ أن عدد القرى المحررة بلغ 42، والصحيح 38 قرية.")).toEqual([]);
    // (a reply setting a figure right opens with "والصحيح أن": what it gives instead is a count)
    const reply = extract("ar", "والصحيح أن الرقم 412 هو مجموع القتلى والمصابين معاً، وقد توزّع على النحو الآتي: 97 قتيلاً و315 مصاباً.");
    expect(reply.map((c) => [c.metric, c.quantity.value])).toEqual([["killed", 97], ["injured", 315]]);
  });
  it("reads people who returned as returns, not as displaced people", () => {
    const ar = extract("ar", "وقدّر المكتب عدد من نزحوا منذ 26 تشرين الثاني بنحو مليون و60 ألف شخص، عاد منهم قرابة 300 ألف إلى منازلهم خلال الأيام الأخيرة.", "2024-12-10");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[1060000, "displaced"], [300000, "returned"]]);
  });
  it("drops a count joined right after a historical total ('… منذ 2011 بحياة أكثر من 500 ألف شخص، وشرّدت نحو 13 مليوناً')", () => {
    expect(extract("ar", "ويأتي ذلك في بلد أودت الحرب فيه منذ 2011 بحياة أكثر من 500 ألف شخص، وشرّدت نحو 13 مليوناً بين نازح ولاجئ.")).toEqual([]);
    expect(extract("ar", "وخلّفت الحرب السورية منذ عام 2011 مئات الآلاف من القتلى، وقرابة 13 مليون نازح ولاجئ داخل البلاد وخارجها.")).toEqual([]);
    // (not a count of its own after the historical one's sentence goes on elsewhere)
    expect(extract("ar", "وقتل أكثر من 500 ألف شخص منذ 2011. ونزح 20 ألف شخص منذ الأربعاء بحسب الأمم المتحدة.").map((c) => c.quantity.value)).toEqual([20000]);
  });
  it("drops a toll since the outbreak of the conflict ('بعد 13 عاماً على اندلاع نزاع أودى بحياة ما يزيد على نصف مليون شخص')", () => {
    expect(extract("ar", "وتأتي المعارك بعد أكثر من 13 عاماً على اندلاع نزاع أودى بحياة ما يزيد على نصف مليون شخص.")).toEqual([]);
  });
  it("does not read casualties, the killed and wounded together, as deaths", () => {
    const en = extract("en", "A hospital in Idlib city received 38 casualties following strikes on a residential area; nine of them were dead on arrival.");
    expect(en.filter((c) => c.metric === "killed" || c.metric === "airstrikes").map((c) => [c.quantity.value, c.metric])).toEqual([[9, "killed"]]);
  });
  it("takes no metric word from a clause dated in the past", () => {
    const en = extract("en", "An official said that more than 120,000 people, most of them displaced from Afrin since 2018, were trapped in Shahba.");
    expect(en).toEqual([]);
  });
  it("drops a total over a span of years ('خلال ثلاثة عشر عاماً', 'over 13 years'), not a count near an age in years", () => {
    expect(extract("ar", "لقد دفع السوريون خلال ثلاثة عشر عاماً أكثر من ستمئة ألف قتيل.", "2024-12-10")).toEqual([]);
    expect(extract("ar", "قتل خلال 13 عاماً أكثر من 600 ألف شخص.", "2024-12-10")).toEqual([]);
    expect(extract("en", "Syrians have paid over 13 years more than 600,000 killed.", "2024-12-10")).toEqual([]);
    // (fronted, set off by a comma, it dates the whole sentence; a window of days does not)
    expect(extract("en", "Over 13 years, more than 600,000 people were killed.", "2024-12-10")).toEqual([]);
    expect(extract("en", "In the past 24 hours, 20 people were killed.", "2024-12-10").map((c) => c.quantity.value)).toEqual([20]);
    expect(extract("ar", "وقتل 5 أشخاص بينهم طفل يبلغ 13 عاماً.", "2024-12-10").map((c) => c.quantity.value)).toEqual([5, 1]);
  });
  it("drops historical totals", () => {
    expect(extract("en", "The war has killed more than half a million people since 2011.")).toEqual([]);
    expect(extract("ar", "وقتل أكثر من نصف مليون شخص منذ اندلاع الحرب عام 2011.")).toEqual([]);
    expect(extract("en", "Years of war have killed more than half a million people across the country.")).toEqual([]);
    expect(extract("en", "The Syrian conflict, which started in 2011, has killed an estimated half a million people.")).toEqual([]);
    expect(extract("en", "The 13-year conflict has killed more than half a million people and forced 12 million from their homes.")).toEqual([]);
    expect(extract("en", "In its more than 40-year terror campaign against Türkiye, the PKK has been responsible for the deaths of nearly 40,000 people.")).toEqual([]);
    expect(extract("en", "Since the start of the year, 2,164 terrorists have been neutralized in Iraq and Syria, the ministry said.")).toEqual([]);
    expect(extract("ar", "وأودت سنوات من الحرب بحياة أكثر من نصف مليون شخص.")).toEqual([]);
    // (a count referring back to a period a past year opened: in a joined clause, or a sentence after it)
    expect(extract("ar", "وكانت الحرب في سوريا قد اندلعت عام ٢٠١١، وقُتل فيها أكثر من ٣٠٠ ألف مدني بحسب تقديرات الأمم المتحدة.")).toEqual([]);
    expect(extract("en", "Syria's conflict began in 2011 with a crackdown on protests. It has killed more than 300,000 civilians, according to U.N. estimates.")).toEqual([]);
    // (the sentence after it on a line of its own)
    expect(extract("en", "Title\n\nRebels say 12 fighters died.\nThis war started in 2011.\nIt has already killed more than half a million people.").map((c) => c.quantity.value)).toEqual([12]);
    expect(extract("en", "The offensive began on Wednesday. It has killed at least 255 people, the monitor said.").map((c) => c.quantity.value)).toEqual([255]);
    // (a past year opening a long sentence dates the whole of it)
    expect(extract("en", "In 1982, forces under Hafez al-Assad, the current president's father, besieged the city to crush an uprising led by the Muslim Brotherhood, killing thousands.")).toEqual([]);
  });
  it("reads inhabitants counted right after a metric word as people of that count, not a population", () => {
    expect(only(extract("ar", "ووفق منسقي استجابة سوريا، فإن عدد النازحين تجاوز 120 ألف نسمة."), 120000)).toMatchObject({ metric: "displaced", quantity: { qualifier: "more-than" } });
    expect(extract("ar", "وتضم مدينة حلب نحو مليوني نسمة، وقتل فيها 20 شخصاً.").map((c) => c.quantity.value)).toEqual([20]);
  });
  it("drops the one family that people counted belong to", () => {
    expect(extract("en", "Ten members of one family were killed in the strike, rescuers said.").map((c) => c.quantity.value)).toEqual([10]);
    expect(extract("ar", "وقتل خمسة أشخاص من عائلة واحدة، بينهم ثلاثة أطفال.").map((c) => c.quantity.value)).toEqual([5, 3]);
    expect(extract("en", "Airstrikes killed 11 people, rescuers said. Nine of the dead were from one family.").map((c) => c.quantity.value)).toEqual([11, 9]);
  });
  it("drops ordinals and things that are not people", () => {
    expect(extract("en", "It is the second time in a week that 300 rockets hit the city, killing no one.")).toEqual([]);
    expect(extract("ar", "وهي المرة الثانية التي تسقط فيها 300 قذيفة على المدينة.")).toEqual([]);
  });
});

describe("historical counts and page furniture", () => {
  it("drops counts tied to a year before the conflict's event", () => {
    expect(extract("en", "The killing of 2 journalists in 2023 drew condemnation.")).toEqual([]);
    expect(extract("ar", "وقتل أكثر من 500 ألف شخص في الحرب السورية التي اندلعت عام 2011.")).toEqual([]);
    expect(extract("en", "More than 300,000 people were killed in the first decade of the war, according to the UN.")).toEqual([]);
  });
  it("drops every count of a sentence a past year opens, past a label's colon, when it names no other time", () => {
    const text = (rest: string) => `عنوان\n\nليست هذه المرة الأولى: منذ عام 2011 وثّقت منظمات طبية أكثر من 600 هجوم على مرافق صحية في سوريا، ومقتل ما يزيد على 900 من العاملين الصحيين${rest}.`;
    expect(extract("ar", text(""), "2024-11-30")).toEqual([]);
    // (a time of its own keeps the count)
    expect(extract("ar", text("، فيما قُتل أمس 4 مسعفين"), "2024-11-30").map((c) => c.quantity.value)).toEqual([4]);
  });
  it("keeps a count in another clause than a past year", () => {
    expect(only(extract("en", "Fighting reached Aleppo for the first time since 2016, and 20 people were killed, the monitor said."), 20).source).toBe("sohr");
  });
  it("keeps a count a speaker reports past a cue of history in the speaker's own description", () => {
    const described = extract("en", "A group that keeps count of deaths in the war, called the Syrian Observatory for Human Rights, says more than 450 people have been killed since the attack started.", "2024-12-02");
    expect(only(described, 450)).toMatchObject({ source: "sohr", metric: "killed" });
    // (not the war's own toll, which a relative clause reports)
    expect(extract("en", "The war, which the monitor says has killed more than 500,000 people, began in 2011.")).toEqual([]);
  });
  it("ignores timestamps, reading times and comment counts", () => {
    expect(extract("en", "Updated 12:45 GMT, 3 min read\nPhoto: 1/5. Comments (12)")).toEqual([]);
    expect(extract("ar", "منذ 3 ساعات\nالتعليقات (0)")).toEqual([]);
  });
  it("reads Levantine dates as dates, not counts", () => {
    const claims = extract("ar", "وبحسب الدفاع المدني، قتل 61 مدنيا منذ 26 من تشرين الثاني.", "2024-12-03");
    expect(claims.map((c) => c.quantity.value)).toEqual([61]);
    expect(claims[0]!.window.start).toBe("2024-11-26");
  });
});

describe("localities", () => {
  it("counts localities seized by the actor named before, and regained ones", () => {
    const claims = extract("en", "Rebels said they had taken more than 60 villages and towns. The army said it had regained control of 12 localities.", "2024-12-01");
    expect(only(claims, 60)).toMatchObject({ metric: "localities-seized", subject: "opposition", quantity: { qualifier: "more-than" } });
    expect(only(claims, 12)).toMatchObject({ metric: "localities-seized", subject: "syrian-army" });
    expect(extract("ar", "ويهدف الاتفاق إلى إنشاء أربع مناطق منزوعة السلاح.")).toEqual([]);
  });
  it("reads localities after an adjective, and not as people captured", () => {
    const near = extract("en", "Rebels captured 12 nearby villages on Sunday, the monitor said.");
    expect(near.map((c) => [c.quantity.value, c.metric])).toEqual([[12, "localities-seized"]]);
    const around = extract("en", "The factions took control of the town and a dozen surrounding villages, according to the monitor.");
    expect(only(around, 12).metric).toBe("localities-seized");
    const seizing = extract("en", "Rebels launched an offensive west of Aleppo, seizing dozens of villages in two days.");
    expect(seizing.map((c) => [c.metric, c.quantity.low, c.quantity.high])).toEqual([["localities-seized", 24, 99]]);
  });
  it("reads localities held, and a number of localities 'estimated at' after their noun", () => {
    expect(only(extract("en", 'A rebel commander told the BBC his forces now held "more than 40 neighbourhoods" of the city.'), 40)).toMatchObject({ metric: "localities-seized", subject: "opposition" });
    const ar = extract("ar", "وتشير معطيات المرصد إلى أن عدد المدن والبلدات والقرى التي خرجت عن سيطرة قوات النظام يُقدَّر بنحو 370، في حين دفعت المعارك الآلاف إلى النزوح.", "2024-12-07");
    expect(only(ar, 370)).toMatchObject({ metric: "localities-seized", quantity: { qualifier: "about" } });
  });
  it("reads a count reported after a past year that only dates a clause about the speaker", () => {
    const claims = extract("en", "The rebels, who have been penned into the northwest since a ceasefire in March 2020, said they had seized 15 villages.");
    expect(only(claims, 15).metric).toBe("localities-seized");
  });
});

describe("numbers of other things in a sentence with a count", () => {
  it("drops a number whose noun is not what the metric counts", () => {
    const claims = extract("en", "The offensive, launched by 3 groups from 2 directions, has killed 200 people. A 12-year-old boy was among the dead.");
    expect(claims.map((c) => c.quantity.value)).toEqual([200]);
    expect(extract("ar", "وشاركت 3 فصائل في الهجوم الذي أسفر عن مقتل 200 شخص.").map((c) => c.quantity.value)).toEqual([200]);
  });
  it("keeps counts of unlisted groups when the metric verb governs them", () => {
    expect(extract("en", "Five Iranian advisers were killed, the monitor said.").map((c) => c.quantity.value)).toEqual([5]);
    expect(extract("ar", "وأشار المرصد إلى أن حصيلة القتلى بلغت 99 مرتزقا.").map((c) => c.quantity.value)).toEqual([99]);
  });
});

describe("counts of a period opened by a past year", () => {
  it("drops totals of a war that began years before the lexicon's event", () => {
    const en = extract("en", "The conflict, which erupted in 2011 after protests were crushed, has killed more than 400,000 people and displaced 6 million.");
    expect(en).toEqual([]);
    const ar = extract("ar", "والحرب التي اندلعت في عام 2011، أسفرت عن مقتل أكثر من 400 ألف شخص وتهجير الملايين.");
    expect(ar).toEqual([]);
  });
  it("keeps a count with its own time after the year", () => {
    const en = extract("en", "Rebels, who lost Aleppo in 2016, said on Friday that 60 soldiers had been killed since Wednesday.");
    expect(only(en, 60).metric).toBe("killed");
  });
});

describe("Arabic construct forms and up to", () => {
  it("reads ألفي and مئتي as 2000 and 200, and ما يصل إلى as at most", () => {
    const c = extract("ar", "وقالت الأمم المتحدة إن ما يصل إلى ألفي شخص نزحوا من حماة.");
    expect(only(c, 2000)).toMatchObject({ metric: "displaced", quantity: { qualifier: "at-most", high: 2000 } });
    expect(only(extract("ar", "وأفاد المرصد بمقتل مئتي عنصر من قوات النظام."), 200).metric).toBe("killed");
  });
});

describe("names with digits", () => {
  it("does not read road or base names glued to digits as counts", () => {
    expect(extract("ar", "ونزح عشرات الآلاف من المدنيين عبر الطريق الدولي M4.").map((c) => c.quantity.value)).toEqual([null]);
    expect(extract("en", "Thousands of civilians fled along the M5 highway, and 4 people were killed.").map((c) => c.quantity.value)).toEqual([null, 4]);
  });
  it("does not read an outlet name glued to digits as a count, but keeps digits after a clitic", () => {
    expect(extract("ar", "وأفادت فرانس24 بمقتل ثلاثة أشخاص في القصف.").map((c) => c.quantity.value)).toEqual([3]);
    expect(extract("ar", "ونقل موقع كوردستان24 أن 30 شخصا قتلوا.").map((c) => c.quantity.value)).toEqual([30]);
    expect(extract("ar", "وأفاد أهالٍ لـ«خبر24» بأن المسلحين اختطفوا 70 مدنياً.").map((c) => c.quantity.value)).toEqual([70]);
    expect(extract("ar", "وقتل 12 مدنيا خلال الـ24 ساعة الماضية، بينهم 4 أطفال.").map((c) => c.quantity.value)).toEqual([12, 4]);
  });
});

describe("numbered names", () => {
  it("does not read the number of a unit or a document as a count", () => {
    expect(extract("ar", "وأرسل الجيش تعزيزات بينها وحدات من الفرقة 25، وقتل 30 مسلحا.").map((c) => c.quantity.value)).toEqual([30]);
    expect(extract("ar", "وقتل 19 ضابطاً خلال اقتحام الفوج 46 والسيطرة عليه.").map((c) => c.quantity.value)).toEqual([19]);
    expect(extract("en", "Flash Update No. 6: at least 20 people were killed, including units of Division 25.").map((c) => c.quantity.value)).toEqual([20]);
  });
  it("nor the number of a law's article ('وفق المادة 8 من نظام روما الأساسي', 'under Article 8 of the Rome Statute')", () => {
    expect(extract("ar", "وأعدم المسلحون 6 أسرى، وهو جريمة حرب وفق المادة 8 من نظام روما الأساسي.").map((c) => c.quantity.value)).toEqual([6]);
    expect(extract("en", "Fighters executed 6 prisoners, a war crime under Article 8 of the Rome Statute.").map((c) => c.quantity.value)).toEqual([6]);
  });
});

describe("quotes of a rising toll", () => {
  it("cover the statement from the counted noun, not the number alone", () => {
    const en = extract("en", "The Guardian said the total civilian toll since the offensive began on 27 November had risen to 81.");
    expect(only(en, 81).quote).toBe("toll since the offensive began on 27 November had risen to 81");
    const ar = extract("ar", "وقال المرصد إن عدد القتلى منذ بدء الهجوم ارتفع إلى 602 شخص.");
    expect(only(ar, 602).quote).toBe("القتلى منذ بدء الهجوم ارتفع إلى 602 شخص");
    const verb = extract("ar", "وارتفع عدد القتلى في إدلب وحلب منذ الأربعاء إلى 327.");
    expect(only(verb, 327).quote.startsWith("وارتفع عدد القتلى")).toBe(true);
  });
});

describe("numbers that are not counts of people", () => {
  it("skips shelters and centres, one side, and the speakers of a figure", () => {
    expect(extract("en", "The 15,240 displaced people have been placed in 23 shelters.").map((c) => c.quantity.value)).toEqual([15240]);
    expect(extract("en", "Fighting between the army on one side and HTS on the other killed 30 people.").map((c) => c.quantity.value)).toEqual([30]);
    expect(extract("en", "The strike killed 11 civilians, according to two rescue workers.").map((c) => c.quantity.value)).toEqual([11]);
    expect(extract("ar", "وتوزع النازحون على 20 مركز إيواء، بعد نزوح 3000 شخص.").map((c) => c.quantity.value)).toEqual([3000]);
  });
});

describe("a vague amount of them with its own verb", () => {
  it("counts on its own, of the group named before, not as a part of the count before", () => {
    const ar = extract("ar", "وقال المرصد إن الفصائل أسرت 43 عنصراً من قوات النظام، وقتلت العشرات منهم خلال الاقتحام.");
    expect(only(ar, null)).toMatchObject({ metric: "killed", subject: "syrian-army", partOf: null });
  });
});

describe("a count joined after a past year", () => {
  it("is a count of its own with a subject of its own, history when the same subject goes on", () => {
    expect(only(extract("ar", "حلب خارج سيطرة دمشق للمرة الأولى منذ 2016 وغارات روسية تقتل 19 مدنياً\nنص."), 19)).toMatchObject({ metric: "killed", subject: "civilians" });
    expect(extract("en", "Syria's conflict began in 2011 and has killed nearly half a million people.")).toEqual([]);
    expect(extract("en", "The civil war, which began in 2011 and has killed more than 300,000 civilians, according to UN estimates.")).toEqual([]);
  });
});

describe("crossings and arrests", () => {
  it("are displacement and capture ('عبروا إلى لبنان', 'ألقت القبض على', 'arrested')", () => {
    expect(only(extract("ar", "تشير تقديرات السلطات اللبنانية إلى أن أكثر من 20 ألف شخص عبروا من سوريا إلى لبنان خلال الأسبوع الماضي."), 20000).metric).toBe("displaced");
    expect(only(extract("ar", "وأكد مصدر عسكري أن وحدات الجيش ألقت القبض على 12 إرهابياً خلال عمليات التمشيط."), 12).metric).toBe("captured");
    expect(only(extract("en", "Police arrested 40 men at a checkpoint, the monitor said."), 40).metric).toBe("captured");
  });
});

describe("residents of a place before the event", () => {
  it("are a population ('وكان يقطن منطقة الشهباء قبل الهجوم نحو ١٥٠ ألف شخص')", () => {
    expect(extract("ar", "وكان يقطن منطقة الشهباء قبل الهجوم نحو ١٥٠ ألف شخص، قضى كثير منهم ست سنوات في المخيمات.")).toEqual([]);
  });
});

describe("a place's population before the event, some words before its number", () => {
  it("is no count, and its residents are no speaker of the count after it ('عدد سكان المدينة قبل التصعيد كان نحو ١٢ ألف عائلة، وأن قرابة ٤ آلاف عائلة غادرت')", () => {
    const ar = extract("ar", "عنوان\n\nأفاد مسؤول في المجلس بأن عدد سكان المدينة قبل التصعيد كان نحو ١٢ ألف عائلة، وأن قرابة ٤ آلاف عائلة غادرت المدينة إلى المخيمات حتى مساء أمس.", "2024-11-30");
    expect(ar.map((c) => c.quantity.value)).toEqual([4000]);
    expect(only(ar, 4000).source).not.toBe("residents");
  });
});

describe("projections, residents and history", () => {
  it("are no counts ('could be forced to flee', 'people live in', 'منذ سنوات', a past year after the count)", () => {
    expect(extract("en", "The World Food Programme warned that up to 1.5 million people could be forced to flee if the fighting reached Homs.")).toEqual([]);
    expect(extract("en", "Around 300,000 people live in Idlib city, many of whom fled fighting elsewhere years ago.")).toEqual([]);
    expect(extract("ar", "ولا يزال أكثر من 7 ملايين سوري نازحين داخل بلادهم منذ سنوات.")).toEqual([]);
    expect(extract("en", "SOHR has documented the deaths of more than 617,000 people since the beginning of the Syrian revolution in March 2011.")).toEqual([]);
    // ("قد" before a past verb is no modal)
    expect(only(extract("ar", "وقالت الشبكة إنَّ 229 مدنياً قد قُتلوا في تشرين الثاني."), 229).metric).toBe("killed");
  });
});

describe("the numbers of notes", () => {
  it("count nothing: a note's mark glued to a full stop, and a note's number opening its line before a quoted title", () => {
    const text = "Title\n\nThe monitor reported 781 people killed as of December 5.4 Russia's Ministry of Defense claimed that strikes had killed at least 400 militants.5\n\nNotes\n5 \"Russia says strikes kill at least 400 militants in Syria,\" Reuters, December 3, 2024.";
    const values = extract("en", text, "2024-12-06").map((c) => c.quantity.value);
    expect(values).not.toContain(4);
    expect(values).not.toContain(5);
    expect(values).toContain(781);
  });
});

describe("a qualifier glued to a number word by its hyphen", () => {
  it("reads 'a hundred and sixty-odd' as at least 160, and '40-odd' as at least 40", () => {
    const en = extract("en", "Title\n\nThe Observatory put the dead at 910, a hundred and sixty-odd of them civilians. Rebels said 40-odd soldiers were captured.", "2024-12-08");
    expect(only(en, 160)).toMatchObject({ metric: "killed", subject: "civilians", quantity: { qualifier: "at-least", low: 160 } });
    expect(only(en, 40)).toMatchObject({ metric: "captured", quantity: { qualifier: "at-least" } });
  });
});

describe("'نيف' with a number", () => {
  it("reads 'نيف وثلاثين' and 'ثلاثون ونيف' as more than thirty", () => {
    const ar = extract("ar", "عنوان\n\nوقالت الفصائل إنها سيطرت على «نيف وثلاثين» قرية. وقتل ثلاثون ونيف مدنياً في القصف.", "2024-12-10");
    const values = ar.map((c) => [c.metric, c.quantity.value, c.quantity.qualifier]);
    expect(values).toEqual([["localities-seized", 30, "more-than"], ["killed", 30, "more-than"]]);
  });
});


describe("'in the region of' a number", () => {
  it("is about it", () => {
    const en = extract("en", "Title\n\nThe UN said in the region of 4,000 people had fled.", "2024-12-10");
    expect(only(en, 4000)).toMatchObject({ metric: "displaced", quantity: { qualifier: "about" } });
  });
});

describe("signs before a number in notes and posts", () => {
  it("read '~' and '≈' as about, '>' as more than, '≥' as at least", () => {
    const en = extract("en", "Title\n\n* OCHA: ~48,500 displaced, mostly towards Afrin.\n* WHO: >600 injured in the week.\n* Civil Defence: ≥26 civilians killed in strikes.\n* Monitor: ≈310 air strikes.", "2024-11-30");
    expect(only(en, 48500).quantity).toMatchObject({ qualifier: "about" });
    expect(only(en, 600).quantity).toMatchObject({ qualifier: "more-than", low: 601 });
    expect(only(en, 26).quantity).toMatchObject({ qualifier: "at-least", low: 26 });
    expect(only(en, 310).quantity).toMatchObject({ qualifier: "about" });
  });
});

describe("a rate", () => {
  it("is no count ('أي بمعدل يزيد على 20 غارة يومياً', 'at a rate of more than 20 strikes a day')", () => {
    const ar = extract("ar", "عنوان\n\nوثّق الدفاع المدني السوري منذ الإثنين ما لا يقل عن 85 غارة على ريفي إدلب وحماة، أي بمعدل يزيد على 20 غارة يومياً.", "2024-12-05");
    expect(ar.map((c) => c.quantity.value)).toEqual([85]);
    const en = extract("en", "Title\n\nThe Civil Defence recorded at least 85 air strikes since Monday, at a rate of more than 20 strikes a day.", "2024-12-05");
    expect(en.map((c) => c.quantity.value)).toEqual([85]);
  });
});

describe("a verb of exceeding before its metric, a phrase between the metric and the number", () => {
  it("qualifies the number ('تجاوز عدد القتلى في عموم المعارك 450')", () => {
    const ar = extract("ar", "عنوان\n\nوقال المرصد السوري إن عدد القتلى تجاوز في عموم المعارك 300. وتجاوز عدد القتلى في عموم المعارك 450 حتى مساء أمس.", "2024-12-02");
    expect(only(ar, 450).quantity).toMatchObject({ qualifier: "more-than", low: 451 });
  });

  it("but not a word of another meaning past the phrase ('قُتل منذ انطلاق الهجوم وحتى سقوط دمشق 1047 شخصاً')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب المرصد، قُتل منذ انطلاق الهجوم وحتى سقوط دمشق 1047 شخصاً.", "2024-12-10");
    expect(only(ar, 1047).quantity).toMatchObject({ qualifier: "exact" });
  });
});

describe("a qualifier after a count, before a metric word joined by 'and'", () => {
  it("bounds the count before it, not the one after ('مقتل 27 مدنياً على الأقل وإصابة 81 آخرين')", () => {
    const ar = extract("ar", "عنوان\n\nووثّق الدفاع المدني مقتل 27 مدنياً على الأقل وإصابة 81 آخرين منذ صباح الأربعاء.", "2024-11-29");
    expect([only(ar, 27).quantity.qualifier, only(ar, 81).quantity.qualifier]).toEqual(["at-least", "exact"]);
  });
});

describe("a verb of exceeding before its metric, a place of four words between the metric and the number", () => {
  it("bounds the count ('تجاوز عدد النازحين في شمال غرب سوريا 48 ألف شخص')", () => {
    const ar = extract("ar", "عنوان\n\nوبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية تجاوز عدد النازحين في شمال غرب سوريا 48 ألف شخص.", "2024-12-02");
    expect(only(ar, 48000).quantity).toMatchObject({ qualifier: "more-than", low: 48001 });
  });
});

describe("a verb of nearing before 'the number of those who' and a phrase, then the number", () => {
  it("qualifies the number ('يقارب عدد من فرّوا منذ مطلع الهجوم 240 ألف شخص')", () => {
    const ar = extract("ar", "عنوان\n\nوقالت الأمم المتحدة إنه يقارب عدد من فرّوا منذ مطلع الهجوم 240 ألف شخص.", "2024-12-04");
    expect(only(ar, 240000).quantity).toMatchObject({ qualifier: "nearly" });
  });
});

describe("'في حدود' a number", () => {
  it("is about it ('في حدود ٩٠ غارة', 'بحدود 40 شخصاً')", () => {
    const ar = extract("ar", "عنوان\n\nونفّذ الطيران في حدود ٩٠ غارة على ريف إدلب، وقُتل بحدود 40 شخصاً بحسب الدفاع المدني.", "2024-12-01");
    expect([only(ar, 90).quantity.qualifier, only(ar, 40).quantity.qualifier]).toEqual(["about", "about"]);
  });
});

describe("a planning figure, a count from before the offensive and a note's number", () => {
  it("are no counts ('should plan for up to 50,000 displaced households', 'displaced before the offensive', 'note 3 covers images of the dead')", () => {
    expect(extract("en", "Title\n\nPartners should plan for up to 50,000 additional displaced households by mid-December.", "2024-12-04")).toEqual([]);
    expect(extract("en", "Title\n\nThis comes on top of the more than 6 million people internally displaced before the offensive.", "2024-12-04")).toEqual([]);
    expect(extract("en", "Title\n\nThis is note 14 in our series; note 3 covers images of the dead.", "2024-12-04")).toEqual([]);
    // (what partners have done is counted)
    expect(only(extract("en", "Title\n\nPartners have registered 23,400 newly displaced people for cash.", "2024-12-04"), 23400).metric).toBe("displaced");
  });
});

describe("a count that only looks like a past year", () => {
  it("is a count when whom it counts follows it ('ما بين 1500 و2000 عائلة نزحت', '2000 families fled'), not a year of history ('منذ عام 2011 بحياة', 'In 2016, 2000 people were killed')", () => {
    const ar = extract("ar", "عنوان\n\nقال المكتب إن ما بين 1500 و2000 عائلة نزحت خلال 24 ساعة. وقال إن 1900 عائلة أخرى وصلت إلى المخيمات.", "2024-11-28");
    expect(ar.map((c) => [c.metric, c.quantity.low, c.quantity.high])).toEqual([["displaced", 1500, 2000], ["displaced", 1900, 1900]]);
    expect(extract("ar", "عنوان\n\nأودت الحرب منذ عام 2011 بحياة أكثر من نصف مليون شخص.", "2024-11-28").map((c) => c.quantity.value)).not.toContain(2011);
    expect(extract("en", "Title\n\nIn 2016, 2000 people were killed in Aleppo.", "2024-11-28")).toEqual([]);
  });
});

describe("a qualifier after the predicate right after the count's noun", () => {
  it("bounds the count, also before a time ('إن 31 طفلاً قُتلوا على الأقل منذ 27 تشرين الثاني')", () => {
    const ar = extract("ar", "عنوان\n\nوقالت اليونيسف إن 31 طفلاً قُتلوا على الأقل منذ 27 تشرين الثاني في شمال غرب سوريا.", "2024-12-04");
    expect(only(ar, 31).quantity).toMatchObject({ qualifier: "at-least", low: 31, high: null });
  });
});

describe("'c.' (circa) before a count", () => {
  it("is 'about', and its stop ends no sentence ('claim to have detained c. 1,100 government personnel')", () => {
    const en = extract("en", "Title\n\n- Detentions: HTS-led forces claim to have detained c. 1,100 government personnel since 29 November.", "2024-12-06");
    expect(only(en, 1100)).toMatchObject({ metric: "captured", quantity: { qualifier: "about" } });
  });
});
