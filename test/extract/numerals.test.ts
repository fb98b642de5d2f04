import { describe, expect, it } from "vitest";
import { arabicGrammar } from "../../src/extract/arabic/grammar.js";
import { englishGrammar } from "../../src/extract/english/grammar.js";
import { compileGrammar } from "../../src/extract/numerals/compiled.js";
import { findNumbers, parseDigits } from "../../src/extract/numerals/numbers.js";
import { extract, only } from "./helpers.js";
import { normalize } from "../../src/extract/text/normalize.js";
import { tokenize } from "../../src/extract/text/tokens.js";

const numbers = (language: "ar" | "en", text: string) => {
  const g = compileGrammar(language === "ar" ? arabicGrammar : englishGrammar);
  return findNumbers(g, tokenize(normalize(text).text)).map((m) => m.vague ?? (m.rangeHigh !== undefined ? [m.value, m.rangeHigh] : m.value));
};

describe("digits", () => {
  it("reads thousands separators and decimals", () => {
    expect(parseDigits("14,000")).toBe(14000);
    expect(parseDigits("1,234,567")).toBe(1234567);
    expect(parseDigits("1.5")).toBe(1.5);
  });
  it("reads thousands grouped by spaces ('280 000', also thin spaces), but not a phone number's groups nor a year before a count", () => {
    expect(numbers("en", "more than 280 000 people and 1 100 000 others")).toEqual([280000, 1100000]);
    expect(numbers("en", "about 14\u2009000 people")).toEqual([14000]);
    expect(numbers("en", "call +90 348 000 47 12")).toEqual([90, 348, 0, 47, 12]);
    expect(numbers("en", "in 2024 100 people")).toEqual([2024, 100]);
    expect(only(extract("en", "OCHA estimates that more than 280 000 people have been displaced since late November.", "2024-12-05"), 280000).quote).toBe("more than 280 000 people have been displaced");
  });
  it("multiplies by a scale word after the number", () => {
    expect(numbers("en", "some 1.5 million people")).toEqual([1_500_000]);
    expect(numbers("ar", "نزوح 14 ألف شخص")).toEqual([14000]);
    expect(numbers("ar", "نحو 3 ملايين")).toEqual([3_000_000]);
  });
  it("reads the South Asian scale words ('1.15 lakh', 'two crore')", () => {
    expect(numbers("en", "at over 1.15 lakh people")).toEqual([115_000]);
    expect(numbers("en", "some 2 lakhs of them and 1.2 crore more")).toEqual([200_000, 12_000_000]);
  });
  it("joins the rest in digits after a scale word ('مليون و60 ألف'), and reads a half or a quarter of a million", () => {
    expect(numbers("ar", "بنحو مليون و60 ألف شخص")).toEqual([1_060_000]);
    expect(numbers("ar", "نزوح مليون و200 شخص")).toEqual([1_000_200]);
    // (not a count of its own, nor a range's second number)
    expect(numbers("ar", "نزوح مليون و3 أطفال")).toEqual([1_000_000, 3]);
    expect(numbers("ar", "بين مليون و2 مليون")).toEqual([[1_000_000, 2_000_000]]);
    expect(numbers("ar", "ما يزيد على نصف مليون قتيل")).toEqual([500_000]);
    expect(numbers("ar", "نحو ربع مليون نازح")).toEqual([250_000]);
  });
  it("adds a half after a scale word", () => {
    expect(numbers("ar", "نزوح قرابة مليون ونصف المليون من السكان")).toEqual([1_500_000]);
    expect(numbers("ar", "نزوح نحو 2 مليون ونصف")).toEqual([2_500_000]);
    expect(numbers("en", "some two million and a half people")).toEqual([2_500_000]);
    // (not after a number without a scale: "ثلاثة ونصف" is no count of people)
    expect(numbers("ar", "مقتل ثلاثة ونصف")).toEqual([3]);
  });
  it("reads Arabic-Indic digits and separators", () => {
    expect(numbers("ar", "ارتفع العدد إلى ٣٤٣ قتيلا")).toEqual([343]);
    expect(numbers("ar", "نزوح ١٤٬٠٠٠ شخص")).toEqual([14000]);
  });
});

