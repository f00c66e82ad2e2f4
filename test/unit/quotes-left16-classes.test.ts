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

describe("a partial quotation after a description singled out by a who-clause, inside another's report", () => {
  const body =
    'Force rules\n\nHome Secretary Tom Hale said the law was clear. Farmer Ned Marsh was jailed in 2000. The lawyer who had represented Mr Marsh had said the rules were "weighted heavily" in favour of the owner, said Mr Hale. He said: "The problem is there has not been enough understanding of it."';

  it("is the description's; the he after goes to the report's speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "weighted heavily")).toBe("The lawyer");
    expect(speakerOf(qs, "The problem")).toBe("Tom Hale");
  });

  it("goes to the name closing the who-clause without the head readings", () => {
    // (session 40's restrictive-who-clause reads this head too: both off)
    const qs = directQuotes(body, switchOff("quotes.restrictive-who-head", "quotes.restrictive-who-clause"));
    expect(speakerOf(qs, "weighted heavily")).toBe("Ned Marsh");
    expect(speakerOf(qs, "The problem")).toBe("Ned Marsh");
  });

  it("goes to the model's role link without the unnamed description", () => {
    const qs = directQuotes(body, switchOff("quotes.who-clause-description"));
    expect(speakerOf(qs, "weighted heavily")).toBe("Ned Marsh");
  });

  it("goes to the report's speaker without the own-speech check", () => {
    const qs = directQuotes(body, switchOff("quotes.reported-subject-own-speech"));
    expect(speakerOf(qs, "weighted heavily")).toBe("Tom Hale");
  });
});

describe("a he/she after a dash aside whose own clause has a named subject", () => {
  const body =
    'Marsh rules out move\n\nTown boss Arne Marsh has ruled out a move for Tom Kell once the striker has served his ban.\n\nKell was sacked by Rovers on Friday after a failed test - a move Marsh has backed. But he said: "I think he will be banned for a long time."';

  it("goes to the aside's subject, the latest person named", () => {
    expect(speakerOf(directQuotes(body), "I think")).toBe("Arne Marsh");
  });

  it("goes to the main clause's subject with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.dash-aside-subject"));
    expect(speakerOf(qs, "I think")).toBe("Tom Kell");
  });
});

describe("a partial quotation in the finding of a person who led an inquiry ('found')", () => {
  const body =
    'Visa inquiry\n\nThe Greens have called for a second inquiry into the visa case. Sir Tom Vale found a "chain of events" linked Mr Hale to the case.';

  it("is the clause subject's", () => {
    expect(speakerOf(directQuotes(body), "chain of events")).toBe("Sir Tom Vale");
  });

  it("is not the subject's with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.clause-subject-more"));
    expect(speakerOf(qs, "chain of events")).not.toBe("Sir Tom Vale");
  });
});
