// Speaker classes of session 15 (issue #13): turn taking in interviews, nested reporting ("the paper
// quotes …"), statements left after narration. Invented text: each rule's own sentences, and the
// same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an answer after an opening question clause whose comma is left out", () => {
  const body =
    'Film night\n\nThe film shows the mayor, Tom Vale, at home with his wife, Ann Vale. He calls the evenings "great fun".\n\nAsked if she enjoys a game of chess she confesses: "Yes, it would be nicer if I won sometimes, but it is fun."';

  it("is the he/she's after the question clause", () => {
    expect(speakerOf(directQuotes(body), "Yes, it would")).toBe("Ann Vale");
  });

  it("falls to the speaker before with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.asked-no-comma")), "Yes, it would")).not.toBe(
      "Ann Vale",
    );
  });
});

describe("a tag whose verb of quoting names the one quoted last", () => {
  const body =
    'Car deal\n\nHarbour Motors is close to a deal with Orbis, the Daily Courier reports. The paper says none of the money will go to the owners.\n\n"Orbis wants its money used to invest in the plant," the newspaper quotes a source close to the firm.';

  it("gives the words to the one quoted, not the paper", () => {
    expect(speakerOf(directQuotes(body), "Orbis wants")).toBe("a source close to the firm");
  });

  it("gives them to the paper with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.quoted-object-tag")), "Orbis wants")).toBe(
      "Daily Courier",
    );
  });
});

describe("a term in what the one quoted complained of, inside the paper's report", () => {
  const body =
    'Car deal\n\nThe Daily Courier said Harbour was in talks. It quoted a spokesman for UK-based hedge fund Larch Capital complaining that the planned takeover appeared to be driven by "empire-building" rather than the interests of owners.';

  it("is the one quoted's", () => {
    expect(speakerOf(directQuotes(body), "empire-building")).toBe(
      "a spokesman for UK-based hedge fund Larch Capital",
    );
  });

  it("is the paper's with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.quoted-person-kept")), "empire-building")).toBe(
      "Daily Courier",
    );
  });
});

describe("a statement standing alone after a sentence of narrative", () => {
  const body =
    'Cinema network\n\nEach film is stored on a hard drive. Jo Marr, director of the scheme, said the copies were as good as the originals.\n\nThe films will all be encrypted and each cinema will have its own key. "People will see a clearer picture with no scratches. "The picture will look the same as on the first night."\n\nThe network opens in May.';

  it("is the speaker of the paragraph before, and so is its run-on part", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "People will see")).toBe("Jo Marr");
    expect(speakerOf(qs, "The picture will")).toBe("Jo Marr");
  });

  it("is no one's after a new person opens a sentence, or further back", () => {
    const other =
      'Cinema network\n\nJo Marr, director of the scheme, said the copies were good.\n\nThe films will be encrypted. Critic Ben Hale watched the first one.\n\n"People will see a clearer picture."';
    expect(speakerOf(directQuotes(other), "People will see")).not.toBe("Jo Marr");
    const far =
      'Cinema network\n\nJo Marr, director of the scheme, said the copies were good.\n\nThe films will be encrypted.\n\nEach cinema has a key.\n\n"People will see a clearer picture."';
    expect(speakerOf(directQuotes(far), "People will see")).toBeNull();
  });

  it("is no one's with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.recent-speaker")), "People will see")).toBeNull();
  });
});

describe("a sentence opening on a bare time adverb, its comma left out", () => {
  const body =
    'Election result\n\nTom Vale said the result was good for the city.\n\nEarlier Green leader Ann Lee sent Mr Vale her "warmest wishes", saying: "We look to the mayor to unite the city."';

  it("gives the participle's quotation and the term before it to the name after the adverb", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We look to")).toBe("Ann Lee");
    expect(speakerOf(qs, "warmest wishes")).toBe("Ann Lee");
  });

  it("leaves the term to no one with the term rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.term-before-participle"));
    expect(speakerOf(qs, "warmest wishes")).toBeNull();
  });

  it("still reads an opening time phrase up to its comma", () => {
    const qs = directQuotes(
      'Election result\n\nEarlier this week, Ann Lee sent her "best wishes", saying: "We hope he unites the city."',
    );
    expect(speakerOf(qs, "We hope")).toBe("Ann Lee");
  });
});

describe("a term in a clause whose verb is one of deciding or acting", () => {
  const body =
    'Police powers\n\nHome Secretary Ann Lee wants tougher rules. She has opted for a system of "control orders" for suspects.\n\nMs Lee slated the "reckless" plan of her rival.';

  it("is no one's; a verb of judging still gives its subject the words", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "control orders")).toBeNull();
    expect(speakerOf(qs, "reckless")).toBe("Ann Lee");
  });
});

describe("words put to the subject after a passive 'was told:'", () => {
  const body =
    'Taunts study\n\nWomen MPs face abuse, a study by Ann Lee found.\n\nAnother member of the cabinet says she was told: "Who have you been sleeping with?"';

  it("are neither the subject's nor the reporter's", () => {
    expect(speakerOf(directQuotes(body), "Who have you")).toBeNull();
  });

  it("go to the one saying 'says' with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.told-words")), "Who have you")).toBe(
      "Another member of the cabinet",
    );
  });
});

describe("a which-clause on a document, its verb one of saying", () => {
  const body =
    'Murder law\n\nTom Vale confirmed the review would follow a Harbour Commission report which branded the current law as "a mess".';

  it("is the document's issuer, not the subject of the main clause", () => {
    expect(speakerOf(directQuotes(body), "a mess")).toBe("Harbour Commission");
  });

  it("is the main clause's subject with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.which-document")), "a mess")).toBe("Tom Vale");
  });
});