describe("Arabic number words", () => {
  it("reads masculine, feminine and dual-governed forms", () => {
    expect(numbers("ar", "مقتل أربعة جنود")).toEqual([4]);
    expect(numbers("ar", "ثلاث نساء")).toEqual([3]);
    expect(numbers("ar", "إصابة اثنين آخرين")).toEqual([2]);
    expect(numbers("ar", "خمسة عناصر")).toEqual([5]);
  });
  it("joins compound numbers with و and teens", () => {
    expect(numbers("ar", "خمسة وعشرون مدنيا")).toEqual([25]);
    expect(numbers("ar", "ثلاثة عشر طفلا")).toEqual([13]);
    expect(numbers("ar", "مئة وعشرون قتيلا")).toEqual([120]);
  });
  it("does not join two items of a list", () => {
    expect(numbers("ar", "أربعة أطفال وثلاث نساء")).toEqual([4, 3]);
  });
  it("counts dual and singular person nouns", () => {
    expect(numbers("ar", "بينهم امرأتان")).toEqual([2]);
    expect(numbers("ar", "جثث فتاتين")).toEqual([2]);
    expect(numbers("ar", "استشهاد مواطن")).toEqual([1]);
  });
  it("does not read the plural of a nisba noun as a dual", () => {
    expect(numbers("ar", "قتل مدنيين")).toEqual([]);
  });
  it("reads the nominative dual of a nisba noun as two", () => {
    expect(numbers("ar", "قتل جنديان")).toEqual([2]);
  });
});

describe("English number words", () => {
  it("reads words, hyphenated compounds and fixed phrases", () => {
    expect(numbers("en", "four civilians")).toEqual([4]);
    expect(numbers("en", "twenty-five fighters")).toEqual([25]);
    expect(numbers("en", "one hundred and five soldiers")).toEqual([105]);
    expect(numbers("en", "a dozen soldiers")).toEqual([12]);
    expect(numbers("en", "two dozen soldiers")).toEqual([24]);
    expect(numbers("en", "half a dozen of their fighters were killed")).toEqual([6]);
    // (a fixed phrase ending in a number word goes on as number words do, as spoken)
    expect(numbers("en", "a hundred and ten civilians")).toEqual([110]);
    expect(numbers("en", "more than a hundred and fifteen thousand people")).toEqual([115_000]);
    expect(numbers("en", "a thousand people")).toEqual([1000]);
  });
  it("counts a singular noun after an article as one", () => {
    expect(numbers("en", "a child was killed")).toEqual([1]);
    expect(numbers("en", "another civilian died")).toEqual([1]);
  });
});

