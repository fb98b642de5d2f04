/** Which metric a number counts when a sentence names several: coordinated counts, attacks, prisoners, liberated places. */
import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

describe("coordinated counts", () => {
  it("a metric word joined before the next number is that number's, not the one before", () => {
    const ar = extract("ar", "وأسفرت الغارة عن مقتل طفلين اثنين وإصابة خمسة آخرين في سراقب.");
    expect(only(ar, 2)).toMatchObject({ metric: "killed", subject: "children" });
    expect(only(ar, 5).metric).toBe("injured");
    const ar2 = extract("ar", "قتل 9 مدنيين، بينهم 4 أطفال وامرأتان، وجرح 30 آخرون.");
    expect(only(ar2, 2)).toMatchObject({ metric: "killed", subject: "women", partOf: only(ar2, 9).id });
    expect(only(ar2, 30).metric).toBe("injured");
    const en = extract("en", "The shelling killed 9 civilians, among them 4 children and two women, and wounded 30 others.");
    expect(only(en, 2)).toMatchObject({ metric: "killed", subject: "women" });
    expect(only(en, 30).metric).toBe("injured");
  });
});
