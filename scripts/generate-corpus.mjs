#!/usr/bin/env node
/**
 * Generates a realistic synthetic corpus folder for scale tests and benchmarks:
 *   node scripts/generate-corpus.mjs --out DIR --articles N [--seed S] [--days D] [--lexicon FILE]
 *
 * The folder has `articles.json`, `articles/*.txt`, `lexicon.json` (copied from the demo corpus or
 * --lexicon) and `planted.json` (the contradictions and relays planted on purpose, by article id).
 * Articles are Arabic and English, in the styles of wire copy (news agencies of the lexicon) and of
 * a monitor's statements, relayed by outlets, over many days. Every actor, source and place name
 * comes from the lexicon; only the sentence frames of each language are written here. A hidden
 * "true" running tally per side rises day by day; articles report it with breakdowns, belligerents
 * inflate their enemy's losses, some headlines differ from their body, some breakdowns do not add
 * up, some tallies are corrected downwards, and some dispatches are repeated by several outlets.
 * The same seed gives byte-identical output.
 */
import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const DEMO_LEXICON = join(ROOT, "claims", "aleppo-2024", "lexicon.json");

const { addDays, weekday } = await import(pathToFileURL(join(ROOT, "dist", "domain", "dates.js")).href).catch(() => {
  throw new Error("dist/ is missing: build first with `npx tsc -p tsconfig.build.json`");
});

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast, seedable PRNG (same seed, same sequence on every machine). */
export const rngOf = (seed) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, chance, shuffle, weighted };
};

// ---------------------------------------------------------------------------------------------
// What the lexicon offers

/** Roles read from the lexicon: sides, their units, the civilian subject, places, sources by kind. */
export const rolesOf = (lex) => {
  const subjects = new Map(lex.subjects.map((s) => [s.id, s]));
  const childrenOf = (id, list) => list.filter((x) => x.parent === id);
  const ancestors = (id) => {
    const out = [];
    for (let cur = subjects.get(id); cur; cur = cur.parent ? subjects.get(cur.parent) : undefined) out.push(cur.id);
    return out;
  };
  const byKind = (kind) => lex.sources.filter((s) => s.kind === kind && hasNames(s));
  const belligerents = byKind("belligerent").filter((s) => s.side && subjects.has(s.side));
  const sideIds = [...new Set(belligerents.map((s) => s.side))];
  const root = lex.defaults.subject;
  // Sides that fight on the ground: those with units below them count as main parties.
  // Sides ordered by how many belligerent sources speak for them: the main parties first.
  const voices = (id) => belligerents.filter((b) => b.side === id).length;
  const sides = sideIds
    .map((id) => subjects.get(id))
    .filter(hasNames)
    .sort((a, b) => voices(b.id) - voices(a.id));
  const armedAncestors = new Set(sides.flatMap((s) => ancestors(s.id)));
  const civilians = childrenOf(root, lex.subjects).find((s) => !armedAncestors.has(s.id) && hasNames(s));
  const civilianGroups = civilians ? childrenOf(civilians.id, lex.subjects).filter(hasNames) : [];
  const units = new Map(sides.map((s) => [s.id, childrenOf(s.id, lex.subjects).filter(hasNames)]));
  const placeRoot = lex.defaults.location;
  const descendants = (id) => {
    const out = [];
    const walk = (p) => {
      for (const c of childrenOf(p, lex.places)) {
        if (hasNames(c)) out.push(c);
        walk(c.id);
      }
    };
    walk(id);
    return out;
  };
  const places = descendants(placeRoot);
  const metric = (id) => lex.metrics.find((m) => m.id === id);
  return {
    root: subjects.get(root),
    sides,
    units,
    civilians,
    civilianGroups,
    placeRoot: lex.places.find((p) => p.id === placeRoot),
    places: places.length > 0 ? places : lex.places.filter(hasNames),
    monitors: byKind("monitor"),
    unAgencies: byKind("un-agency"),
    ngos: byKind("ngo"),
    belligerents,
    stateMedia: byKind("state-media"),
    agencies: byKind("news-agency"),
    outlets: byKind("outlet"),
    witnesses: byKind("witnesses"),
    event: lex.events?.[0] ?? null,
    metrics: { killed: metric("killed"), injured: metric("injured"), displaced: metric("displaced"), airstrikes: metric("airstrikes") },
    subjects,
  };
};

