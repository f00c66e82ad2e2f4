import { describe, expect, it } from "vitest";
import { definitions } from "../../src/answers/registry.ts";
import { LIMITS } from "../../src/render/limits.ts";

const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe("command definitions fit Discord's rules", () => {
  const defs = definitions();
  it("has the walking-skeleton commands", () => {
    expect(defs.map((d) => d.name)).toEqual(expect.arrayContaining(["ask", "sources", "help"]));
  });
  for (const d of defs) {
    it(`/${d.name}`, () => {
      expect(d.name).toMatch(NAME);
      expect(d.description.length).toBeGreaterThanOrEqual(1);
      expect(d.description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
      const options = d.options ?? [];
      expect(options.length).toBeLessThanOrEqual(LIMITS.options);
      expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      let seenOptional = false;
      for (const o of options) {
        expect(o.name).toMatch(NAME);
        expect(o.description.length).toBeGreaterThanOrEqual(1);
        expect(o.description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
        const required = "required" in o && o.required === true;
        // Discord rejects a required option after an optional one.
        if (required) expect(seenOptional).toBe(false);
        else seenOptional = true;
        const choices = "choices" in o ? (o.choices ?? []) : [];
        expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
      }
      expect(JSON.stringify(d).length).toBeLessThan(8000);
    });
  }
});