describe("vague amounts", () => {
  it("names the vague amount whose documented bounds apply", () => {
    expect(numbers("ar", "قتل العشرات")).toEqual(["dozens"]);
    expect(numbers("ar", "نزوح عشرات الآلاف")).toEqual(["tens-of-thousands"]);
    expect(numbers("ar", "مئات الجرحى")).toEqual(["hundreds"]);
    expect(numbers("en", "dozens of fighters")).toEqual(["dozens"]);
    expect(numbers("en", "tens of thousands of people")).toEqual(["tens-of-thousands"]);
  });
  it("reads ranges with both bounds", () => {
    expect(numbers("en", "between 60,000 and 80,000 people")).toEqual([[60000, 80000]]);
    expect(numbers("ar", "بين 20 و30 قتيلا")).toEqual([[20, 30]]);
  });
  it("reads 'من X إلى Y' as a range, but not after a word of change ('ارتفعت الحصيلة من 311 إلى 327')", () => {
    expect(numbers("ar", "نفّذ الطيران منذ فجر الإثنين من 140 إلى 150 غارة")).toEqual([[140, 150]]);
    expect(numbers("ar", "وارتفعت الحصيلة من 311 إلى 327 قتيلاً")).toEqual([311, 327]);
    expect(numbers("ar", "وارتفع عدد القتلى في حلب من 200 إلى 250")).toEqual([200, 250]);
    // (nor in English, where "from … to" is read only after "between")
    expect(numbers("en", "the toll went from 311 to 327")).toEqual([311, 327]);
  });
  it("also with the join glued to a number word ('ما بين ٨٠٠ ألف ومليون شخص'), but not with no range opened", () => {
    expect(numbers("ar", "ما بين ٨٠٠ ألف ومليون شخص")).toEqual([[800_000, 1_000_000]]);
    expect(numbers("ar", "نزح ٨٠٠ ألف ومليون آخرون")).toEqual([800_000, 1_000_000]);
  });
  it("gives the first number the scale written only after the second ('between 80 and 100 thousand'), where that keeps the range rising", () => {
    expect(numbers("en", "between 80 and 100 thousand people")).toEqual([[80_000, 100_000]]);
    expect(numbers("ar", "يتراوح بين ثمانين ومئة ألف شخص")).toEqual([[80_000, 100_000]]);
    expect(numbers("ar", "ما بين 1.5 و2 مليون")).toEqual([[1_500_000, 2_000_000]]);
    expect(numbers("en", "between 500 and 1 million people")).toEqual([[500, 1_000_000]]);
  });
});

describe("Arabic numbers past a thousand", () => {
  it("adds the hundreds joined after the thousands, in words and in digits", () => {
    expect(numbers("ar", "بلغ أكثر من ألف وستمئة قتيل")).toEqual([1600]);
    expect(numbers("ar", "نزوح 48 ألفاً و500 شخص")).toEqual([48500]);
  });
  it("keeps a range's second number and a count of its own apart", () => {
    expect(numbers("ar", "ما بين 30 ألفاً و40 ألف شخص")).toEqual([[30000, 40000]]);
    expect(numbers("ar", "نزوح 48 ألفاً و12 طفلا")).toEqual([48000, 12]);
  });
});

describe("an ordinal teen", () => {
  it("is no count ('في اليوم الثاني عشر'), while a cardinal teen after an ordinal still is", () => {
    const ar = extract("ar", "مع سقوط النظام في اليوم الثاني عشر من الهجوم.. ارتفاع حصيلة القتلى إلى 976");
    expect(ar.map((c) => c.quantity.value)).toEqual([976]);
    expect(only(extract("ar", "وقتل الهجوم الثاني ثلاثة عشر شخصا."), 13).metric).toBe("killed");
  });
});

describe("the number of an item opening its line", () => {
  it("is no count ('5- سجّل الفريق …'), while a count listed after a dash still is", () => {
    const ar = extract("ar", "نشرة\n\n4- رصد الفريق 18 غارة جوية روسية.\n\n5- سجّل الفريق عودة 2,150 عائلة من المخيمات إلى قراها.\n");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[18, "airstrikes"], [2150, "returned"]]);
    const listed = extract("ar", "وقال المرصد إن عدد القتلى ارتفع إلى 300 شخص، وهم:\n- 120 من الفصائل.\n- 100 من قوات النظام.\n");
    expect(listed.map((c) => c.quantity.value)).toEqual([300, 120, 100]);
  });
  it("also before a bar, a newsletter's section ('2 | The toll')", () => {
    const en = extract("en", "Newsletter\n\n2 | The toll\n\nThe monitor said at least 1,014 people had been killed.", "2024-12-09");
    expect(en.map((c) => c.quantity.value)).toEqual([1014]);
  });
});

describe("a decimal and a scale word", () => {
  it("give a whole number ('4.1 مليون' is 4,100,000, '1.1 million' 1,100,000)", () => {
    expect(only(extract("ar", "وقالت الأمم المتحدة إن 4.1 مليون شخص نزحوا."), 4_100_000).metric).toBe("displaced");
    expect(only(extract("en", "The UN said some 1.1 million people had been displaced."), 1_100_000).metric).toBe("displaced");
  });
});

