/**
 * Differences that look like contradictions but are not, said rather than raised: stale figures
 * superseded by their origin's newer one, a later article restating an older figure, one dispatch
 * carried by many outlets (one origin, not many confirmations), a bound containing an exact figure
 * ("more than 200" and 242 agree), counts over different periods, and a part set against its whole.
 */
import type { Note } from "../domain/reconciliation.js";
import type { Analysis, GroupAnalysis } from "./analysis.js";
import { asOfText, sourceName } from "./describe.js";
import { figureText, scopeText } from "./conflicts.js";
import { amountText, type Figure } from "./figures.js";
import { compareStrings, shortHash, sortedClaimIds } from "./order.js";

const noteId = (kind: string, group: string, parts: readonly string[]): string => `${kind}/${group}/${shortHash(parts.join("\u0000"))}`;

const when = (f: Figure): string => asOfText({ earliest: f.earliest, latest: f.latest });

const staleNotes = (a: Analysis, g: GroupAnalysis): Note[] => [
  ...g.series.stale.map(({ by, superseded }) => ({
    id: noteId("cumulative-update", g.group.id, [by.key, ...superseded.map((f) => f.key)]),
    kind: "cumulative-update" as const,
    claims: sortedClaimIds([...by.claims, ...superseded.flatMap((f) => f.claims)]),
    explanation: g.group.cumulative
      ? `${sourceName(a.lexicon, by.source)} gave ${superseded.map(amountText).join(", ")} as well as ${amountText(by)} for ${scopeText(a, g.group.key)} ${when(by)}: a running total only rises, so the lower figures are earlier statements and ${amountText(by)} supersedes them.`
      : `${sourceName(a.lexicon, by.source)} gave ${superseded.map(amountText).join(", ")} as well as ${amountText(by)} for ${scopeText(a, g.group.key)} ${when(by)}: the highest is taken as its latest count.`,
  })),
  ...g.series.repeats.map(({ figure, earlier, peak }) => ({
    id: noteId("cumulative-update", g.group.id, [figure.key, earlier.key, peak.key]),
    kind: "cumulative-update" as const,
    claims: sortedClaimIds([...figure.claims, ...earlier.claims, ...peak.claims]),
    explanation: `${figureText(a, figure)} restates a figure first given ${when(earlier)}, after ${sourceName(a.lexicon, peak.source)} had reported ${amountText(peak)} ${when(peak)}: a stale figure, not a fall.`,
  })),
];

const circularNotes = (a: Analysis, g: GroupAnalysis): Note[] =>
  g.series.figures
    .filter((f) => f.articles.length > 1)
    .map((f) => {
      const relays = [...new Set(f.claims.flatMap((id) => a.index.byId.get(id)?.via ?? []))].sort(compareStrings);
      return {
        id: noteId("circular-reporting", g.group.id, [f.key]),
        kind: "circular-reporting" as const,
        claims: [...f.claims],
        explanation: `${amountText(f)} from ${sourceName(a.lexicon, f.source)} ${when(f)} is carried by ${f.articles.length} articles (${f.articles.join(", ")}${relays.length > 0 ? `; relayed by ${relays.map((r) => sourceName(a.lexicon, r)).join(", ")}` : ""}): one origin, counted once, not ${f.articles.length} confirmations.`,
      };
    });

/** A non-exact figure whose interval contains another origin's exact figure of the same day. */
const boundedNotes = (a: Analysis, g: GroupAnalysis): Note[] => {
  const byDay = new Map<string, Figure[]>();
  for (const f of g.comparable) {
    const l = byDay.get(f.latest);
    if (l) l.push(f);
    else byDay.set(f.latest, [f]);
  }
  const out: Note[] = [];
  for (const fs of byDay.values()) {
    const exacts = fs.filter((f) => f.exact).sort((x, y) => x.value - y.value || compareStrings(x.key, y.key));
    if (exacts.length === 0) continue;
    for (const b of fs) {
      if (b.exact) continue;
      let lo = 0;
      let hi = exacts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (exacts[mid]!.value < b.low) lo = mid + 1;
        else hi = mid;
      }
      let e: Figure | undefined;
      for (let i = lo; i < exacts.length && exacts[i]!.value <= b.high; i++)
        if (exacts[i]!.origin !== b.origin && exacts[i]!.value !== b.value) {
          e = exacts[i];
          break;
        }
      if (e === undefined) continue;
      out.push({
        id: noteId("bounded-or-rounded", g.group.id, [b.key, e.key]),
        kind: "bounded-or-rounded",
        claims: sortedClaimIds([...b.claims, ...e.claims]),
        explanation: `${figureText(a, b)} and ${figureText(a, e)} agree: the ${amountText(b)} contains ${e.value}.`,
      });
    }
  }
  return out;
};

