// Speaker classes found on BBC study set 16 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"a greater say" is the noun, no source and its verb', () => {
  const body =
    'Fund boss wants a voice\n\nThe biggest investor in the rugby club Harwell Rovers wants more power.\n\nFund manager Otto Brandt - the club\'s largest investor - said he would only put in more money if he got a bigger say in how it is run. "I want better answers," he is quoted as saying by the Daily Star. The club has faced calls to change.';

  it("leaves the he/she to the person before", () => {
    expect(speakerOf(directQuotes(body), "I want better answers")).toBe("Otto Brandt");
  });

  it('takes "a bigger" for a source with the switch off', () => {
    const qs = directQuotes(body, switchOff("quotes.indefinite-say-noun"));
    expect(speakerOf(qs, "I want better answers")).toBe("a bigger");
  });

  it('keeps "a trader says" a source', () => {
    const qs = directQuotes(
      'Shares slide\n\nShares fell on Monday.\n\nOne trader said the fall was no surprise. "It was coming," he said.',
    );
    expect(speakerOf(qs, "It was coming")).toBe("One trader");
  });
});

describe("a bare role before a name in apposition opens the tag after the quotation", () => {
  const body =
    'Hunt rides out\n\nThe Vale hunt rode out on Saturday despite the new law.\n\n"We are not going away," hunt master, Major Colin Pettigrew, said. But Tom Banks said the sport would fade.';

  it("gives the quotation to the name", () => {
    expect(speakerOf(directQuotes(body), "We are not going away")).toBe("Colin Pettigrew");
  });

  it("finds no speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-bare-role-name"));
    expect(speakerOf(qs, "We are not going away")).toBeNull();
  });

  it("takes no bare role without a name after it", () => {
    const qs = directQuotes(body.replace("hunt master, Major Colin Pettigrew, said", "hunt master said"));
    expect(speakerOf(qs, "We are not going away")).toBeNull();
  });
});

describe("a quoted nickname between a given name and a surname", () => {
  const body =
    'Label gets new boss\n\nThe record label Deep Groove has a new president.\n\nMarcus "Big M" Tolland, chairman of the Groove Music Group, said: "Nobody knows the scene better." He hoped the new boss would "take the label forward", he added.';

  it("names the speaker by the given name and the surname", () => {
    expect(speakerOf(directQuotes(body), "Nobody knows")).toBe("Marcus Tolland");
    expect(speakerOf(directQuotes(body), "take the label forward")).toBe("Marcus Tolland");
  });

  it("reads the surname alone with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.nickname-in-name", "quotes.nickname-full-name"));
    expect(speakerOf(qs, "Nobody knows")).toBe("Tolland");
  });
});

describe("a he/she after a speaker the model holds no actor for, of no written gender", () => {
  const body =
    'Union attacks police plans\n\nTowns would elect their own police chief, under plans set out by the Conservatives.\n\nResponding to the plans, the chairman of the Police Union of Wessex said independence must be kept.\n\nDec Holt said: "It is a service, not a game. "These plans could end badly," she warned. Outlining his plans, Mr Avery said the boards were not known.';

  it("goes on from the paragraph's latest speaker", () => {
    expect(speakerOf(directQuotes(body), "These plans could end badly")).toBe("Dec Holt");
  });

  it("stays unresolved with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.pronoun-unlinked-ungendered"));
    expect(speakerOf(qs, "These plans could end badly")).toBeNull();
  });
});

describe("a document and the topic it is on before the verb", () => {
  const body =
    'Games teach maths\n\nA researcher says games can teach maths.\n\nTom Vell believes games help. "We can do better," he told the BBC. Earlier work with a colleague showed it could help. A report on the trial said: "Pupils began asking hard questions." Mr Vell\'s ideas were aired in a journal.';

  it("is the speaker", () => {
    expect(speakerOf(directQuotes(body), "Pupils began")).toBe("A report on the trial");
  });

  it("leaves the words to the person before with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.document-on-topic"));
    expect(speakerOf(qs, "Pupils began")).toBe("Tom Vell");
  });

  it('keeps "The paper on Monday said" the paper\'s', () => {
    const qs = directQuotes(
      'Paper backs plan\n\nThe Wessex Herald backed the plan.\n\nThe paper on Monday said: "This is the right plan."',
    );
    expect(speakerOf(qs, "This is the right plan")).not.toBe("The paper on Monday");
  });
});
