/** Which metric a number counts when a sentence names several: coordinated counts, attacks, prisoners, liberated places. */
import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

describe("coordinated counts", () => {
  it("a metric word joined before the next number is that number's, not the one before", () => {
    const ar = extract("ar", "وأسفرت الغارة عن مقتل طفلين اثنين وإصابة خمسة آخرين في سراقب.");
    expect(only(ar, 2)).toMatchObject({ metric: "killed", subject: "children" });
    expect(only(ar, 5).metric).toBe("injured");
    const ar2 = extract("ar", "قتل 9 مدنيين، بينهم 4 أطفال وامرأتان، وجرح 30 آخرون.");
    expect(only(ar2, 2)).toMatchObject({ metric: "killed", subject: "women", partOf: only(ar2, 9).id });
    expect(only(ar2, 30).metric).toBe("injured");
    const en = extract("en", "The shelling killed 9 civilians, among them 4 children and two women, and wounded 30 others.");
    expect(only(en, 2)).toMatchObject({ metric: "killed", subject: "women" });
    expect(only(en, 30).metric).toBe("injured");
  });
});

describe("attacks, prisoners, liberated places", () => {
  it("attacks and operations are not counts of people or airstrikes", () => {
    const ar = extract("ar", "وقال الدفاع المدني إن فرقه استجابت لـ 21 هجوماً من قوات النظام على قرى ريف حلب، أدت لمقتل 7 مدنيين.");
    expect(ar.map((c) => c.quantity.value)).toEqual([7]);
    const en = extract("en", "Rescuers said they responded to 21 attacks by government forces on villages, which killed 7 civilians.");
    expect(en.map((c) => c.quantity.value)).toEqual([7]);
  });
  it("people in a party's grip are captured, and a field commander of the factions speaks for the command", () => {
    const ar = extract("ar", "قال قائد ميداني في الفصائل لرويترز إن أكثر من ألف عنصر من قوات النظام باتوا في قبضتهم منذ بدء الهجوم.");
    expect(only(ar, 1000)).toMatchObject({ metric: "captured", source: "opposition-ops" });
  });
  it("people taken prisoner are captured", () => {
    const en = extract("en", "The rebels said they had taken 40 soldiers prisoner near Hama, and took 12 prisoner on Monday.");
    expect(only(en, 40)).toMatchObject({ metric: "captured", subject: "syrian-army" });
    expect(only(en, 12).metric).toBe("captured");
  });
  it("fighters martyred are killed", () => {
    const en = extract("en", "Eight of the rebel fighters were martyred in the battle, the command said.");
    expect(only(en, 8)).toMatchObject({ metric: "killed", subject: "opposition" });
  });
  it("towns liberated are localities seized, also with 'more' and after 'rose to'", () => {
    const en = extract("en", "The command said its forces liberated 9 more villages, bringing the number of villages liberated since the start of the battle to 70.");
    expect(only(en, 9).metric).toBe("localities-seized");
    expect(only(en, 70).metric).toBe("localities-seized");
    const ar = extract("ar", "وقالت إدارة العمليات العسكرية إن قواتها حررت 9 قرى جديدة في ريف حماة.");
    expect(only(ar, 9)).toMatchObject({ metric: "localities-seized", subject: "opposition" });
    const noun = extract("ar", "وأعلنت إدارة العمليات العسكرية تحرير أكثر من 50 قرية وبلدة في ريف حلب.");
    expect(only(noun, 50)).toMatchObject({ metric: "localities-seized", quantity: { qualifier: "more-than" } });
  });
  it("places with a passive seizing verb right after them are localities seized, places of people are not", () => {
    const en = extract("en", "The ministry said that six villages had been retaken. Residents of four villages were killed.");
    expect(only(en, 6).metric).toBe("localities-seized");
    expect(en.some((c) => c.quantity.value === 4 && c.metric === "localities-seized")).toBe(false);
  });
  it("a people named by their country are people, past an aside; not at the height of the war", () => {
    const en = extract("en", "Lebanese officials said about 12,000 Syrians, many of them fearing reprisals, had crossed into Lebanon since Saturday.", "2024-12-09");
    expect(only(en, 12000)).toMatchObject({ metric: "displaced", subject: "all" });
    expect(extract("en", "At the height of the conflict, more than 13 million Syrians had been driven from their homes.", "2024-12-09")).toEqual([]);
  });
  it("soldiers who surrendered are captured; 'one said' counts no one", () => {
    const en = extract("en", "The command said that more than 150 regime soldiers had surrendered in Hama and been taken into custody.", "2024-12-06");
    expect(only(en, 150).metric).toBe("captured");
    expect(extract("en", "Much of the army's brigade surrendered near the town without firing a shot, one said.", "2024-12-06")).toEqual([]);
  });
  it("'killing 300 of them' counts on its own, of the group named before, when no count before it is its whole", () => {
    const en = extract("en", "The army said its units had inflicted heavy losses on the militants, killing more than 300 of them over the past two days.", "2024-12-05");
    expect(only(en, 300)).toMatchObject({ metric: "killed", subject: "opposition", partOf: null });
    const part = extract("en", "The army said it had killed 300 militants, 20 of them foreigners.", "2024-12-05");
    expect(only(part, 20).partOf).toBe(only(part, 300).id);
  });
  it("others take the metric of their own predicate, and none when it is no metric", () => {
    expect(extract("en", "Six people were wounded and four others are missing, rescuers said.").map((c) => [c.quantity.value, c.metric])).toEqual([[6, "injured"]]);
    expect(only(extract("en", "Six people were killed and four others were badly wounded, rescuers said."), 4).metric).toBe("injured");
    expect(extract("ar", "وأصيب 6 أشخاص بجروح متفاوتة، في حين فُقد أثر 4 آخرين.").map((c) => [c.quantity.value, c.metric])).toEqual([[6, "injured"]]);
  });
  it("reads لقي حتفه with a singular or dual person noun between", () => {
    expect(only(extract("ar", "ولقيت امرأة حتفها وأصيب ثلاثة أطفال."), 1)).toMatchObject({ metric: "killed", subject: "women" });
    expect(only(extract("ar", "ولقي طفلان حتفهما في القصف."), 2)).toMatchObject({ metric: "killed", subject: "children" });
  });
  it("the executed are killed, not captured", () => {
    expect(only(extract("en", "Rebels executed 8 soldiers after capturing them, the monitor said."), 8).metric).toBe("killed");
    expect(only(extract("ar", "وأعدمت الفصائل 8 جنود بعد أسرهم، بحسب المرصد."), 8).metric).toBe("killed");
  });
  it("prisoners killed are killed, and the recordings or facilities counted are no one ('تسجيلات مصورة تُظهر قتل ما لا يقل عن سبعة أسرى', 'وأصابت 23 منشأة')", () => {
    const ar = extract("ar", "عنوان\n\nأحصى فريقنا 614 غارة جوية أصابت 23 منشأة طبية. وتحقق من ثلاثة تسجيلات مصورة تُظهر قتل ما لا يقل عن سبعة أسرى بعد استسلامهم.", "2024-12-06");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[614, "airstrikes"], [7, "killed"]]);
  });
  it("prisoners killed are of the group a count of prisoners named shortly before", () => {
    const ar = extract("ar", "عنوان\n\nتفيد إدارة العمليات العسكرية بأنها تحتجز ما يزيد على ألفين وأربعمئة من عناصر القوات الحكومية. غير أن فريقنا تحقق من ثلاثة تسجيلات مصورة تُظهر قتل ما لا يقل عن سبعة أسرى بعد استسلامهم.", "2024-12-06");
    expect(only(ar, 7)).toMatchObject({ metric: "killed", subject: only(ar, 2400).subject });
    expect(only(ar, 2400).subject).not.toBe("all");
  });
  it("the wounded 'we lost' are killed ('ارتفع عدد الجرحى الذين عالجناهم إلى 640، … وفقدنا 37 منهم')", () => {
    const ar = extract("ar", "عنوان\n\nارتفع عدد الجرحى الذين عالجناهم إلى 640، بينهم 212 طفلاً، وفقدنا 37 منهم رغم كل المحاولات.", "2024-12-03");
    expect(only(ar, 37).metric).toBe("killed");
  });
  it("men lost and losses that amounted to a number are killed", () => {
    expect(only(extract("en", "Government forces lost 1,000 men in the first week, the monitor estimated."), 1000).metric).toBe("killed");
    // (villages lost are not people)
    expect(extract("en", "The army lost 5 villages on Sunday, the monitor said.").filter((c) => c.metric === "killed")).toEqual([]);
  });
  it("people who arrived in camps or took refuge are displaced", () => {
    const en = extract("en", "The Syria Response Coordinators reported that 7,000 families had arrived in camps since 28 November.", "2024-12-04");
    expect(only(en, 7000).metric).toBe("displaced");
    expect(only(extract("en", "Some 3,000 people took refuge in Tabqa, local officials said."), 3000).metric).toBe("displaced");
  });
  it("people who have had to leave are displaced", () => {
    expect(only(extract("en", "The UN says around 48,000 people have had to leave since the fighting started.", "2024-12-02"), 48000)).toMatchObject({ metric: "displaced", source: "ocha" });
  });
  it("a list's labels name their metric in the definite plural ('المصابون: 472', 'النازحون: …')", () => {
    const list = extract("ar", "أحدث أرقامنا:\n– المصابون: 472، بينهم 150 طفلاً.\n– النازحون: أكثر من 9 آلاف شخص.");
    expect(list.map((c) => [c.metric, c.quantity.value])).toEqual([["injured", 472], ["injured", 150], ["displaced", 9000]]);
  });
  it("a rising death toll is of people even after the strikes that caused it", () => {
    const en = extract("en", "The death toll from Monday's strikes climbed to 25, according to the civil defence.");
    expect(only(en, 25).metric).toBe("killed");
    expect(only(extract("en", "The number of airstrikes on Idlib rose to 300, the monitor said."), 300).metric).toBe("airstrikes");
  });
  it("a toll among a narrower group counted by its generic noun is of that group", () => {
    const ar = extract("ar", "وأشار المرصد إلى أن عدد القتلى في صفوف هيئة تحرير الشام والفصائل الحليفة بلغ 380 مقاتلاً.");
    expect(only(ar, 380).subject).toBe("opposition");
    const en = extract("en", "The death toll among government forces rose to 210 fighters, the monitor said.");
    expect(only(en, 210).subject).toBe("government");
    // (not the actor of a clause between the toll and the number)
    const actor = extract("ar", "وارتفع عدد القتلى منذ بدء هجوم الفصائل المسلحة في 27 تشرين الثاني إلى 826 شخصاً، بحسب المرصد.");
    expect(only(actor, 826).subject).toBe("all");
  });
  it("reads no metric word inside a longer name", () => {
    // "تحرير" liberating is a seizing word, but not inside "هيئة تحرير الشام"
    const ar = extract("ar", "وقالت هيئة تحرير الشام إن 20 من مقاتليها قتلوا في معارك دارت في 3 قرى.");
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[20, "killed"]]);
  });
});

