/**
 * The HTML report's only script and style, as constants: the script reads the JSON data block
 * and, when a chart mark is hovered, focused or clicked, shows the claims behind it (number,
 * source and relays, quote in its own language and direction, article link) in the chart's
 * detail panel. It writes with `textContent` and `setAttribute` only, never with HTML strings.
 */

export const PAGE_SCRIPT = `(function () {
  "use strict";
  var node = document.getElementById("report-data");
  if (!node) return;
  var data = JSON.parse(node.textContent || "{}");
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== null && text !== undefined) e.textContent = text;
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function show(mark) {
    var ref = data.refs[Number(mark.getAttribute("data-ref"))];
    var figure = mark.closest("figure");
    var panel = figure && figure.querySelector(".details");
    if (!ref || !panel) return;
    panel.replaceChildren(el("h4", ref.title));
    ref.claims.forEach(function (id) {
      var c = data.claims[id];
      if (!c) return;
      var box = el("div", null, { "class": "claim" });
      box.appendChild(el("p", c.summary, { "class": "claim-head" }));
      box.appendChild(el("blockquote", c.quote, { "lang": c.lang, "dir": c.dir, "class": "quote" }));
      var meta = el("p", null, { "class": "claim-meta" });
      if (c.url) meta.appendChild(el("a", c.article, { "href": c.url, "rel": "noopener noreferrer", "target": "_blank" }));
      else meta.appendChild(document.createTextNode(c.article));
      meta.appendChild(document.createTextNode(" \\u00b7 claim " + c.id));
      box.appendChild(meta);
      c.contradictions.forEach(function (t) { box.appendChild(el("p", t, { "class": "claim-flag" })); });
      panel.appendChild(box);
    });
  }
  var pinned = null;
  Array.prototype.forEach.call(document.querySelectorAll("[data-ref]"), function (mark) {
    mark.addEventListener("mouseenter", function () { if (pinned === null) show(mark); });
    mark.addEventListener("focus", function () { show(mark); });
    mark.addEventListener("click", function () {
      if (pinned) pinned.classList.remove("selected");
      pinned = mark;
      mark.classList.add("selected");
      show(mark);
    });
    mark.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); mark.dispatchEvent(new MouseEvent("click")); }
    });
  });
})();`;

export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d9d9d9; --accent: #08306b; --warn: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 18px 0 6px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--accent); padding: 16px 20px; border-radius: 6px; }
.finding .estimate { font-size: 2.4rem; font-weight: 700; color: var(--accent); margin: 0; }
.finding .what { margin: 2px 0 8px; font-weight: 600; }
.certainty { display: inline-block; padding: 1px 10px; border-radius: 10px; font-weight: 600; }
.certainty-high { background: #d1fadf; color: #05603a; }
.certainty-medium { background: #fef0c7; color: #93370d; }
.certainty-low { background: #fee4e2; color: var(--warn); }
figure.chart-figure { margin: 16px 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
figure.chart-figure figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(240px, 1fr); gap: 12px; align-items: start; }
@media (max-width: 860px) { .chart-body { grid-template-columns: 1fr; } }
svg.timeline-chart { width: 100%; height: auto; display: block; }
svg .mark { cursor: pointer; outline: none; }
svg .mark:hover path, svg .mark:focus path, svg .mark.selected path, svg .mark:hover rect, svg .mark.selected rect { stroke: #000; stroke-width: 2.5; }
.details { border-left: 3px solid var(--line); padding: 0 10px; min-height: 120px; font-size: 0.92rem; max-height: 380px; overflow: auto; }
.details h4 { margin: 0 0 6px; }
.details .hint { color: var(--muted); }
.claim { border-bottom: 1px dashed var(--line); padding: 4px 0 6px; }
.claim-head { margin: 0; font-weight: 600; }
.claim-meta { margin: 0; color: var(--muted); font-size: 0.85rem; }
.claim-flag { margin: 0; color: var(--warn); font-size: 0.85rem; }
blockquote.quote, .quote { margin: 4px 0; padding: 4px 8px; background: #f3f4f6; border-radius: 4px; unicode-bidi: plaintext; }
blockquote.quote[dir="rtl"], td.quote[dir="rtl"] { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", sans-serif; text-align: right; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0 0; padding: 0; list-style: none; font-size: 0.88rem; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 4px; }
.legend svg { width: 18px; height: 18px; }
table { border-collapse: collapse; width: 100%; background: #fff; margin: 8px 0 16px; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f2f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td.quote { min-width: 16em; }
details.other-charts { margin: 8px 0 16px; }
details.other-charts > details.chart { margin-left: 16px; }
.contradiction { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin: 12px 0; }
.severity { font-size: 0.8rem; font-weight: 700; text-transform: uppercase; padding: 1px 8px; border-radius: 10px; margin-left: 6px; }
.severity-high { background: #fee4e2; color: var(--warn); }
.severity-medium { background: #fef0c7; color: #93370d; }
.severity-low { background: #eef2f6; color: #364152; }
.resolution { color: #05603a; }
.unresolved { color: var(--warn); }
.yes { color: var(--warn); font-weight: 700; }
details > summary { cursor: pointer; font-weight: 600; margin: 10px 0; }
`;