describe("counts set off by parentheses", () => {
  it("read as if the parentheses were not there, with the parentheses in the quote", () => {
    const ar = extract("ar", "وثّقت اللجنة مقتل (43) شخصاً، بينهم (9) أطفال و(3) سيدات. وقُتل (7) مدنيين في حمص.", "2024-12-07");
    expect(only(ar, 43)).toMatchObject({ metric: "killed", subject: "all" });
    expect(only(ar, 43).quote).toContain("مقتل (43)");
    expect(only(ar, 9)).toMatchObject({ subject: "children", quote: "(9) أطفال" });
    expect(only(ar, 3)).toMatchObject({ subject: "women" });
    expect(only(ar, 7)).toMatchObject({ subject: "civilians" });
  });
  it("restating a number in words is one count", () => {
    const en = extract("en", "Rebels killed three (3) children on Friday.", "2024-12-07");
    expect(en.map((c) => c.quantity.value)).toEqual([3]);
    expect(en[0]).toMatchObject({ subject: "children", quote: "killed three (3) children" });
  });
});

describe("duals of the nouns of the counted", () => {
  it("count two ('قتيلان وثلاثة جرحى', 'ضحيتين'), while the singular alone counts nothing", () => {
    const ar = extract("ar", "قتيلان وثلاثة جرحى بسقوط قذائف على حي الشريعة. ووثّق الفريق سقوط ضحيتين في حلب. وسقط الشهيد في حماة.", "2024-12-05");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[2, "killed"], [3, "injured"], [2, "killed"]]);
  });
  it("of young men count two civilians ('وقُتل شابان برصاص قناص')", () => {
    expect(only(extract("ar", "عنوان\n\nوقُتل شابان برصاص قناص في حي الأربعين.", "2024-12-07"), 2)).toMatchObject({ metric: "killed", subject: "civilians" });
  });
  it("name their own metric before another's ('استقبلت قتيلين وسبعة جرحى')", () => {
    const ar = extract("ar", "عنوان\n\nوأفادت إدارة المستشفى بأنها استقبلت منذ ليل الخميس قتيلين وسبعة جرحى.", "2024-12-07");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[2, "killed"], [7, "injured"]]);
  });
});

describe("a quarter of a million", () => {
  it("is 250,000", () => {
    expect(only(extract("en", "The UN said more than a quarter of a million people had been displaced since the offensive began.", "2024-12-05"), 250_000)).toMatchObject({ metric: "displaced", quantity: { qualifier: "more-than" } });
  });
});

describe("numbers that count no one", () => {
  it("how many children a parent has ('a mother of four', 'أب لخمسة أطفال')", () => {
    expect(extract("en", "Title\n\nAmong the newly displaced is a 34-year-old mother of four, who fled Tal Rifaat on Sunday.", "2024-12-04")).toEqual([]);
    expect(extract("ar", "عنوان\n\nوقال أب لخمسة أطفال نزح من تل رفعت إن الطريق كان طويلاً.", "2024-12-04")).toEqual([]);
  });
  it("things past an adjective ('65 families have arrived at UNRWA's four collective shelters')", () => {
    const en = extract("en", "Title\n\nIn the past 48 hours alone, 65 families have arrived at UNRWA's four collective shelters in Latakia.", "2024-12-03");
    expect(en.map((c) => c.quantity.value)).toEqual([65]);
  });
  it("a population named by what it does or needs after it ('أكثر من 4 ملايين شخص يعيشون فيها', '4.1 million people in need')", () => {
    expect(extract("ar", "عنوان\n\nفي منطقة تقول الأمم المتحدة إن أكثر من 4 ملايين شخص يعيشون فيها، نصفهم تقريباً من النازحين.", "2024-11-28")).toEqual([]);
    expect(extract("ar", "عنوان\n\nنزح 115 ألف شخص في منطقة يحتاج فيها أصلاً 4.1 مليون شخص إلى المساعدات.", "2024-12-03").map((c) => c.quantity.value)).toEqual([115000]);
    expect(extract("en", "Title\n\nSome 115,000 people have been displaced in an area where 4.1 million people in need already depend on aid.", "2024-12-03").map((c) => c.quantity.value)).toEqual([115000]);
  });
  it("the rest of a definite number after a noun ('خلال الأيام الاثني عشر')", () => {
    const ar = extract("ar", "عنوان\n\nقُتل 1,021 شخصاً خلال الأيام الاثني عشر، بحسب المرصد.", "2024-12-10");
    expect(ar.map((c) => c.quantity.value)).toEqual([1021]);
  });
  it("seconds and multiples ('مقطع فيديو مدته 47 ثانية يظهر جثثاً', 'يزيد بنحو 14 ضعفاً على حصيلة المرصد', 'a 47-second video')", () => {
    expect(extract("ar", "عنوان\n\nونشر الحساب مقطع فيديو مدته 47 ثانية يظهر جثثاً على طريق سريع.", "2024-12-03")).toEqual([]);
    expect(extract("ar", "عنوان\n\nويعني ذلك أن الرقم المتداول يزيد بنحو 14 ضعفاً على حصيلة المرصد للقتلى.", "2024-12-03")).toEqual([]);
    expect(extract("en", "Title\n\nThe post showed a video of 47 seconds of bodies on a highway.", "2024-12-03")).toEqual([]);
  });
});