function hasNames(e) {
  return e && (e.names.en?.length ?? 0) > 0 && (e.names.ar?.length ?? 0) > 0;
}

/** The first name of an entry in a language (its usual full form), or a variant when `variant`. */
const nameIn = (rng, entry, lang, variant = false) => {
  const names = entry.names[lang] ?? entry.names.en ?? [];
  if (!variant || names.length === 1) return names[0];
  return rng.chance(0.6) ? names[0] : rng.pick(names.slice(1));
};

// ---------------------------------------------------------------------------------------------
// Language: calendar words, sentence frames

const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  ar: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
};
const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
};
const longDate = (lang, day) => {
  const [, m, d] = day.split("-").map(Number);
  return lang === "en" ? `${MONTHS.en[m - 1]} ${d}` : `${d} ${MONTHS.ar[m - 1]}`;
};
/** "since Wednesday" within a week of the start, "since November 27" later on. */
const sinceStart = (lang, start, day, eventName) => {
  const gap = Math.round((Date.parse(day) - Date.parse(start)) / 86400000);
  if (lang === "en") {
    if (gap < 7) return `since ${WEEKDAYS.en[weekday(start)]}`;
    return eventName ? `since ${eventName} began on ${longDate("en", start)}` : `since ${longDate("en", start)}`;
  }
  if (gap < 7) return `منذ فجر ${WEEKDAYS.ar[weekday(start)]} الماضي`;
  return eventName ? `منذ انطلاق ${eventName} في ${longDate("ar", start)}` : `منذ ${longDate("ar", start)}`;
};
const fmt = (lang, n) => (lang === "en" && n >= 1000 ? n.toLocaleString("en-US") : String(n));

/** Qualified number as written: "more than 200", "أكثر من 200". */
const qualified = (lang, q, n) => {
  const w = {
    exact: ["", ""],
    "at-least": ["at least ", "ما لا يقل عن "],
    "more-than": ["more than ", "أكثر من "],
    about: ["about ", "نحو "],
    nearly: ["nearly ", "ما يقرب من "],
  }[q];
  return `${lang === "en" ? w[0] : w[1]}${fmt(lang, n)}`;
};

/** The Arabic name that reads after a number from 11 to 99 (accusative singular: مدنيًا, طفلًا). */
const countedAr = (entry) => {
  const names = entry.names.ar ?? [];
  return names.find((n) => /(ًا|اً)$/.test(n)) ?? names[0];
};

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** An English organisation name as a sentence subject: "The Syrian Observatory …", "SOHR", "The monitor". */
const enSubject = (name) =>
  /^(the|a|an) /i.test(name) || (/^[A-Z]/.test(name) && name.split(" ").length < 3) ? capital(name) : `The ${name}`;

// ---------------------------------------------------------------------------------------------
// The hidden truth: running tallies per side and civilians, by day

const buildTruth = (rng, roles, start, days) => {
  const parts = [...roles.sides.map((s) => s.id), ...(roles.civilians ? [roles.civilians.id] : [])];
  const cum = new Map(parts.map((p) => [p, 0]));
  const byDay = [];
  let injured = 0;
  let displaced = 0;
  let strikes = 0;
  for (let i = 0; i < days; i++) {
    // Fighting bursts at the start, then decays to a low level with flare-ups.
    const intensity = Math.max(0.05, Math.exp(-i / 20)) * (rng.chance(0.08) ? 3 : 1);
    const today = {};
    for (const [j, p] of parts.entries()) {
      const base = j === parts.length - 1 ? 15 : 60 / (j + 1) ** 2;
      const n = Math.round(base * intensity * (0.5 + rng.next()));
      cum.set(p, cum.get(p) + n);
      today[p] = n;
    }
    const total = [...cum.values()].reduce((a, b) => a + b, 0);
    injured += Math.round(total * 0.05 + rng.int(0, 30) * intensity);
    displaced += Math.round(4000 * intensity * (0.5 + rng.next()));
    strikes += Math.round(25 * intensity * (0.3 + rng.next()));
    byDay.push({ day: addDays(start, i), parts: Object.fromEntries(cum), today, total, injured, displaced, strikes });
  }
  return { parts, byDay };
};

// ---------------------------------------------------------------------------------------------
// Paragraph builders (one language each), all names from the lexicon