describe("subjects and counted nouns", () => {
  it("reads a name with its abbreviation in parentheses as one group", () => {
    const en = extract("en", "The monitor said 60 fighters from Hayat Tahrir al-Sham (HTS) and allied factions were killed.");
    expect(only(en, 60).subject).toBe("opposition");
  });
  it("reads the dual of a feminine noun and Iranian militias in both spellings", () => {
    const ar = extract("ar", "وأفاد الدفاع المدني بإصابة تسعة مدنيين بينهم طفلتان.");
    expect(only(ar, 2).subject).toBe("children");
    const ar2 = extract("ar", "وقال المرصد إن 20 من قوات النظام والميليشيات الإيرانية قتلوا.");
    expect(only(ar2, 20).subject).toBe("government");
  });
  it("reads the group named past a partitive after the metric word that follows the number ('146 من القتلى في صفوف قوات النظام')", () => {
    const ar = extract("ar", "وبحسب المرصد، فإن 146 من القتلى في صفوف المدنيين سقطوا في محافظة حماة وحدها.");
    expect(only(ar, 146)).toMatchObject({ metric: "killed", subject: "civilians" });
  });
  it("counts the people of one family as civilians ('قتل أربعة من عائلة واحدة'), and families as families ('نزحت 300 عائلة')", () => {
    const ar = extract("ar", "وقال الأهالي إنه قُتل أربعة من عائلة واحدة في القصف، ونزحت 300 عائلة من البلدة.");
    expect([only(ar, 4).subject, only(ar, 300).subject]).toEqual(["civilians", "other"]);
  });
  it("a part named by an event noun after adjectives keeps that metric", () => {
    const en = extract("en", "Rescuers said they responded to dozens of attacks, including 18 regime airstrikes, that killed 5 civilians.");
    expect(only(en, 18).metric).toBe("airstrikes");
    expect(only(en, 5).metric).toBe("killed");
  });
});

describe("capturing", () => {
  it("people captured are captured, places captured are localities", () => {
    const en = extract("en", "Army units repelled attacks on Saturday, killing 47 terrorists and capturing seven others.");
    expect(only(en, 7)).toMatchObject({ metric: "captured", subject: "opposition" });
    expect(only(extract("en", "SOHR also documented the capture of more than 2,300 members of regime forces by the factions."), 2300).metric).toBe("captured");
    expect(only(extract("en", "Rebels took control of six provincial capitals last week."), 6).metric).toBe("localities-seized");
    expect(only(extract("en", "Field teams have tracked the movement of 13,862 households out of areas affected by the fighting."), 13862).metric).toBe("displaced");
    // ("left 14 others injured": a verb that leaves people so is no displacement)
    expect(only(extract("en", "The strike killed four people and left 14 others injured."), 14).metric).toBe("injured");
  });
  it("counts strikes as times after a verb of striking, and keeps strikes counted whatever they did", () => {
    expect(only(extract("en", "Israeli jets have struck targets across the country more than 350 times this week, the Observatory said."), 350)).toMatchObject({ metric: "airstrikes", quantity: { qualifier: "more-than" } });
    expect(extract("en", "Families have been displaced three or four times since 2011.")).toEqual([]);
    const done = extract("en", "The monitor documented 310 Israeli strikes since Sunday morning, which it said had killed at least eight people.");
    expect(only(done, 310).metric).toBe("airstrikes");
    expect(only(done, 8).metric).toBe("killed");
    expect(only(extract("en", "Officials in Homs said that more than 30,000 people had arrived from Hama this week alone."), 30000).metric).toBe("displaced");
    const places = extract("en", "The rebels advanced, capturing 12 villages and killing 30 soldiers.");
    expect(only(places, 12).metric).toBe("localities-seized");
    expect(only(places, 30).metric).toBe("killed");
  });
});

describe("a dual object after its verb", () => {
  it("counts two, also with the verb's agent between and the group named after a member noun", () => {
    expect(only(extract("ar", "وقالت إدارة العمليات العسكرية إنها أسرت جنديين قرب حماة."), 2)).toMatchObject({ metric: "captured", subject: "syrian-army" });
    expect(only(extract("ar", "وأسر مقاتلو المعارضة جنديين في ريف حلب."), 2)).toMatchObject({ metric: "captured", subject: "syrian-army" });
    expect(only(extract("ar", "وأسرت الفصائل عنصرين من قوات النظام."), 2)).toMatchObject({ metric: "captured", subject: "syrian-army" });
  });
  it("a strike that kills people is the agent, not what is counted", () => {
    expect(only(extract("ar", "وقتلت الغارة طفلين في إدلب."), 2)).toMatchObject({ metric: "killed", subject: "children" });
  });
  it("a nisba with a sound plural stays a plural", () => {
    expect(extract("ar", "واستهدف القصف مدنيين في إدلب.")).toEqual([]);
  });
});

describe("wording of other outlets", () => {
  it("reads belligerent wording the lexicon lists", () => {
    expect(only(extract("ar", "وأسرت الفصائل 43 عنصراً من ميليشيا أسد."), 43)).toMatchObject({ metric: "captured", subject: "syrian-army" });
    expect(only(extract("ar", "وقالت الوزارة إن وحداتها حيدت 31 مسلحا."), 31).metric).toBe("killed");
    expect(only(extract("en", "The SDF said it killed 27 members of the Turkish-backed mercenary groups."), 27).subject).toBe("sna");
  });
});

describe("martyrs", () => {
  it("a bare count of martyrs counts civilians, a named group of martyrs that group", () => {
    expect(only(extract("ar", "وقالت مديرية الصحة إن 19 شهيداً و64 جريحاً وصلوا إلى مشافي المدينة."), 19).subject).toBe("civilians");
    expect(only(extract("ar", "وارتفع عدد الضحايا إلى تسعة شهداء بحسب الدفاع المدني."), 9).subject).toBe("civilians");
    expect(only(extract("ar", "وشيّع الأهالي جثامين 9 شهداء من الجيش العربي السوري."), 9).subject).toBe("syrian-army");
  });
});

describe("the speaker's own forces", () => {
  it("reads our forces and our fighters as the speaker's side, also when the speaker is carried", () => {
    const army = extract("ar", "أعلنت القيادة العامة للجيش والقوات المسلحة أن الوحدات أعادت انتشارها.\nوأضاف البيان أن المعارك أدت إلى استشهاد العشرات من رجال قواتنا.");
    expect(only(army, null)).toMatchObject({ metric: "killed", subject: "syrian-army", source: "syrian-army" });
    expect(only(extract("ar", "وقالت إدارة العمليات العسكرية إن 12 من مقاتلينا قتلوا."), 12).subject).toBe("opposition");
    expect(only(extract("en", "The Military Operations Command said 12 of our fighters were killed."), 12).subject).toBe("opposition");
    expect(only(extract("en", "The army said dozens of its soldiers were killed."), null).subject).toBe("syrian-army");
    expect(only(extract("ar", "وقالت إدارة العمليات العسكرية إن 44 من مجاهدينا ارتقوا شهداء."), 44).subject).toBe("opposition");
    // (a count noun that alone would mean civilians yields to "ours")
    expect(only(extract("ar", "وأعلنت إدارة العمليات العسكرية ارتقاء 44 شهيداً من مجاهدينا."), 44).subject).toBe("opposition");
    expect(only(extract("ar", "وأعلنت القيادة العامة للجيش والقوات المسلحة أن عشرات الشهداء من رجال قواتنا سقطوا."), null).subject).toBe("syrian-army");
    expect(only(extract("ar", 'عاجل: "إدارة العمليات العسكرية": قتلنا أكثر من 400 من جنود النظام منذ انطلاق المعركة'), 400)).toMatchObject({ metric: "killed", source: "opposition-ops" });
    // (plain "الجيش" is the army, and "الجيش الوطني" still the SNA)
    expect(only(extract("ar", "وقال المرصد إن 19 من عناصر الجيش والقوات الرديفة قتلوا."), 19).subject).toBe("government");
    expect(only(extract("ar", "وقال المرصد إن 9 من عناصر الجيش الوطني قتلوا."), 9).subject).toBe("sna");
    expect(only(extract("ar", "وقال المرصد إن 12 عنصراً من الفصائل المدعومة من إيران قتلوا."), 12).subject).toBe("iran-backed");
    expect(only(extract("ar", "وقال المرصد إن 369 من قوات النظام والمجموعات الرديفة قتلوا."), 369).subject).toBe("government");
    expect(only(extract("ar", "وقال المرصد إن 42 عنصراً من الفصائل الموالية لتركيا قتلوا."), 42).subject).toBe("sna");
    // (the attackers of this offensive are the opposition)
    expect(only(extract("ar", "وأفاد المرصد بسقوط 150 قتيلاً في صفوف المهاجمين."), 150).subject).toBe("opposition");
    // (a count in quotes, then its singular noun: "«300» عنصر")
    expect(extract("ar", "وقالت الفصائل إنها أسرت «300» عنصر من قوات النظام.").map((c) => [c.quantity.value, c.metric, c.subject])).toEqual([[300, "captured", "syrian-army"]]);
    // (the Turkish-backed factions' operation, by its name, is theirs)
    expect(only(extract("ar", "وقالت غرفة عمليات «فجر الحرية» في بيان إن مقاتليها سيطروا منذ صباح اليوم على 17 قرية وبلدة."), 17)).toMatchObject({ metric: "localities-seized", subject: "sna" });
    // (the group after "of the dead were" reaches past a member noun, and stops at the next count)
    const en = extract("en", "The monitor said 300 people had been killed. Thirty-seven of the dead were soldiers and members of allied militias and 111 were rebel fighters.");
    expect(only(en, 37).subject).toBe("government");
    // (and its dead: "عدد قتلاها", after a party named as another's)
    const own = extract("ar", "وقالت إدارة العمليات العسكرية إن الفصائل أسرت أكثر من 3 آلاف من عناصر قوات النظام، مشيرة إلى أن عدد قتلاها بلغ 532.");
    expect(only(own, 532)).toMatchObject({ metric: "killed", subject: "opposition", source: "opposition-ops" });
  });
  it("reads the verbs of martyrdom and a verb split from its object by a time ('وحداتنا قضت خلال الأيام الثلاثة الماضية على …')", () => {
    expect(only(extract("ar", "مصدر عسكري: وحداتنا قضت خلال الأيام الثلاثة الماضية على أكثر من أربعمئة وخمسين إرهابياً."), 450)).toMatchObject({ metric: "killed", subject: "opposition" });
    expect(only(extract("ar", "سقطت قذائف على المدينة الجامعية، ما أدى إلى ارتقاء أربعة طلاب وإصابة اثنين آخرين."), 4)).toMatchObject({ metric: "killed", subject: "students" });
    expect(only(extract("ar", "قال المحافظ إن مراكز الإيواء استقبلت أكثر من 600 عائلة مهجّرة من قرى الريف الغربي."), 600).metric).toBe("displaced");
  });
  it("reads 'تصفية' (liquidating) as killing", () => {
    const ar = extract("ar", "نقلت وكالة ريا نوفوستي عن مركز المصالحة الروسي أن الطيران الروسي تمكّن خلال الساعات الأربع والعشرين الماضية من تصفية نحو 320 مسلحاً.", "2024-11-30");
    expect(only(ar, 320)).toMatchObject({ metric: "killed", subject: "opposition", source: "russian-mod" });
  });
  it("reads the arrival of families as displacement, and soldiers held as captured", () => {
    const ar = extract("ar", "وأحصت فرقنا الميدانية منذ يوم الجمعة الماضي وصول 9,340 عائلة نازحة إلى مخيمات ومراكز الإيواء.", "2024-12-03");
    expect(only(ar, 9340).metric).toBe("displaced");
    expect(only(extract("ar", "وقال مصدر إن مقاتلين أوقفوا صباح اليوم ٧٥ عنصراً من الفرقة الرابعة حاولوا الفرار."), 75).metric).toBe("captured");
    // ("أوقف" alone is "stopped": "أوقف آخر حملة عسكرية … هجّرت أكثر من مليون" is no capture)
    expect(extract("ar", "أوقف الاتفاق آخر حملة عسكرية واسعة.")).toEqual([]);
  });
  it("does not count soldiers who cross a border or flee as displaced people (the lexicon's notOf)", () => {
    expect(extract("ar", "أفاد مصدر أمني عراقي بدخول نحو ألفي جندي وضابط من الجيش السوري إلى الأراضي العراقية، وقال إن نحو 150 عائلة عبروا إلى العراق.").map((c) => [c.quantity.value, c.metric])).toEqual([[150, "displaced"]]);
    expect(extract("en", "About 300 Iraqi militia fighters crossed into Syria overnight, while 2,000 families fled Hama.").map((c) => c.quantity.value)).toEqual([2000]);
  });
  it("takes no group from a clause before the speaker, nor from the conjunct before a count of its own", () => {
    expect(only(extract("en", "Syrian rebels reach gates of Homs as UN says 370,000 displaced\nText."), 370000).subject).toBe("all");
    expect(only(extract("ar", "الثوار على أبواب حمص وعشرات الآلاف يفرّون نحو الساحل\nنص."), null)).toMatchObject({ metric: "displaced", subject: "all" });
  });
  it("reads a vague amount with its noun in the construct and a verb of the metric after ('آلاف السوريين عبروا إلى لبنان')", () => {
    expect(only(extract("ar", "وقالت المفوضية إن آلاف السوريين عبروا إلى لبنان منذ الأحد.", "2024-12-10"), null)).toMatchObject({ metric: "displaced", quantity: { qualifier: "vague" } });
  });
});