describe("the definite million", () => {
  it("is a number ('ما يقارب المليون نازح'), and the scale again after a half ('مليون ونصف المليون')", () => {
    expect(only(extract("ar", "عنوان\n\nقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن عدد النازحين بلغ ما يقارب المليون نازح.", "2024-12-09"), 1_000_000)).toMatchObject({ metric: "displaced", quantity: { qualifier: "nearly" } });
    expect(numbers("ar", "قد يرتفع إلى مليون ونصف المليون")).toEqual([1_500_000]);
  });
});

describe("a preposition glued to a number word, and duals of strikes and places", () => {
  it("reads 'بثلاث غارات' and 'غارتين' as strikes", () => {
    expect(only(extract("ar", "عنوان\n\nواستهدفت الطائرات الحربية البلدة بثلاث غارات متتالية.", "2024-11-28"), 3).metric).toBe("airstrikes");
    expect(only(extract("ar", "عنوان\n\nونفذت الطائرات غارتين على المدينة.", "2024-11-28"), 2).metric).toBe("airstrikes");
  });
  it("reads places in the dual as seized only after a word of seizing", () => {
    expect(only(extract("ar", "عنوان\n\nوقالت الفصائل إنها استعادت بعد الظهر قريتين في ريف حماة.", "2024-11-28"), 2).metric).toBe("localities-seized");
    expect(extract("ar", "عنوان\n\nوصلوا إلى نبل والزهراء، وهما بلدتان ذات أغلبية شيعية.", "2024-11-28")).toEqual([]);
  });
});

describe("two leaders among those counted", () => {
  it("count two ('بينهم قياديان')", () => {
    const ar = extract("ar", "عنوان\n\nوأسر المقاتلون 21 عنصراً من قوات النظام، بينهم قياديان.", "2024-11-28");
    expect(only(ar, 2)).toMatchObject({ metric: "captured", partOf: only(ar, 21).id });
  });
});

describe("vague amounts set in quotes", () => {
  it("count as they would bare ('killed \"dozens\" of the attacking mercenaries', 'أسرت «المئات» من جنود النظام', 'سقوط «عشرات» المصابين')", () => {
    const en = extract("en", "Title\n\nThe SDF said it had killed \"dozens\" of the attacking mercenaries.", "2024-12-05");
    expect(en.map((c) => [c.metric, c.quantity.qualifier, c.quantity.low])).toEqual([["killed", "vague", 24]]);
    const captured = extract("ar", "عنوان\n\nوقالت الفصائل إنها أسرت «المئات» من جنود النظام.", "2024-12-05");
    expect(captured.map((c) => [c.metric, c.subject, c.quantity.low])).toEqual([["captured", "syrian-army", 200]]);
    const injured = extract("ar", "عنوان\n\nوأسفر القصف عن سقوط «عشرات» المصابين في المدينة.", "2024-12-05");
    expect(injured.map((c) => [c.metric, c.quantity.low])).toEqual([["injured", 24]]);
  });
});