const partPhrase = (rng, lang, roles, part, n) => {
  const s = roles.subjects.get(part);
  if (roles.civilians && part === roles.civilians.id) {
    return lang === "en" ? `${fmt(lang, n)} ${nameIn(rng, s, "en")}` : `${n} ${countedAr(s)}`;
  }
  return lang === "en" ? `${fmt(lang, n)} ${nameIn(rng, s, "en", true)}` : `${n} عنصرًا من ${nameIn(rng, s, "ar", true)}`;
};

const listJoin = (lang, items) => {
  if (items.length === 1) return items[0];
  if (lang === "en") return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  return `${items[0]}، ${items.slice(1).map((x) => `و${x}`).join("، ")}`;
};

const breakdownSentence = (rng, lang, roles, parts, childrenAmong) => {
  const items = parts.map(([p, n]) => partPhrase(rng, lang, roles, p, n));
  const kids = childrenAmong && roles.civilianGroups.length > 0 ? roles.civilianGroups[0] : null;
  const tail = kids
    ? lang === "en"
      ? `, among them ${childrenAmong} ${nameIn(rng, kids, "en")}`
      : ` بينهم ${childrenAmong} ${countedAr(kids)}`
    : "";
  return lang === "en"
    ? rng.pick([`The dead included ${listJoin(lang, items)}${tail}.`, `They were ${listJoin(lang, items)}${tail}.`])
    : rng.pick([
        `وتوزع القتلى على النحو التالي: ${listJoin(lang, items)}${tail}.`,
        `وأفاد بأن عدد القتلى توزع على النحو التالي: "${listJoin(lang, items)}${tail}".`,
      ]);
};

const FILLER = {
  en: [
    (r, n) => `The ${n.side} launched a surprise offensive on ${n.place}, in some of the fiercest fighting in years.`,
    (r, n) => `Thousands of families fled towards safer areas, ${n.witness} said, as shelling hit residential districts of ${n.place}.`,
    (r, n) => `Correspondents for ${n.agency} saw fighters celebrating in the streets of ${n.place2} late on ${n.weekday}.`,
    (r, n) => `The ${n.otherSide} have sent reinforcements to the area, a ${n.bellig} statement said, adding that they had repelled several attacks.`,
    (r, n) => `Schools and markets in ${n.place2} remained closed, and residents reported long queues for bread and fuel.`,
    (r, n) => `The front line lies about ${r.int(5, 60)} kilometres from ${n.place}, which has been held by the same forces since ${r.int(2012, 2020)}.`,
    (r, n) => `${capital(n.un)} warned that hospitals in ${n.place} were overwhelmed and that aid convoys had been suspended.`,
    (r, n) => `The offensive coincides with a shift in regional alliances, analysts said, and diplomats called for an immediate ceasefire.`,
    (r, n) => `Roads leading out of ${n.place2} were jammed with cars and trucks carrying belongings, according to ${n.witness}.`,
    (r, n) => `A curfew was declared in ${n.place2} from ${r.int(6, 11)} pm until ${r.int(5, 8)} am, the ${n.bellig} said.`,
  ],
  ar: [
    (r, n) => `وشنت ${n.side} هجومًا مباغتًا على مناطق في ${n.place}، في واحدة من أعنف المعارك منذ سنوات.`,
    (r, n) => `وأفاد ${n.witness} بأن آلاف العائلات فرت نحو مناطق أكثر أمنًا، مع استمرار القصف على الأحياء السكنية في ${n.place}.`,
    (r, n) => `وشاهد مراسل ${n.agency} مقاتلين يحتفلون في شوارع ${n.place2} في وقت متأخر من يوم ${n.weekday}.`,
    (r, n) => `وجاء في بيان لـ${n.bellig} أن ${n.otherSide} صدت عدة هجمات واستعادت السيطرة على بعض المواقع.`,
    (r, n) => `وبقيت المدارس والأسواق مغلقة في ${n.place2}، فيما تحدث السكان عن طوابير طويلة أمام المخابز ومحطات الوقود.`,
    (r, n) => `ويقع خط التماس على بعد نحو ${r.int(5, 60)} كيلومترًا من ${n.place} التي تسيطر عليها القوات ذاتها منذ عام ${r.int(2012, 2020)}.`,
    (r, n) => `وحذرت ${n.un} من أن المستشفيات في ${n.place} باتت عاجزة عن استيعاب المصابين، وأن قوافل المساعدات علقت.`,
    (r, n) => `ويتزامن الهجوم مع تحولات في التحالفات الإقليمية، بحسب محللين، فيما دعا دبلوماسيون إلى وقف فوري لإطلاق النار.`,
    (r, n) => `وازدحمت الطرق المؤدية إلى خارج ${n.place2} بالسيارات والشاحنات المحملة بالأمتعة، بحسب ${n.witness}.`,
    (r, n) => `وأعلن بيان لـ${n.bellig} حظرًا للتجول في ${n.place2} من الساعة ${r.int(6, 11)} مساءً حتى ${r.int(5, 8)} صباحًا.`,
  ],
};

