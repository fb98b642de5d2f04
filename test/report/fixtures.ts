/**
 * Hand-made report contexts for the renderer tests: claims of the Aleppo 2024 demo corpus (Arabic
 * quotes as the articles print them, built with the shared claim helper), a reconciliation of them
 * with every kind of element a report shows (groups, a timeline over several days, contradictions
 * with and without explanations, notes, source summaries with a partisan source), and a hostile
 * variant whose article text, names and URLs try to inject markup, scripts, Markdown and terminal
 * escapes.
 */
import { join } from "node:path";
import type { Claim } from "../../src/domain/claim.js";
import type { ArticleMeta } from "../../src/domain/corpus.js";
import { indexLexicon, type Lexicon, type LexiconIndex } from "../../src/domain/lexicon.js";
import { vagueQuantity } from "../../src/domain/quantity.js";
import type { Reconciliation } from "../../src/domain/reconciliation.js";
import type { ReportContext } from "../../src/report/context.js";
import { claim, exact, moreThan, nearly } from "../helpers/claims.js";
import { DEMO_CORPUS, loadLexiconSync } from "../helpers/corpus.js";

export const demoLexicon = (): LexiconIndex => loadLexiconSync(join(DEMO_CORPUS, "lexicon.json"));

export const demoArticles = (): ArticleMeta[] => [
  {
    id: "memo-20241130",
    file: "articles/memo-20241130.txt",
    outlet: "Middle East Monitor",
    url: "https://www.middleeastmonitor.com/20241130-syria-255-killed-in-ongoing-clashes/",
    language: "ar",
    published: { earliest: "2024-11-30", latest: "2024-11-30" },
    publishedBasis: "date in the URL",
  },
  {
    id: "afp-relay-20241130",
    file: "articles/afp-relay-20241130.txt",
    outlet: null,
    url: null,
    language: "ar",
    published: { earliest: "2024-11-30", latest: "2024-11-30" },
    publishedBasis: "text says 'today, Saturday'",
  },
  {
    id: "wires-343-20241130",
    file: "articles/wires-343-20241130.txt",
    outlet: null,
    url: null,
    language: "ar",
    published: { earliest: "2024-11-30", latest: "2024-11-30" },
    publishedBasis: "text says 'today, Saturday'",
  },
  {
    id: "wednesday-clashes-20241127",
    file: "articles/wednesday-clashes-20241127.txt",
    outlet: null,
    url: null,
    language: "ar",
    published: { earliest: "2024-11-27", latest: "2024-11-28" },
    publishedBasis: "reports the first day of the offensive as news",
  },
  {
    id: "alaraby-tv-20241129",
    file: "articles/alaraby-tv-20241129.txt",
    outlet: "Al-Araby TV",
    url: "https://www.alaraby.com/news/aleppo-20241129",
    language: "ar",
    published: { earliest: "2024-11-29", latest: "2024-11-30" },
    publishedBasis: "cites its own correspondent",
  },
];

export const demoClaims = (): Claim[] => [
  claim({
    id: "memo-20241130#1",
    quantity: exact(255),
    via: ["middle-east-monitor"],
    quote: "وسجل المرصد السوري لحقوق الإنسان مقتل 255 عسكريًا ومدنيًا منذ فجر الأربعاء الماضي",
  }),
  claim({ id: "memo-20241130#3", quantity: exact(135), subject: "hts", via: ["middle-east-monitor"], partOf: "memo-20241130#1", quote: "135 عنصرًا من هيئة تحرير الشام" }),
  claim({ id: "memo-20241130#4", quantity: exact(24), subject: "sna", via: ["middle-east-monitor"], partOf: "memo-20241130#1", quote: "24 عنصرًا من فصائل الجيش الوطني" }),
  claim({ id: "memo-20241130#5", quantity: exact(100), subject: "government", via: ["middle-east-monitor"], partOf: "memo-20241130#1", quote: "100 عنصر من قوات النظام والمسلحين الموالين لها" }),
  claim({ id: "memo-20241130#6", quantity: exact(24), subject: "civilians", via: ["middle-east-monitor"], partOf: "memo-20241130#1", quote: "24 مدنيًا" }),
  claim({ id: "afp-relay-20241130#1", quantity: exact(311), via: ["afp"], quote: "ارتفعت حصيلة القتلى إلى 311 شخصًا منذ الأربعاء" }),
  claim({ id: "afp-relay-20241130#2", quantity: exact(327), via: ["afp"], quote: "وأحصى المرصد مقتل 327 شخصًا بينهم 44 مدنيًا" }),
  claim({ id: "wires-343-20241130#1", quantity: exact(343), via: ["afp"], headline: true, quote: "سقوط 343 قتيلًا خلال غارات ومواجهات في حلب وإدلب" }),
  claim({
    id: "wires-343-20241130#2",
    quantity: exact(16),
    location: "basel-roundabout",
    tally: "period",
    window: { start: "2024-11-30", end: "2024-11-30" },
    quote: "مقتل 16 شخصاً في الغارة على دوار الباسل",
  }),
  claim({
    id: "wednesday-clashes-20241127#1",
    quantity: nearly(100),
    subject: "combatants",
    tally: "period",
    window: { start: "2024-11-27", end: "2024-11-27" },
    asOf: { earliest: "2024-11-27", latest: "2024-11-28" },
    quote: "ما يقرب من 100 مقاتل وجندي قتلوا خلال اشتباكات يوم الأربعاء",
  }),
  claim({
    id: "wednesday-clashes-20241127#2",
    quantity: vagueQuantity("dozens"),
    subject: "combatants",
    source: "other",
    asOf: { earliest: "2024-11-27", latest: "2024-11-28" },
    quote: "قُتل العشرات من جنود الجيش السوري ومقاتلي المعارضة",
    rule: "ar/vague-count",
  }),
  claim({
    id: "alaraby-tv-20241129#1",
    quantity: exact(242),
    via: ["al-araby-tv"],
    asOf: { earliest: "2024-11-29", latest: "2024-11-30" },
    quote: "ارتفاع حصيلة القتلى إلى 242 قتيلًا بحسب المرصد السوري",
  }),
  claim({
    id: "alaraby-tv-20241129#2",
    quantity: moreThan(200),
    subject: "government",
    source: "opposition-ops",
    via: ["al-araby-tv"],
    asOf: { earliest: "2024-11-29", latest: "2024-11-30" },
    quote: "مقتل أكثر من 200 عنصر من قوات النظام",
  }),
  claim({
    id: "alaraby-tv-20241129#3",
    metric: "localities-seized",
    quantity: moreThan(10),
    subject: "opposition",
    location: "aleppo-city",
    source: "al-araby-tv",
    asOf: { earliest: "2024-11-29", latest: "2024-11-30" },
    quote: "أكثر من 10 أحياء في المدينة",
    rule: "ar/localities",
  }),
];

