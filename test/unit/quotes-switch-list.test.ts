// Every switch a quote rule reads is listed for the scorer's ablation: a switch left out of the
// lists still works, but its class never shows in `npm run eval -- polnear … ` ablation tables
// (session 36 found eight of its own and three of session 35's left out).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INLINE_SWITCHES } from "../../src/analysis/quotes/inline-switches.ts";
import { QUOTE_STEPS } from "../../src/analysis/quotes/steps.ts";

const dir = join(import.meta.dirname, "..", "..", "src", "analysis", "quotes");

describe("the quote switches", () => {
  it("are each listed for the ablation", () => {
    const listed = new Set([
      ...INLINE_SWITCHES.map((s) => s.name),
      ...QUOTE_STEPS.map((n) => n.replace(/^quotes\./, "")),
    ]);
    const unlisted: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts"))) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const m of text.matchAll(/export const (\w+_SWITCH) = \{\s*name: "([^"]+)"/g))
        if (!listed.has(m[2]!)) unlisted.push(`${f} ${m[1]} (${m[2]})`);
    }
    expect(unlisted).toEqual([]);
  });
});