describe("a group fronted before the count", () => {
  it("gives the count the group the sentence opens with", () => {
    expect(only(extract("en", "Of the civilians, at least eight were killed in the strikes."), 8).subject).toBe("civilians");
    expect(only(extract("ar", "ومن بين المدنيين، قتل ثمانية على الأقل."), 8).subject).toBe("civilians");
    expect(only(extract("en", "Among the civilians killed in Aleppo, eight were children."), 8).subject).toBe("children");
  });
});

describe("counts of people near words of things", () => {
  it("a count whose noun names people takes the people's metric, not a strike's before it", () => {
    const c = only(extract("ar", "ارتفاع ضحايا الغارة الروسية على دوار الباسل إلى 16 مدنياً."), 16);
    expect(c).toMatchObject({ metric: "killed", subject: "civilians" });
    expect(only(extract("en", "Rescuers said 22 Russian and regime airstrikes hit the city."), 22).metric).toBe("airstrikes");
    // (nor a strike after it, by which they were killed: "القضاء على … 400 مسلح بضربات جوية")
    const by = only(extract("ar", "تحدثت وزارة الدفاع الروسية عن القضاء على ما لا يقل عن 400 مسلح بضربات جوية روسية وسورية."), 400);
    expect(by).toMatchObject({ metric: "killed", subject: "opposition" });
  });
  it("drops a count that two joined metric verbs share, but not a count after a verb of its own", () => {
    expect(extract("ar", "قُتل وجُرح عشرات المدنيين، اليوم الأحد، جراء الغارات.")).toEqual([]);
    expect(extract("en", "The strikes killed and wounded dozens of civilians.")).toEqual([]);
    const own = extract("ar", "وقال المرصد إن 37 عنصراً من قوات النظام قتلوا وأسر خمسة عناصر.");
    expect(only(own, 5).metric).toBe("captured");
  });
});

describe("officers by rank", () => {
  it("counts ranks named singly, in the dual and in the plural", () => {
    const ar = extract("ar", "قتل 19 ضابطاً من قوات الأسد، بينهم عميدان وثلاثة عقداء.");
    expect(only(ar, 2)).toMatchObject({ subject: "syrian-army", partOf: only(ar, 19).id });
    expect(only(ar, 3)).toMatchObject({ subject: "syrian-army", partOf: only(ar, 19).id });
    expect(only(extract("en", "The rebels said they captured a colonel near Hama."), 1)).toMatchObject({ metric: "captured", subject: "syrian-army" });
  });
});

describe("a possessive after the joiner", () => {
  it("keeps two groups joined by 'and their' apart", () => {
    expect(only(extract("en", "The monitor said 233 members of regime forces and their allied militiamen were killed."), 233).subject).toBe("government");
  });
});

describe("a predicate after an adjectival counted noun", () => {
  it("names what befell the people counted", () => {
    const en = extract("en", "Strikes hit the convoy, and six displaced people, among them a woman, were killed.");
    expect(only(en, 6).metric).toBe("killed");
    expect(only(en, 1)).toMatchObject({ metric: "killed", subject: "women" });
    expect(only(extract("en", "Some 15,240 displaced people have arrived in Tabqa."), 15240).metric).toBe("displaced");
  });
});

describe("young men taken", () => {
  it("are civilians", () => {
    expect(only(extract("ar", "وأفاد مراسلنا بأن الفصائل اختطفت نحو 20 شاباً كردياً على الطريق."), 20).subject).toBe("civilians");
    expect(only(extract("en", "Fighters kidnapped about 30 young men at a checkpoint."), 30).subject).toBe("civilians");
  });
});

describe("the group of a toll", () => {
  it("is named after its noun or right before it, not by the actor of another verb", () => {
    expect(only(extract("en", "Syria rebels seize Hama as death toll passes 700"), 700).subject).toBe("all");
    expect(only(extract("en", "The combatants' death toll in the offensive has risen to 218."), 218).subject).toBe("combatants");
    expect(only(extract("ar", "وارتفع عدد قتلى قوات النظام إلى 200."), 200).subject).toBe("syrian-army");
  });
});

describe("the party of an action noun", () => {
  it("is the agent of the offensive or the shelling, not the group counted", () => {
    expect(only(extract("ar", "ارتفاع حصيلة قتلى هجوم الفصائل إلى 514"), 514).subject).toBe("all");
    expect(only(extract("ar", "وارتفعت حصيلة قتلى قصف قوات النظام على إدلب إلى 40."), 40).subject).toBe("all");
    expect(only(extract("en", "The death toll from the rebels' offensive has risen to 514."), 514).subject).toBe("all");
    expect(only(extract("en", "Toll from the opposition offensive rises to 514"), 514).subject).toBe("all");
    // (the party counted is still named where it is counted)
    expect(only(extract("ar", "وارتفع عدد قتلى قوات النظام في هجوم الفصائل إلى 200."), 200).subject).toBe("syrian-army");
  });
  it("in the possessive is no source of the count", () => {
    const en = extract("en", "The Observatory said 300 people were killed. The army's counteroffensive killed 40 people, it said.");
    expect(only(en, 40).source).toBe("sohr");
  });
});

describe("strikes in Arabic", () => {
  it("are airstrikes when counted, and what they destroyed is not", () => {
    expect(only(extract("ar", "وأضاف أن الطيران نفذ منذ صباح أمس الخميس 58 ضربة على مستودعات الذخيرة."), 58).metric).toBe("airstrikes");
    expect(extract("ar", "وقال نائب رئيس المركز إن الضربات دمرت 13 مستودعا للذخيرة و24 آلية.")).toEqual([]);
  });
});

describe("Arabic counts of one verb apart from its preposition, and of cities", () => {
  it("reads قضى … على as killing, and مدينة as a place seized", () => {
    const ar = extract("ar", "أعلنت وزارة الدفاع الروسية أن الطيران الروسي قضى خلال الساعات الـ24 الماضية على نحو 350 مسلحا في ريفي حماة وحمص.", "2024-12-06");
    expect(only(ar, 350)).toMatchObject({ metric: "killed", window: { start: "2024-12-05", end: "2024-12-06" } });
    expect(only(extract("ar", "مؤكدة أن مقاتليها حرروا أكثر من 80 مدينة وبلدة وقرية منذ انطلاق المعركة."), 80).metric).toBe("localities-seized");
    // (a city named is no count)
    expect(extract("ar", "قتل 20 شخصا في مدينة إدلب، وسيطرت الفصائل على مدينة حلب.").map((c) => c.quantity.value)).toEqual([20]);
  });
});

describe("headline verbs in the present tense", () => {
  it("count as their metric ('air raids kill 21 civilians', 'shelling wounds 12')", () => {
    expect(only(extract("en", "Regime and Russian air raids kill 21 civilians in Idlib as opposition nears Hama\nBody text."), 21)).toMatchObject({ metric: "killed", headline: true });
    expect(only(extract("en", "Shelling on Aleppo suburbs wound 12 civilians\nBody text."), 12).metric).toBe("injured");
  });
});

describe("a predicate a little after a noun the lexicon lacks", () => {
  it("makes the number a count ('two humanitarian workers with a national NGO were killed')", () => {
    const en = extract("en", "On 5 December, two humanitarian workers with a national NGO were killed when their vehicle was struck.", "2024-12-09");
    expect(only(en, 2)).toMatchObject({ metric: "killed", subject: "civilians", window: { start: "2024-12-05", end: "2024-12-05" } });
  });
});

describe("a generic actor of places seized", () => {
  it("is the speaker's side ('Opposition commanders said their fighters had taken 14 towns')", () => {
    expect(only(extract("en", "Opposition commanders said their fighters had taken 14 towns and villages north of Hama in the past 48 hours."), 14).subject).toBe("opposition");
    // (an actor named is kept: the army speaking of rebels)
    expect(only(extract("en", "The Syrian army said rebels had taken 14 villages north of Hama."), 14).subject).toBe("opposition");
    expect(only(extract("en", "The monitor said government forces had recaptured six villages."), 6).subject).toBe("government");
  });
});

describe("the group after 'of the dead were'", () => {
  it("is what the number counts ('176 of the dead were rebel fighters', 'Two of the dead were children')", () => {
    const en = extract("en", "The monitor said 400 people had been killed. Of those, 176 of the dead were rebel fighters. Two of the dead were children.");
    expect(only(en, 176)).toMatchObject({ subject: "opposition", partOf: only(en, 400).id });
    expect(only(en, 2).subject).toBe("children");
  });
});

describe("displacement in UN wording", () => {
  it("reads 'forced … from their homes' and 'new arrivals'", () => {
    expect(only(extract("en", "The escalation has forced an estimated 370,000 people from their homes since 27 November, UNHCR warns.", "2024-12-06"), 370000)).toMatchObject({ metric: "displaced", source: "unhcr" });
    expect(only(extract("en", "In Homs, community centres have registered nearly 8,000 new arrivals from Hama since Wednesday.", "2024-12-06"), 8000).metric).toBe("displaced");
  });
  it("and a historical clause joined by its own verb phrase stays history ('بعد حرب اندلعت في 2011 وأودت بحياة أكثر من نصف مليون')", () => {
    expect(extract("ar", "ويُنهي سقوط الأسد حكم عائلته، بعد حرب اندلعت في 2011 وأودت بحياة أكثر من نصف مليون شخص.")).toEqual([]);
  });
});

describe("places entered", () => {
  it("are seized ('دخلوا … أكثر من 200 مدينة وبلدة وقرية')", () => {
    expect(only(extract("ar", "وتقول «إدارة العمليات العسكرية» إن مقاتليها دخلوا، في طريقهم إلى العاصمة، أكثر من 200 مدينة وبلدة وقرية."), 200)).toMatchObject({ metric: "localities-seized", subject: "opposition" });
  });
});

describe("verbs of seizing in the present and past participle", () => {
  it("count places ('يحررون 14 بلدة وقرية', 'overrun 19 villages', 'clears 22 villages')", () => {
    expect(only(extract("ar", "مقاتلو الفصائل يحررون 14 بلدة وقرية في ريف حماة."), 14).metric).toBe("localities-seized");
    expect(only(extract("en", "Syrian rebels overrun 19 villages in biggest push on Aleppo front in years\nBody."), 19).metric).toBe("localities-seized");
    expect(only(extract("en", "The SNA clears 22 villages around Manbij.\nBody."), 22).metric).toBe("localities-seized");
  });
});

describe("prisoners in the hands of a party, and parts that belonged to one", () => {
  it("are of the group named, not of their captors ('الأسرى من قوات النظام الذين وقعوا في قبضة الفصائل'); 'Eighty of them belonged to HTS'", () => {
    expect(only(extract("ar", "وأضاف أن عدد الأسرى من قوات النظام الذين وقعوا في قبضة الفصائل تجاوز 400 أسير."), 400).subject).toBe("syrian-army");
    expect(only(extract("en", "The monitor said 150 people had been killed, most of them fighters. Eighty of them belonged to HTS and allied factions."), 80).subject).toBe("opposition");
  });
});

