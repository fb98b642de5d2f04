/** Integrity of a manifest beyond its codec: unique article ids and files, ordered publication intervals. */
import type { FileProblem } from "../codecs/errors.js";
import type { ArticleMeta } from "../domain/corpus.js";

export const checkManifest = (file: string, entries: readonly ArticleMeta[]): FileProblem[] => {
  const problems: FileProblem[] = [];
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  entries.forEach((e, i) => {
    const prior = ids.get(e.id);
    if (prior !== undefined) problems.push({ file, path: `[${i}].id`, reason: `duplicate article id "${e.id}" (first at [${prior}])` });
    else ids.set(e.id, i);
    const priorFile = files.get(e.file);
    if (priorFile !== undefined) problems.push({ file, path: `[${i}].file`, reason: `"${e.file}" is also the file of [${priorFile}]` });
    else files.set(e.file, i);
    if (e.file.split(/[\\/]/).includes("..") || e.file.startsWith("/"))
      problems.push({ file, path: `[${i}].file`, reason: `"${e.file}" must be a path inside the corpus folder` });
    if (e.published.earliest > e.published.latest)
      problems.push({ file, path: `[${i}].published`, reason: `earliest ${e.published.earliest} is after latest ${e.published.latest}` });
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.id))
      problems.push({ file, path: `[${i}].id`, reason: `"${e.id}" must be letters, digits, '.', '_' or '-' (it is used in claim ids)` });
  });
  return problems;
};