const MAIN = "killed/all/aleppo-and-idlib/2024-11-27";
const GOV = "killed/government/aleppo-and-idlib/2024-11-27";
const HTS = "killed/hts/aleppo-and-idlib/2024-11-27";
const SEIZED = "localities-seized/opposition/aleppo-city/2024-11-27";

const key = (metric: string, subject: string, location: string, windowStart: string | null) => ({ metric, subject, location, windowStart });

export const demoReconciliation = (): Reconciliation => ({
  corpus: "aleppo-2024",
  generatedFrom: { articles: 5, claims: 14 },
  groups: [
    {
      id: MAIN,
      key: key("killed", "all", "aleppo-and-idlib", "2024-11-27"),
      cumulative: true,
      claims: ["memo-20241130#1", "afp-relay-20241130#1", "afp-relay-20241130#2", "wires-343-20241130#1", "alaraby-tv-20241129#1"],
      parts: [GOV, HTS],
    },
    { id: GOV, key: key("killed", "government", "aleppo-and-idlib", "2024-11-27"), cumulative: true, claims: ["memo-20241130#5", "alaraby-tv-20241129#2"], parts: [] },
    { id: HTS, key: key("killed", "hts", "aleppo-and-idlib", "2024-11-27"), cumulative: true, claims: ["memo-20241130#3"], parts: [] },
    { id: SEIZED, key: key("localities-seized", "opposition", "aleppo-city", "2024-11-27"), cumulative: true, claims: ["alaraby-tv-20241129#3"], parts: [] },
  ],
  contradictions: [
    {
      id: "c1",
      kind: "breakdown-mismatch",
      claims: ["memo-20241130#1", "memo-20241130#3", "memo-20241130#4", "memo-20241130#5", "memo-20241130#6"],
      severity: "high",
      explanation: "The parts add up to 283 (135 + 24 + 100 + 24), more than the total of 255.",
      resolution: null,
    },
    {
      id: "c2",
      kind: "cross-source",
      claims: ["wires-343-20241130#1", "afp-relay-20241130#2"],
      severity: "medium",
      explanation: "The headline says 343 killed; the same source gave 327 the same day.",
      resolution: { kind: "sum-of-claims", text: "343 = 327 + 16 killed at Basel roundabout", claims: ["wires-343-20241130#2"] },
    },
    {
      id: "c3",
      kind: "bounds",
      claims: ["alaraby-tv-20241129#2", "memo-20241130#5"],
      severity: "high",
      explanation: "More than 200 government forces killed cannot hold beside 100 a day later.",
      resolution: {
        kind: "partisan-source",
        text: "The Military Operations Command is a belligerent counting its enemy's losses.",
        claims: [],
      },
    },
  ],
  notes: [
    {
      id: "n1",
      kind: "cumulative-update",
      claims: ["memo-20241130#1", "afp-relay-20241130#1"],
      explanation: "311 is a later update of 255: the later figure includes the earlier one.",
    },
    {
      id: "n2",
      kind: "different-window",
      claims: ["wednesday-clashes-20241127#1", "memo-20241130#1"],
      explanation: "Nearly 100 counts Wednesday alone; 255 counts since Wednesday.",
    },
  ],
  timeline: [
    {
      group: MAIN,
      key: key("killed", "all", "aleppo-and-idlib", "2024-11-27"),
      cumulative: true,
      points: [
        { date: "2024-11-27", low: 90, best: 97, high: 100, claims: ["wednesday-clashes-20241127#1"], method: "single-claim" },
        { date: "2024-11-29", low: 242, best: 242, high: 255, claims: ["alaraby-tv-20241129#1"], method: "single-claim" },
        {
          date: "2024-11-30",
          low: 327,
          best: 343,
          high: 350,
          claims: ["memo-20241130#1", "afp-relay-20241130#1", "afp-relay-20241130#2", "wires-343-20241130#1"],
          method: "latest-statement",
        },
      ],
    },
    {
      group: GOV,
      key: key("killed", "government", "aleppo-and-idlib", "2024-11-27"),
      cumulative: true,
      points: [{ date: "2024-11-30", low: 100, best: 100, high: 201, claims: ["memo-20241130#5", "alaraby-tv-20241129#2"], method: "weighted-median" }],
    },
    {
      group: HTS,
      key: key("killed", "hts", "aleppo-and-idlib", "2024-11-27"),
      cumulative: true,
      points: [{ date: "2024-11-30", low: 135, best: 135, high: 135, claims: ["memo-20241130#3"], method: "single-claim" }],
    },
    {
      group: SEIZED,
      key: key("localities-seized", "opposition", "aleppo-city", "2024-11-27"),
      cumulative: true,
      points: [{ date: "2024-11-29", low: 11, best: 11, high: 11, claims: ["alaraby-tv-20241129#3"], method: "bounds-only" }],
    },
  ],
  sources: [
    {
      source: "sohr",
      kind: "monitor",
      claims: ["memo-20241130#1", "afp-relay-20241130#1", "afp-relay-20241130#2", "wires-343-20241130#1", "alaraby-tv-20241129#1"],
      agreement: 0.8,
      partisan: false,
      relayedBy: ["middle-east-monitor", "afp", "al-araby-tv"],
      notes: ["Its running total rose from 242 to 343 over two days."],
    },
    {
      source: "opposition-ops",
      kind: "belligerent",
      claims: ["alaraby-tv-20241129#2"],
      agreement: 0,
      partisan: true,
      relayedBy: ["al-araby-tv"],
      notes: ["Counts the losses of the side it fights."],
    },
    { source: "al-araby-tv", kind: "outlet", claims: ["alaraby-tv-20241129#3"], agreement: null, partisan: false, relayedBy: [], notes: [] },
    { source: "other", kind: "other", claims: ["wednesday-clashes-20241127#2"], agreement: null, partisan: false, relayedBy: [], notes: [] },
  ],
});

