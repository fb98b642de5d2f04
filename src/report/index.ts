/** The report renderers: pure functions from a report context (or claims) to the text of each format. */
export type { ReportContext } from "./context.js";
export { renderMarkdown } from "./markdown.js";
export { renderHtml } from "./html.js";
export { renderSummary, renderClaimsTable } from "./terminal.js";
export { renderClaimsCsv, renderTimelineCsv, CLAIMS_CSV_HEADER, TIMELINE_CSV_HEADER } from "./csv.js";
export { renderProv } from "./prov.js";
export { renderClaimReview } from "./claimreview.js";
export { renderJson, reconciliationJson } from "./json.js";
