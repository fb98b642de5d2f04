/** The PROV-JSON export has the structure of the W3C PROV-JSON submission and every relation points at records that exist. */
import { describe, expect, it } from "vitest";
import { renderProv } from "../../src/report/index.js";
import { demoContext, hostileContext } from "./fixtures.js";

type Doc = Record<string, Record<string, Record<string, unknown>>>;

const PROV_JSON_KEYS = new Set([
  "prefix", "entity", "activity", "agent", "wasGeneratedBy", "used", "wasInformedBy", "wasStartedBy", "wasEndedBy",
  "wasInvalidatedBy", "wasDerivedFrom", "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy",
  "specializationOf", "alternateOf", "hadMember", "mentionOf", "bundle",
]);

/** For each relation, the attribute naming each of its arguments and the record kind it must name. */
const ROLES: Record<string, Record<string, "entity" | "activity" | "agent">> = {
  wasGeneratedBy: { "prov:entity": "entity", "prov:activity": "activity" },
  used: { "prov:activity": "activity", "prov:entity": "entity" },
  wasDerivedFrom: { "prov:generatedEntity": "entity", "prov:usedEntity": "entity", "prov:activity": "activity" },
  wasAttributedTo: { "prov:entity": "entity", "prov:agent": "agent" },
  wasAssociatedWith: { "prov:activity": "activity", "prov:agent": "agent" },
  actedOnBehalfOf: { "prov:delegate": "agent", "prov:responsible": "agent" },
};

const check = (doc: Doc) => {
  for (const key of Object.keys(doc)) expect(PROV_JSON_KEYS.has(key), key).toBe(true);
  expect(doc.prefix).toHaveProperty("recon");
  const prefixes = new Set([...Object.keys(doc.prefix ?? {}), "prov", "xsd", "_"]);
  for (const kind of ["entity", "activity", "agent"] as const) {
    for (const [id, attrs] of Object.entries(doc[kind] ?? {})) {
      expect(prefixes.has(id.split(":")[0]!), id).toBe(true);
      expect(id).toMatch(/^[A-Za-z_][\w-]*:[^\s<>"{}|\\^`]*$/);
      for (const [k, v] of Object.entries(attrs)) {
        expect(prefixes.has(k.split(":")[0]!), k).toBe(true);
        expect(v, `${id} ${k}`).not.toBeNull();
      }
    }
  }
  for (const [relation, roles] of Object.entries(ROLES)) {
    for (const [id, attrs] of Object.entries(doc[relation] ?? {})) {
      expect(id.startsWith("_:"), id).toBe(true);
      for (const [attr, kind] of Object.entries(roles)) {
        const ref = attrs[attr];
        if (ref === undefined && (attr === "prov:activity" && relation === "wasDerivedFrom")) continue;
        expect(typeof ref, `${relation} ${id} ${attr}`).toBe("string");
        expect(doc[kind]?.[ref as string], `${relation} ${id}: ${attr} ${String(ref)} is not a known ${kind}`).toBeDefined();
      }
    }
  }
};

const relations = (doc: Doc, name: string) => Object.values(doc[name] ?? {});

describe("renderProv", () => {
  const ctx = demoContext();
  const doc = JSON.parse(renderProv(ctx)) as Doc;

  it("has the PROV-JSON top-level structure and every relation's ids exist", () => {
    for (const key of ["prefix", "entity", "agent", "activity", "wasDerivedFrom", "wasAttributedTo", "wasGeneratedBy", "used"]) {
      expect(Object.keys(doc[key] ?? {}).length, key).toBeGreaterThan(0);
    }
    check(doc);
  });

  it("makes articles and claims entities, sources agents, extraction and reconciliation activities", () => {
    const entities = Object.keys(doc.entity ?? {});
    expect(entities).toContain("recon:article-memo-20241130");
    expect(entities).toContain("recon:claim-memo-20241130%231");
    expect(Object.keys(doc.agent ?? {})).toEqual(expect.arrayContaining(["recon:source-sohr", "recon:source-afp", "recon:source-opposition-ops", "recon:engine"]));
    expect(Object.keys(doc.activity ?? {})).toEqual(expect.arrayContaining(["recon:extraction-memo-20241130", "recon:reconciliation-aleppo-2024"]));
    expect(doc.entity?.["recon:claim-memo-20241130%231"]?.["prov:label"]).toBe(ctx.claims[0]!.quote);
  });

  it("derives each claim from its article and attributes it to its original source", () => {
    for (const c of ctx.claims) {
      const id = `recon:claim-${encodeURIComponent(c.id)}`;
      expect(relations(doc, "wasDerivedFrom").some((r) => r["prov:generatedEntity"] === id && r["prov:usedEntity"] === `recon:article-${c.article}`), c.id).toBe(true);
      expect(relations(doc, "wasAttributedTo").some((r) => r["prov:entity"] === id && r["prov:agent"] === `recon:source-${c.source}`), c.id).toBe(true);
    }
  });

  it("writes a relay chain as quotations: source, then each intermediary, then the claim", () => {
    const c = ctx.claims.find((x) => x.id === "afp-relay-20241130#1")!;
    const quotations = relations(doc, "wasDerivedFrom").filter(
      (r) => (r["prov:type"] as { $?: string } | undefined)?.$ === "prov:Quotation" && String(r["prov:generatedEntity"]).includes("afp-relay-20241130%231"),
    );
    // sohr statement → afp statement → claim: two quotations for one intermediary.
    expect(quotations).toHaveLength(c.via.length + 1);
    const attributed = (entity: string) => relations(doc, "wasAttributedTo").find((r) => r["prov:entity"] === entity)?.["prov:agent"];
    expect(attributed("recon:statement-afp-relay-20241130%231%2F0")).toBe("recon:source-sohr");
    expect(attributed("recon:statement-afp-relay-20241130%231%2F1")).toBe("recon:source-afp");
    expect(relations(doc, "actedOnBehalfOf")).toContainEqual({ "prov:delegate": "recon:source-afp", "prov:responsible": "recon:source-sohr" });
  });

  it("derives timeline points and contradictions from their claims", () => {
    const point = "recon:point-killed%2Fall%2Faleppo-and-idlib%2F2024-11-27%402024-11-30";
    expect(doc.entity?.[point]?.["prov:value"]).toBe(343);
    const from = relations(doc, "wasDerivedFrom").filter((r) => r["prov:generatedEntity"] === point).map((r) => r["prov:usedEntity"]);
    expect(from).toHaveLength(4);
    expect(relations(doc, "wasDerivedFrom").filter((r) => r["prov:generatedEntity"] === "recon:contradiction-c1")).toHaveLength(5);
  });

  it("stays valid with hostile names and quotes", () => {
    check(JSON.parse(renderProv(hostileContext())) as Doc);
  });
});
