/**
 * Contradictions between figures of one group and between a group and the group above it:
 * `cross-source` (origins disagree beyond their bounds, or a part exceeds its whole),
 * `regression` (an origin's running total goes down with a new value), `translation-drift`
 * (one statement rendered with different numbers in two languages) and `bounds` (one article
 * states intervals that cannot both hold). Each looks for a reconciling explanation first.
 */
import type { GroupKey, Contradiction, Resolution } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "./analysis.js";
import { asOfText, placeName, sourceName, subjectName } from "./describe.js";
import { findSumWithDifference, isRoundingOf } from "./explain.js";
import { amountText, type Figure } from "./figures.js";
import { shortHash, sortedClaimIds } from "./order.js";
import { gapSeverity, withResolution } from "./severity.js";
import { sweepContradicting } from "./sweep.js";

export const figureText = (a: Analysis, f: Figure): string =>
  `${sourceName(a.lexicon, f.source)}'s ${amountText(f)} ${asOfText({ earliest: f.earliest, latest: f.latest })}` +
  (f.articles.length > 1 ? ` (carried by ${f.articles.length} articles)` : "");

export const scopeText = (a: Analysis, k: GroupKey): string =>
  `${k.metric} (${subjectName(a.lexicon, k.subject)}, ${placeName(a.lexicon, k.location)}${k.windowStart === null ? "" : `, since ${k.windowStart}`})`;

export const contradictionId = (kind: string, group: string, parts: readonly string[]): string =>
  `${kind}/${group}/${shortHash(parts.join("\u0000"))}`;

/** The later figure of the smaller side's origin that covers the larger: it was an earlier count. */
const laterUpdate = (a: Analysis, g: GroupAnalysis, larger: Figure, smaller: Figure): Resolution | null => {
  const own = g.byOrigin.get(smaller.origin) ?? [];
  const later = own.find((f) => f.latest > smaller.latest && f.value >= larger.low);
  if (later === undefined) return null;
  return {
    kind: "cumulative-update",
    text: `${figureText(a, smaller)} was an earlier count: ${sourceName(a.lexicon, later.source)} later reported ${amountText(later)} ${asOfText({ earliest: later.earliest, latest: later.latest })}, which includes it and agrees with ${sourceName(a.lexicon, larger.source)}`,
    claims: [...later.claims],
  };
};

const rounding = (a: Analysis, x: Figure, y: Figure): Resolution | null => {
  if (!x.exact || !y.exact) return null;
  const [round, other] = isRoundingOf(x.value, y.value) ? [x, y] : isRoundingOf(y.value, x.value) ? [y, x] : [null, null];
  if (round === null || other === null) return null;
  return {
    kind: "bounded-or-rounded",
    text: `${round.value} reads as a round figure for ${other.value} (${sourceName(a.lexicon, other.source)})`,
    claims: [],
  };
};

const partisan = (a: Analysis, x: Figure, y: Figure): Resolution | null => {
  const p = x.partisan ? x : y.partisan ? y : null;
  if (p === null) return null;
  return {
    kind: "partisan-source",
    text: `${sourceName(a.lexicon, p.source)} is a party to the fighting counting losses outside its own side: its figure is flagged as partisan and weighted down in the estimate`,
    claims: [],
  };
};

const crossSource = (a: Analysis, g: GroupAnalysis, above: Figure, below: Figure, parent: GroupAnalysis | null): Contradiction => {
  const k = g.group.key;
  const resolution =
    parent === null
      ? (findSumWithDifference(a.lexicon, a.index, k, above, below) ?? laterUpdate(a, g, above, below) ?? rounding(a, above, below) ?? partisan(a, above, below))
      : partisan(a, above, below);
  const timing =
    above.latest < below.earliest ? `; a running total said by ${above.latest} cannot be lower on ${below.earliest}` : "";
  const explanation =
    parent === null
      ? `${figureText(a, above)} against ${figureText(a, below)} for ${scopeText(a, k)}: the counts disagree beyond their stated bounds${timing}.`
      : `${figureText(a, above)} for ${scopeText(a, k)} exceeds ${figureText(a, below)} for ${scopeText(a, parent.group.key)}, which includes them: a part cannot exceed its whole${timing}.`;
  const group = parent?.group.id ?? g.group.id;
  return {
    id: contradictionId("cross-source", group, [g.group.id, above.key, below.key]),
    kind: "cross-source",
    claims: sortedClaimIds([...above.claims, ...below.claims]),
    severity: withResolution(gapSeverity(above.low, below.high), resolution),
    explanation,
    resolution,
  };
};

