/** The report renderers: pure functions from a report context (or claims) to the text of each format. */
export type { ReportContext } from "./context.js";
export { renderMarkdown } from "./markdown.js";
export { renderHtml } from "./html.js";
