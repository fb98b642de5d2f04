/**
 * Phrasings met in wire copy and Arabic outlets that the other extraction tests do not cover:
 * abbreviated dates, admissions, unknown speakers after a named one, and parts of a population.
 */
import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

describe("wire phrasings", () => {
  it("reads 'Nov. 27' as a date inside the sentence, so the part after it keeps its total", () => {
    const claims = extract("en", "Title\nThe monitor SOHR said that 602 people have been killed since Nov. 27, among them 104 civilians.", "2024-12-03");
    expect(claims.map((c) => c.quantity.value)).toEqual([602, 104]);
    const total = only(claims, 602);
    expect(total.window?.start).toBe("2024-11-27");
    expect(only(claims, 104)).toMatchObject({ subject: "civilians", partOf: total.id, source: "sohr" });
  });

  it("attributes a number to a belligerent that acknowledges it, on the day named", () => {
    const claims = extract("en", "Title\nThe Syrian army acknowledged on Saturday that dozens of its soldiers had been killed.", "2024-12-01");
    const c = only(claims, null, "killed");
    expect(c).toMatchObject({ source: "syrian-army", asOf: { earliest: "2024-11-30", latest: "2024-11-30" } });
  });

  it("gives an unknown speaker 'other' even when the source before was named '… said'", () => {
    const text = "Title\nRebel commanders told Reuters that 1,500 soldiers had been captured.\nA doctor at the national hospital said at least 20 bodies had been brought in overnight.";
    const claims = extract("en", text, "2024-12-05", "Reuters");
    expect(only(claims, 1500)).toMatchObject({ source: "opposition-ops" });
    // the doctor speaks; the dead are not counted as doctors (civilians)
    expect(only(claims, 20)).toMatchObject({ source: "other", subject: "all" });
  });

  it("drops the part of a population as the population itself is dropped", () => {
    const ar = extract("ar", "عنوان\nوقدرت الأمم المتحدة عدد سكان المنطقة بنحو 5.1 مليون نسمة، بينهم 3.4 مليون نازح.\nوقال المرصد إن 50 شخصا قتلوا، بينهم 20 مدنيا.");
    expect(ar.map((c) => c.quantity.value)).toEqual([50, 20]);
    const en = extract("en", "Title\nIdlib is home to 4 million inhabitants, including 2 million displaced people.\nSOHR said 50 people were killed, including 20 civilians.");
    expect(en.map((c) => c.quantity.value)).toEqual([50, 20]);
  });

  it("counts towns a side says it controls", () => {
    const c = only(extract("en", "Title\nRebels say they now control more than 50 towns and villages.", "2024-12-01"), 50);
    expect(c).toMatchObject({ metric: "localities-seized", source: "opposition-ops", quantity: { qualifier: "more-than", low: 51 } });
  });

  it("puts the agency of a republished dispatch between the source and the outlet", () => {
    const byline = extract("en", "Syria fighting spreads: monitor\n\nAFP\n\nThe Syrian Observatory for Human Rights said 242 people had been killed.", "2024-11-29", "Digital Journal");
    expect(only(byline, 242)).toMatchObject({ source: "sohr", via: ["afp", "digital-journal"] });
    const dateline = extract("en", "Title\nBEIRUT (AP) — The Syrian Observatory for Human Rights said 602 people had been killed.", "2024-12-03", "Example News");
    expect(only(dateline, 602)).toMatchObject({ source: "sohr", via: ["ap", "example-news"] });
    // the agency's own copy names no relay, and a number given on the outlet's authority stays its own
    const own = extract("en", "Title\nBEIRUT (AP) — The Syrian Observatory for Human Rights said 602 people had been killed.", "2024-12-03", "Associated Press");
    expect(only(own, 602)).toMatchObject({ source: "sohr", via: ["ap"] });
    const unattributed = extract("en", "Title\nAFP\nAt least 18 people were killed in the strike.", "2024-12-03", "Example News");
    expect(only(unattributed, 18)).toMatchObject({ source: "example-news", via: [] });
  });

  it("reads a speaker that refers back to a source named before as that source", () => {
    const en = extract(
      "en",
      'Title\nThe UN Office for the Coordination of Humanitarian Affairs said on Monday that aid was blocked.\n"At least 40 civilians were killed," the office\'s spokesperson said.\nA doctor at the hospital said 12 bodies were brought in.\nSince Wednesday, 30,000 people have fled, the office said.',
      "2024-12-03",
    );
    expect(only(en, 40)).toMatchObject({ source: "ocha" });
    expect(only(en, 12)).toMatchObject({ source: "other" });
    expect(only(en, 30000)).toMatchObject({ source: "ocha" });
    const ar = extract("ar", "عنوان\nأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن المساعدات توقفت.\nوقال نائب رئيس المكتب إن 40 مدنيا قتلوا.", "2024-12-03");
    expect(only(ar, 40)).toMatchObject({ source: "ocha" });
  });

  it("drops a projection, keeping the count it is said of", () => {
    const en = extract("en", "Title\nSome 280,000 people have been displaced in the past week, and the figure could reach 1.5 million, the UN said.", "2024-12-06");
    expect(en.map((c) => c.quantity.value)).toEqual([280000]);
    const ar = extract("ar", "عنوان\nوقالت الأمم المتحدة إن 50 ألف شخص نزحوا، وإن العدد قد يصل إلى مليون شخص.", "2024-12-06");
    expect(ar.map((c) => c.quantity.value)).toEqual([50000]);
  });

  it("drops an appeal's target and a community's size ('ويهدف النداء إلى الوصول إلى 250 ألف شخص', 'المقدر عددهم بنحو 3 آلاف مواطن')", () => {
    const ar = extract("ar", "عنوان\nوقال الاتحاد الدولي إن 50 ألف شخص نزحوا. ويهدف النداء إلى الوصول إلى 250 ألف شخص.\nوقالت الوزارة إن أبناء الجالية، المقدر عددهم بنحو 3 آلاف مواطن، لم تسجل بينهم أي إصابات.", "2024-12-06");
    expect(ar.map((c) => c.quantity.value)).toEqual([50000]);
    const en = extract("en", "Title\nSome 50,000 people have fled, the IFRC said. The appeal aims to reach 250,000 people.", "2024-12-06");
    expect(en.map((c) => c.quantity.value)).toEqual([50000]);
  });

  it("reads 'one of the residents said' as a speaker, not a count of one", () => {
    const ar = extract("ar", "عنوان\nوقال أحد السكان إن 5 أشخاص قتلوا.\nوفر عشرات الآلاف من سكان المدينة، بحسب شهود عيان.", "2024-12-07");
    expect(ar.map((c) => [c.quantity.value, c.metric, c.source])).toEqual([
      [5, "killed", "residents"],
      [null, "displaced", "residents"],
    ]);
    const en = extract("en", "Title\nOne resident said 5 people were killed.\nOne civilian was killed in the strike.", "2024-12-07");
    expect(en.map((c) => c.quantity.value)).toEqual([5, 1]);
  });

  it("counts vague amounts of strikes and towns, not of freed prisoners", () => {
    const claims = extract(
      "en",
      "Title\nResidents said jets had carried out dozens of strikes on the city on Monday.\nThe rebels have captured dozens of towns and villages, the monitor said.\nRebels freed hundreds of prisoners from the central prison.",
      "2024-12-03",
    );
    expect(claims.map((c) => [c.metric, c.quantity.qualifier, c.source])).toEqual([
      ["airstrikes", "vague", "residents"],
      ["localities-seized", "vague", "sohr"],
    ]);
  });

  it("gives a title's unattributed number the source of the same count in the opening of the body", () => {
    const claims = extract(
      "en",
      "Rebels enter Aleppo as toll passes 300\nBEIRUT, Nov 30, 2024 (AFP) - Rebels battled their way into Aleppo on Saturday, a war monitor said, as the death toll climbed to 311.",
      "2024-11-30",
      "AFP",
    );
    expect(only(claims, 300)).toMatchObject({ headline: true, source: "sohr", via: ["afp"] });
    expect(only(claims, 311)).toMatchObject({ headline: false, source: "sohr", via: ["afp"] });
  });

  it("and so to one whose speaker the lexicon does not know ('…, officers say' over 'three Syrian army officers … told Reuters')", () => {
    const claims = extract(
      "en",
      "Hundreds of Syrian troops killed as Hama fell, officers say\n\nBEIRUT, Dec 6 (Reuters) - At least 300 Syrian soldiers were killed in the battle for Hama, three Syrian army officers told Reuters.",
      "2024-12-06",
    );
    expect(claims.find((c) => c.headline)).toMatchObject({ source: "syrian-army" });
  });

  it("gives an agency's own correspondent's count to the agency", () => {
    const claims = extract("en", "Title\nAn AFP correspondent in Aleppo saw the bodies of at least a dozen soldiers on the road.", "2024-11-30", "Example News");
    expect(only(claims, 12)).toMatchObject({ source: "afp", via: ["example-news"], subject: "syrian-army" });
  });

  it("reads the subject before the count across a date ('the civilian toll since … 27 November to 81')", () => {
    const claims = extract("en", "Title\nRescuers said the strikes brought the total civilian toll since the offensive began on 27 November to 81.", "2024-12-03");
    expect(only(claims, 81)).toMatchObject({ subject: "civilians", source: "white-helmets" });
  });

  it("reads a party the lexicon lists only as a subject as a speaker, and 'its fighters' as its own", () => {
    const claims = extract("en", "Title\nThe Kurdish-led Syrian Democratic Forces (SDF) said on Friday that 26 of its fighters had been killed since Wednesday.", "2024-12-06");
    expect(only(claims, 26)).toMatchObject({ source: "other", subject: "sdf", asOf: { earliest: "2024-12-06" } });
    const ops = extract("en", "Title\nThe Military Operations Command said 12 of its fighters had been killed.", "2024-12-06");
    expect(only(ops, 12)).toMatchObject({ source: "opposition-ops", subject: "opposition" });
    // a named subject narrower than the speaker's side stays
    const army = extract("en", "Title\nThe Syrian army said dozens of its soldiers had been killed.", "2024-12-06");
    expect(only(army, null)).toMatchObject({ source: "syrian-army", subject: "syrian-army" });
  });

  it("keeps counts given as 'according to initial reports' with the speaker of the sentence", () => {
    const claims = extract("en", "Title\nThe UN said on Wednesday that aid was blocked.\nHe said at least 81 civilians had been killed since Nov. 27, according to initial reports.", "2024-12-04");
    expect(only(claims, 81)).toMatchObject({ source: "ocha" });
  });

  it("drops one count of two metrics together ('hundreds of dead and wounded')", () => {
    expect(extract("ar", "عنوان\nأعلنت وزارة الدفاع أن قواتها أوقعت مئات القتلى والجرحى في صفوف المسلحين.")).toEqual([]);
    expect(extract("en", "Title\nThe rebels advanced, capturing 12 villages and killing 30 soldiers.").map((c) => c.metric)).toEqual(["localities-seized", "killed"]);
  });

  it("reads a breakdown opened by a colon in the sentence after its total", () => {
    const claims = extract(
      "en",
      "Title\nThe monitor says the number of people killed since Wednesday has risen to 327, among them 44 civilians.\nThe monitor says the rest are fighters from both sides: 183 from Hayat Tahrir al-Sham and allied groups, and 100 soldiers and members of pro-government militias.",
    );
    const total = only(claims, 327);
    expect(only(claims, 183)).toMatchObject({ metric: "killed", subject: "opposition", partOf: total.id });
    expect(only(claims, 100)).toMatchObject({ metric: "killed", subject: "government", partOf: total.id });
  });

  it("reads a day set off between an unknown speaker and what is said as the day of the statement", () => {
    const claims = extract("ar", "عنوان\nقالت الإدارة الذاتية لشمال وشرق سوريا، اليوم الثلاثاء، إن أكثر من 100 ألف شخص نزحوا من تل رفعت والشهباء منذ يوم الأحد.", "2024-12-03");
    expect(only(claims, 100000)).toMatchObject({ source: "other", window: { start: "2024-12-01" }, tally: "running-total" });
  });

  it("does not take a party named like a source, nor those counted in its ranks, as the speaker", () => {
    const ranks = extract("ar", "عنوان\nوقال المرصد السوري إن الطائرات قصفت المدينة.\nوقال مصدر ميداني لـ\"الأخبار\" إن عدد الجرحى في صفوف الجيش تجاوز 150 جريحا.", "2024-12-01");
    expect(only(ranks, 150).source).not.toBe("syrian-army");
    const sna = extract("ar", "عنوان\nأفاد شهود بأن فصائل الجيش الوطني السوري اختطفت نحو 20 شابا على الطريق.", "2024-12-03");
    expect(only(sna, 20)).toMatchObject({ metric: "captured", source: "residents" });
  });
});

