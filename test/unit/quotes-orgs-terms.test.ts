// Untagged terms in an organisation's account (issue #13), on invented text: a term with no
// attribution of its own in the sentences after an organisation's words is the organisation's.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("terms in an organisation's account", () => {
  const company = [
    'Sales in Europe fell "despite strong demand for tea", the company said. In Asia, leading products came under "attack" from cheaper rivals.',
  ].join("\n");

  it("gives an untagged term to the organisation whose words come just before", () => {
    const qs = quotes(`The Calder Food Company said profits fell by a tenth on Monday. ${company}`);
    expect(speakerOf(qs, "attack")).toBe("Calder Food Company");
    expect(
      speakerOf(
        quotes(
          `The Calder Food Company said profits fell by a tenth on Monday. ${company}`,
          switchOff("quotes.term-after-speaker"),
        ),
        "attack",
      ),
    ).toBeNull();
  });

  it("follows a charity's report over a few sentences", () => {
    const qs = quotes(
      'The Riverside Rivers Association praised volunteers for clearing the banks. But the target for 2030 still needed "bold" thinking. Most towns lack funds. The number of clean rivers was "rising slowly".',
    );
    expect(speakerOf(qs, "bold")).toBe("Riverside Rivers Association");
    expect(speakerOf(qs, "rising slowly")).toBe("Riverside Rivers Association");
  });

  it("leaves a person's neighbouring term and a term in a paragraph of its own alone", () => {
    const qs = quotes(
      [
        '"We played well," coach Ana Ruiz said. The new stand was a "cathedral" of noise.',
        "",
        "The Harlow Football Club said ticket prices would rise by a tenth.",
        "",
        'The rise was "modest" by league standards.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "cathedral")).toBeNull();
    expect(speakerOf(qs, "modest")).toBeNull();
  });
});

describe("a term running on into a noun", () => {
  it("takes no tag from the noun after it", () => {
    const qs = quotes(
      [
        'Drinks maker Fennick is fighting "misleading" claims about its product Zestro.',
        "",
        'The union rejected the "final" warning about pension cuts.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "misleading")).not.toBe("Zestro");
    expect(speakerOf(qs, "final")).not.toBe("pension cuts");
  });

  it("still reads a tag set off by a comma", () => {
    const qs = quotes('"We will appeal," said Marta Kovac, the club\'s lawyer.');
    expect(speakerOf(qs, "We will appeal")).toBe("Marta Kovac");
  });
});

describe("a term between a person's quotations", () => {
  it("is theirs when their quotations come before and after it", () => {
    const qs = quotes(
      '"We are already the biggest importer of grain," Minister Petra Lund said. Low prices meant there was less "panic" about harvests. "Farmers know that," she added.',
    );
    expect(speakerOf(qs, "panic")).toBe("Petra Lund");
  });

  it("is not theirs in a sentence about them, nor after their last quotation", () => {
    const qs = quotes(
      [
        '"I was shocked," Minister Petra Lund said. Only one photo showed the "medal" that Ms Lund won. "They never said which," she said.',
        "",
        '"We will fight on," coach Dan Pelham said. The crowd booed the "robbery" at the final whistle.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "medal")).toBeNull();
    expect(speakerOf(qs, "robbery")).toBeNull();
  });
});
