// Speaker classes found on BBC study set 12 (issue #13), on invented text: each rule's own
// sentences, and where the rule has a switch, the same sentences with it off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a capitalised clergy office stands for the holder the article named", () => {
  const body = (holder: string, later: string) =>
    `The novel is a romp, a clergyman has said.\n\nThe Bishop of Westmoor, ${holder}, described it as a "fine romp". Despite enjoying it, the Bishop said it was thin.\n\n${later} "It is fun to read."`;

  it.each(["Alan Pike", "the Rt Rev Dr Alan Pike", "the Most Reverend Alan Pike"])(
    "'the Bishop' is the holder: %s",
    (holder) => {
      expect(speakerOf(directQuotes(body(holder, "Later the Bishop said:")), "It is fun")).toMatch(
        /Alan Pike$/,
      );
    },
  );

  it("reads 'the Archbishop' the same way", () => {
    const text = body("Alan Pike", "Later the Bishop said:").replaceAll("Bishop", "Archbishop");
    expect(speakerOf(directQuotes(text), "It is fun")).toBe("Alan Pike");
  });

  it("does not take a paper named in a fronted phrase for the bishop", () => {
    const later = "Writing his message in the Westmoor Gazette, the Bishop said:";
    expect(speakerOf(directQuotes(body("the Rt Rev Dr Alan Pike", later)), "It is fun")).toBe("Alan Pike");
  });
});

describe("a clergy office in capitals stands for the person the article styled with it", () => {
  // "Cardinal Ivo Marr" styles the man; with an archbishop named in between, "the Cardinal" and
  // the "he" after it are still the cardinal.
  const text = (office: string) =>
    `Church leaders spoke on Sunday.\n\n${office} Ivo Marr criticised the budget. Both ${office === "Cardinal" ? "the Cardinal" : "he"} and Archbishop of Lenford Dr Paul Reyes asked for more time. Dr Reyes has since criticised the council.\n\nOn Friday, the ${office} will ask the congregation to stay. "It is possible," he will say.`;

  it.each(["Cardinal", "Bishop"])("'the %s' and the he after it are the styled person", (office) => {
    expect(speakerOf(directQuotes(text(office)), "It is possible")).toMatch(
      /^(?:Cardinal |Bishop )?Ivo Marr$/,
    );
  });
});

describe("a role written as a capital abbreviation is a person's role", () => {
  const body = (role: string) =>
    `The duo won three awards last night.\n\nKay Lomas, a ${role} from Westport, thinks a break is due. "They might rest," says the ${role}.`;

  it.each(["DJ", "CEO"])("'the %s' is the person the article gave the role", (role) => {
    expect(speakerOf(directQuotes(body(role)), "They might rest")).toBe("Kay Lomas");
  });
});

describe("a run before an indefinite person's role is a person", () => {
  const body =
    'The duo won three awards last night.\n\nK Flash, a presenter on the music station Beat FM, thinks a break is due. "They might rest," says the host. "They will be back," he adds.';

  it("is the person, for the description and the pronoun after it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "They might rest")).toBe("K Flash");
    expect(speakerOf(qs, "They will be back")).toBe("K Flash");
  });

  it("is no person with the rule off", () => {
    expect(
      speakerOf(
        directQuotes(body, switchOff("actors.person-apposition", "actors.initial-and-surname")),
        "They will be back",
      ),
    ).not.toBe("K Flash");
  });
});

describe("a place's possessive owns no quoted term", () => {
  const body = (owner: string) =>
    `Kay Lomas started the fair in the 1990s. There are talks on topics like ${owner}'s "culture wars" and the war. "We show good films," she said.`;

  it("leaves the term unattributed after a place", () => {
    expect(speakerOf(directQuotes(body("America")), "culture wars")).toBeNull();
  });

  it("still gives the term to a person who owns it", () => {
    expect(speakerOf(directQuotes(body("Kay Lomas")), "culture wars")).toBe("Kay Lomas");
  });
});

describe("words two named people share are neither's", () => {
  const body =
    'Fans queued for hours. Less impressed were fellow students Tom Reed and Ian Bell, who observed, "The band is dull." Others disagreed. Tom Reed and Ian Bell said: "It was loud." Ian Bell said: "Yes."';

  it("leaves the shared quotations unattributed, and a quotation of one alone his", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "The band is dull")).toBeNull();
    expect(speakerOf(qs, "Yes")).toBe("Ian Bell");
    // (two as the subject of "said" speak together, session 34; neither alone with that switch off)
    expect(speakerOf(qs, "It was loud")).toBe("Tom Reed and Ian Bell");
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.joint-people-any-words")), "It was loud"),
    ).toBeNull();
  });

  it("gives them to the second name with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.shared-speakers")), "The band is dull")).toBe(
      "Ian Bell",
    );
  });
});

describe("a capitalised clause cut by a tag's comma is a statement", () => {
  it.each(['"Sometimes it rains," she said.', '"Far too many people came," Sheriff Ann Roe said.'])(
    "%s",
    (text) => {
      const qs = directQuotes(`Ann Roe spoke on Monday. ${text}`);
      expect(qs[0]?.kind).toBe("statement");
    },
  );

  it("leaves a lower-case phrase ending in a comma a term", () => {
    const qs = directQuotes('Ann Roe called it an "underhand trick," adding that she would appeal.');
    expect(qs[0]?.kind).toBe("term");
  });
});

describe("a choir or an orchestra is an organisation", () => {
  it("takes no 'he' from a youth orchestra named after the speaker", () => {
    const body =
      'Tom Hale, 32, gave money on Wednesday. The Girls Choir of Westport got a cheque for $10,000. The Westport Youth Orchestra got $5,000. "I had to give back," he said.';
    expect(speakerOf(directQuotes(body), "I had to give back")).toBe("Tom Hale");
  });
});
