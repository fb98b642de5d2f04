/**
 * Integrity of a lexicon beyond its codec: ids unique within each list, parents that exist, no
 * cycles in the subject and place hierarchies, defaults that name real entries, and no name claimed
 * by two subjects, two sources, two places or two events (it would make matching ambiguous).
 */
import type { FileProblem } from "../codecs/errors.js";
import type { Lexicon, Names } from "../domain/lexicon.js";

type Entry = { readonly id: string; readonly names: Names; readonly parent?: string | null };

const normaliseName = (s: string): string => s.normalize("NFC").trim().toLocaleLowerCase();

const checkList = (file: string, list: string, entries: readonly Entry[], hierarchical: boolean, uniqueNames = true): FileProblem[] => {
  const problems: FileProblem[] = [];
  const firstIndex = new Map<string, number>();
  entries.forEach((e, i) => {
    const prior = firstIndex.get(e.id);
    if (prior !== undefined) problems.push({ file, path: `${list}[${i}].id`, reason: `duplicate id "${e.id}" (first at ${list}[${prior}])` });
    else firstIndex.set(e.id, i);
  });
  if (hierarchical) {
    entries.forEach((e, i) => {
      if (e.parent != null && !firstIndex.has(e.parent))
        problems.push({ file, path: `${list}[${i}].parent`, reason: `unknown parent "${e.parent}" (no ${list} entry has that id)` });
    });
    const parentOf = new Map(entries.map((e) => [e.id, e.parent ?? null]));
    const reported = new Set<string>();
    entries.forEach((e, i) => {
      const seen: string[] = [];
      for (let cur: string | null = e.id; cur !== null; cur = parentOf.get(cur) ?? null) {
        if (seen.includes(cur)) {
          const cycle = seen.slice(seen.indexOf(cur));
          const key = [...cycle].sort().join(",");
          if (!reported.has(key)) {
            reported.add(key);
            problems.push({ file, path: `${list}[${i}].parent`, reason: `cycle in the hierarchy: ${[...cycle, cur].join(" → ")}` });
          }
          break;
        }
        seen.push(cur);
      }
    });
  }
  if (!uniqueNames) return problems;
  const owner = new Map<string, { id: string; path: string }>();
  entries.forEach((e, i) => {
    for (const [lang, names] of Object.entries(e.names)) {
      names.forEach((name, k) => {
        const key = `${lang}\u0000${normaliseName(name)}`;
        const path = `${list}[${i}].names.${lang}[${k}]`;
        const prior = owner.get(key);
        if (prior && prior.id !== e.id)
          problems.push({ file, path, reason: `alias "${name}" is claimed by "${prior.id}" (${prior.path}) and "${e.id}"` });
        else if (!prior) owner.set(key, { id: e.id, path });
      });
    }
  });
  return problems;
};

export const checkLexicon = (file: string, lexicon: Lexicon): FileProblem[] => {
  const problems = [
    ...checkList(file, "subjects", lexicon.subjects, true),
    ...checkList(file, "sources", lexicon.sources, false),
    ...checkList(file, "places", lexicon.places, true),
    // metric names are cue words, not aliases: "captured" may signal people captured or towns
    // captured, and the grammar tells them apart by the counted noun
    ...checkList(file, "metrics", lexicon.metrics, false, false),
    ...checkList(file, "events", lexicon.events, false),
  ];
  const subjects = new Set(lexicon.subjects.map((s) => s.id));
  lexicon.sources.forEach((s, i) => {
    if (s.side != null && !subjects.has(s.side))
      problems.push({ file, path: `sources[${i}].side`, reason: `unknown subject "${s.side}"` });
    if (s.reliability != null && (s.reliability < 0 || s.reliability > 1))
      problems.push({ file, path: `sources[${i}].reliability`, reason: `must lie between 0 and 1, got ${s.reliability}` });
  });
  lexicon.metrics.forEach((m, i) => {
    if (m.defaultSubject != null && !subjects.has(m.defaultSubject))
      problems.push({ file, path: `metrics[${i}].defaultSubject`, reason: `unknown subject "${m.defaultSubject}"` });
    (m.notOf ?? []).forEach((id, k) => {
      if (!subjects.has(id)) problems.push({ file, path: `metrics[${i}].notOf[${k}]`, reason: `unknown subject "${id}"` });
    });
    (m.impliedFor ?? []).forEach((id, k) => {
      if (!subjects.has(id)) problems.push({ file, path: `metrics[${i}].impliedFor[${k}]`, reason: `unknown subject "${id}"` });
    });
  });
  const places = new Set(lexicon.places.map((p) => p.id));
  lexicon.events.forEach((e, i) => {
    if (e.area != null && !places.has(e.area)) problems.push({ file, path: `events[${i}].area`, reason: `unknown place "${e.area}"` });
  });
  if (!subjects.has(lexicon.defaults.subject))
    problems.push({ file, path: "defaults.subject", reason: `unknown subject "${lexicon.defaults.subject}"` });
  if (!lexicon.places.some((p) => p.id === lexicon.defaults.location))
    problems.push({ file, path: "defaults.location", reason: `unknown place "${lexicon.defaults.location}"` });
  return problems;
};
