/** The checks behind `recon validate`: manifest, lexicon and claims-file problems name file, path and reason. */
import { describe, expect, it } from "vitest";
import { isLeft } from "fp-ts/lib/Either.js";
import { decodeProblems, formatProblem } from "../../src/codecs/errors.js";
import { ManifestC } from "../../src/codecs/manifest.js";
import { LexiconFileC, lexiconFromFile } from "../../src/codecs/lexicon.js";
import { indexLexicon, type Lexicon } from "../../src/domain/lexicon.js";
import { checkLexicon } from "../../src/validate/lexicon.js";
import { checkManifest } from "../../src/validate/manifest.js";
import { checkClaims } from "../../src/validate/claims.js";
import type { Claim } from "../../src/domain/claim.js";
import { claim as makeClaim } from "../helpers/claims.js";

const lexicon = (over: Partial<Lexicon> = {}): Lexicon => ({
  name: "t",
  description: null,
  subjects: [
    { id: "all", parent: null, party: false, names: { en: ["people"] } },
    { id: "civilians", parent: "all", party: false, names: { en: ["civilians"] } },
  ],
  sources: [{ id: "sohr", kind: "monitor", side: null, reliability: null, names: { en: ["SOHR"] } }],
  places: [{ id: "syria", parent: null, names: { en: ["Syria"] } }],
  metrics: [{ id: "killed", cumulative: true, names: { en: ["killed"] } }],
  events: [],
  defaults: { subject: "all", location: "syria" },
  ...over,
});

describe("manifest", () => {
  it("a bad entry names articles.json, the entry and what is wrong", () => {
    const decoded = ManifestC.decode([{ id: 3 }]);
    expect(isLeft(decoded)).toBe(true);
    if (!isLeft(decoded)) return;
    const lines = decodeProblems("corpus/articles.json", decoded.left).map(formatProblem);
    expect(lines).toContain("corpus/articles.json: [0].id: expected non-empty string, got number 3");
    expect(lines.some((l) => l.startsWith("corpus/articles.json: [0].file: expected non-empty string, got undefined"))).toBe(true);
    expect(lines.some((l) => l.startsWith("corpus/articles.json: [0].published: "))).toBe(true);
  });

  it("a union field names the union, not one of its members", () => {
    const decoded = ManifestC.decode([
      { id: "a", file: "a.txt", outlet: 5, url: null, language: "en", published: { earliest: "2024-11-30", latest: "2024-11-30" } },
    ]);
    if (!isLeft(decoded)) throw new Error("expected a failure");
    expect(decodeProblems("m.json", decoded.left).map(formatProblem)).toEqual(["m.json: [0].outlet: expected (string | null), got number 5"]);
  });

  it("an impossible date is refused", () => {
    const decoded = ManifestC.decode([
      { id: "a", file: "a.txt", outlet: null, url: null, language: "en", published: { earliest: "2024-02-30", latest: "2024-03-01" } },
    ]);
    expect(isLeft(decoded)).toBe(true);
  });

  it("duplicate ids, shared files, paths leaving the corpus and reversed intervals are problems", () => {
    const base = { outlet: null, url: null, language: "en", publishedBasis: null, published: { earliest: "2024-11-30", latest: "2024-11-30" } };
    const problems = checkManifest("m.json", [
      { ...base, id: "a", file: "articles/a.txt" },
      { ...base, id: "a", file: "articles/a.txt" },
      { ...base, id: "c", file: "../etc/passwd" },
      { ...base, id: "d", file: "articles/d.txt", published: { earliest: "2024-12-02", latest: "2024-12-01" } },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'm.json: [1].id: duplicate article id "a" (first at [0])',
      'm.json: [1].file: "articles/a.txt" is also the file of [0]',
      'm.json: [2].file: "../etc/passwd" must be a path inside the corpus folder',
      "m.json: [3].published: earliest 2024-12-02 is after latest 2024-12-01",
    ]);
  });
});

