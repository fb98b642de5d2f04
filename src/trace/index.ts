/**
 * Provenance chains: for a claim, the number with its quote, the article (outlet, URL, language,
 * publication dates) and the relay chain from the original source to the publishing outlet
 * (sohr → afp → outlet), with the group, contradictions and notes it takes part in; for a
 * timeline point (`<group id>@<date>`), its estimate and the chains of all its claims.
 * `renderTrace` is the text `recon trace <corpus> <id>` prints.
 */
import type { Claim } from "../domain/claim.js";
import type { DayInterval } from "../domain/dates.js";
import type { Reconciliation, TimelinePoint } from "../domain/reconciliation.js";
import type { ReconcileInput } from "../reconcile/index.js";
import { isPartisan } from "../reconcile/reliability.js";
import { placeName, quantityText, sourceName, subjectName } from "../reconcile/describe.js";

export interface RelayLink {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface ClaimTrace {
  readonly kind: "claim";
  readonly id: string;
  readonly claim: Claim;
  /** Lexicon names of the claim's subject and place. */
  readonly names: { readonly subject: string; readonly place: string };
  readonly article: {
    readonly id: string;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly language: string;
    readonly published: DayInterval;
  } | null;
  /** The original source first, then each intermediary, the publishing outlet last. */
  readonly relay: readonly RelayLink[];
  readonly partisan: boolean;
  readonly group: string | null;
  readonly contradictions: readonly { readonly id: string; readonly kind: string; readonly explanation: string }[];
  readonly notes: readonly { readonly id: string; readonly kind: string; readonly explanation: string }[];
}

export interface PointTrace {
  readonly kind: "point";
  readonly id: string;
  readonly group: string;
  readonly point: TimelinePoint;
  readonly claims: readonly ClaimTrace[];
}

export interface MissingTrace {
  readonly kind: "missing";
  readonly id: string;
  readonly reason: string;
}

export type Trace = ClaimTrace | PointTrace | MissingTrace;

interface Context {
  readonly input: ReconcileInput;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly articles: ReadonlyMap<string, ReconcileInput["articles"][number]>;
  readonly groupOf: ReadonlyMap<string, string>;
  readonly contradictions: ReadonlyMap<string, Reconciliation["contradictions"][number][]>;
  readonly notes: ReadonlyMap<string, Reconciliation["notes"][number][]>;
}

const push = <V>(m: Map<string, V[]>, k: string, v: V): void => {
  const l = m.get(k);
  if (l) {
    if (l[l.length - 1] !== v) l.push(v);
  } else m.set(k, [v]);
};

const contextOf = (input: ReconcileInput, rec: Reconciliation): Context => {
  const groupOf = new Map<string, string>();
  for (const g of rec.groups) for (const c of g.claims) groupOf.set(c, g.id);
  const contradictions = new Map<string, Reconciliation["contradictions"][number][]>();
  for (const x of rec.contradictions) for (const c of [...x.claims, ...(x.resolution?.claims ?? [])]) push(contradictions, c, x);
  const notes = new Map<string, Reconciliation["notes"][number][]>();
  for (const n of rec.notes) for (const c of n.claims) push(notes, c, n);
  return {
    input,
    claims: new Map(input.claims.map((c) => [c.id, c])),
    articles: new Map(input.articles.map((a) => [a.id, a])),
    groupOf,
    contradictions,
    notes,
  };
};

const link = (input: ReconcileInput, id: string): RelayLink => ({
  id,
  name: sourceName(input.lexicon, id),
  kind: input.lexicon.source(id)?.kind ?? "other",
});

const claimTrace = (ctx: Context, id: string): ClaimTrace | null => {
  const claim = ctx.claims.get(id);
  if (claim === undefined) return null;
  const { lexicon } = ctx.input;
  const meta = ctx.articles.get(claim.article);
  const chain = [claim.source, ...claim.via].filter((s, i, all) => i === 0 || s !== all[i - 1]);
  return {
    kind: "claim",
    id,
    claim,
    names: { subject: subjectName(lexicon, claim.subject), place: placeName(lexicon, claim.location) },
    article: meta === undefined ? null : { id: meta.id, outlet: meta.outlet, url: meta.url, language: meta.language, published: meta.published },
    relay: chain.map((s) => link(ctx.input, s)),
    partisan: isPartisan(lexicon, claim),
    group: ctx.groupOf.get(id) ?? null,
    contradictions: [...new Set(ctx.contradictions.get(id) ?? [])].map((c) => ({ id: c.id, kind: c.kind, explanation: c.explanation })),
    notes: (ctx.notes.get(id) ?? []).map((n) => ({ id: n.id, kind: n.kind, explanation: n.explanation })),
  };
};

export const traceClaim = (input: ReconcileInput, rec: Reconciliation, id: string): ClaimTrace | null =>
  claimTrace(contextOf(input, rec), id);

const pointTrace = (ctx: Context, rec: Reconciliation, pointId: string): PointTrace | null => {
  const at = pointId.lastIndexOf("@");
  if (at < 0) return null;
  const group = pointId.slice(0, at);
  const date = pointId.slice(at + 1);
  const point = rec.timeline.find((t) => t.group === group)?.points.find((p) => p.date === date);
  if (point === undefined) return null;
  const claims = point.claims.map((c) => claimTrace(ctx, c)).filter((t): t is ClaimTrace => t !== null);
  return { kind: "point", id: pointId, group, point, claims };
};

/** A point id is `<group id>@<date>`. */
export const tracePoint = (input: ReconcileInput, rec: Reconciliation, pointId: string): PointTrace | null =>
  pointTrace(contextOf(input, rec), rec, pointId);

/** The trace of a claim id or a point id. */
export const trace = (input: ReconcileInput, rec: Reconciliation, id: string): Trace => {
  const ctx = contextOf(input, rec);
  return (
    claimTrace(ctx, id) ??
    pointTrace(ctx, rec, id) ?? {
      kind: "missing",
      id,
      reason: id.includes("@")
        ? `no timeline point ${id}: expected <group id>@<date> of a point in the reconciliation`
        : `no claim ${id} in the corpus`,
    }
  );
};

const days = (i: DayInterval): string => (i.earliest === i.latest ? i.earliest : `${i.earliest} … ${i.latest}`);

const renderClaim = (t: ClaimTrace, indent: string): string[] => {
  const c = t.claim;
  const lines = [
    `${indent}claim ${t.id}`,
    `${indent}  ${quantityText(c.quantity)} ${c.metric}: ${t.names.subject}, ${t.names.place}`,
    `${indent}  period: ${c.window.start === null ? "undated" : `since ${c.window.start}`}${c.window.end !== null && c.tally === "period" ? ` to ${c.window.end}` : ""} (${c.tally}), said ${days(c.asOf)}`,
    `${indent}  quote: "${c.quote}" (characters ${c.span.start}–${c.span.end})`,
  ];
  if (t.article === null) lines.push(`${indent}  article: ${c.article} (not in the manifest)`);
  else {
    lines.push(`${indent}  article: ${t.article.id}, ${t.article.outlet ?? "outlet unknown"}, ${t.article.language}, published ${days(t.article.published)}`);
    if (t.article.url !== null) lines.push(`${indent}  url: ${t.article.url}`);
  }
  lines.push(`${indent}  chain: ${t.relay.map((r) => `${r.name} (${r.kind})`).join(" → ")}${t.partisan ? "  [partisan]" : ""}`);
  if (t.group !== null) lines.push(`${indent}  group: ${t.group}`);
  for (const x of t.contradictions) lines.push(`${indent}  contradiction ${x.kind}: ${x.explanation}`);
  for (const n of t.notes) lines.push(`${indent}  note ${n.kind}: ${n.explanation}`);
  return lines;
};

/** The text `recon trace <corpus> <id>` prints. */
export const renderTrace = (t: Trace): string => {
  switch (t.kind) {
    case "missing":
      return `${t.id}: ${t.reason}\n`;
    case "claim":
      return renderClaim(t, "").join("\n") + "\n";
    case "point":
      return (
        [
          `point ${t.id}`,
          `  best ${t.point.best} (low ${t.point.low}, high ${t.point.high}), method ${t.point.method}, ${t.point.claims.length} claim(s)`,
          ...t.claims.flatMap((c) => renderClaim(c, "  ")),
        ].join("\n") + "\n"
      );
  }
};
