import { describe, expect, it } from "vitest";
import { spellings } from "../../src/extract/text/spelling.js";
import { extract, only } from "./helpers.js";

describe("British and American spellings", () => {
  it("give a name in both spellings of its words, keeping capitals, and nothing else", () => {
    expect(spellings("Syrian Ministry of Defense")).toEqual(["Syrian Ministry of Defense", "Syrian Ministry of Defence"]);
    expect(spellings("Centre for Reconciliation")).toEqual(["Centre for Reconciliation", "Center for Reconciliation"]);
    expect(spellings("SOHR")).toEqual(["SOHR"]);
    expect(spellings("المرصد السوري")).toEqual(["المرصد السوري"]);
  });
  it("let a lexicon name match the other spelling, in the text and as the publisher", () => {
    const text = extract("en", "The Syrian Ministry of Defence said the army had killed 300 terrorists.", "2024-12-01");
    expect(only(text, 300).source).toBe("syrian-mod");
    const own = extract("ar", "تمكنت وحدات الجيش من القضاء على 300 إرهابي في ريف حماة.", "2024-12-01", "Syrian Ministry of Defence");
    expect(only(own, 300).source).toBe("syrian-mod");
  });
});