const fillerNames = (rng, lang, roles) => {
  const side = rng.pick(roles.sides);
  const otherSide = rng.pick(roles.sides.filter((s) => s !== side).concat([side]));
  const bellig = rng.pick(roles.belligerents);
  return {
    side: nameIn(rng, side, lang, true),
    otherSide: nameIn(rng, otherSide, lang, true),
    place: nameIn(rng, rng.pick(roles.places), lang),
    place2: nameIn(rng, rng.pick(roles.places), lang),
    witness: roles.witnesses.length ? nameIn(rng, rng.pick(roles.witnesses), lang, true) : lang === "en" ? "witnesses" : "شهود",
    agency: nameIn(rng, rng.pick(roles.agencies), lang),
    bellig: nameIn(rng, bellig, lang),
    un: roles.unAgencies.length ? nameIn(rng, rng.pick(roles.unAgencies), lang) : nameIn(rng, bellig, lang),
    weekday: WEEKDAYS[lang][rng.int(0, 6)],
  };
};

const fillers = (rng, lang, roles, count) => {
  const frames = rng.shuffle(FILLER[lang]);
  const out = [];
  for (let i = 0; i < count; i++) out.push(frames[i % frames.length](rng, fillerNames(rng, lang, roles)));
  return out;
};

// ---------------------------------------------------------------------------------------------
// Articles

/**
 * One dispatch: the body a wire or a monitor writes on a day. Returns paragraphs, the headline, and
 * the planted contradictions it carries (by kind). The dispatch can then be published by several
 * outlets (circular reporting).
 */
