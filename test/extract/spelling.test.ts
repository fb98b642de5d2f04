import { describe, expect, it } from "vitest";
import { spellings } from "../../src/extract/text/spelling.js";
import { extract, only } from "./helpers.js";

describe("British and American spellings", () => {
  it("give a name in both spellings of its words, keeping capitals, and nothing else", () => {
    expect(spellings("Syrian Ministry of Defense")).toEqual(["Syrian Ministry of Defense", "Syrian Ministry of Defence"]);
    expect(spellings("Centre for Reconciliation")).toEqual(["Centre for Reconciliation", "Center for Reconciliation"]);
    expect(spellings("SOHR")).toEqual(["SOHR"]);
    expect(spellings("Hayat Tahrir al-Sham")).toEqual(["Hayat Tahrir al-Sham", "Hayat Tahrir al Sham"]);
    expect(spellings("المرصد السوري")).toEqual(["المرصد السوري"]);
  });
  it("let a lexicon name match the other spelling, in the text and as the publisher", () => {
    const text = extract("en", "The Syrian Ministry of Defence said the army had killed 300 terrorists.", "2024-12-01");
    expect(only(text, 300).source).toBe("syrian-mod");
    const own = extract("ar", "تمكنت وحدات الجيش من القضاء على 300 إرهابي في ريف حماة.", "2024-12-01", "Syrian Ministry of Defence");
    expect(only(own, 300).source).toBe("syrian-mod");
    const spaced = extract("en", "SOHR said 176 fighters of Hayat Tahrir Al Sham had been killed.", "2024-11-30");
    expect(only(spaced, 176).subject).toBe("hts");
  });
});
