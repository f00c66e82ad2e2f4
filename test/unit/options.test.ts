import { describe, expect, it } from "vitest";
import askDef from "../../commands/ask.ts";
import ingestDef from "../../commands/ingest.ts";
import { parseOptions, primaryOption } from "../../src/answers/options.ts";

describe("options as typed → options as a handler declares them", () => {
  it("numbers typed as text become numbers; a value of the wrong kind is dropped", () => {
    expect(parseOptions(askDef, { question: "who met Sheinbaum", limit: "3" })).toEqual({
      question: "who met Sheinbaum",
      limit: 3,
    });
    expect(parseOptions(askDef, { question: "tariffs", limit: "three" })).toEqual({ question: "tariffs" });
  });

  it("a missing required text is empty (the answer explains), and undeclared options are not passed", () => {
    expect(parseOptions(askDef, { explain: true })).toEqual({ question: "" });
    expect(parseOptions(ingestDef, { file: "123", outlet: 7 })).toEqual({ file: "123" });
  });

  it("a bare query fills the first text option", () => {
    expect(primaryOption(askDef)).toBe("question");
  });
});