describe("a vague amount with its own predicate, and aid counted in things", () => {
  it("counts 'Thousands have already left the city' and 'Dozens were killed'", () => {
    expect(extract("en", "Title\n\nThousands have already left the city.", "2024-12-05").map((c) => [c.metric, c.quantity.low])).toEqual([["displaced", 2000]]);
    expect(extract("en", "Title\n\nDozens were killed in the strikes.", "2024-12-05").map((c) => [c.metric, c.quantity.low])).toEqual([["killed", 24]]);
  });
  it("does not count aid ('5,000 hygiene kits to displaced families', 'وزعت 3,000 سلة غذائية على النازحين')", () => {
    expect(extract("en", "Title\n\nUNRWA distributed 5,000 hygiene kits to displaced families.", "2024-12-05")).toEqual([]);
    expect(extract("ar", "عنوان\n\nووزعت المنظمة 3,000 سلة غذائية على النازحين.", "2024-12-05")).toEqual([]);
  });
});

describe("a ratio", () => {
  it("counts no one ('roughly one in seven of them civilians', 'خمسة من كل عشرة'), though a count over a period does ('3 in 24 hours')", () => {
    const en = extract("en", "Title\n\nSOHR said more than 900 people were killed, roughly one in seven of them civilians. Another 3 in 24 hours were killed, and 2 in Idlib.", "2024-12-10");
    expect(en.map((c) => c.quantity.value)).toEqual([900, 3, 2]);
    const ar = extract("ar", "عنوان\n\nوقال المرصد إن 900 شخص قتلوا، وإن خمسة من كل عشرة منهم من المدنيين.", "2024-12-10");
    expect(ar.map((c) => c.quantity.value)).toEqual([900]);
  });
});

describe("a dual noun past a preposition glued to it", () => {
  it("counts two ('تعرض المركز لغارتين'), and an answer's one-letter mark names no speaker", () => {
    const ar = extract("ar", "عنوان\n\nس: هل تضرر المركز؟\nج: صحيح، تعرض المركز لغارتين يوم الثلاثاء 3 كانون الأول، ولم يكن فيه أطفال.", "2024-12-09", "Ihsan");
    expect(only(ar, 2)).toMatchObject({ metric: "airstrikes", source: "ihsan", quantity: { qualifier: "exact" } });
  });
});


describe("a book's pages", () => {
  it("are no count, nor is a price after its currency code, even after a word of displacement ('مقالات في العمارة والتهجير، 280 صفحة', 'essays on exile, 280 pages, EUR 20')", () => {
    expect(extract("ar", "عنوان\n\n4. «مدن الخيام» – مقالات في العمارة والتهجير، 280 صفحة، 20 يورو.", "2024-12-10")).toEqual([]);
    expect(extract("en", "Title\n\n4. 'Tent Cities' - essays on displacement and exile, 280 pages, EUR 20.", "2024-12-10")).toEqual([]);
  });
});

describe("a number a question asks about", () => {
  it("is no claim ('SOHR death toll above 500 by December 2?', 'هل قُتل أكثر من 5000 جندي …؟'), unless a relative clause gives it", () => {
    expect(extract("en", "Syria: SOHR death toll above 500 by December 2?\n\nThe market resolved on Tuesday.", "2024-12-03")).toEqual([]);
    expect(extract("ar", "هل قُتل أكثر من 5000 جندي سوري في معارك حماة خلال يوم واحد؟\n\nتداولت صفحات منشوراً مضللاً.", "2024-12-06")).toEqual([]);
    const ar = extract("ar", "ماذا نعرف عن الهجوم الذي أودى بحياة أكثر من 800 شخص؟\n\nنص.", "2024-12-08");
    expect(only(ar, 800)).toMatchObject({ metric: "killed", quantity: { qualifier: "more-than" } });
  });
});

