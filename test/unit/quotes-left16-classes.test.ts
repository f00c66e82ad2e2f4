// Speaker classes left on the BBC study sets 14-17 (session 16), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a quotation before a contrast clause opening on while/whereas", () => {
  const body =
    'Leave plan\n\nPaid leave will be given to fathers, Ms Hale said. The Greens dismissed the leave plan as "desperate", while the Liberals said it was misdirected. The Reds called it "timid", whereas the Blues said it went too far.';

  it("is the main clause's subject's, not the contrast clause's", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "desperate")).toBe("Greens");
    expect(speakerOf(qs, "timid")).toBe("Reds");
  });

  it("goes to the contrast clause's subject with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-not-contrast-clause"));
    expect(speakerOf(qs, "desperate")).toBe("Liberals");
  });
});

describe("a described name opening a sentence before an irregular past", () => {
  const body =
    'Host evicted\n\nMia Dunne, mother of the actor Rex Dunne, has left the house. She was glad to leave. "That was worth it," she said. Earlier on Friday protesters were held after entering the compound. Feminist icon Germana Frost quit the show earlier in the week over what she called "bullying" tactics used by the producers.';

  it("is the subject a she in the sentence goes to", () => {
    expect(speakerOf(directQuotes(body), "bullying")).toBe("Germana Frost");
  });

  it("leaves the she to the older speaker with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.described-name-irregular-past"));
    expect(speakerOf(qs, "bullying")).toBe("Mia Dunne");
  });
});
