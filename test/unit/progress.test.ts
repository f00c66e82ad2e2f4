// Progress of long load phases: rate and time left, on a terminal and in the logs.
import { describe, expect, it } from "vitest";
import { analysisProgress, phaseProgress, rateAndLeft } from "../../src/lifecycle/progress.ts";
import { createLogger } from "../../src/log.ts";

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger("info", false, {
    destination: { write: (l: string) => lines.push(JSON.parse(l)) },
  });
  return { log, lines };
}

const notTty = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

describe("load progress", () => {
  it("estimates the rate and the time left from what is done so far", () => {
    expect(rateAndLeft(250, 1000, 5)).toEqual({ rate: 50, left: 15 });
    expect(rateAndLeft(0, 1000, 0).left).toBe(Number.POSITIVE_INFINITY);
  });

  it("logs a line every interval with the rate and an estimate of the time left", () => {
    const { log, lines } = capture();
    let now = 0;
    const p = phaseProgress(log, "indexing", { unit: "passages", stream: notTty, now: () => now });
    now = 1000;
    p(100, 1000); // before the first interval: nothing
    now = 6000;
    p(600, 1000);
    now = 10_000;
    p(1000, 1000);
    expect(lines.map((l) => [l.done, l.perSecond, l.secondsLeft])).toEqual([
      [600, 100, 4],
      [1000, 100, 0],
    ]);
    expect(String(lines[0]!.msg)).toMatch(/600\/1,000 passages, 100\/s, 4 s left/);
  });

  it("says how long one unit takes when fewer than one a second are done (warm-up stages)", () => {
    const { log, lines } = capture();
    let now = 0;
    const p = phaseProgress(log, "warming up", { unit: "stages", stream: notTty, now: () => now });
    p(0, 13);
    now = 28_000;
    p(1, 13);
    now = 35_000;
    p(3, 13);
    expect(String(lines[0]!.msg)).toMatch(/1\/13 stages, one every 28 s, 5 min 36 s left/);
    expect(String(lines[1]!.msg)).toMatch(/3\/13 stages, one every 12 s/);
  });

  it("rounds the time left to whole seconds before splitting it into minutes", () => {
    const { log, lines } = capture();
    let now = 0;
    const p = phaseProgress(log, "warming up", { unit: "stages", stream: notTty, now: () => now });
    p(0, 2000);
    now = 6_000;
    p(100, 2000); // 1,900 left at 16.667/s: 113.9 s
    now = 12_000;
    p(100, 1097); // 997 left at 8.333/s: 119.6 s
    expect(String(lines[0]!.msg)).toMatch(/1 min 54 s left/);
    expect(String(lines[1]!.msg)).toMatch(/2 min 0 s left/);
  });

  it("times a phase from when it says it begins, not from when it was made", () => {
    const { log, lines } = capture();
    let now = 0;
    const p = phaseProgress(log, "indexing", { unit: "passages", stream: notTty, now: () => now });
    now = 400_000; // other work ran first (the index is built during the events)
    p(0, 1000);
    now = 406_000;
    p(600, 1000);
    expect(lines.map((l) => [l.done, l.perSecond, l.secondsLeft])).toEqual([[600, 100, 4]]);
  });

  it("draws a bar with the rate and time left on a terminal", () => {
    let out = "";
    const write = (s: string) => {
      out += s;
      return true;
    };
    const tty = { isTTY: true, write } as unknown as NodeJS.WriteStream;
    let now = 0;
    const p = phaseProgress(capture().log, "reading", { unit: "files", stream: tty, now: () => now });
    now = 2000;
    p(50, 200);
    expect(out).toMatch(/reading \[#+\.+\]\s+25% 50\/200 files, 25\/s, 6 s left/);
  });

  it("ends each analysis of a large corpus with its time and rate", () => {
    const { log, lines } = capture();
    let now = 0;
    const a = analysisProgress(log, { stream: notTty, now: () => now });
    a("actors", 0, 20_000);
    now = 8000;
    a("actors", 20_000, 20_000);
    const done = lines.find((l) => l.event === "analysis.done");
    expect(done).toMatchObject({ analysis: "actors", articles: 20_000, perSecond: 2500 });
  });
});