export const GENERATED_AT = "2024-12-01T09:00:00Z";

export const demoContext = (): ReportContext => ({
  reconciliation: demoReconciliation(),
  claims: demoClaims(),
  articles: demoArticles(),
  lexicon: demoLexicon(),
  generatedAt: GENERATED_AT,
});

/** Hostile strings: markup, script, event handlers, Markdown table breakers, terminal escapes. */
export const HOSTILE = {
  script: "<script>window.__pwned = 1</script>",
  img: '<img src=x onerror="window.__pwned = 2">',
  markdown: "| cell | break ``` `code` **bold** [link](javascript:alert(1))",
  terminal: "\u001b[31mred\u001b[0m\u202eevil",
  quoteBreak: "\"'><svg onload=window.__pwned=3>",
  url: "javascript:window.__pwned=4",
} as const;

const hostileLexicon = (lex: Lexicon): Lexicon => ({
  ...lex,
  sources: lex.sources.map((s) =>
    s.id === "sohr" ? { ...s, names: { ...s.names, en: [`SOHR ${HOSTILE.img}`] } } : s,
  ),
});

/** The demo context with hostile text in quotes, names, outlets, URLs and explanations. */
export const hostileContext = (): ReportContext => {
  const base = demoContext();
  const claims = base.claims.map((c) =>
    c.id === "memo-20241130#1"
      ? { ...c, quote: `${c.quote} ${HOSTILE.script} ${HOSTILE.img}` }
      : c.id === "wires-343-20241130#1"
        ? { ...c, quote: `${HOSTILE.markdown} ${HOSTILE.terminal} ${HOSTILE.quoteBreak}` }
        : c,
  );
  const articles = base.articles.map((a) =>
    a.id === "memo-20241130" ? { ...a, outlet: `Monitor ${HOSTILE.script}`, url: HOSTILE.url } : a,
  );
  const rec = base.reconciliation;
  return {
    ...base,
    claims,
    articles,
    lexicon: indexLexicon(hostileLexicon(base.lexicon.lexicon)),
    reconciliation: {
      ...rec,
      corpus: `corpus ${HOSTILE.script}`,
      contradictions: rec.contradictions.map((c) =>
        c.id === "c1" ? { ...c, explanation: `${c.explanation} ${HOSTILE.markdown} ${HOSTILE.img}` } : c,
      ),
    },
  };
};
