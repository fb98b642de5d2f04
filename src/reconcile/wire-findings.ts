/**
 * Findings as they come back from the second thread: contradictions, notes, timelines and the
 * source counts of its groups as typed arrays, their claims by position among the claims it was
 * given, their short repeated texts (kinds, severities, methods, days, sources) as one table and
 * their ids and explanations as one string with their lengths. The main thread makes the records
 * again from these, with the claim ids of its own columns, in the order the thread made them.
 */
import type { Contradiction, Group, Note, Resolution, Timeline, TimelinePoint } from "../domain/reconciliation.js";
import type { FamilyOutput } from "./family.js";
import type { SourceCounts } from "./sources.js";
import { TextTable } from "./wire-claims.js";

export interface FindingsOnWire {
  readonly texts: readonly string[];
  /** Ids, explanations and resolution texts, in the order read back; `lengths` one per text. */
  readonly unique: string;
  readonly lengths: Int32Array;
  /**
   * Per contradiction: kind, severity, resolution kind (-1 for none), claim count and the
   * resolution's claim count; per note: kind and claim count (numbers into `texts`).
   */
  readonly contradictions: Int32Array;
  readonly notes: Int32Array;
  /**
   * Per timeline: the group's position among the thread's groups and its point count; per point:
   * its day, its method and its claim count (-1: the claims of the point before).
   */
  readonly timelines: Int32Array;
  readonly points: Int32Array;
  /** Low, best and high of each point. */
  readonly values: Float64Array;
  /** Every list of claims, by position among the claims the thread was given. */
  readonly claims: Int32Array;
  /** Per source (a number into `texts`): superseded, corrections, compared and agreed. */
  readonly sources: Int32Array;
}

/** The buffers of `w`, to be moved rather than copied. */
export const findingBuffers = (w: FindingsOnWire): ArrayBuffer[] =>
  [w.lengths, w.contradictions, w.notes, w.timelines, w.points, w.values, w.claims, w.sources].map((a) => a.buffer as ArrayBuffer);

/** Numbers per contradiction, note, timeline, point and source. */
const CONTRADICTION = 5;
const NOTE = 2;
const TIMELINE = 2;
const POINT = 3;
const SOURCE = 5;

/**
 * Findings put on the wire as they are made, family by family, so that their records go young:
 * `positionOf` gives the position of a claim id among the claims the thread was given.
 */
export class FindingsWriter {
  private readonly table = new TextTable();
  /** Texts and claim lists of contradictions, of notes and of points, each kind apart (read back in that order). */
  private readonly unique: [string[], string[]] = [[], []];
  private readonly claims: [number[], number[], number[]] = [[], [], []];
  private readonly cs: number[] = [];
  private readonly ns: number[] = [];
  private readonly ts: number[] = [];
  private readonly ps: number[] = [];
  private readonly values: number[] = [];

  constructor(private readonly positionOf: (id: string) => number) {}

  private list(into: number[], ids: readonly string[]): number {
    for (const id of ids) into.push(this.positionOf(id));
    return ids.length;
  }

  /** Takes the findings of `out` (timelines at the thread's group positions `at`), leaving it empty. */
  take(out: FamilyOutput, at: readonly number[]): void {
    const { table } = this;
    const [cText, nText] = this.unique;
    const [cClaims, nClaims, pClaims] = this.claims;
    for (const c of out.contradictions) {
      this.cs.push(
        table.of(c.kind),
        table.of(c.severity),
        c.resolution === null ? -1 : table.of(c.resolution.kind),
        this.list(cClaims, c.claims),
        c.resolution === null ? 0 : this.list(cClaims, c.resolution.claims),
      );
      cText.push(c.id, c.explanation);
      if (c.resolution !== null) cText.push(c.resolution.text);
    }
    for (const n of out.notes) {
      this.ns.push(table.of(n.kind), this.list(nClaims, n.claims));
      nText.push(n.id, n.explanation);
    }
    out.contradictions.length = 0;
    out.notes.length = 0;
    for (const k of at) {
      const t = out.timeline[k];
      if (t === undefined) continue;
      out.timeline[k] = undefined;
      this.ts.push(k, t.points.length);
      let last: readonly string[] | null = null;
      for (const p of t.points) {
        this.ps.push(table.of(p.date), table.of(p.method), p.claims === last ? -1 : this.list(pClaims, p.claims));
        last = p.claims;
        this.values.push(p.low, p.best, p.high);
      }
    }
  }