describe("a mission agency's phrasings", () => {
  it("reads 'the dead number 790' as a count, where 'Number 6' names something", () => {
    const en = extract("en", "Title\n\nAccording to the Syrian Observatory for Human Rights, since the twenty-seventh of November the dead number 790, among them 128 civilians.", "2024-12-06");
    expect(only(en, 790)).toMatchObject({ metric: "killed", source: "sohr" });
    expect(extract("en", "Title\n\nThe monitor said strikes hit School Number 6 in Idlib.", "2024-12-06")).toEqual([]);
  });
  it("takes 'speaks of' as its speaker's cue ('OCHA speaks of more than 330,000 displaced persons')", () => {
    const en = extract("en", "Title\n\nAccording to the Syrian Observatory, 790 people have been killed. The United Nations humanitarian coordination office (OCHA) speaks of more than 330,000 displaced persons in the north of the country.", "2024-12-06");
    expect(only(en, 330000)).toMatchObject({ metric: "displaced", source: "ocha" });
  });
});

describe("a tech company's and a fact box's phrasings", () => {
  it("reads a qualifier glued by a hyphen ('7,000-plus people had left their homes')", () => {
    const en = extract("en", "Title\n\nAccording to UN OCHA, 7,000-plus people had left their homes in the area by Thursday morning.", "2024-11-28");
    expect(only(en, 7000)).toMatchObject({ metric: "displaced", source: "ocha", quantity: { qualifier: "at-least" } });
  });
  it("reads a plus sign glued to a number as at least it ('N+' is N or more), and an abbreviated 'approximately' ('300+ strikes', 'approx. 335,000 newly displaced')", () => {
    const en = extract("en", "Title\n\nThe UN says approx. 335,000 people are newly displaced. The Observatory lists 300+ Russian and Syrian government strikes since the start of the offensive.", "2024-12-07");
    expect(only(en, 335000).quantity).toMatchObject({ qualifier: "about" });
    expect(only(en, 300)).toMatchObject({ metric: "airstrikes", quantity: { qualifier: "at-least", low: 300 } });
  });
  it("reads 'perhaps' as about a number, and workers hurt as civilians ('perhaps twenty raids', 'Five of our workers were hurt')", () => {
    const en = extract("en", "Title\n\nResidents counted perhaps twenty raids on Tuesday night. Five of our workers were hurt when a shell hit the mill, the company said.", "2024-11-30");
    expect(only(en, 20).quantity).toMatchObject({ qualifier: "about" });
    expect(only(en, 5)).toMatchObject({ metric: "injured", subject: "civilians" });
  });
  it("takes the source of 'by the count that X published' and of 'per X'", () => {
    const en = extract("en", "Title\n\nBy the count that the Syrian Observatory for Human Rights published on Thursday afternoon, 182 people had been killed since then.", "2024-11-28");
    expect(only(en, 182).source).toBe("sohr");
    const box = extract("en", "Title\n\n1.2 million — people forced from their homes, according to OCHA\n250 — Israeli strikes on Syrian military sites since Sunday, per the Syrian Observatory for Human Rights", "2024-12-09");
    expect(only(box, 250)).toMatchObject({ metric: "airstrikes", source: "sohr" });
  });
});
