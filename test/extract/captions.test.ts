/**
 * A video's caption track (SubRip or WebVTT) read as running text: the cues' numbers and timings
 * count nothing, and a sentence split between cues is one sentence, its quote spanning the cue
 * lines between.
 */
import { describe, expect, it } from "vitest";
import { extract, only } from "./helpers.js";

const track = [
  "How the rebels took Aleppo | captions, uploaded Dec 2, 2024",
  "",
  "1",
  "00:00:15,200 --> 00:00:19,800",
  "The group leading it, Hayat Tahrir al-Sham,",
  "says its forces have taken about 250",
  "",
  "2",
  "00:00:19,800 --> 00:00:22,500",
  "towns and villages so far.",
  "",
  "3",
  "00:00:55,900 --> 00:01:00,400",
  "The UN's humanitarian office says roughly 48,500 people",
  "",
  "4",
  "00:01:00,400 --> 00:01:03,100",
  "have fled since Wednesday.",
  "",
].join("\n");

describe("a caption track", () => {
  it("reads a sentence split between cues as one, its quote spanning the cue's number and timing", () => {
    const claims = extract("en", track, "2024-12-02");
    expect(claims.map((c) => c.quantity.value)).toEqual([250, 48500]);
    const seized = only(claims, 250);
    expect(seized).toMatchObject({ metric: "localities-seized", source: "opposition-ops" });
    expect(seized.quote).toContain("00:00:19,800 --> 00:00:22,500");
    expect(track.slice(seized.span.start, seized.span.end)).toBe(seized.quote);
    expect(only(claims, 48500)).toMatchObject({ metric: "displaced", source: "ocha" });
  });
  it("but text with fewer timings than a track's is read as it is", () => {
    const text = "Title\n\nThe schedule: 00:00:15,200 --> 00:00:19,800 for the first clip.\n\nThe monitor said 12 people were killed.";
    expect(extract("en", text, "2024-12-02").map((c) => c.quantity.value)).toEqual([12]);
  });
});