  /** What was taken, with the source counts `counts`. */
  finish(counts: ReadonlyMap<string, SourceCounts>): FindingsOnWire {
    const sources = new Int32Array(counts.size * SOURCE);
    let s = 0;
    for (const [source, x] of counts) {
      sources.set([this.table.of(source), x.superseded, x.corrections, x.compared, x.agreed], s);
      s += SOURCE;
    }
    const unique = this.unique[0].concat(this.unique[1]);
    return {
      texts: this.table.texts,
      unique: unique.join(""),
      lengths: Int32Array.from(unique, (u) => u.length),
      contradictions: Int32Array.from(this.cs),
      notes: Int32Array.from(this.ns),
      timelines: Int32Array.from(this.ts),
      points: Int32Array.from(this.ps),
      values: Float64Array.from(this.values),
      claims: Int32Array.from(this.claims[0].concat(this.claims[1], this.claims[2])),
      sources,
    };
  }
}

/** Where the findings read back go, and what they are read with. */
export interface FindingsSink {
  readonly out: FamilyOutput;
  /** The claim id of a position among the claims the thread was given. */
  readonly idOf: (position: number) => string;
  /** The position among all groups of a group's position among the thread's groups. */
  readonly groupAt: (position: number) => number;
  readonly groups: readonly Group[];
  readonly addCounts: (source: string, counts: SourceCounts) => void;
}

/** Reads `w` back into `sink`, in the order the thread made its findings. */
export const decodeFindings = (w: FindingsOnWire, sink: FindingsSink): void => {
  const { texts, unique, lengths, claims, values } = w;
  let u = 0;
  let at = 0;
  const next = (): string => {
    const s = unique.slice(at, (at += lengths[u++]!));
    return s;
  };
  let r = 0;
  // Lists of the output are allocated at their exact length.
  const ids = (n: number): string[] => {
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = sink.idOf(claims[r++]!);
    return out;
  };
  const cs = w.contradictions;
  for (let i = 0; i < cs.length; i += CONTRADICTION) {
    const id = next();
    const explanation = next();
    const claimIds = ids(cs[i + 3]!);
    let resolution: Resolution | null = null;
    if (cs[i + 2]! >= 0) resolution = { kind: texts[cs[i + 2]!]! as Resolution["kind"], text: next(), claims: ids(cs[i + 4]!) };
    sink.out.contradictions.push({
      id,
      kind: texts[cs[i]!]! as Contradiction["kind"],
      claims: claimIds,
      severity: texts[cs[i + 1]!]! as Contradiction["severity"],
      explanation,
      resolution,
    });
  }
  const ns = w.notes;
  for (let i = 0; i < ns.length; i += NOTE) {
    const id = next();
    const explanation = next();
    sink.out.notes.push({ id, kind: texts[ns[i]!]! as Note["kind"], claims: ids(ns[i + 1]!), explanation });
  }
  const ts = w.timelines;
  const ps = w.points;
  let p = 0;
  for (let i = 0; i < ts.length; i += TIMELINE) {
    const gi = sink.groupAt(ts[i]!);
    const group = sink.groups[gi]!;
    const points: TimelinePoint[] = new Array(ts[i + 1]!);
    let last: readonly string[] = [];
    for (let k = 0; k < points.length; k++, p++) {
      const n = ps[POINT * p + 2]!;
      if (n >= 0) last = ids(n);
      points[k] = {
        date: texts[ps[POINT * p]!]!,
        low: values[3 * p]!,
        best: values[3 * p + 1]!,
        high: values[3 * p + 2]!,
        claims: last,
        method: texts[ps[POINT * p + 1]!]! as TimelinePoint["method"],
      };
    }
    const t: Timeline = { group: group.id, key: group.key, cumulative: group.cumulative, points };
    sink.out.timeline[gi] = t;
  }
  const ss = w.sources;
  for (let i = 0; i < ss.length; i += SOURCE)
    sink.addCounts(texts[ss[i]!]!, { superseded: ss[i + 1]!, corrections: ss[i + 2]!, compared: ss[i + 3]!, agreed: ss[i + 4]! });
};