describe("numbers that count no toll", () => {
  it("one of the most, a part of things counted in units, and decades", () => {
    expect(extract("en", "Israel has carried out one of the most intense bombing campaigns, with strikes reported in 11 of Syria's 14 governorates.", "2024-12-10")).toEqual([]);
    expect(extract("en", "He said he had been displaced after more than five decades in the town.", "2024-12-08")).toEqual([]);
    // (a part of people, with a window in days further on, still counts)
    expect(only(extract("ar", "وقالت القوات إن 13 من مقاتليها قُتلوا خلال أربعة أيام من المعارك.", "2024-12-10"), 13).metric).toBe("killed");
  });
  it("one person's family, a span of years, and a part named through 'those of'", () => {
    expect(extract("en", "\"The shells were falling on the road behind us,\" said Abu Khaled, 54, who fled the town of Atarib with his wife and five children.", "2024-11-28")).toEqual([]);
    expect(only(extract("en", "A doctor says his staff received 60 wounded on Sunday alone.", "2024-12-01"), 60).metric).toBe("injured");
    expect(extract("en", "A spokesperson said: \"Thirteen years of regime change have already cost half a million Syrian lives.\"", "2024-11-30")).toEqual([]);
    const part = extract("en", "The White Helmets said rescuers had pulled six bodies, including those of three children, from the rubble of a building that was hit on Wednesday night.", "2024-11-28");
    expect(only(part, 3)).toMatchObject({ metric: "killed", subject: "children", partOf: only(part, 6).id });
  });
});

describe("the whole a part is counted out of", () => {
  it("is no count of its own, unless a metric word is its noun", () => {
    const ar = extract("ar", "عنوان\n\nس: هل صرفت الكفالات رغم أسر المئات؟ ج: نعم، صُرفت لـ1,186 يتيماً من أصل 1,250، ويجري البحث عن الأسر.", "2024-12-09");
    expect(ar.filter((c) => c.quantity.value === 1250)).toEqual([]);
    const whole = extract("ar", "عنوان\n\nويشير المرصد إلى مقتل 312 عنصراً من قوات النظام من أصل 871 قتيلاً منذ 27 نوفمبر.", "2024-12-06");
    expect(only(whole, 871).metric).toBe("killed");
    const en = extract("en", "Title\n\nAid reached 1,186 orphans out of 1,250 registered, after hundreds were captured.", "2024-12-09");
    expect(en.filter((c) => c.quantity.value === 1250)).toEqual([]);
  });
});

describe("a figure given in error before the right one", () => {
  it("counts nothing; the right one counts, and head of livestock are no people", () => {
    const ar = extract("ar", "عنوان\n\nورد في نشرتنا أن القصف على محيط جامعة حلب يوم الأحد أدى إلى مقتل 14 طالباً، والصحيح أربعة طلاب؛ نعتذر لقرائنا. وقال مربٍّ نازح وصل إلى السوق مع 60 رأساً إن قريته فرغت من أهلها.", "2024-12-08");
    expect(ar.filter((c) => c.quantity.value === 14 || c.quantity.value === 60)).toEqual([]);
    expect(only(ar, 4)).toMatchObject({ metric: "killed", subject: "students" });
    const en = extract("en", "Title\n\nOur Monday edition said shelling killed 14 students; the correct figure is four students.", "2024-12-08");
    expect(en.filter((c) => c.quantity.value === 14)).toEqual([]);
  });
});

describe("a participle of capture before the people it describes", () => {
  it("counts prisoners past one word before them, though places were seized earlier in the sentence", () => {
    const en = extract("en", "Title\n\nThe rebel command said on Friday its fighters had overrun more than 50 towns and villages in two days, and published a video of what it said were 25 captured government soldiers.", "2024-11-29");
    expect(only(en, 25).metric).toBe("captured");
    expect(only(en, 50).metric).toBe("localities-seized");
  });
});

describe("bombing counted in times", () => {
  it("counts strikes ('bombed rebel areas at least 20 times'), and bombing that kills counts the dead", () => {
    const en = extract("en", "Title\n\nRussian planes bombed rebel areas at least 20 times on Thursday, the Observatory said. Jets bombed the town, killing 12 people.", "2024-12-06");
    expect(only(en, 20)).toMatchObject({ metric: "airstrikes", source: "sohr", quantity: { qualifier: "at-least" } });
    expect(only(en, 12).metric).toBe("killed");
  });
});

describe("the regime's men and shepherds", () => {
  it("are the government's forces and civilians", () => {
    expect(only(extract("ar", "عنوان\n\nوقالت الفصائل إنها أسرت 40 من عناصر النظام قرب حماة.", "2024-12-05"), 40).subject).toBe("government");
    expect(only(extract("ar", "عنوان\n\nوقُتل راعيان اثنان بقصف على أطراف القرية.", "2024-12-05"), 2).subject).toBe("civilians");
  });
});

describe("army and security together", () => {
  it("are the government's forces, not the army alone", () => {
    expect(only(extract("ar", "عنوان\n\nوقالت الإدارة إنها أسرت نحو 4,200 من عناصر الجيش والأمن.", "2024-12-08"), 4200).subject).toBe("government");
    expect(only(extract("en", "Title\n\nThe rebels said they had captured 4,200 soldiers and security forces.", "2024-12-08"), 4200).subject).toBe("government");
  });
});

describe("phone numbers and things carried", () => {
  it("reads no count in a phone number's digit groups, nor in vehicles or fuel that arrived", () => {
    expect(extract("ar", "وأعلنت الشركة نفاذ الغارات عن المحطات. للشكاوى والاقتراحات: 0988 000 341.", "2024-12-10").filter((c) => c.quantity.value === 0 || c.quantity.value === 341)).toEqual([]);
    expect(extract("en", "Reports of strikes near the depot can be made on 0800 200 611.", "2024-12-10")).toEqual([]);
    expect(extract("ar", "ولمساعدة العائلات النازحة تُفعَّل الباقة بطلب الرمز *150# مرة واحدة.", "2024-11-30")).toEqual([]);
    expect(extract("ar", "انخفض سعر المازوت بعد وصول 38 صهريجاً عبر معبر باب الهوى.", "2024-12-10")).toEqual([]);
    expect(extract("en", "Prices fell after the arrival of 38 tankers through the Bab al-Hawa crossing.", "2024-12-10")).toEqual([]);
    // (a count right after a number of its own is still one)
    expect(only(extract("ar", "وقتل 12 شخصاً في الغارات.", "2024-12-10"), 12).metric).toBe("killed");
  });
});

describe("a body's size", () => {
  it("is no count where no metric word is near, and staff of a firm or a band are civilians", () => {
    const ar = extract("ar", "تحييها فرقة من 12 عازفاً، وكان اثنان من عازفي الفرقة قد أُصيبا بجروح طفيفة خلال الأسبوع الماضي.", "2024-12-08");
    expect(ar.filter((c) => c.quantity.value === 12)).toEqual([]);
    expect(only(ar, 2)).toMatchObject({ metric: "injured", subject: "civilians" });
    expect(extract("en", "A team of 40 engineers will inspect the dam on Monday.", "2024-12-08")).toEqual([]);
    // (a body counted where a metric word is near is a count)
    expect(only(extract("en", "A crew of four were killed when the strike hit.", "2024-12-08"), 4).metric).toBe("killed");
    expect(only(extract("ar", "وتنعى الشركة فنيَّين اثنين من كوادرها قضيا ليلة الأربعاء، فيما أصيب أربعة آخرون من فرق الصيانة.", "2024-11-28"), 4).subject).toBe("civilians");
  });
});

describe("the speakers counted", () => {
  it("are no count, in either language", () => {
    const ar = extract("ar", "وقال ثلاثة سكان لرويترز إن آلاف المركبات المدنية غادرت مدينة حلب.", "2024-11-30");
    expect(ar.filter((c) => c.quantity.value === 3)).toEqual([]);
    const en = extract("en", "Two Syrian army sources told Reuters that at least 30 soldiers had been killed.", "2024-11-28");
    expect(en.map((c) => c.quantity.value)).toEqual([30]);
  });
  it("also past an aside on where they are ('Two residents of Atarib, a town in the western Aleppo countryside, told Reuters')", () => {
    const en = extract("en", "Title\n\nTwo residents of Atarib, a town in the western Aleppo countryside, told Reuters that at least 23 air strikes had hit the town since dawn.", "2024-11-28");
    expect(en.map((c) => [c.quantity.value, c.metric, c.source])).toEqual([[23, "airstrikes", "residents"]]);
  });
  it("but a count said by a source named before the comma is one ('the Syria Civil Defense, better known as the White Helmets, said eight civilians … were killed')", () => {
    const en = extract("en", "Title\n\nIn Idlib province, the Syria Civil Defense, better known as the White Helmets, said eight civilians, including two women, were killed Friday when warplanes struck a market.", "2024-11-30");
    expect(en.map((c) => [c.quantity.value, c.metric, c.subject, c.source])).toEqual([[8, "killed", "civilians", "white-helmets"], [2, "killed", "women", "white-helmets"]]);
  });
});

describe("a count of a group the lexicon implies a metric for", () => {
  it("takes it from the sentence before ('… نزحوا … منذ يوم السبت.' then 'نحو 8 آلاف عائلة وصلت حتى مساء أمس إلى مدينة الطبقة')", () => {
    const ar = extract("ar", "عنوان\n\nأعلنت الإدارة الذاتية أن أكثر من 120 ألف شخص نزحوا من تل رفعت منذ يوم السبت.\n\nوقال مسؤول في الإدارة إن نحو 8 آلاف عائلة وصلت حتى مساء أمس إلى مدينة الطبقة.", "2024-12-02");
    expect(only(ar, 8000)).toMatchObject({ metric: "displaced", subject: "other" });
    const en = extract("en", "Title\n\nTens of thousands of people have fled Hama since Thursday. Some 1,400 families reached camps near the border on Friday, officials said.", "2024-12-07");
    expect(only(en, 1400).metric).toBe("displaced");
  });
  it("but not with no such sentence, nor when the group is not the head noun, nor for who lived there ('كانت تقطنه')", () => {
    expect(extract("ar", "عنوان\n\nوقال مسؤول في البلدية إن نحو 8 آلاف عائلة تعيش في المدينة منذ سنوات.", "2024-12-02")).toEqual([]);
    const cars = extract("ar", "عنوان\n\nونزح أكثر من 5 آلاف شخص من المدينة. وشوهدت مئات السيارات والحافلات المحمّلة بالعائلات على الطريق.", "2024-12-02");
    expect(cars.map((c) => c.quantity.value)).toEqual([5000]);
    const lived = extract("ar", "عنوان\n\nوقدّرت مصادر أهلية عدد العائلات التي نزحت من المخيم منذ الجمعة بحوالي 400 عائلة، من أصل قرابة 3,600 عائلة كانت تقطنه.", "2024-12-02");
    expect(lived.map((c) => c.quantity.value)).toEqual([400]);
  });
});

describe("places seized after 'the number of'", () => {
  it("count where a qualifier of exceeding gives the number ('عدد البلدات التي سيطرت عليها تجاوز 400', 'the number of towns it had seized passed 50')", () => {
    const ar = extract("ar", "عنوان\n\nوقالت الإدارة إن عدد المدن والبلدات التي دخلتها تجاوز 400.", "2024-12-08");
    expect(only(ar, 400)).toMatchObject({ metric: "localities-seized", subject: "opposition", quantity: { qualifier: "more-than" } });
    const en = extract("en", "Title\n\nThe group said the number of towns it had seized passed 50.", "2024-12-03");
    expect(only(en, 50)).toMatchObject({ metric: "localities-seized", quantity: { qualifier: "more-than" } });
    // (not a count further on, past a number of its own)
    const other = extract("ar", "عنوان\n\nوقالت إن عدد البلدات التي سيطرت عليها تجاوز 100 مؤكدة أن مقاتليها أطلقوا سراح «أكثر من 1500» معتقل.", "2024-12-06");
    expect(other.filter((c) => c.quantity.value === 1500 && c.metric === "localities-seized")).toEqual([]);
  });
});

