/**
 * The consonant skeleton of a name, the same for its Latin and Arabic spellings: "Zaman al-Wasl"
 * and "زمان الوصل" are both "smnlsl", "Levant24" and "ليفانت 24" both "lfnt24". Vowels, the
 * letters that stand for them (و, ي, ا), h-like letters and the glottal stops are dropped, and
 * letters Latin spellings render alike are merged (s/z/ص/ز/ث…). Used to tell that an Arabic text
 * names its publisher when the manifest gives the publisher's name in Latin letters.
 */

const LATIN: Record<string, string> = {
  b: "b", p: "b", t: "t", d: "d", s: "s", z: "s", x: "s", c: "k", k: "k", q: "k", g: "j", j: "j",
  f: "f", v: "f", l: "l", m: "m", n: "n", r: "r",
};

const ARABIC: Record<string, string> = {
  "ب": "b", "ت": "t", "ث": "t", "ط": "t", "د": "d", "ض": "d", "ذ": "s", "ز": "s", "س": "s", "ش": "s", "ص": "s", "ظ": "s",
  "ج": "j", "غ": "j", "ق": "k", "ك": "k", "ف": "f", "ل": "l", "م": "m", "ن": "n", "ر": "r",
};

/** The skeleton of a name in either script: mapped consonants and digits, nothing else. */
export const skeleton = (name: string): string => {
  let out = "";
  const s = name.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch >= "0" && ch <= "9") out += ch;
    else out += LATIN[ch] ?? ARABIC[ch] ?? "";
  }
  return out;
};

/** The skeleton `sk` of `name` without a leading article ("al-", "ال"), which one spelling may drop. */
export const withoutArticle = (name: string, sk: string): string => (/^(al[\s-]|ال)/i.test(name.trim()) ? sk.slice(1) : sk);

/** The skeleton without a leading article ("al-", "ال"), which one spelling may drop. */
export const bareSkeleton = (name: string): string => withoutArticle(name, skeleton(name));