describe("lexicon", () => {
  it("a clean lexicon has no problems", () => {
    expect(checkLexicon("l.json", lexicon())).toEqual([]);
  });

  it("an unknown parent is refused with its path", () => {
    const l = lexicon({ places: [{ id: "aleppo", parent: "syriaa", names: {} }], defaults: { subject: "all", location: "aleppo" } });
    expect(checkLexicon("l.json", l).map(formatProblem)).toEqual(['l.json: places[0].parent: unknown parent "syriaa" (no places entry has that id)']);
  });

  it("a cycle is refused once, showing the loop", () => {
    const l = lexicon({
      subjects: [
        { id: "all", parent: null, party: false, names: {} },
        { id: "a", parent: "b", party: false, names: {} },
        { id: "b", parent: "a", party: false, names: {} },
      ],
    });
    const lines = checkLexicon("l.json", l).map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^l\.json: subjects\[1\]\.parent: cycle in the hierarchy: a → b → a$/);
  });

  it("an alias claimed by two ids of one list is refused; the same name in two lists is fine", () => {
    const l = lexicon({
      sources: [
        { id: "sohr", kind: "monitor", side: null, reliability: null, names: { en: ["the monitor"] } },
        { id: "other", kind: "other", side: null, reliability: null, names: { en: ["The Monitor"] } },
      ],
      places: [{ id: "syria", parent: null, names: { en: ["civilians"] } }],
    });
    expect(checkLexicon("l.json", l).map(formatProblem)).toEqual([
      'l.json: sources[1].names.en[0]: alias "The Monitor" is claimed by "sohr" (sources[0].names.en[0]) and "other"',
    ]);
  });

  it("defaults and sides must name entries; reliability lies in 0..1", () => {
    const l = lexicon({
      sources: [{ id: "x", kind: "belligerent", side: "nobody", reliability: 2, names: {} }],
      defaults: { subject: "none", location: "nowhere" },
    });
    expect(checkLexicon("l.json", l).map((p) => p.path)).toEqual(["sources[0].side", "sources[0].reliability", "defaults.subject", "defaults.location"]);
  });

  it("a metric's default subject and the subjects it never counts or is implied for must name subjects", () => {
    const l = lexicon({ metrics: [{ id: "displaced", cumulative: true, defaultSubject: "nobody", notOf: ["civilians", "soldiers"], impliedFor: ["households"], names: {} }] });
    expect(checkLexicon("l.json", l).map(formatProblem)).toEqual([
      'l.json: metrics[0].defaultSubject: unknown subject "nobody"',
      'l.json: metrics[0].notOf[1]: unknown subject "soldiers"',
      'l.json: metrics[0].impliedFor[0]: unknown subject "households"',
    ]);
  });

  it("the codec refuses a wrong source kind with the path", () => {
    const decoded = LexiconFileC.decode({ ...lexicon(), sources: [{ id: "x", kind: "blog", names: {} }] });
    if (!isLeft(decoded)) throw new Error("expected a failure");
    expect(decodeProblems("l.json", decoded.left).map(formatProblem)).toEqual(['l.json: sources[0].kind: expected SourceKind, got string "blog"']);
  });

  it("optional fields are filled in", () => {
    const decoded = LexiconFileC.decode({ ...lexicon(), events: undefined, sources: [{ id: "x", kind: "monitor", names: {} }] });
    if (isLeft(decoded)) throw new Error("expected success");
    const l = lexiconFromFile(decoded.right);
    expect(l.events).toEqual([]);
    expect(l.sources[0]).toEqual({ id: "x", kind: "monitor", side: null, reliability: null, names: {} });
  });
});

describe("claims file references", () => {
  const text = "The monitor said 24 civilians were killed.";
  const claim = (over: Partial<Claim> = {}): Claim =>
    makeClaim({ id: "a#1", value: 24, subject: "civilians", location: "syria", span: { start: 17, end: 29 }, quote: "24 civilians", rule: "review", ...over });
  const ctx = { texts: new Map([["a", text]]), lexicon: indexLexicon(lexicon()), outletIds: new Set(["example-news"]) };

  it("a claim that holds is clean", () => {
    expect(checkClaims("c.json", [claim()], ctx)).toEqual([]);
  });

  it("every broken reference is named", () => {
    const problems = checkClaims(
      "c.json",
      [
        claim({ id: "a#1", span: { start: 0, end: 3 } }),
        claim({ id: "a#2", article: "zz" }),
        claim({ id: "a#3", partOf: "a#9", subject: "martians", source: "nobody", via: ["example-news"] }),
        claim({ id: "a#3", quantity: { value: 200, qualifier: "more-than", low: 200, high: null } }),
      ],
      ctx,
    ).map(formatProblem);
    expect(problems).toEqual([
      'c.json: claims[3].id: duplicate claim id "a#3" (first at claims[2])',
      'c.json: claims[0].span: span 0-3 slices to "The", not to the quote "24 civilians"',
      'c.json: claims[1].article: unknown article "zz" (not in articles.json)',
      'c.json: claims[2].partOf: unknown claim "a#9"',
      'c.json: claims[2].subject: unknown subject "martians" (not in lexicon.json)',
      'c.json: claims[2].source: unknown source "nobody" (neither in lexicon.json nor an outlet of articles.json)',
      'c.json: claims[3].quantity: bounds 200..null do not agree with "more-than" 200',
    ]);
  });
});