describe("places seized as 'the capture of' them, and a score", () => {
  it("reads 'the capture of a score of villages' as 20 places seized, and 'the capture of 40 soldiers' as prisoners", () => {
    const en = extract("en", "Title\n\nThe opposition's operations room has announced the capture of a score of villages west of Aleppo.", "2024-11-28");
    expect(only(en, 20)).toMatchObject({ metric: "localities-seized", source: "opposition-ops" });
    expect(only(extract("en", "Title\n\nThe group announced the capture of 40 soldiers.", "2024-11-28"), 40).metric).toBe("captured");
    expect(only(extract("en", "Title\n\n- 4 December, northern Hama countryside: HTS-led forces claimed the capture of 14 villages.", "2024-12-06"), 14)).toMatchObject({ metric: "localities-seized", source: "opposition-ops" });
  });
});

describe("places seized named as settlements and capitals", () => {
  it("count ('taken control of 46 settlements', 'took 14 provincial and district capitals', 'على 7 من مراكز المحافظات الـ14')", () => {
    expect(only(extract("en", "Title\n\nThe operations room said it had taken control of 46 settlements.", "2024-11-30"), 46).metric).toBe("localities-seized");
    expect(only(extract("en", "Title\n\nOpposition forces took 14 provincial and district capitals in 11 days.", "2024-12-09"), 14).metric).toBe("localities-seized");
    const ar = extract("ar", "عنوان\n\nوبذلك تكون الفصائل المسلحة قد سيطرت خلال 12 يوماً على 7 من مراكز المحافظات الـ14، بدءاً بحلب.", "2024-12-09");
    // (the 14 with its own article is how many capitals there are in all)
    expect(ar.map((c) => [c.quantity.value, c.metric])).toEqual([[7, "localities-seized"]]);
  });
});

describe("Arabic 'one' after its noun, and places past a superlative", () => {
  it("'one' after a noun is a single one, no count ('مقارنة بـ٢٤٧ قبل يوم واحد', 'دفعة واحدة')", () => {
    const ar = extract("ar", "عنوان\n\nوقال المرصد إن عدد القتلى ارتفع إلى ٣١٨ شخصاً، مقارنة بـ٢٤٧ قبل يوم واحد.", "2024-11-30");
    expect(ar.map((c) => c.quantity.value)).toEqual([318, 247]);
  });
  it("places past a superlative of them are what is counted ('سيطرت على أربع من كبرى المدن السورية')", () => {
    const c = only(extract("ar", "عنوان\n\nوبسقوط العاصمة، تكون الفصائل قد سيطرت على أربع من كبرى المدن السورية، هي حلب وحماة وحمص ودمشق.", "2024-12-08"), 4);
    expect(c.metric).toBe("localities-seized");
  });
});

describe("a count of people after a count of strikes in its sentence", () => {
  it("does not take the strikes' subject ('counted 26 … air strikes …, and said its teams had treated 74 wounded')", () => {
    const en = extract("en", "Title\n\nSyria Civil Defence counted 26 Russian and Syrian air strikes on Idlib across the two days, and said its teams had treated 74 wounded.", "2024-11-28");
    expect(only(en, 74)).toMatchObject({ metric: "injured", subject: "all" });
  });
});

describe("'all of them' closing coordinated counts", () => {
  it("names the narrower group of both ('killed four people and injured 17, all of them civilians', 'جميعهم من المدنيين')", () => {
    const en = extract("en", "Title\n\nSyria Civil Defence said a strike on Sunday near the clock tower killed four people and injured 17, all of them civilians.", "2024-12-03");
    expect([only(en, 4).subject, only(en, 17).subject]).toEqual(["civilians", "civilians"]);
    const ar = extract("ar", "عنوان\n\nوقال الدفاع المدني إن غارة قتلت أربعة أشخاص وأصابت 17 آخرين، جميعهم من المدنيين.", "2024-12-03");
    expect([only(ar, 4).subject, only(ar, 17).subject]).toEqual(["civilians", "civilians"]);
  });
  it("but not past a full stop", () => {
    const en = extract("en", "Title\n\nA strike killed four people. The dead were all civilians, the monitor said.", "2024-12-03");
    expect(only(en, 4).subject).toBe("all");
  });
});

describe("a difference between two counts, and a fraction", () => {
  it("are no counts ('أي بفارق 146 مدنياً عن أرقامنا', 'a gap of some 146 civilians', 'الإصدار 1.2')", () => {
    const ar = extract("ar", "عنوان\n\nبلغت حصيلة المرصد للفترة نفسها 1,260 قتيلاً، بينهم 319 مدنياً، أي بفارق 146 مدنياً عن أرقامنا.", "2024-12-10");
    expect(ar.map((c) => c.quantity.value)).toEqual([1260, 319]);
    const en = extract("en", "Title\n\nThe monitor counted 319 civilians killed, a gap of some 146 civilians with our own figures.", "2024-12-10");
    expect(en.map((c) => c.quantity.value)).toEqual([319]);
    const release = extract("ar", "عنوان\n\nسجل الإصدارات\n- 1.2 (10 كانون الأول): هذا الإصدار، ويضم سجلات 173 قتيلاً.", "2024-12-10");
    expect(release.map((c) => c.quantity.value)).toEqual([173]);
  });
});

describe("a count supposed, and a bracketed reference", () => {
  it("are no counts ('ولو بلغ الأسرى ألفاً أو أكثر', 'even if the toll reached 1,000', '[الإنسان: 8]')", () => {
    const ar = extract("ar", "عنوان\n\nالأسير أمانة، لا يجوز قتله ولو بلغ الأسرى ألفاً أو أكثر. وأعلنت إدارة العمليات أسر 67 عنصراً.", "2024-11-29");
    expect(ar.map((c) => c.quantity.value)).toEqual([67]);
    const en = extract("en", "Title\n\nThe rules stand even if the toll reached 1,000, the council said. Rebels captured 67 soldiers.", "2024-11-29");
    expect(en.map((c) => c.quantity.value)).toEqual([67]);
    const verse = extract("ar", "عنوان\n\nقال تعالى: ﴿وَيُطْعِمُونَ الطَّعَامَ عَلَىٰ حُبِّهِ مِسْكِينًا وَيَتِيمًا وَأَسِيرًا﴾ [الإنسان: 8].", "2024-11-29");
    expect(verse).toEqual([]);
  });
});

describe("numbers naming a day, a base or a front", () => {
  it("count no one ('Day 10 of \"Deterrence of Aggression\"', 'had overrun Base 46', 'the attack on two fronts')", () => {
    expect(extract("en", "Day 10 of \"Deterrence of Aggression\" | Death toll rises to 841\n\nThe monitor said the toll had risen.", "2024-12-06").map((c) => c.quantity.value)).toEqual([841]);
    expect(extract("en", "Title\n\nA rebel commander said fighters had overrun Base 46, west of the city.", "2024-11-30")).toEqual([]);
    expect(extract("en", "Title\n\nAn officer said the army had repelled the attack on two fronts and that dozens of militants had been killed.", "2024-11-29").map((c) => [c.quantity.value, c.quantity.qualifier])).toEqual([[null, "vague"]]);
  });
});

describe("an organisation's own people with a possessive, and one who passed away", () => {
  it("are civilians ('ثلاثة من متطوعيه'), killed ('ينعى الهلال الأحمر القطري أحد مسعفيه، الذي فارق الحياة')", () => {
    expect(only(extract("ar", "عنوان\n\nوأفاد الهلال الأحمر بأن ثلاثة من متطوعيه قُتلوا أثناء عملهم.", "2024-12-10"), 3)).toMatchObject({ metric: "killed", subject: "civilians" });
    const c = only(extract("ar", "عنوان\n\nوببالغ الأسى، ينعى الهلال الأحمر القطري أحد مسعفيه، الذي فارق الحياة يوم الأحد إثر قصف طال سيارة إسعاف كانت تقل مصابين قرب مدينة الباب.", "2024-12-10"), 1);
    expect(c).toMatchObject({ metric: "killed", subject: "civilians" });
  });
});

describe("Kurds and Kurdish civilians forced to leave", () => {
  it("are displaced people ('more than 120,000 Kurds had been displaced', 'More than 120,000 Kurdish civilians have been forced to leave')", () => {
    const a = only(extract("en", "Title\n\nThe PKK/YPG-affiliated so-called \"Autonomous Administration\" claimed that more than 120,000 Kurds had been displaced from Tal Rifat since Saturday.", "2024-12-02"), 120000);
    expect(a).toMatchObject({ metric: "displaced", subject: "all" });
    const b = only(extract("en", "Title\n\nMore than 120,000 Kurdish civilians have been forced to leave the Shahba region since Saturday, the Syrian Democratic Forces (SDF) said on Monday.", "2024-12-02"), 120000);
    expect(b).toMatchObject({ metric: "displaced", subject: "civilians" });
  });
});

describe("executions and martyrs", () => {
  it("are the killed ('the field executions of 11 people', '17 of its fighters had fallen as martyrs')", () => {
    expect(only(extract("en", "Title\n\nThe monitor also documented the field executions of 11 people in Hama.", "2024-12-08"), 11).metric).toBe("killed");
    expect(only(extract("en", "Title\n\nThe Council also announced that 17 of its fighters had fallen as martyrs in the same clashes.", "2024-12-03"), 17).metric).toBe("killed");
  });
});

describe("people named past the things they work with", () => {
  it("are counted ('two UOSSM ambulance volunteers were killed'), where the things alone are not ('UNRWA's four collective shelters')", () => {
    const en = extract("en", "Title\n\nOn Sunday, two UOSSM ambulance volunteers were killed when their vehicle was hit by a second strike in Ariha.", "2024-12-03");
    expect(en.map((c) => [c.quantity.value, c.metric, c.subject])).toEqual([[2, "killed", "civilians"]]);
    expect(extract("en", "Title\n\nStrikes hit UNRWA's four collective shelters in Aleppo, killing nobody.", "2024-12-03")).toEqual([]);
  });
  it("but a time or rate after the number is no thing it counts ('a drop in air raids: the monitor logged 11 that day')", () => {
    const en = extract("en", "Title\n\nThick overcast on Wednesday coincided with a drop in air raids: the Syrian Observatory logged 11 that day, against 43 on Monday.", "2024-12-05");
    expect(en.map((c) => [c.quantity.value, c.metric])).toEqual([[11, "airstrikes"], [43, "airstrikes"]]);
  });
  it("nor are an explainer's questions and their numbers ('١٠ أسئلة تشرح كيف سقط …', 'س٣: كم بلغ عدد القتلى؟'), a conjunction glued to digits still counting", () => {
    const ar = extract("ar", "سؤال وجواب.. ١٠ أسئلة تشرح كيف سقط نظام الأسد في ١٢ يوماً\n\nس٣: كم بلغ عدد القتلى؟\nج: وثق المرصد السوري لحقوق الإنسان مقتل ١٠٣٤ شخصاً، و٣ آلاف جريح.", "2024-12-08");
    expect(ar.map((c) => c.quantity.value)).toEqual([1034, 3000]);
    const en = extract("en", "Title: 10 questions that explain how Assad fell\n\nThe Syrian Observatory for Human Rights documented 1,034 deaths.", "2024-12-08");
    expect(en.map((c) => c.quantity.value)).toEqual([1034]);
  });
  it("nor are a channel's subscribers under its displacement news ('عدد المشتركين: 212 ألف مشترك')", () => {
    const ar = extract("ar", "عنوان\n\nنزوح آلاف العائلات من أحياء حلب الشرقية.\n📢 تابعونا على قناتنا الاحتياطية | عدد المشتركين: 212 ألف مشترك", "2024-11-30");
    expect(ar.map((c) => c.quantity.value)).not.toContain(212_000);
    const en = extract("en", "Title\n\nThousands of families fled eastern Aleppo.\nFollow our backup channel | 212,000 subscribers", "2024-11-30");
    expect(en.map((c) => c.quantity.value)).not.toContain(212_000);
  });
});

