// An acronym two organisations of the corpus share the initials of goes to the one its own
// article names: IMF is the International Monetary Fund there, whatever fund elsewhere.
import { describe, expect, it } from "vitest";
import { actorAt, corpusModel } from "../helpers/actors.ts";

describe("acronyms across the corpus", () => {
  const { m: model, doc } = corpusModel({
    "a.txt": "Loans\n\nThe International Monetary Fund has lent Peru $2bn. The IMF said the loan was safe.\n",
    "b.txt": "Funds\n\nInvestors pulled cash from the Irish Mutual Fund on Friday, traders said.\n",
    "c.txt":
      "Growth\n\nThe International Monetary Fund cut its forecast. Later the IMF said prices would rise.\n",
  });

  it("gives the acronym to the organisation its article names", () => {
    for (const f of ["a.txt", "c.txt"])
      expect(actorAt(model, doc(f), "IMF")).toBe("International Monetary Fund");
  });

  it("keeps the other fund apart", () => {
    expect(model.resolve("Irish Mutual Fund")?.name).toBe("Irish Mutual Fund");
    expect(model.resolve("IMF")?.name).toBe("International Monetary Fund");
  });
});
