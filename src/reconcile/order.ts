/**
 * Canonical orderings and deterministic ids, so that a reconciliation never depends on the order
 * in which claims were given: claim ids sort by article then by their number (`a#2` before `a#10`).
 */

/** Compares claim ids `<article>#<n>`: article first, then n as a number. */
export const compareClaimIds = (a: string, b: string): number => {
  if (a === b) return 0;
  const ia = a.lastIndexOf("#");
  const ib = b.lastIndexOf("#");
  const arta = ia < 0 ? a : a.slice(0, ia);
  const artb = ib < 0 ? b : b.slice(0, ib);
  if (arta !== artb) return arta < artb ? -1 : 1;
  const na = Number(a.slice(ia + 1));
  const nb = Number(b.slice(ib + 1));
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : 1;
};

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, without duplicates. */
export const sortedClaimIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort(compareClaimIds);

/** A short stable hash (FNV-1a, 32 bits, hex) of a string, for readable deterministic ids. */
export const shortHash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
};
