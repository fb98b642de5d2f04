/**
 * Texts and ids of the output are built by concatenation, which V8 keeps as a tree of the pieces
 * (several times the size of the text). Reading a character makes each one flat, and the
 * collector drops the tree while it is still young: done as soon as a finding is made (or a
 * group's findings are), since trees that outlive the young generation are copied into the old one.
 */
import type { Contradiction, Note } from "../domain/reconciliation.js";

/** `x` with its id and texts flat. */
export const flat = <T extends Contradiction | Note>(x: T): T => {
  x.id.charCodeAt(0);
  x.explanation.charCodeAt(0);
  if ("resolution" in x) x.resolution?.text.charCodeAt(0);
  return x;
};

/** Flattens the findings of `cs` from position `fromC` and of `notes` from `fromN`. */
export const flattenTexts = (cs: readonly Contradiction[], notes: readonly Note[], fromC: number, fromN: number): void => {
  for (let i = fromC; i < cs.length; i++) flat(cs[i]!);
  for (let i = fromN; i < notes.length; i++) flat(notes[i]!);
};