const dispatch = (rng, ctx, { lang, day, truthDay, author, monitor, style }) => {
  const { roles, start } = ctx;
  const eventName = roles.event ? nameIn(rng, roles.event, lang, true) : null;
  const wd = WEEKDAYS[lang][weekday(day)];
  const monName = nameIn(rng, monitor, lang);
  const monShort = nameIn(rng, monitor, lang, true);
  const placeRootName = nameIn(rng, roles.placeRoot, lang);
  const kinds = [];
  // The monitor's tally, possibly a corrected-down one: it first said `stale`, now `total`.
  let total = truthDay.total;
  const parts = ctx.truth.parts.map((p) => [p, truthDay.parts[p]]);
  let corrected = null;
  if (rng.chance(ctx.rates.correction)) {
    corrected = total + rng.int(Math.max(3, Math.round(total * 0.05)), Math.max(6, Math.round(total * 0.15)));
    kinds.push("correction-downwards");
  }
  let shownParts = parts;
  if (rng.chance(ctx.rates.breakdown)) {
    const i = rng.int(0, parts.length - 1);
    // Parts that exceed the total by 5–15 % of it (at least 10): beyond rounding, and not
    // explainable by categories left out of the list.
    const delta = Math.max(10, Math.round(total * (0.05 + rng.next() * 0.1)));
    shownParts = parts.map(([p, n], j) => [p, j === i ? Math.max(1, n + delta) : n]);
    kinds.push("breakdown-mismatch");
  }
  let headlineTotal = total;
  if (rng.chance(ctx.rates.headline)) {
    headlineTotal = rng.chance(0.5) ? Math.ceil((total + 1) / 50) * 50 : total + rng.int(5, 30);
    kinds.push("headline-body");
  }
  const since = sinceStart(lang, start, day, eventName);
  const paras = [];
  let headline;
  if (lang === "en") {
    headline = rng.pick([
      `Syria: ${fmt(lang, headlineTotal)} killed in ${placeRootName} fighting, monitor says`,
      `Death toll in ${placeRootName} offensive rises to ${fmt(lang, headlineTotal)}`,
      `${fmt(lang, headlineTotal)} dead as fighting rages in ${placeRootName}`,
    ]);
    if (style === "monitor") {
      paras.push(`${enSubject(monName)} documented the deaths of ${fmt(lang, total)} people ${since}, in ${placeRootName}, it said on ${wd}.`);
    } else {
      paras.push(
        rng.pick([
          `${enSubject(monName)} said on ${wd} that ${fmt(lang, total)} people had been killed ${since}.`,
          `At least ${fmt(lang, total)} people have been killed in ${placeRootName} ${since}, ${monName} said on ${wd}.`,
        ]),
      );
    }
    paras.push(breakdownSentence(rng, lang, roles, shownParts, rng.chance(0.5) ? Math.max(1, Math.round(truthDay.parts[roles.civilians?.id] * 0.3) || 1) : 0));
    if (corrected !== null) {
      paras.push(`${enSubject(monShort)} revised its toll down to ${fmt(lang, total)} from ${fmt(lang, corrected)} reported earlier, saying some deaths had been counted twice.`);
    }
  } else {
    headline = rng.pick([
      `ارتفاع حصيلة القتلى في ${placeRootName} إلى ${headlineTotal}`,
      `سقوط ${headlineTotal} قتيلًا خلال غارات ومواجهات في ${placeRootName}`,
      `${headlineTotal} قتيلًا في معارك ${placeRootName} بحسب المرصد`,
    ]);
    if (style === "monitor") {
      paras.push(`وثّق ${monName} مقتل ${total} عسكريًا ومدنيًا ${since} في ${placeRootName}.`);
    } else {
      paras.push(
        rng.pick([
          `قال ${monName}، اليوم ${wd}، إن عدد القتلى ارتفع إلى ${total} شخصًا ${since}.`,
          `وسجل ${monName} مقتل ${total} عسكريًا ومدنيًا ${since}.`,
        ]),
      );
    }
    paras.push(breakdownSentence(rng, lang, roles, shownParts, rng.chance(0.5) ? Math.max(1, Math.round(truthDay.parts[roles.civilians?.id] * 0.3) || 1) : 0));
    if (corrected !== null) {
      paras.push(`وكان ${monShort} قد أعلن في وقت سابق مقتل ${corrected} شخصًا، قبل أن يعدل الحصيلة إلى ${total}، موضحًا أن بعض الحالات احتسبت مرتين.`);
    }
  }
  // A belligerent's claim about its enemy's losses, inflated.
  if (rng.chance(ctx.rates.belligerent)) {
    const b = rng.pick(roles.belligerents);
    const enemies = roles.sides.filter((s) => s.id !== b.side);
    if (enemies.length > 0) {
      const enemy = rng.pick(enemies);
      const truthN = truthDay.parts[enemy.id] ?? 0;
      const claimed = Math.max(50, Math.round((truthN * (2 + rng.next() * 2)) / 10) * 10);
      const q = rng.pick(["more-than", "exact", "at-least"]);
      paras.push(
        lang === "en"
          ? `The ${nameIn(rng, b, "en")} said ${qualified("en", q, claimed)} ${nameIn(rng, enemy, "en", true)} had been killed ${since}.`
          : `وجاء في بيان لـ${nameIn(rng, b, "ar")} أن "عدد قتلى ${nameIn(rng, enemy, "ar", true)} خلال الاشتباكات بلغ ${qualified("ar", q, claimed)} عنصرًا".`,
      );
      kinds.push("inflated-belligerent");
    }
  }
  // Displacement from a UN agency, airstrikes from the monitor, wounded from rescuers.
  if (roles.unAgencies.length && rng.chance(0.5)) {
    const un = rng.pick(roles.unAgencies);
    const k = Math.max(1, Math.round(truthDay.displaced / 1000));
    paras.push(
      lang === "en"
        ? `More than ${fmt("en", k * 1000)} people have been displaced ${since}, according to ${nameIn(rng, un, "en")}.`
        : `وتسببت المعارك في نزوح أكثر من ${k} ألف شخص، بحسب ${nameIn(rng, un, "ar")}.`,
    );
  }
  if (rng.chance(0.4)) {
    const place = rng.pick(roles.places);
    paras.push(
      lang === "en"
        ? `${enSubject(monShort)} said warplanes carried out ${truthDay.strikes} air strikes ${since}, many of them on ${nameIn(rng, place, "en")}.`
        : `وبحسب ${monShort}، نفذت الطائرات الحربية ${truthDay.strikes} غارة جوية ${since} استهدفت ${nameIn(rng, place, "ar")}.`,
    );
  }
  if (roles.ngos.length && rng.chance(0.3)) {
    const ngo = rng.pick(roles.ngos);
    const place = rng.pick(roles.places);
    const dead = Math.max(1, truthDay.today[roles.civilians?.id] ?? 1);
    const hurt = dead * rng.int(2, 4);
    paras.push(
      lang === "en"
        ? `On ${wd}, ${dead} civilians were killed and ${hurt} wounded in strikes on ${nameIn(rng, place, "en")}, the ${nameIn(rng, ngo, "en")} said.`
        : `وأفاد ${nameIn(rng, ngo, "ar")} بأن ${dead} مدنيين قتلوا وأصيب ${hurt} آخرون اليوم ${wd} جراء غارات على ${nameIn(rng, place, "ar")}.`,
    );
  }
  if (roles.witnesses.length && rng.chance(0.25)) {
    const w = rng.pick(roles.witnesses);
    paras.push(
      lang === "en"
        ? `${capital(nameIn(rng, w, "en", true))} said dozens of people were killed in ${nameIn(rng, rng.pick(roles.places), "en")}.`
        : `وقال ${nameIn(rng, w, "ar", true)} إن العشرات قتلوا في ${nameIn(rng, rng.pick(roles.places), "ar")}.`,
    );
  }
  const body = [...paras.slice(0, 2), ...fillers(rng, lang, roles, rng.int(6, 14)), ...paras.slice(2)];
  if (author) {
    // Wire copy credits itself; outlets add the credit line when they republish.
    body.push(lang === "en" ? `(${nameIn(rng, author, "en")})` : `(${nameIn(rng, author, "ar")})`);
  }
  return { headline, body, kinds, corrected, monName, placeRootName, since };
};

