// Hyphenated offices ("Secretary-General", "Solicitor-General") are titles before a name, as
// "Director-General" was: the person is the name alone, and the quotation is theirs.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";

const article = (body: string) => {
  const built = buildArticle("t.txt", `Fishing talks stall\n\n${body}`);
  if (!built.ok) throw new Error(built.reason);
  return built.article;
};

describe("hyphenated titles", () => {
  it("reads the name after 'Secretary-General' and 'Solicitor-General'", () => {
    const a = article(
      "League Secretary-General Tarn Velloway said the quotas were fair. Solicitor-General Mira Osk said the case was closed.",
    );
    const names = buildActorModel([a]).actors.map((x) => x.name);
    expect(names).toContain("Tarn Velloway");
    expect(names).toContain("Mira Osk");
    expect(names.join("|")).not.toMatch(/General/);
  });

  it("gives the quotation to the person, not the title", () => {
    const a = article(
      'Secretary-General Tarn Velloway said: "The quotas stay." Velloway later left the hall.',
    );
    const q = extractQuotes(a, buildActorModel([a])).find((x) => x.kind !== "reported")!;
    expect(q.speakerName).toBe("Tarn Velloway");
  });
});