describe("more numbers that count no toll", () => {
  it("a speaker closing a quotation, a pronoun 'one', things of a party, and a projection", () => {
    expect(extract("en", "\"We had only just finished the walls,\" says one woman, as air strikes uproot hundreds of thousands in northwest Syria.", "2024-12-05").map((c) => [c.quantity.low, c.metric])).toEqual([[200000, "displaced"]]);
    expect(extract("en", "In Idlib's border camps, a new wave of displacement lands on an old one.", "2024-12-05")).toEqual([]);
    const vehicles = extract("en", "SANA said the armed forces had killed \"more than 200 terrorists\" and destroyed 14 of their vehicles.", "2024-11-27");
    expect(vehicles.map((c) => c.quantity.value)).toEqual([200]);
    expect(extract("en", "Officials warned that a collapse could push hundreds of thousands more people toward Turkey.", "2024-12-06")).toEqual([]);
    const things = extract("en", "Its teams had treated 212 wounded people since Friday, and two of its ambulances had been hit by drones.", "2024-12-10");
    expect(things.map((c) => c.quantity.value)).toEqual([212]);
  });
});

describe("households that left", () => {
  it("are displaced, and a hyphenated name's age is no count", () => {
    const en = extract("en", "An estimated 8,240 households left Aleppo city and 4,127 households left the western Aleppo countryside.", "2024-12-03");
    expect([only(en, 8240).metric, only(en, 4127).metric]).toEqual(["displaced", "displaced"]);
    expect(extract("en", "Mahmoud al-Hassan, 52, a schoolteacher from Mhardeh, said he had left with his wife on Tuesday night.", "2024-12-04")).toEqual([]);
  });
});

describe("surrender and detention as captured", () => {
  it("reads a headline's 'surrender' and Arabic 'يحتجزون'", () => {
    expect(only(extract("en", "Kurdish fighters: over 180 surrender to SNA in Manbij", "2024-12-10"), 180).metric).toBe("captured");
    expect(only(extract("ar", "مصادر محلية: الإرهابيون يحتجزون نحو 60 عنصراً من الجيش داخل سجن حماة المركزي.", "2024-12-05"), 60).metric).toBe("captured");
  });
});

describe("police among the counted", () => {
  it("are government forces, with the army ('من الجيش والشرطة')", () => {
    expect(only(extract("ar", "مصادر محلية: المسلحون يحتجزون نحو 60 عنصراً من الجيش والشرطة داخل السجن المركزي.", "2024-12-05"), 60).subject).toBe("government");
  });
});

describe("how often people were displaced", () => {
  it("is no count ('displaced six or seven times', 'ثلاث مرات'), while strikes counted as times are", () => {
    const en = extract("en", "Title\n\nMany families have been displaced six or seven times since 2011, and 12 people were killed. Jets struck the town 40 times.", "2024-12-04");
    expect(en.map((c) => [c.quantity.value, c.metric])).toEqual([[12, "killed"], [40, "airstrikes"]]);
    expect(extract("ar", "عنوان\n\nنزحت عائلات ثلاث مرات منذ 2011، وقتل 12 شخصاً.", "2024-12-04").map((c) => c.quantity.value)).toEqual([12]);
  });
});

describe("the party whose fire it was, after the counted", () => {
  it("is not among them ('مصرع أكثر من أربعمئة إرهابي بنيران الجيش')", () => {
    expect(only(extract("ar", "«القيادة العامة»: مصرع أكثر من أربعمئة إرهابي بنيران الجيش في ريفي حلب وإدلب\n\nنص.", "2024-11-28"), 400).subject).toBe("opposition");
  });
});

describe("arrests as captured", () => {
  it("reads 'أوقفت' ('أوقفت «إدارة العمليات العسكرية» (15) شخصاً')", () => {
    expect(only(extract("ar", "عنوان\n\n- أوقفت «إدارة العمليات العسكرية» (15) شخصاً في مدينة حماة.", "2024-12-07"), 15).metric).toBe("captured");
  });
});

describe("people crossing back", () => {
  it("returned, not displaced ('7,600 Syrians had crossed back from Turkey')", () => {
    expect(only(extract("en", "Title\n\nTurkish officials said 7,600 Syrians had crossed back from Turkey since Sunday.", "2024-12-09"), 7600).metric).toBe("returned");
  });
});

describe("troops moving into villages", () => {
  it("seize them ('had moved into at least six villages')", () => {
    expect(only(extract("en", "Title\n\nResidents told Reuters that Israeli forces had moved into at least six villages beyond the zone since Sunday.", "2024-12-09"), 6).metric).toBe("localities-seized");
  });
});

describe("a count after a bare 'to'", () => {
  it("takes the participle after its noun ('provided care to 87 people injured by air strikes')", () => {
    const c = only(extract("en", "Title\n\nSince 27 November, the teams have provided care to 87 people injured by air strikes and shelling.", "2024-12-06"), 87);
    expect(c.metric).toBe("injured");
  });
  it("but not a metric further on ('أوصلت المساعدات إلى أكثر من 120 ألف شخص')", () => {
    const ar = extract("ar", "عنوان\n\nوأوصلت فرق المنظمة المساعدات الغذائية ومياه الشرب إلى أكثر من 120 ألف شخص في حلب وحماة، فيما تتواصل موجة النزوح.", "2024-12-06");
    expect(ar.filter((c) => c.quantity.value === 120000)).toEqual([]);
  });
  it("still reads a toll risen to it ('the toll to 300', 'ارتفع عدد القتلى … إلى 300')", () => {
    expect(only(extract("en", "Title\n\nNew strikes brought the toll to 300, the monitor said.", "2024-12-06"), 300).metric).toBe("killed");
    expect(only(extract("ar", "عنوان\n\nوارتفع عدد القتلى في صفوف المدنيين إلى 300، بحسب المرصد.", "2024-12-06"), 300).metric).toBe("killed");
  });
});

describe("the injured as patients", () => {
  it("reads trauma patients and the maimed as injured", () => {
    expect(only(extract("en", "Title\n\nHospitals in Idlib had received more than 1,600 trauma patients since 27 November, the WHO said.", "2024-12-06"), 1600).metric).toBe("injured");
    expect(only(extract("en", "Title\n\nThe teams treated 40 people maimed by explosive weapons.", "2024-12-06"), 40).metric).toBe("injured");
  });
});

describe("a dual of the counted with its group after it", () => {
  it("takes the group of the partitive ('وأسفرتا عن سقوط جريحين من المدنيين')", () => {
    const c = only(extract("ar", "عنوان\n\nغارتان روسيتان استهدفتا جسر الرستن فجر اليوم، وأسفرتا عن سقوط جريحين من المدنيين.", "2024-12-05"), 2, "injured");
    expect(c.subject).toBe("civilians");
  });
});

describe("a participle describing the counted, after a verb", () => {
  it("gives way to a verb of killing or capture ('executed at least seven captured soldiers')", () => {
    expect(only(extract("en", "Title\n\nRebels executed at least seven captured soldiers near Hama, the monitor said.", "2024-12-03"), 7).metric).toBe("killed");
  });
  it("also where whom the noun names follows a partitive and a member noun ('إعدام ما لا يقل عن 6 أسرى من عناصر القوات الحكومية')", () => {
    expect(only(extract("ar", "عنوان\n\nوأشار المرصد إلى إعدام ما لا يقل عن 6 أسرى من عناصر القوات الحكومية ميدانياً.", "2024-12-04"), 6)).toMatchObject({ metric: "killed", subject: "government" });
  });
  it("but not to one of moving them ('evacuated 310 wounded people')", () => {
    expect(only(extract("en", "Title\n\nThe Syrian Arab Red Crescent evacuated 310 wounded people from Aleppo hospitals.", "2024-12-03"), 310).metric).toBe("injured");
  });
});

describe("a fronted group the count is of", () => {
  it("keeps a bare count after it ('… 138 civilians had been killed. Of the civilians, 24 were children.')", () => {
    const en = extract("en", "Title\n\nThe monitor said 138 civilians had been killed. Of the civilians, 24 were children.", "2024-12-03");
    expect(only(en, 24)).toMatchObject({ metric: "killed", subject: "children", source: "sohr", partOf: only(en, 138).id });
  });
});

describe("places seized in short forms", () => {
  it("reads a headline's participle with no auxiliary ('Rebels say 31 localities taken')", () => {
    const c = only(extract("en", "Title\n\nSome text.\n\nRebels say 31 localities taken", "2024-11-28"), 31);
    expect(c).toMatchObject({ metric: "localities-seized", source: "opposition-ops" });
  });
  it("reads the indefinite noun of control ('سيطرة مقاتليها خلال النهار على 14 بلدة وقرية') and the operation's name in quotes as its command", () => {
    const ar = only(extract("ar", "عنوان\n\nوأعلنت «إدارة العمليات العسكرية» مساء أمس سيطرة مقاتليها خلال النهار على 14 بلدة وقرية في ريف حماة.", "2024-12-05"), 14);
    expect(ar.metric).toBe("localities-seized");
    const named = only(extract("ar", "عنوان\n\nوأعلنت غرفة عمليات «ردع العدوان»، في بيان مساء أمس، سيطرة مقاتليها على 20 قرية وبلدة.", "2024-11-28"), 20);
    expect(named).toMatchObject({ metric: "localities-seized", source: "opposition-ops", asOf: { earliest: "2024-11-27", latest: "2024-11-27" } });
  });
});

describe("people who reached a place", () => {
  it("are displaced ('More than 8,000 people had reached Tabqa and Raqqa')", () => {
    expect(only(extract("en", "Title\n\nMore than 8,000 people had reached Tabqa and Raqqa, the Kurdish-led administration said.", "2024-12-03"), 8000).metric).toBe("displaced");
  });
  it("but a toll that had reached a number is still a toll ('The death toll had reached 300')", () => {
    expect(only(extract("en", "Title\n\nThe death toll had reached 300 by Friday, the monitor said.", "2024-11-30"), 300).metric).toBe("killed");
  });
});

describe("a title's group named in the body", () => {
  it("takes the body's name for the same count ('64 terrorists neutralized' over 'neutralized 64 PKK/YPG terrorists')", () => {
    const en = extract("en", "SNA's operation room says 64 terrorists neutralized, 19 captured\n\nIn a written statement, the operation room said its forces had neutralized 64 PKK/YPG terrorists and captured 19 others in Tal Rifaat since Saturday.", "2024-12-03");
    expect(en.filter((c) => c.quantity.value === 64).map((c) => c.subject)).toEqual(["sdf", "sdf"]);
  });
  it("but not a wider word for them", () => {
    const en = extract("en", "Rebels say 40 regime soldiers killed\n\nThe rebels said on Monday they had killed 40 fighters near Hama.", "2024-12-03");
    expect(en.find((c) => c.headline)!.subject).toBe("syrian-army");
  });
});

describe("a title's count with no metric word", () => {
  it("takes the metric of the body's count of the same value ('بلدية الهرمل: نحو 1850 عائلة وصلت …')", () => {
    const ar = extract("ar", "بلدية الهرمل: نحو 1850 عائلة وصلت من ريف القصير منذ الخميس\n\nوبحسب الإحصاء الذي أجرته فرق البلدية، وصل إلى نطاق البلدية منذ مساء الخميس نحو 1,850 عائلة.", "2024-12-07");
    expect(ar.filter((c) => c.quantity.value === 1850).map((c) => [c.metric, c.headline])).toEqual([["displaced", true], ["displaced", false]]);
  });
  it("and is no count when the body has none of that value", () => {
    expect(extract("en", "Rebels reach 40 villages\n\nThe rebels advanced on Hama.", "2024-12-07")).toEqual([]);
  });
});