/** The text an outlet publishes: headline, then paragraphs; a relay credits the agency. */
const publish = (rng, lang, d, relayOf) => {
  const lines = [d.headline, ""];
  for (const [i, p] of d.body.entries()) {
    if (i === 0 && relayOf) {
      const credit = lang === "en" ? `, ${nameIn(rng, relayOf, "en")} reported` : `، بحسب ما نقلته ${nameIn(rng, relayOf, "ar")}`;
      lines.push(p.replace(/[.]$/, `${credit}.`));
    } else lines.push(p);
    lines.push("");
  }
  return lines.join("\n");
};

// ---------------------------------------------------------------------------------------------
// The corpus

/**
 * Generates the corpus in memory, article by article, calling `emit(meta, text)` for each so that
 * a large corpus never sits in memory at once. Returns the manifest and the planted list.
 */
export const generateCorpus = ({ lexicon, articles: count, seed = 1, days }, emit) => {
  const rng = rngOf(seed);
  const roles = rolesOf(lexicon);
  if (roles.monitors.length === 0 || roles.agencies.length === 0 || roles.sides.length === 0) {
    throw new Error("the lexicon needs at least one monitor, one news agency and one belligerent with a side");
  }
  const start = roles.event?.start ?? "2024-01-01";
  const span = days ?? Math.min(365, Math.max(14, Math.ceil(count / 20)));
  const truth = buildTruth(rng, roles, start, span);
  const ctx = {
    roles,
    start,
    truth,
    rates: { correction: 0.05, breakdown: 0.08, headline: 0.1, belligerent: 0.35 },
  };
  const manifest = [];
  const planted = [];
  const seq = new Map();
  const idFor = (prefix, day) => {
    const base = `${prefix}-${day.replaceAll("-", "")}`;
    const n = (seq.get(base) ?? 0) + 1;
    seq.set(base, n);
    return `${base}-${n}`;
  };
  const publishers = [...roles.outlets, ...roles.agencies];
  let made = 0;
  while (made < count) {
    // More articles early in the offensive, fewer later: day index drawn with a decaying weight.
    const i = Math.min(span - 1, Math.floor(-Math.log(1 - rng.next() * 0.999) * (span / 4)));
    const truthDay = truth.byDay[i];
    const day = truthDay.day;
    const lang = rng.chance(0.5) ? "ar" : "en";
    const monitor = rng.pick(roles.monitors);
    const style = rng.chance(0.3) ? "monitor" : "wire";
    const agency = style === "wire" ? rng.pick(roles.agencies) : null;
    const d = dispatch(rng, ctx, { lang, day, truthDay, author: agency, monitor, style });
    // Circular reporting: the dispatch republished by several outlets, the same day or the next.
    const copies = style === "wire" && rng.chance(0.15) ? rng.int(2, 5) : 1;
    const ids = [];
    for (let c = 0; c < copies && made < count; c++, made++) {
      const relay = copies > 1 || (style === "wire" && rng.chance(0.4));
      const outlet = relay ? rng.pick(publishers) : style === "monitor" ? monitor : agency;
      const id = idFor(outlet.id, day);
      const uncertain = rng.chance(0.15);
      const meta = {
        id,
        file: `articles/${id}.txt`,
        outlet: rng.chance(0.85) ? nameIn(rng, outlet, "en") : null,
        url: rng.chance(0.5) ? `https://news.example/${outlet.id}/${day}/${id}` : null,
        language: lang,
        published: { earliest: day, latest: uncertain ? addDays(day, 1) : day },
        publishedBasis: uncertain ? "no date printed; the events reported fix the day or the next" : "date printed in the article",
      };
      const text = publish(rng, lang, d, relay && agency && outlet !== agency ? agency : null);
      manifest.push(meta);
      emit(meta, text);
      ids.push(id);
      for (const kind of d.kinds) planted.push({ kind, article: id });
    }
    if (ids.length > 1) planted.push({ kind: "circular-reporting", articles: ids, origin: agency?.id ?? monitor.id });
    // The figure that was corrected: the monitor's own statement of the higher toll, the day before.
    if (d.corrected !== null && made < count) {
      const earlierDay = i > 0 ? truth.byDay[i - 1].day : day;
      const id = idFor(monitor.id, earlierDay);
      const meta = {
        id,
        file: `articles/${id}.txt`,
        outlet: nameIn(rng, monitor, "en"),
        url: null,
        language: lang,
        published: { earliest: earlierDay, latest: earlierDay },
        publishedBasis: "date printed in the article",
      };
      const lead =
        lang === "en"
          ? `${enSubject(d.monName)} said ${fmt(lang, d.corrected)} people had been killed ${d.since}.`
          : `وثّق ${d.monName} مقتل ${d.corrected} عسكريًا ومدنيًا ${d.since}.`;
      const text = [lang === "en" ? `Toll in ${d.placeRootName} rises to ${fmt(lang, d.corrected)}` : `ارتفاع الحصيلة في ${d.placeRootName} إلى ${d.corrected}`, "", lead, "", ...fillers(rng, lang, roles, 3).flatMap((p) => [p, ""])].join("\n");
      manifest.push(meta);
      emit(meta, text);
      made++;
      planted.push({ kind: "correction-downwards", articles: [id, ...ids], from: d.corrected });
    }
  }
  return { manifest, planted, days: span, start };
};

