// Quotation marks that quote nobody (issue #13, session 18), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a crowd's noise after 'cries/cheers of'", () => {
  const body =
    'Fans cheer new coach\n\nRovers coach Pia Lund praised the crowd on Sunday. Mr Okafor thinks the answer lies somewhere between the cries of "sack the board" and "give him time". The paper refers to the cheers of "olé" which greeted every pass.';

  it("gives no speaker to the noise, nor to the words listed after it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "sack the board")).toBeNull();
    expect(speakerOf(qs, "give him time")).toBeNull();
    expect(speakerOf(qs, "olé")).toBeNull();
  });

  it("gives the sentence's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.crowd-noise-term"));
    expect(speakerOf(qs, "sack the board")).toBe("Okafor");
    expect(speakerOf(qs, "give him time")).toBe("Okafor");
    expect(speakerOf(qs, "olé")).not.toBeNull();
  });

  it("keeps a term of a verb of saying", () => {
    const qs = directQuotes(
      'Coach hits back\n\nRovers coach Pia Lund said the board had been "very patient" with her.',
    );
    expect(speakerOf(qs, "very patient")).toBe("Pia Lund");
  });
});

describe("a term inside a record of deciding or refusing", () => {
  const body =
    'Watchdog to study music channel\n\nThe Family Viewing Council said the channel aimed its shows at children. The watchdog decided to study the channel after a presenter\'s infamous "costume slip" at a summer festival. Reporter Tomas Brandt, who made the film, refused to answer the questions, citing a Danish "press freedom" law.';

  it("is no one's words", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "costume slip")).toBeNull();
    expect(speakerOf(qs, "press freedom")).toBeNull();
  });

  it("is the record's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.acting-record-term"));
    expect(speakerOf(qs, "costume slip")).toBe("Family Viewing Council");
    expect(speakerOf(qs, "press freedom")).toBe("Tomas Brandt");
  });

  it("lends a term after a clause of the subject's own inside the record", () => {
    const qs = directQuotes(
      'Police chief rules on case\n\nPolice chief Rosa Lind decided not to charge the singer at a press conference on Tuesday even though she found "evidence" that he broke the law.',
    );
    expect(speakerOf(qs, "evidence")).toBe("Rosa Lind");
  });
});

describe("a name owning a term inside a prepositional phrase", () => {
  const body =
    'Festival row goes on\n\nThe regulator fined the channel last year for singer Ann Roe\'s "costume slip" at a festival. Tomas Berg, one of Kelby\'s "rent rebels", was there. But Greyfield Council\'s "final offer" came on Friday.';

  it("is what the term is about, not who said it; an owner opening the clause keeps it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "costume slip")).toBeNull();
    expect(speakerOf(qs, "rent rebels")).toBeNull();
    expect(speakerOf(qs, "final offer")).toBe("Greyfield Council");
  });

  it("is the owner with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.owner-after-preposition"));
    expect(speakerOf(qs, "costume slip")).toBe("Ann Roe");
    expect(speakerOf(qs, "rent rebels")).not.toBeNull();
  });
});