/** An origin's counts of one thing on one day over different periods: not compared. */
const windowNotes = (a: Analysis): Note[] => {
  const triples = new Map<string, string[]>();
  for (const g of a.groups.groups) {
    const k = `${g.key.metric}|${g.key.subject}|${g.key.location}`;
    const l = triples.get(k);
    if (l) l.push(g.id);
    else triples.set(k, [g.id]);
  }
  const buckets = new Map<string, string[]>();
  for (const [triple, gids] of triples) {
    if (gids.length < 2) continue;
    for (const gid of gids)
      for (const c of a.byGroup.get(gid)!.claims) {
        const k = `${triple}|${c.source}|${c.asOf.latest}`;
        const l = buckets.get(k);
        if (l) l.push(c.id);
        else buckets.set(k, [c.id]);
      }
  }
  const out: Note[] = [];
  for (const ids of buckets.values()) {
    const groups = [...new Set(ids.map((id) => a.groups.groupOf.get(id)!))].sort(compareStrings);
    if (groups.length < 2) continue;
    const c0 = a.index.byId.get(ids[0]!)!;
    const parts = groups.map((gid) => {
      const g = a.byGroup.get(gid)!;
      const vals = ids.filter((id) => a.groups.groupOf.get(id) === gid).map((id) => a.index.byId.get(id)!.quantity.value ?? "?");
      const k = g.group.key;
      const period =
        k.windowEnd === undefined ? (k.windowStart === null ? "undated" : `since ${k.windowStart}`) : `${k.windowStart ?? "?"} to ${k.windowEnd ?? "?"}`;
      return `${period}: ${[...new Set(vals)].join(", ")}`;
    });
    out.push({
      id: noteId("different-window", groups[0]!, [c0.source, c0.asOf.latest, ...groups]),
      kind: "different-window",
      claims: sortedClaimIds(ids),
      explanation: `${sourceName(a.lexicon, c0.source)}'s counts of ${c0.metric} ${asOfText(c0.asOf)} cover different periods (${parts.join("; ")}): a count over a window is not a running total, and they are not compared.`,
    });
  }
  return out;
};

/** An origin's part (HTS) reported after its whole (HTS and allies) in another article: a narrower scope, not a fall. */
const scopeNotes = (a: Analysis, g: GroupAnalysis): Note[] => {
  const pid = a.groups.subjectParent.get(g.group.id);
  const p = pid === undefined ? undefined : a.byGroup.get(pid);
  if (p === undefined) return [];
  const out: Note[] = [];
  for (const [origin, own] of g.byOrigin) {
    const theirs = p.byOrigin.get(origin);
    if (theirs === undefined) continue;
    const child = own[own.length - 1]!;
    let whole: Figure | undefined;
    for (const f of theirs)
      if (f.latest <= child.latest && child.high < f.low && !f.articles.some((x) => child.articles.includes(x))) whole = f;
    if (whole === undefined) continue;
    out.push({
      id: noteId("different-scope", g.group.id, [child.key, whole.key]),
      kind: "different-scope",
      claims: sortedClaimIds([...child.claims, ...whole.claims]),
      explanation: `${figureText(a, child)} for ${scopeText(a, g.group.key)} is a part of ${figureText(a, whole)} for ${scopeText(a, p.group.key)}: a narrower scope, not a fall.`,
    });
  }
  return out;
};

export const notesOf = (a: Analysis): Note[] => {
  const out: Note[] = [];
  for (const g of a.byGroup.values()) out.push(...staleNotes(a, g), ...circularNotes(a, g), ...boundedNotes(a, g), ...scopeNotes(a, g));
  out.push(...windowNotes(a));
  return out;
};
