// Speaker classes of quotation runs found in session 22 (issue #13), on invented text: each rule's
// own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a dash, a role and a name before a quotation with no colon head a match report's run", () => {
  const body =
    'Harbour 3-0 Kettleby\n\nHarbour eased past Kettleby with three goals after the break.\n\n- Kettleby boss Ivo Brandt "We were second best all afternoon. "The first goal knocked the heart out of us." \n - Harbour manager Tessa Lindqvist "I asked for patience at half-time. "The players gave me everything."';

  it("is the name of each header, for the whole run", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We were second best")).toBe("Ivo Brandt");
    expect(speakerOf(qs, "The first goal")).toBe("Ivo Brandt");
    expect(speakerOf(qs, "I asked for patience")).toBe("Tessa Lindqvist");
    expect(speakerOf(qs, "The players gave")).toBe("Tessa Lindqvist");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.dash-role-name-header"));
    expect(speakerOf(qs, "We were second best")).toBeNull();
    expect(speakerOf(qs, "I asked for patience")).toBeNull();
  });

  it("needs the role: a dash and a name alone are no header", () => {
    const bare = body.replace("Kettleby boss Ivo Brandt", "Ivo Brandt").replace("Harbour manager ", "");
    expect(speakerOf(directQuotes(bare), "We were second best")).toBeNull();
  });
});

describe("the answer to the writer's question is the interviewee's, not the one its as-clause cites", () => {
  const body =
    'The outsider\n\nMarta Ingle, a pollster, has seen many campaigns.\n\nShe says the Green Union is ready. "We have the best field team in the country," she said.\n\nSo is the party doomed to stay small, as its founder Oskar Brenner once famously predicted? "No. We will win seats this time.\n\n"The voters are tired of the old parties."';

  it("is the person who spoke before the question", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "No. We will win")).toBe("Marta Ingle");
    expect(speakerOf(qs, "The voters are tired")).toBe("Marta Ingle");
  });

  it("is the one the question cites with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.question-answer"));
    expect(speakerOf(qs, "No. We will win")).toBe("Oskar Brenner");
  });
});

describe("a paragraph of a dash and a name signs the quotation paragraph before it", () => {
  const body =
    'Checking the debate\n\nWe looked at the claims the candidates made on Tuesday night.\n\n"Nine out of ten new jobs are part-time."\n\n- Senator Ivo Brandt, in the second hour.\n\nThat is wrong: most new jobs are full-time.';

  it("is the name after the dash", () => {
    expect(speakerOf(directQuotes(body), "Nine out of ten")).toBe("Ivo Brandt");
  });

  it("needs a name: a sentence after the dash signs nothing", () => {
    const bullet =
      'Checking the debate\n\nWe looked at the claims made on Tuesday night.\n\n"We have cut the deficit every year."\n\n- The debate will be shown again on Sunday.';
    expect(speakerOf(directQuotes(bullet), "We have cut")).toBeNull();
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.dash-name-footer")), "Nine out of ten")).toBeNull();
  });
});

describe("a bare statement goes on with the account of the speaker before it", () => {
  const turn =
    'Cards get a second check\n\nBanks are testing a new card reader.\n\nTom Varga, from Keyline, told the Daily Lamp there were two steps to the check. The harder one is knowing who is at the keyboard.\n\n"The answer is to combine something you know with something you hold." The reader makes a new code every minute.';
  const firm =
    'School by satellite\n\nA pilot scheme sends lessons to rural schools by satellite. "It works well," said teacher Ruth Amadi.\n\nBut Kofi Osei sees pros and cons. "It is easy to set up, but the link only goes one way," he said.\n\nMr Osei says more content would help the pupils. A library scheme run by search firm Zoogle may supply it. "Every book in the public domain could go on the stations."';

  it("opening the next paragraph, after her reported account", () => {
    expect(speakerOf(directQuotes(turn), "The answer is")).toBe("Tom Varga");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.reported-turn-next-paragraph");
    expect(speakerOf(directQuotes(turn, off), "The answer is")).toBeNull();
  });

  it("not when a tag follows it", () => {
    const tagged = turn.replace('hold." The reader', 'hold!" Ann Bell, a banker, said of it. The reader');
    expect(speakerOf(directQuotes(tagged), "The answer is")).not.toBe("Tom Varga");
  });

  it("past a firm the narrative names", () => {
    expect(speakerOf(directQuotes(firm), "Every book")).toBe("Kofi Osei");
  });

  it("stops at the firm with the switch off", () => {
    expect(speakerOf(directQuotes(firm, switchOff("quotes.person-named-between")), "Every book")).toBeNull();
  });
});

describe("a surname alone before a colon heads a debate round-up's answer", () => {
  const body =
    'Rivals split on the port\n\nSusan Velde and David Brenn both want the harbour job.\n\nVelde: "We will open the port to night ferries."\n\nUpdate: "Ferries" means the two new boats.';

  it("is the person the article names in full", () => {
    expect(speakerOf(directQuotes(body), "We will open")).toBe("Susan Velde");
  });

  it("needs a person: a heading word names no one", () => {
    expect(speakerOf(directQuotes(body), "Ferries")).toBeNull();
  });

  it("is no one with the switch off", () => {
    expect(
      speakerOf(
        directQuotes(body, switchOff("quotes.colon-lone-surname", "quotes.colon-known-person")),
        "We will open",
      ),
    ).toBeNull();
  });
});
