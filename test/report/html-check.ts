/** Test helper: checks that an HTML report's markup is only its own (every `<` opens a well-formed tag, no tag has an event handler). */
import { expect } from "vitest";

const TAG = /^<(!DOCTYPE html|\/[a-zA-Z][\w-]*|[a-zA-Z][\w-]*((?:\s+[a-zA-Z][\w:-]*(?:="[^"<]*")?)*)\s*\/?)>/;

/** Names of the opening tags found, after checking every tag outside the style and script elements. */
export const checkMarkup = (html: string): string[] => {
  const markup = html.replace(/(<style>)[\s\S]*?(<\/style>)/, "$1$2").replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, "$1$2");
  const names: string[] = [];
  for (let i = markup.indexOf("<"); i !== -1; i = markup.indexOf("<", i + 1)) {
    const tag = TAG.exec(markup.slice(i));
    expect(tag, markup.slice(i, i + 80)).not.toBeNull();
    const attrs = [...(tag?.[2] ?? "").matchAll(/\s+([a-zA-Z][\w:-]*)(?:="[^"]*")?/g)].map((m) => m[1]!.toLowerCase());
    expect(attrs.filter((a) => a.startsWith("on")), tag?.[0]).toEqual([]);
    const open = /^<([a-zA-Z][\w-]*)/.exec(tag?.[0] ?? "");
    if (open) names.push(open[1]!.toLowerCase());
  }
  return names;
};