const regression = (a: Analysis, g: GroupAnalysis, earlier: Figure, later: Figure): Contradiction => ({
  id: contradictionId("regression", g.group.id, [earlier.key, later.key]),
  kind: "regression",
  claims: sortedClaimIds([...earlier.claims, ...later.claims]),
  severity: gapSeverity(earlier.low, later.high),
  explanation: `${sourceName(a.lexicon, later.source)}'s running total of ${scopeText(a, g.group.key)} went down from ${amountText(earlier)} ${asOfText({ earliest: earlier.earliest, latest: earlier.latest })} to ${amountText(later)} ${asOfText({ earliest: later.earliest, latest: later.latest })}; the later statement is taken as a correction and supersedes the earlier.`,
  resolution: null,
});

const langs = (a: Analysis, f: Figure): string => [...new Set(f.articles.map(a.languageOf))].sort().join("/");

const drift = (a: Analysis, g: GroupAnalysis, x: Figure, y: Figure): Contradiction => ({
  id: contradictionId("translation-drift", g.group.id, [x.key, y.key]),
  kind: "translation-drift",
  claims: sortedClaimIds([...x.claims, ...y.claims]),
  severity: "low",
  explanation: `${sourceName(a.lexicon, x.source)}'s statement of ${scopeText(a, g.group.key)} ${asOfText({ earliest: x.earliest, latest: x.latest })} reads ${x.value} in ${langs(a, x)} and ${y.value} in ${langs(a, y)}: one statement rendered with different numbers.`,
  resolution: null,
});

/** Within one article: an upper-bounded statement lies wholly below another statement's lower bound. */
const boundsIn = (a: Analysis, g: GroupAnalysis): Contradiction[] => {
  if (!g.series.figures.some((f) => !f.exact && Number.isFinite(f.high))) return [];
  const byArticle = new Map<string, Figure[]>();
  for (const f of g.series.figures)
    for (const art of f.articles) {
      const l = byArticle.get(art);
      if (l) l.push(f);
      else byArticle.set(art, [f]);
    }
  const out: Contradiction[] = [];
  for (const [art, fs] of byArticle) {
    let hi: Figure | null = null;
    let lo: Figure | null = null;
    for (const f of fs) {
      if (hi === null || f.low > hi.low) hi = f;
      if (!f.exact && Number.isFinite(f.high) && (lo === null || f.high < lo.high)) lo = f;
    }
    if (hi === null || lo === null || hi === lo || hi.low <= lo.high) continue;
    out.push({
      id: contradictionId("bounds", g.group.id, [art, hi.key, lo.key]),
      kind: "bounds",
      claims: sortedClaimIds([...hi.claims, ...lo.claims].filter((id) => a.index.byId.get(id)?.article === art)),
      severity: gapSeverity(hi.low, lo.high),
      explanation: `${art} states ${amountText(hi)} and ${amountText(lo)} for ${scopeText(a, g.group.key)}: the two intervals cannot both hold.`,
      resolution: null,
    });
  }
  return out;
};

export const conflictsOf = (a: Analysis): Contradiction[] => {
  const out: Contradiction[] = [];
  for (const g of a.byGroup.values()) {
    for (const [above, below] of sweepContradicting(g.comparable, g.comparable)) out.push(crossSource(a, g, above, below, null));
    for (const { earlier, later } of g.series.corrections) out.push(regression(a, g, earlier, later));
    for (const [x, y] of g.series.drifts) out.push(drift(a, g, x, y));
    out.push(...boundsIn(a, g));
    const parents = new Set([a.groups.subjectParent.get(g.group.id), a.groups.placeParent.get(g.group.id)]);
    for (const pid of parents) {
      const p = pid === undefined ? undefined : a.byGroup.get(pid);
      if (p === undefined) continue;
      for (const [above, below] of sweepContradicting(g.comparable, p.comparable)) out.push(crossSource(a, g, above, below, p));
    }
  }
  return out;
};
