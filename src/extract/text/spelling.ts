/**
 * British and American spellings of the words names of organisations carry ("Ministry of
 * Defence", "Center for Reconciliation", "World Food Programme"), and names written with or
 * without their hyphens: a lexicon name in one spelling matches the other, so a lexicon lists
 * each name once.
 */

/** Pairs of spellings of one word (lower case). */
const PAIRS: readonly (readonly [string, string])[] = [
  ["defence", "defense"],
  ["centre", "center"],
  ["centres", "centers"],
  ["organisation", "organization"],
  ["organisations", "organizations"],
  ["programme", "program"],
  ["neighbourhood", "neighborhood"],
  ["neighbourhoods", "neighborhoods"],
  ["kilometre", "kilometer"],
  ["kilometres", "kilometers"],
  ["armoured", "armored"],
  ["mobilisation", "mobilization"],
  ["labour", "labor"],
  ["honour", "honor"],
  ["harbour", "harbor"],
  ["offence", "offense"],
  ["theatre", "theater"],
];

const OTHER = new Map<string, string>(PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));

/** Cap on the spellings of one name (each word of a pair doubles them). */
const MAX_VARIANTS = 8;

/**
 * The name and its spellings with each word of a pair written the other way, and with its
 * hyphens between letters written as spaces ("Hayat Tahrir al-Sham", "Hayat Tahrir Al Sham"), the
 * name first.
 */
export const spellings = (name: string): string[] => {
  const spaced = name.replace(/(\p{L})-(\p{L})/gu, "$1 $2");
  if (spaced !== name) return [...withPairs(name), ...withPairs(spaced)];
  return withPairs(name);
};

const withPairs = (name: string): string[] => {
  let out = [name];
  const words = name.split(/(\s+|-)/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const other = OTHER.get(w.toLowerCase());
    if (other === undefined || out.length * 2 > MAX_VARIANTS) continue;
    // (keep the written capital: "Defence" → "Defense")
    const written = w[0] === w[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
    out = out.flatMap((n) => {
      const parts = n.split(/(\s+|-)/);
      parts[i] = written;
      return [n, parts.join("")];
    });
  }
  return out;
};