describe("animals", () => {
  it("are no people counted ('Three of the dogs were killed', 'وقُتلت 12 بقرة و30 خروفاً')", () => {
    const en = extract("en", "Title\n\nTwo of our volunteers were injured on Friday. Three of the dogs were killed. 40 sheep were killed in the strike.", "2024-11-30");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["injured", 2]]);
    expect(extract("ar", "عنوان\n\nوقُتلت 12 بقرة و30 خروفاً في القصف.", "2024-11-30")).toEqual([]);
  });
});

describe("a number a negation counts none of", () => {
  it("is no count ('None of our 160 national staff has been hurt')", () => {
    expect(extract("en", "Title\n\nOur teams paused on Monday. None of our 160 national staff has been hurt.", "2024-12-06")).toEqual([]);
  });
});

describe("sessions and workshops", () => {
  it("are no people counted, even on a line for displaced families ('risk education for displaced families, with 41 sessions')", () => {
    const en = extract("en", "Title\n\nWhat comes next:\n- risk education for displaced families, with 41 sessions since Sunday;\n- marking of contaminated land.", "2024-12-06");
    expect(en.filter((c) => c.quantity.value === 41)).toEqual([]);
    expect(extract("ar", "عنوان\n\nونظمت الجمعية 12 جلسة توعية للأسر النازحة.", "2024-12-06").filter((c) => c.quantity.value === 12)).toEqual([]);
  });
});

describe("the two genders of one counted group ('37 طالباً وطالبة')", () => {
  it("are one count, where another noun after 'and' is a count of its own ('12 مدنياً وطفلة')", () => {
    const ar = extract("ar", "عنوان\n\nنزح 37 طالباً وطالبة من مدارس المدينة. وقُتل 12 مدنياً وطفلة في القصف.", "2024-12-02");
    expect(ar.map((c) => [c.metric, c.quantity.value])).toEqual([["displaced", 37], ["killed", 12], ["killed", 1]]);
  });
});

describe("codes and numbered items of forms and slides", () => {
  it("reads no count in a coded answer ('1 = with host families, 2 = tents') nor in a numbered slide or question", () => {
    const en = extract("en", "Questionnaire\n\nQ6. Main shelter of new arrivals: 1 = with host families, 2 = tents, 3 = unfinished buildings\n\nSlide 2 | Displaced people by camp, with 40 displaced families on page 3", "2024-12-04");
    expect(en.map((c) => c.quantity.value)).toEqual([40]);
  });
});

describe("short forms whose full stop ends no sentence", () => {
  it("keeps 'incl. 104 civilians' a part of the count before it, and 'Idlib gov. since 27 Nov: 214' one line", () => {
    const en = extract("en", "Slides\n\nAt a glance\n- Killed since 27 Nov: 612, incl. 104 civilians (SOHR, 3 Dec)\n- Air strikes on Idlib gov. since 27 Nov: 214 (Syria Civil Defence, 2 Dec)", "2024-12-03");
    expect(only(en, 104)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(en, 612).id });
    expect(only(en, 214)).toMatchObject({ metric: "airstrikes", source: "white-helmets", window: { start: "2024-11-27" } });
  });
});

describe("rounds of a tournament", () => {
  it("are no people counted ('7 جولات', '7 rounds'), near displaced players", () => {
    const ar = extract("ar", "عنوان\n\nوجاء القرار بعد أن أبلغنا 11 من اللاعبين المسجلين في البطولة أنهم نزحوا مع عائلاتهم.\n\nما يبقى كما هو\n- نظام البطولة: 7 جولات بالنظام السويسري.", "2024-12-08");
    expect(ar.map((c) => c.quantity.value)).toEqual([11]);
    const en = extract("en", "Title\n\nThe championship has 7 rounds; 11 players have been displaced.", "2024-12-08");
    expect(en.map((c) => c.quantity.value)).toEqual([11]);
  });
});