const main = () => {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      articles: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      days: { type: "string" },
      lexicon: { type: "string", default: DEMO_LEXICON },
    },
  });
  if (!values.out) {
    console.error("usage: node scripts/generate-corpus.mjs --out DIR --articles N [--seed S] [--days D] [--lexicon FILE]");
    process.exit(2);
  }
  const out = resolve(values.out);
  const lexText = readFileSync(values.lexicon, "utf8");
  const lexicon = JSON.parse(lexText);
  if (existsSync(join(out, "articles"))) rmSync(join(out, "articles"), { recursive: true, force: true });
  mkdirSync(join(out, "articles"), { recursive: true });
  let bytes = 0;
  const t0 = performance.now();
  const result = generateCorpus(
    { lexicon, articles: Number(values.articles), seed: Number(values.seed), days: values.days ? Number(values.days) : undefined },
    (meta, text) => {
      writeFileSync(join(out, meta.file), text);
      bytes += Buffer.byteLength(text);
    },
  );
  writeFileSync(join(out, "articles.json"), JSON.stringify(result.manifest, null, 2) + "\n");
  writeFileSync(join(out, "lexicon.json"), lexText);
  writeFileSync(join(out, "planted.json"), JSON.stringify(result.planted, null, 1) + "\n");
  const summary = {
    out,
    articles: result.manifest.length,
    bytes,
    days: result.days,
    start: result.start,
    planted: Object.fromEntries(
      [...new Set(result.planted.map((p) => p.kind))].map((k) => [k, result.planted.filter((p) => p.kind === k).length]),
    ),
    ms: Math.round(performance.now() - t0),
  };
  console.error(JSON.stringify(summary));
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
