/**
 * References of a claims file: every claim's article exists, its span slices to its quote, its
 * partOf names a claim of the file, its ids name lexicon entries, its quantity is coherent, its
 * id is unique.
 */
import type { FileProblem } from "../codecs/errors.js";
import type { ReviewedClaim } from "../domain/claim.js";
import type { LexiconIndex } from "../domain/lexicon.js";
import { isCoherent } from "../domain/quantity.js";

export interface ClaimCheckContext {
  /** Article id → its text. */
  readonly texts: ReadonlyMap<string, string>;
  readonly lexicon: LexiconIndex;
  /** Source ids that are not in the lexicon but are accepted: the outlets of the manifest. */
  readonly outletIds: ReadonlySet<string>;
}

const excerpt = (s: string): string => JSON.stringify(s.length > 40 ? s.slice(0, 37) + "…" : s);

export const checkClaims = (file: string, claims: readonly ReviewedClaim[], ctx: ClaimCheckContext): FileProblem[] => {
  const problems: FileProblem[] = [];
  const ids = new Map<string, number>();
  claims.forEach((c, i) => {
    const prior = ids.get(c.id);
    if (prior !== undefined) problems.push({ file, path: `claims[${i}].id`, reason: `duplicate claim id "${c.id}" (first at claims[${prior}])` });
    else ids.set(c.id, i);
  });
  claims.forEach((c, i) => {
    const at = (p: string) => `claims[${i}].${p}`;
    const text = ctx.texts.get(c.article);
    if (text === undefined) problems.push({ file, path: at("article"), reason: `unknown article "${c.article}" (not in articles.json)` });
    else {
      const { start, end } = c.span;
      if (start < 0 || end < start || end > text.length)
        problems.push({ file, path: at("span"), reason: `span ${start}-${end} lies outside the article text (length ${text.length})` });
      else if (text.slice(start, end) !== c.quote)
        problems.push({ file, path: at("span"), reason: `span ${start}-${end} slices to ${excerpt(text.slice(start, end))}, not to the quote ${excerpt(c.quote)}` });
    }
    if (c.partOf !== null && !ids.has(c.partOf)) problems.push({ file, path: at("partOf"), reason: `unknown claim "${c.partOf}"` });
    if (c.partOf === c.id) problems.push({ file, path: at("partOf"), reason: "a claim cannot be part of itself" });
    if (!ctx.lexicon.metric(c.metric)) problems.push({ file, path: at("metric"), reason: `unknown metric "${c.metric}" (not in lexicon.json)` });
    if (!ctx.lexicon.subject(c.subject)) problems.push({ file, path: at("subject"), reason: `unknown subject "${c.subject}" (not in lexicon.json)` });
    for (const [field, id] of [["source", c.source], ...c.via.map((v, k) => [`via[${k}]`, v] as const)] as const)
      if (!ctx.lexicon.source(id) && !ctx.outletIds.has(id))
        problems.push({ file, path: at(field), reason: `unknown source "${id}" (neither in lexicon.json nor an outlet of articles.json)` });
    if (!isCoherent(c.quantity))
      problems.push({ file, path: at("quantity"), reason: `bounds ${c.quantity.low}..${c.quantity.high} do not agree with "${c.quantity.qualifier}" ${c.quantity.value}` });
    if (c.asOf.earliest > c.asOf.latest) problems.push({ file, path: at("asOf"), reason: "earliest is after latest" });
    if (c.window.start !== null && c.window.end !== null && c.window.start > c.window.end)
      problems.push({ file, path: at("window"), reason: `start ${c.window.start} is after end ${c.window.end}` });
  });
  return problems;
};