describe("digits grouped in thousands by spaces", () => {
  it("read as one number ('more than 200 000 persons displaced'), not a phone number's groups ('+49 221 000 8900')", () => {
    const en = extract("en", "Title\n\nThe fighting has left more than 200 000 persons displaced (UN OCHA, 2 December 2024). Call +49 221 000 8900.", "2024-12-03");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["displaced", 200000]]);
  });
});

describe("a noun with a sound plural in ين", () => {
  it("is a plural, not a dual ('654 قتيلاً بين مدنيين ومقاتلين'), while its form in ان is two ('قُتل مقاتلان')", () => {
    const ar = extract("ar", "عنوان\n\n- المرصد السوري لحقوق الإنسان: 654 قتيلاً بين مدنيين ومقاتلين منذ بدء المعارك، منهم 118 مدنياً. وقُتل مقاتلان في ريف إدلب.", "2024-12-04");
    expect(ar.map((c) => c.quantity.value)).toEqual([654, 118, 2]);
    expect(only(ar, 118).partOf).toBe(only(ar, 654).id);
  });
});

describe("a rota's line", () => {
  it("counts neither its number in brackets nor its hours ('(4) العائلات النازحة المسجّلة حديثاً: يومياً من 2 إلى 4 عصراً', 'من الساعة 2 إلى الساعة 4')", () => {
    const ar = extract("ar", "عنوان\n\nجدول التوزيع:\n\n(4) العائلات النازحة المسجّلة حديثاً: يومياً من 2 إلى 4 عصراً، أسطوانة واحدة لكل عائلة.\n(5) العائلات النازحة: يومياً من الساعة 2 إلى الساعة 4.\nووصلت 300 عائلة نازحة حتى الساعة 6 مساء.", "2024-12-01");
    expect(ar.map((c) => c.quantity.value)).toEqual([300]);
  });
});

describe("an age after 'عمر'", () => {
  it("is no count ('على الأطفال النازحين من عمر 3 إلى 12 سنة')", () => {
    const ar = extract("ar", "عنوان\n\nوتُوزَّع الألعاب على الأطفال النازحين من عمر 3 إلى 12 سنة. ونزح 300 طفل.", "2024-12-04");
    expect(ar.map((c) => c.quantity.value)).toEqual([300]);
  });
});

describe("the numbers of a wire dateline", () => {
  it("date the copy and count nothing ('دمشق - 6 - 12 (كونا) -- أفاد …')", () => {
    const ar = extract("ar", "سوريا: نزوح 370 ألفا\n\nدمشق - 6 - 12 (كونا) -- أفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) اليوم الجمعة بأن عدد النازحين بلغ نحو 370 ألف شخص.", "2024-12-06", "KUNA");
    expect(ar.map((c) => c.quantity.value)).toEqual([370000, 370000]);
  });
});

describe("a doctor's or a nurse's dual", () => {
  it("counts two ('اختطاف طبيبين'), while the singular alone counts no one ('بينهم ممرضة')", () => {
    const ar = extract("ar", "عنوان\n\nأدانت النقابة اختطاف طبيبين في ريف حلب. وقُتل أربعة أشخاص، بينهم ممرضة.", "2024-11-30");
    expect(ar.map((c) => [c.metric, c.quantity.value])).toEqual([["captured", 2], ["killed", 4]]);
  });
});

describe("a number word with the article after a qualifying verb", () => {
  it("is a count ('عدد البلدات والقرى التي سيطرت عليها … تجاوز الخمسين'), while 'الأطفال الثلاثة' is none", () => {
    const ar = extract("ar", "عنوان\n\nوقالت إن عدد البلدات والقرى التي سيطرت عليها منذ الأربعاء تجاوز الخمسين. ونُقل الأطفال الثلاثة إلى المستشفى.", "2024-11-30");
    expect(ar.map((c) => [c.metric, c.quantity.value, c.quantity.qualifier])).toEqual([["localities-seized", 50, "more-than"]]);
  });
});
