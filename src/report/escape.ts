/**
 * Escaping for every output format: whatever comes from articles and lexicons (quotes, names,
 * outlets, URLs) passes through one of these before it reaches HTML, Markdown, a terminal, a CSV
 * cell or a script's data block, so hostile text is always shown as text and never runs.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Text or attribute value for HTML (both quote kinds escaped, so it is safe in either). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JavaScript line
 * separators are written as `\uXXXX`, so the text can never close the script element.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

/** A URL fit for a link: http(s) only (no `javascript:`, `data:` …), else null. */
export const safeUrl = (url: string | null | undefined): string | null => {
  if (url === null || url === undefined) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
};

/** Control characters (C0 except tab and line feed, DEL, C1) and bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for one line of a terminal: no escape sequences, no bidi overrides, no line breaks. */
export const terminalText = (s: string): string => s.replace(/[\t\r\n]+/g, " ").replace(CONTROL, "\uFFFD");

/**
 * Inline Markdown text: HTML-significant characters become entities, Markdown punctuation is
 * backslash-escaped, line breaks collapse to spaces (so text can sit in a table cell or a list item).
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/\r\n?|\n|\t/g, " ")
    .replace(CONTROL, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => "\\" + c)
    .replace(/^(\s*)([#+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");

/** A URL inside a Markdown link target `(...)`: only http(s), with characters that end the target encoded. */
export const markdownUrl = (url: string | null | undefined): string | null => {
  const safe = safeUrl(url);
  return safe === null ? null : safe.replace(/[()<>\s\\]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
};
