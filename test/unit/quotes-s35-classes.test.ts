// Error classes session 35 found (BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a term between two reports of the same speaker", () => {
  const run = (middle: string, after: string) =>
    `Budget\n\nThe Kestrel Institute published its forecast on Monday. According to the Kestrel Institute, the fiscal rule is "unlikely" to be met. ${middle} ${after}`;

  it("goes on with that speaker's account", () => {
    const body = run(
      'Should the cycle end a year earlier, the chances improve to "50/50".',
      "Either way, tax rises are needed, the Kestrel Institute said.",
    );
    expect(speakerOf(directQuotes(body), "50/50")).toBe("Kestrel Institute");
    expect(speakerOf(directQuotes(body, switchOff("quotes.between-same-reports")), "50/50")).toBeNull();
  });

  it("is not this rule's when the middle sentence has a speaker of its own, or the next one quotes", () => {
    const own = run(
      'The section on housing said the chances were "50/50".',
      "Either way, tax rises are needed, the Kestrel Institute said.",
    );
    const off = switchOff("quotes.between-same-reports");
    expect(speakerOf(directQuotes(own), "50/50")).toBe(speakerOf(directQuotes(own, off), "50/50"));
    const quoted = run(
      'Only one chart showed the "wings" of the cycle.',
      '"Tax rises are needed," the Kestrel Institute said.',
    );
    expect(speakerOf(directQuotes(quoted), "wings")).toBe(speakerOf(directQuotes(quoted, off), "wings"));
  });
});

describe("name-shaped words after a capital 'The' inside a sentence", () => {
  const kinds = (text: string, off?: boolean) =>
    model(text, off ? switchOff("actors.title-the-not-person") : undefined).m.actors.map(
      (a) => `${a.kind}:${a.name}`,
    );

  it("are a title's, never a person's", () => {
    const body =
      "Film\n\nThe documentary was shown on Monday. Ms Robinson, who presents The Lucky Ladder tells Cockerell that she despaired.";
    expect(kinds(body)).not.toContain("person:Lucky Ladder");
    expect(kinds(body, true)).toContain("person:Lucky Ladder");
  });

  it("leave a sentence's own opening 'The' alone", () => {
    expect(kinds("Film\n\nThe show was long. The Law Lords ruled against the plan on Monday.")).toEqual(
      kinds("Film\n\nThe show was long. The Law Lords ruled against the plan on Monday.", true),
    );
  });
});
