// Speaker classes found on BBC study set 11 (issue #13), on invented text: each rule's own
// sentences, and where the rule has a switch, the same sentences with it off.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a subject phrase run over a name's own verb and object is the name", () => {
  const coordinated =
    'Tom Vale, a builder, said he would give no more money to the party. He said the rows had hurt. "The rows do harm," Mr Vale said. And he branded the response as "slow and poor". "People need help," he said.\n\nIn a separate development, Robin Cole gave his backing to the chancellor but told a dinner for reporters the vote had to be won. But he insisted the rows were not "seen as a problem by voters," adding there was no crisis.';
  const participle =
    'Former aide Tom Dunn sent an e-mail to reporter Ian Vane by mistake.\n\nRealising his error, Mr Dunn then e-mailed Mr Vane pointing out the mistake, but suggesting the editor would see the funny side. He said: "Not very good at this."';

  it("'he' after 'X gave his backing … but told' is X", () => {
    expect(speakerOf(quotes(coordinated), "seen as a problem")).toBe("Robin Cole");
  });

  it("'He' after 'X then e-mailed Y pointing out' is X", () => {
    expect(speakerOf(quotes(participle), "Not very good")).toBe("Tom Dunn");
  });

  it("is the earlier speaker and the object with the switch off", () => {
    // (and coreference's reading of a name after "In a separate development," as its subject, s34)
    const off = switchOff("quotes.subject-name-before-verb", "actors.coref-fronted-phrase-subject");
    expect(speakerOf(quotes(coordinated, off), "seen as a problem")).toBe("Tom Vale");
    expect(speakerOf(quotes(participle, off), "Not very good")).toBe("Ian Vane");
  });

  it("reads past a role before the name", () => {
    const body =
      'Ann Roe and her husband spoke on Monday. "We are glad," she said.\n\nWestport Rovers team manager Ivo Brandt gave his backing to the board but told reporters the club was safe. But he insisted the club was "not for sale".';
    expect(speakerOf(quotes(body), "not for sale")).toBe("Ivo Brandt");
  });
});

describe("a hyphened document after a possessive name speaks for its owner", () => {
  const body =
    'Former aide Tom Dunn is at the centre of a new row over an e-mail sent to a reporter.\n\nMr Dunn\'s e-mail, which was meant for a party official, suggested they should ask the agency to issue a statement. In it, he said: "Just call them and get it done."';

  it("'he' after \"Mr Dunn's e-mail … suggested\" is Tom Dunn", () => {
    expect(speakerOf(quotes(body), "Just call them")).toBe("Tom Dunn");
  });
});

describe("a document named for an author of several words speaks for the author", () => {
  const body =
    'Fuel costs are "falling fast", according to a Harbour Trust report.\n\nThe trust examined a council campaign on fuel prices. "The gap is closing," the Harbour Trust report said.';

  it("'according to a Harbour Trust report' and the tag are the trust", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "falling fast")).toBe("Harbour Trust");
    expect(speakerOf(qs, "The gap is closing")).toBe("Harbour Trust");
  });

  it("is the report itself with the switch off", () => {
    const qs = quotes(body, switchOff("quotes.document-author-long-name"));
    expect(speakerOf(qs, "falling fast")).toBe("a Harbour Trust report");
  });

  it("leaves the tag with no verb when 'report' is read as one", () => {
    const qs = quotes(body, switchOff("quotes.noun-after-name-run", "quotes.recent-speaker"));
    expect(speakerOf(qs, "The gap is closing")).toBeNull();
  });
});

describe("a name's own 'for the' is read through", () => {
  const body =
    'Bird numbers are down.\n\nA spokesman for the Forum for the Coastal Towns (FCT), which is meeting this week in Hull, told the BBC: "The decline is real."';

  it("is the forum's spokesman, not 'the Coastal Towns'", () => {
    expect(speakerOf(quotes(body), "The decline is real")).toBe(
      "A spokesman for the Forum for the Coastal Towns",
    );
  });
});

describe("a bare plural source after the verb of a tag", () => {
  const body =
    'Ferry shares rose on Monday. "The outlook is good," says Harbour Bank\'s Ann Roe.\n\nThe fleet is large. "Delays are not unusual in the industry," wrote analysts at Westport Securities in a note to clients on Friday.';

  it("is the analysts, not the speaker before", () => {
    expect(speakerOf(quotes(body), "Delays are not")).toBe("analysts at Westport Securities");
  });

  it("is the speaker before with the switch off", () => {
    const qs = quotes(body, switchOff("quotes.tag-said-bare-plural"));
    expect(speakerOf(qs, "Delays are not")).toBe("Ann Roe");
  });
});

describe("a role with its union's name before a full name is the person", () => {
  const body =
    'Ministers plan to cut pension costs.\n\nBut general secretary of the transport union Rail Ivo Brandt criticised the plans. "You do not get good services."';

  it("names Ivo Brandt, a person, not an unnamed role", () => {
    const q = quotes(body).find((x) => x.text.startsWith("You do not"))!;
    expect(q.speakerName).toContain("Ivo Brandt");
    expect(q.speakerKind).toBe("person");
  });
});

describe("a named source of 'according to' enters the history", () => {
  const body =
    'One bidder, Dutch group Halvor, said it welcomed the sale.\n\n"We would look at it with interest," a spokesman told BBC News. A resale could triple the price, according to the Harbour Research Unit\'s Mr Tobin. But he warned that the state could take the easy route. "That way, the state wins," he told BBC News.';

  it("'he' after 'according to … Mr Tobin. But he warned' is Tobin", () => {
    expect(speakerOf(quotes(body), "That way")).toBe("Tobin");
  });

  it("is the spokesman who spoke before with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.according-to-history")), "That way")).toBe("a spokesman");
  });
});

describe("the subject of 'used …' or 'took …' that an infinitive of saying hangs on", () => {
  const body =
    'Bishop Tom Vale spoke on Sunday.\n\nThe bishop used a Christmas message to condemn the war as a "shameful" waste of money.';

  // "The bishop" is the man the article styled "Bishop Tom Vale" (set 12's clergy class).
  it("is the bishop", () => {
    expect(speakerOf(quotes(body), "shameful")).toBe("Tom Vale");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.used-to-say")), "shameful")).toBeNull();
  });
});

describe("'denounce' is a verb of saying", () => {
  it("gives the term to the one who denounced", () => {
    const body =
      'Bishop Tom Vale spoke on Sunday.\n\nIn his sermon, the bishop denounced the war as a "needless" waste.';
    expect(speakerOf(quotes(body), "needless")).toBe("Tom Vale");
  });
});