describe("a group of one kind belonging to a group of another", () => {
  it("is the head noun's in Arabic ('اثنان من متطوعي الشريك المحلي للهيئة')", () => {
    const c = only(extract("ar", "عنوان\n\nوأُصيب اثنان من متطوعي الشريك المحلي للهيئة بجروح طفيفة إثر غارة جوية قرب مدينة سرمين يوم الثلاثاء.", "2024-12-06"), 2);
    expect(c).toMatchObject({ metric: "injured", subject: "civilians" });
  });
  it("but two groups of the same kind with no joiner seen keep their common parent ('70 عنصراً من الجيش ومسلحي «الدفاع الوطني»')", () => {
    const c = only(extract("ar", "عنوان\n\nوأسر المقاتلون اليوم ما يربو على 70 عنصراً من الجيش ومسلحي «الدفاع الوطني».", "2024-12-05"), 70);
    expect(c.subject).toBe("government");
  });
  it("and a member noun after a joiner opens a group of its own ('٤١ من الجنود وعناصر المجموعات الموالية للحكومة')", () => {
    const c = only(extract("ar", "عنوان\n\nوقال المرصد إن المعارك أسفرت عن مقتل ٤١ من الجنود وعناصر المجموعات الموالية للحكومة.", "2024-11-28"), 41);
    expect(c.subject).toBe("government");
  });
});

describe("a percentage in Arabic script", () => {
  it("counts no one ('٨٠٪ منهم من النساء والأطفال')", () => {
    const ar = extract("ar", "عنوان\n\nقدّر مكتب أوتشا عدد النازحين الجدد بنحو ١١٥ ألف شخص، ٨٠٪ منهم من النساء والأطفال.", "2024-12-04");
    expect(ar.map((c) => c.quantity.value)).toEqual([115000]);
  });
});

describe("a partitive closed by a copula", () => {
  it("names a narrower group after the copula ('nineteen of the civilians were children'), not a wider one", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights says 621 people have been killed. It says 111 of them were civilians, and that nineteen of the civilians were children.", "2024-12-03");
    expect([only(en, 111).subject, only(en, 19).subject]).toEqual(["civilians", "children"]);
    const wider = extract("en", "Title\n\nThe monitor said 40 children had been killed, and that 12 of the children were civilians.", "2024-12-03");
    expect(only(wider, 12).subject).toBe("children");
  });
});

describe("a participle of capture right before the people it describes", () => {
  it("counts captives, not places, after a verb of holding ground ('it held between 800 and 1,000 captured soldiers')", () => {
    const en = extract("en", "Title\n\nThe command said it held between 800 and 1,000 captured soldiers and militiamen, and that it held 23 towns.", "2024-12-06");
    expect(en.map((c) => c.metric)).toEqual(["captured", "localities-seized"]);
  });
});

describe("an earlier figure given as 'a figure of'", () => {
  it("restates the toll before it ('On Sunday the monitor had given AFP a figure of 481')", () => {
    const en = extract("en", "Title\n\nThe Syrian Observatory for Human Rights said 538 people had been killed by Monday morning. On Sunday the monitor had given AFP a figure of 481.", "2024-12-02");
    expect(only(en, 481)).toMatchObject({ metric: "killed", asOf: { earliest: "2024-12-01", latest: "2024-12-01" } });
  });
});

describe("a verb of arrival ending in its preposition right before the count", () => {
  it("is the toll's rise, not people arriving ('عدد القتلى … وصل إلى 1,178 شخصاً')", () => {
    const ar = extract("ar", "عنوان\n\nوأعلن المرصد أمس أن عدد القتلى منذ بدء الهجوم وصل إلى 1,178 شخصاً، منهم 247 مدنياً.", "2024-12-10");
    expect(ar.map((c) => c.metric)).toEqual(["killed", "killed"]);
  });
});

describe("a predicate after the count", () => {
  it("is not taken past another count ('the strike killed at least nine people; the group said 27 more were injured')", () => {
    const en = extract("en", "Title\n\nAccording to the White Helmets, the strike killed at least nine people; the group said 27 more were injured.", "2024-12-06");
    expect(en.map((c) => [c.quantity.value, c.metric])).toEqual([[9, "killed"], [27, "injured"]]);
  });
  it("but is past a part of this count ('four others, including a woman, were wounded')", () => {
    const en = extract("en", "Title\n\nTwo people were killed in the strike and four others, including a woman, were wounded, rescuers said.", "2024-12-06");
    expect(only(en, 4).metric).toBe("injured");
  });
});

describe("the group a count with no group of its own counts", () => {
  it("is the line above's on a list ('– القتلى: 138 مدنياً … – المصابون: 472'), not a fixed metric's", () => {
    const list = extract("ar", "أحدث أرقامنا حتى مساء الجمعة:\n– القتلى: 138 مدنياً.\n– المصابون: 472.", "2024-12-07");
    expect(only(list, 472)).toMatchObject({ metric: "injured", subject: "civilians" });
  });
  it("is the restated total's, for the parts after a list's intro ('الرقم 412 هو مجموع …، وقد توزّع على النحو الآتي: 97 قتيلاً و315 مصاباً')", () => {
    const parts = extract("ar", "وانتشلت الفرق جثث 412 مدنياً. والصحيح أن الرقم 412 هو مجموع من وثّقنا مقتلهم وإصابتهم معاً، وقد توزّع على النحو الآتي: 97 قتيلاً و315 مصاباً.", "2024-12-07");
    expect([only(parts, 97).subject, only(parts, 315).subject]).toEqual(["civilians", "civilians"]);
  });
});

describe("a vague amount of the dead or wounded past a partitive", () => {
  it("reads 'كبّد الإرهابيين المئات من القتلى' as hundreds killed, but not freed prisoners", () => {
    const ar = extract("ar", "عنوان\n\nوقال مصدر عسكري إن الجيش كبّد الإرهابيين المئات من القتلى.", "2024-11-29");
    expect(ar.map((c) => [c.metric, c.quantity.qualifier, c.quantity.low, c.quantity.high])).toEqual([["killed", "vague", 200, 999]]);
    const en = extract("en", "Title\n\nThe rebels opened the prison gates and freed thousands of prisoners on Sunday.", "2024-12-09");
    expect(en).toEqual([]);
  });
});

describe("a metric of a later clause with its own subject 'others'", () => {
  it("is not the metric of a count before it ('فقد ثمانية نحالين حياتهم …، وأُصيب آخرون لم يُعرف عددهم')", () => {
    const ar = extract("ar", "عنوان\n\nوقد فقد ثمانية مزارعين حياتهم في أثناء محاولتهم إنقاذ محاصيلهم، وأُصيب آخرون لم يُعرف عددهم بعد.", "2024-12-08");
    expect(ar.filter((c) => c.metric === "injured")).toEqual([]);
  });

  it("reads drivers, passengers and beekeepers as civilians", () => {
    const ar = extract("ar", "عنوان\n\nوأسفر القصف عن مقتل اثنين من الركاب وإصابة ثلاثة سائقين. ونزح ما يقارب 260 نحالاً.", "2024-12-01");
    expect([only(ar, 2).subject, only(ar, 3).subject, only(ar, 260).subject]).toEqual(["civilians", "civilians", "civilians"]);
    const en = extract("en", "Title\n\nTwo passengers were killed and 260 beekeepers have fled.", "2024-12-01");
    expect([only(en, 2).subject, only(en, 260).subject]).toEqual(["civilians", "civilians"]);
  });
});

describe("a part of people owned by a thing", () => {
  it("counts the people, not the thing ('Two of the shelter's volunteers were lightly injured'), while 'two of the shelters' stays no count", () => {
    const en = extract("en", "Title\n\nTwo of the shelter's volunteers were lightly injured on Friday. Two of the shelters were hit.", "2024-11-30");
    expect(en.map((c) => [c.metric, c.quantity.value, c.subject])).toEqual([["injured", 2, "civilians"]]);
  });
});

describe("the actor of places seized after a count of prisoners", () => {
  it("is not the prisoners ('the SNA said its fighters had captured 187 PKK/YPG terrorists and had liberated 29 villages')", () => {
    const en = extract("en", "Title\n\nThe SNA said its fighters had captured 187 PKK/YPG terrorists and had liberated 29 villages around the city.", "2024-12-02");
    expect(only(en, 29)).toMatchObject({ metric: "localities-seized", subject: "sna" });
  });
});

describe("staff and residents named by a possessive", () => {
  it("are civilians ('مقتل اثنين من كوادرنا', 'مقتل خمسة من قاطنيه', 'Three of my colleagues were hurt')", () => {
    const ar = extract("ar", "عنوان\n\nوأسفر القصف عن مقتل اثنين من كوادرنا. واستهدفت غارة المبنى ما أدى إلى مقتل خمسة من قاطنيه.", "2024-12-03");
    expect([only(ar, 2).subject, only(ar, 5).subject]).toEqual(["civilians", "civilians"]);
    const en = extract("en", "Title\n\nThree of my colleagues were hurt when the shell landed.", "2024-12-03");
    expect(only(en, 3).subject).toBe("civilians");
  });
});

describe("a study's abstract", () => {
  const text = "Title\n\nFindings: In the participating hospitals, trauma admissions (n = 1,036) and in-hospital deaths (n = 63) were recorded; the median age was 27 years (IQR 19-38). The ratio of civilian deaths was 1.14 (95% CI 0.84-1.55).\n\nInterpretation: In the first six days the two public sources gave civilian death counts of the same order.";
  it("counts trauma admissions as injured and in-hospital deaths as killed", () => {
    const en = extract("en", text, "2024-12-05");
    expect(only(en, 1036).metric).toBe("injured");
    expect(only(en, 63).metric).toBe("killed");
  });

  it("counts neither its statistics ('IQR 19-38') nor the sources it compares ('the two public sources')", () => {
    const en = extract("en", text, "2024-12-05");
    expect(en.map((c) => c.quantity.value).sort()).toEqual([1036, 63].sort());
  });
});

describe("parties and civilians in a forum's short forms", () => {
  it("are read from the lexicon ('117 SAA & pro-gov', '54 civs')", () => {
    const en = extract("en", "Title\n\nThe monitor's toll is now 372.\n\n* Breakdown: 201 HTS, 117 SAA & pro-gov, 54 civs.", "2024-11-30");
    expect([only(en, 117).subject, only(en, 54).subject]).toEqual(["government", "civilians"]);
  });
});

describe("staff, parishioners, pupils and teachers named with 'our'", () => {
  it("are civilians, students and women ('اثنان من زملائنا الصيادلة', 'ثلاثة من أبناء رعيتنا', 'نزوح 37 من طلابنا', 'إحدى معلماتنا')", () => {
    const ar = extract("ar", "عنوان\n\nأُصيب اثنان من زملائنا الصيادلة أمس. وننعى ثلاثة من أبناء رعيتنا قضوا في القصف. وسجلنا نزوح 37 من طلابنا، وأُصيبت إحدى معلماتنا.", "2024-12-02");
    expect([only(ar, 2).subject, only(ar, 3).subject, only(ar, 37).subject, only(ar, 1).subject]).toEqual(["civilians", "civilians", "students", "women"]);
  });
});

describe("detention and capture in the singular verb and with its object pronoun", () => {
  it("count captured ('احتجز مسلحون … أربعة من شبابنا', 'عدد من أسرتهم من قوات النظام يزيد على 900')", () => {
    const ar = extract("ar", "عنوان\n\nكما احتجز مسلحون يوم السبت أربعة من شبابنا عند حاجز. وتقول إدارة العمليات العسكرية إن عدد من أسرتهم من قوات النظام يزيد على 900.", "2024-12-07");
    expect(only(ar, 4)).toMatchObject({ metric: "captured", subject: "civilians" });
    expect(only(ar, 900)).toMatchObject({ metric: "captured", quantity: { qualifier: "more-than" } });
  });
});

