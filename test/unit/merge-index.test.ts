import { describe, expect, it } from "vitest";
import { CandidateIndex } from "../../src/analysis/events/merge-index.ts";

const ev = (name: string) => ({ name });

describe("merge candidates", () => {
  it("offers a dated cluster only events within a day of it, and the undated ones", () => {
    const index = new CandidateIndex<{ name: string }>();
    const [near, far, undated, nextDay] = [ev("near"), ev("far"), ev("undated"), ev("next day")];
    index.add(near, 100, ["vote|t:council"]);
    index.add(far, 140, ["vote|t:council"]);
    index.add(undated, null, ["vote|t:council"]);
    index.add(nextDay, 101, ["vote|t:council"]);
    expect(index.candidates(["vote|t:council"], 100).map((g) => g.name)).toEqual([
      "near",
      "undated",
      "next day",
    ]);
    expect(index.candidates(["vote|t:council"], null)).toHaveLength(4);
  });

  it("lists candidates in the order the keys first name them, once each", () => {
    const index = new CandidateIndex<{ name: string }>();
    const [a, b] = [ev("a"), ev("b")];
    index.add(a, 5, ["k|t:storm"]);
    index.add(b, 5, ["k|t:storm", "k|p:leeds"]);
    index.add(a, 5, ["k|p:leeds"]);
    expect(index.candidates(["k|p:leeds", "k|t:storm"], 5).map((g) => g.name)).toEqual(["b", "a"]);
  });

  it("files an event again under its new day when a part moves it", () => {
    const index = new CandidateIndex<{ name: string }>();
    const g = ev("g");
    index.add(g, 10, ["k|t:flood"]);
    index.add(g, 30, []);
    expect(index.candidates(["k|t:flood"], 10)).toEqual([]);
    expect(index.candidates(["k|t:flood"], 31)).toEqual([g]);
  });

  it("does not look candidates up by a key too many events share", () => {
    const index = new CandidateIndex<{ name: string }>();
    for (let i = 0; i < 250; i++) index.add(ev(`e${i}`), 7, ["k|t:said"]);
    expect(index.candidates(["k|t:said"], 7)).toEqual([]);
  });
});
