/**
 * Texts and ids of the output are built by concatenation, which V8 keeps as a tree of the pieces
 * (several times the size of the text). Reading a character makes each one flat, and the
 * collector drops the tree while it is still young: done as soon as a group's findings are made,
 * since the trees of a large family would otherwise outlive the young generation.
 */
import type { Contradiction, Note } from "../domain/reconciliation.js";

/** Flattens the ids and texts of `cs` from position `fromC` and of `notes` from `fromN`. */
export const flattenTexts = (cs: readonly Contradiction[], notes: readonly Note[], fromC: number, fromN: number): void => {
  for (let i = fromC; i < cs.length; i++) {
    const c = cs[i]!;
    c.id.charCodeAt(0);
    c.explanation.charCodeAt(0);
    c.resolution?.text.charCodeAt(0);
  }
  for (let i = fromN; i < notes.length; i++) {
    const n = notes[i]!;
    n.id.charCodeAt(0);
    n.explanation.charCodeAt(0);
  }
};