describe("a dual noun with a partitive phrase before its verb", () => {
  it("counts two ('نودّع طالبين من الصف الرابع قُتلا في الغارة')", () => {
    const ar = extract("ar", "عنوان\n\nومع الأسف الشديد، نودّع طالبين من الصف الرابع قُتلا في الغارة.", "2024-12-02");
    expect(only(ar, 2)).toMatchObject({ metric: "killed", subject: "students" });
  });

  it("does not reach past a number in the phrase ('طالبين من 30 طالباً قُتلا')", () => {
    const ar = extract("ar", "عنوان\n\nنودّع طالبين من صف فيه 30 طالباً قُتلا في الغارة.", "2024-12-02");
    expect(ar.filter((c) => c.quantity.value === 2)).toEqual([]);
  });
});

describe("people a shelter hosts, named by a metric word of their own", () => {
  it("are a count ('تستضيف الصالة 64 عائلة نازحة', 'The school now hosts 300 displaced people')", () => {
    const ar = extract("ar", "عنوان\n\nتستضيف الصالة منذ مساء الخميس 64 عائلة نازحة.", "2024-12-07");
    expect(only(ar, 64).metric).toBe("displaced");
    const en = extract("en", "Title\n\nThe school now hosts 300 displaced people, the council said.", "2024-12-07");
    expect(only(en, 300).metric).toBe("displaced");
  });

  it("are a population where the host is a place, or hosted them already ('مدينة إدلب، التي تؤوي أكثر من مليون نازح', 'في منطقة تؤوي أصلاً …')", () => {
    const ar = extract("ar", "عنوان\n\nوتشهد مدينة إدلب، التي تؤوي أكثر من مليون نازح، تصعيداً. ويعيش كثير منهم في منطقة تؤوي أصلاً أكثر من 1.7 مليون نازح.", "2024-12-03");
    expect(ar).toEqual([]);
    const en = extract("en", "Title\n\nThe province, which already hosts more than 1.5 million displaced people, braced for more.", "2024-12-03");
    expect(en).toEqual([]);
  });
});

describe("towns and villages a party controls or claims", () => {
  it("are localities it seized ('controls more than 150 towns and villages', 'claims \"more than 250 towns and villages\"')", () => {
    const en = extract("en", "Title\n\nThe opposition command now controls more than 150 towns and villages. Later the command claims \"more than 250 towns and villages\".", "2024-12-02");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["localities-seized", 150], ["localities-seized", 250]]);
  });
});

describe("a business's own people and customers", () => {
  it("are civilians: players, borrowers, clients, coaches ('نزوح أحد عشر لاعباً', 'وفاة 3 من عملائنا', 'أُصيب أحد مدربينا')", () => {
    const ar = extract("ar", "عنوان\n\nتلقينا نبأ نزوح 11 لاعباً من المسجلين في البطولة. ونأسف لوفاة 3 من عملائنا جراء القصف. كما نزح 214 مقترضاً.", "2024-12-02");
    expect([only(ar, 11).subject, only(ar, 3).subject, only(ar, 214).subject]).toEqual(["civilians", "civilians", "civilians"]);
  });

  it("are civilians: suppliers, breeders and workers ('نزوح 48 من المورّدين', 'سبعة عشر مربياً', 'جُرح 5 من العاملين', '12 suppliers')", () => {
    const ar = extract("ar", "عنوان\n\nنأسف لنزوح 48 من المورّدين المتعاملين معنا. كما نزح سبعة عشر مربياً من ريف إدلب. وجُرح 5 من العاملين في المركز.", "2024-12-08");
    expect([only(ar, 48).subject, only(ar, 17).subject, only(ar, 5).subject]).toEqual(["civilians", "civilians", "civilians"]);
    const en = extract("en", "Title\n\nTwelve of our suppliers have been displaced, and 9 breeders fled their farms.", "2024-12-08");
    expect([only(en, 12).subject, only(en, 9).subject]).toEqual(["civilians", "civilians"]);
  });

  it("counts two technicians in the dual ('جُرح فنيّان'), but no plural of technicians", () => {
    const ar = extract("ar", "عنوان\n\nجُرح فنيّان من فريق التركيب يوم الأربعاء. ويعمل في الشركة فنيين آخرين.", "2024-11-29");
    expect(ar.map((c) => [c.metric, c.quantity.value])).toEqual([["injured", 2]]);
  });
});

describe("soldiers a party is holding", () => {
  it("are captured, where towns it is holding are localities ('is holding some 3,000 government soldiers')", () => {
    const en = extract("en", "Title\n\nThe opposition command says it is holding some 3,000 government soldiers. It is holding 150 towns and villages.", "2024-12-06");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["captured", 3000], ["localities-seized", 150]]);
  });
});

describe("prisoners named with a possessive pronoun", () => {
  it("are a count of captured ('عدد أسراها من قوات النظام يزيد على ألف')", () => {
    const ar = extract("ar", "عنوان\n\nوأعلنت إدارة العمليات العسكرية أن عدد أسراها من قوات النظام يزيد على ألف.", "2024-12-06");
    expect(only(ar, 1000)).toMatchObject({ metric: "captured", source: "opposition-ops", quantity: { qualifier: "more-than" } });
  });
});

describe("people on the move or who sought shelter", () => {
  it("are displaced ('nearly 50,000 on the move', 'about 150,000 have sought shelter in Idlib governorate')", () => {
    const en = extract("en", "Title\n\nThe UN says nearly 50,000 on the move since Wednesday. OCHA said about 150,000 have sought shelter in Idlib governorate.", "2024-12-05");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["displaced", 50000], ["displaced", 150000]]);
  });
});

describe("people rushed to hospital", () => {
  it("are injured, and a neighbourhood's people civilians ('أُسعف ٥ من أبناء الحي إلى المشفى بجروح', 'فرقه أسعفت 611 مصاباً')", () => {
    const ar = extract("ar", "عنوان\n\nأُسعف ٥ من أبناء الحي إلى المشفى بجروح من شظايا الزجاج بعد الغارة على السوق. وقال الدفاع المدني إن فرقه أسعفت منذ بدء المعارك 640 مصاباً.", "2024-12-01");
    expect(only(ar, 5)).toMatchObject({ metric: "injured", subject: "civilians" });
    expect(only(ar, 640).metric).toBe("injured");
  });
});

describe("people entering a country fleeing", () => {
  it("are displaced ('قرابة 7 آلاف شخص دخلوا الأراضي اللبنانية', 'فراراً من القصف')", () => {
    const ar = extract("ar", "عنوان\n\nقال وزير الداخلية إن قرابة 6 آلاف شخص دخلوا الأراضي اللبنانية منذ يوم السبت هرباً من الأوضاع في سوريا، بينهم نحو 2,100 طفل. ووصل 300 شخص إلى القرية فراراً من القصف.", "2024-12-09");
    expect([6000, 2100, 300].map((v) => only(ar, v).metric)).toEqual(["displaced", "displaced", "displaced"]);
  });
});

describe("the short forms of a security advisory's key figures", () => {
  it("reads 'IDPs', 'incl.', 'CIV' and 'hrs' as the words they stand for", () => {
    const en = extract("en", "FLASH ADVISORY\n\n2. KEY FIGURES\n- IDPs since 27 NOV (OCHA): approx. 44,000, mainly towards Idlib city.\n- Fatalities since 27 NOV (SOHR): 412, incl. 61 CIV.\n- RU MoD: \"at least 300 militants\" killed in the past 24 hrs.", "2024-11-30");
    expect(only(en, 44000)).toMatchObject({ metric: "displaced", source: "ocha", quantity: { qualifier: "about" } });
    expect(only(en, 61)).toMatchObject({ metric: "killed", subject: "civilians", partOf: only(en, 412).id });
    expect(only(en, 300)).toMatchObject({ source: "russian-mod", window: { start: "2024-11-29" } });
  });
});

describe("a verb of recording alone after a count", () => {
  it("is its predicate, not a noun the count counts ('Air strikes since 27 NOV (White Helmets): 96 recorded, 41 of them on 29 NOV alone')", () => {
    const en = extract("en", "Title\n\n- Air strikes since 27 NOV (White Helmets): 96 recorded, 41 of them on 29 NOV alone.", "2024-11-30");
    expect(only(en, 96)).toMatchObject({ metric: "airstrikes", source: "white-helmets" });
    expect(only(en, 41).partOf).toBe(only(en, 96).id);
  });
});

describe("a count after a bare 'to' with a relative clause naming its metric", () => {
  it("is counted by that clause ('opened two church halls to 340 people who left the eastern neighbourhoods')", () => {
    const en = extract("en", "Title\n\nOur partners in Aleppo have opened two church halls to 340 people who left the eastern and northern neighbourhoods.", "2024-12-01");
    expect(only(en, 340).metric).toBe("displaced");
  });
});

describe("a singular noun after a word of 'each'", () => {
  it("is one of many, no count of one ('حملة «لعبة لكل طفل نازح»', 'ونرحّب بكل طالب نازح'), while 'وقُتل طفل' is", () => {
    const ar = extract("ar", "حملة «لعبة لكل طفل نازح»\n\nونرحّب بكل طالب نازح في مدارسنا. وقُتل طفل في قصف على إدلب.", "2024-12-04");
    expect(ar.map((c) => [c.metric, c.quantity.value])).toEqual([["killed", 1]]);
  });
});

describe("workers and merchants", () => {
  it("are counted as civilians, a worker's dual as two ('قُتل عاملان من عمال التطعيم', 'استُشهد أربعة من تجار السوق')", () => {
    const ar = extract("ar", "عنوان\n\nقُتل عاملان من عمال التطعيم يوم الأحد في قصف على حارم. واستُشهد أربعة من تجار السوق الطويل.", "2024-12-03");
    expect(ar.map((c) => [c.metric, c.quantity.value, c.subject])).toEqual([["killed", 2, "civilians"], ["killed", 4, "civilians"]]);
  });
});

describe("having to leave one's home", () => {
  it("is displacement ('48 ألف طفل على الأقل اضطروا إلى ترك بيوتهم')", () => {
    const ar = extract("ar", "عنوان\n\nوقالت اليونيسف إن 48 ألف طفل على الأقل اضطروا إلى ترك بيوتهم منذ بدء الهجوم.", "2024-12-03");
    expect(only(ar, 48000)).toMatchObject({ metric: "displaced", subject: "children", source: "unicef" });
  });
});

describe("one thing struck", () => {
  it("is an incident told, not a tally of strikes ('قُتل 6 أطفال في غارة واحدة استهدفت …', 'One strike hit the market'), while two are counted", () => {
    const ar = extract("ar", "عنوان\n\nوقُتل 6 أطفال في غارة واحدة استهدفت حي الفردوس. وشنت الطائرات غارتين على إدلب.", "2024-12-03");
    expect(ar.map((c) => [c.metric, c.quantity.value])).toEqual([["killed", 6], ["airstrikes", 2]]);
    const en = extract("en", "Title\n\nOne strike hit the market in Sarmada, the White Helmets said.", "2024-12-03");
    expect(en.filter((c) => c.metric === "airstrikes")).toEqual([]);
  });
});

describe("a predicate past another count", () => {
  it("is that count's, not what befell the people counted before ('received 216 wounded patients, and 37 people were dead on arrival')", () => {
    const en = extract("en", "Title\n\nThe hospitals received 216 wounded patients, and 37 people were dead on arrival. Six displaced people, among them a woman, were killed.", "2024-11-28");
    expect(en.map((c) => [c.metric, c.quantity.value])).toEqual([["injured", 216], ["killed", 37], ["killed", 6], ["killed", 1]]);
  });
});
