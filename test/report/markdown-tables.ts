/** Test helper: reads the headings and GFM tables of a Markdown document (cells split on unescaped pipes). */

export interface MdTable {
  /** The heading the table stands under. */
  readonly heading: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export const splitRow = (line: string): string[] => {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  const cells: string[] = [];
  let cur = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "\\" && i + 1 < inner.length) {
      cur += ch + inner[i + 1];
      i++;
    } else if (ch === "|") {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
};

export const headings = (md: string): { level: number; text: string }[] =>
  md
    .split("\n")
    .map((l) => /^(#{1,6}) (.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ level: m[1]!.length, text: m[2]! }));

export const tables = (md: string): MdTable[] => {
  const lines = md.split("\n");
  const out: MdTable[] = [];
  let heading = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^#{1,6} (.*)$/.exec(line);
    if (h) heading = h[1]!;
    const next = lines[i + 1];
    if (line.startsWith("|") && next !== undefined && /^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(next)) {
      const header = splitRow(line);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j]!.startsWith("|"); j++) rows.push(splitRow(lines[j]!));
      out.push({ heading, header, rows });
      i = j - 1;
    }
  }
  return out;
};
