// Speaker classes found on BBC study set 23 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"Lord" before office words is part of the office, not a peer\'s name', () => {
  const body =
    'Lottery bill dropped\n\nA Liberal peer has withdrawn a bill to reform the lottery.\n\nThe Lord Chancellor, Lord Hartwell, agreed the rules were old but added that "their effects are small". The changes proposed by Lord Penwick were "a risky undertaking", he said.';

  it("is the holder named in apposition, and the pronoun after him", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "their effects")).toBe("Lord Hartwell");
    expect(speakerOf(qs, "a risky")).toBe("Lord Hartwell");
  });

  it("is the office read as a name with the switch off", () => {
    const off = switchOff("quotes.capitalised-office-lord");
    expect(speakerOf(directQuotes(body, off), "their effects")).toBe("Lord Chancellor");
  });
});

describe("a run-on quotation that names the sentence-before's subject by full name is not theirs", () => {
  const body =
    'Coach names his squad\n\nNational coach Pat Brennan says he will pick the strongest team for the tour.\n\n"It is an open book," he said. "There are some fine candidates."\n\nAnd winger Tom Hadley looks certain to get the call, provided he recovers from a knee injury. "I learnt lessons from last year when we took a player who was not fit. "Every player has to be judged on merit and Tom Hadley is an outstanding player and if he gets fit he will be on the trip. "I am told he should be back by March."';

  it("is the voice quoted before, for every paragraph of the run", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I learnt")).toBe("Pat Brennan");
    expect(speakerOf(qs, "Every player")).toBe("Pat Brennan");
    expect(speakerOf(qs, "I am told")).toBe("Pat Brennan");
  });

  it("is the subject with the switch off", () => {
    const off = switchOff("quotes.not-about-speaker-run");
    expect(speakerOf(directQuotes(body, off), "I learnt")).toBe("Tom Hadley");
  });
});

describe('"the … peer and former minister" is the peer who spoke just before', () => {
  const body =
    'Lottery bill dropped\n\nA Liberal peer has withdrawn a bill to reform the lottery.\n\nLord Penwick agreed to withdraw his bill after a long debate. "We cannot wait forever," he told peers. During the debate, the Liberal peer and former minister said: "The lottery should serve the public."';
  const plain = body.replace("the Liberal peer and former minister said", "the Liberal peer said");

  it("is that peer, with a second role after 'and' or none", () => {
    expect(speakerOf(directQuotes(body), "The lottery")).toBe("Lord Penwick");
    expect(speakerOf(directQuotes(plain), "The lottery")).toBe("Lord Penwick");
  });

  it("is the second role, or the description, with the switch off", () => {
    const off = switchOff("quotes.peer-role");
    expect(speakerOf(directQuotes(body, off), "The lottery")).toBe("former minister");
    expect(speakerOf(directQuotes(plain, off), "The lottery")).toBe("the Liberal peer");
  });
});

describe('a firm named "A & B" goes by its first partner\'s name in its own article', () => {
  const body =
    'Broker admits fraud\n\nAn executive at US broker Hale & Dorrance has pleaded guilty to fraud charges.\n\nThe state attorney said senior manager Tom Reed had pleaded guilty. "We are saddened by the news," Hale said in a statement. The company added it was "committed to serving our clients well".';

  it("is the firm, for its short name and its description", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We are saddened")).toBe("Hale & Dorrance");
    expect(speakerOf(qs, "committed to")).toBe("Hale & Dorrance");
  });

  it("is the lone word with the step off", () => {
    const off = switchOff("actors.ampersand-first-partner");
    expect(speakerOf(directQuotes(body, off), "We are saddened")).toBe("Hale");
  });
});

describe("a name before a who-clause written without a comma is a clause's subject, for a he/she", () => {
  const body =
    'Preview: Leeds v Hull\n\nLeeds coach Ian Marsh says his side should not underestimate the visitors. "They have a depth of talent," he said.\n\nLeeds, despite having Paul Dent still out injured, have been boosted by the return of star skipper Mark Toller who missed the last game with a hamstring injury. "The knowledge that this game was coming up really helped," he said.';

  it("is the name the who-clause follows", () => {
    expect(speakerOf(directQuotes(body), "The knowledge")).toBe("Mark Toller");
  });

  it("is the speaker before with the switch off", () => {
    const off = switchOff("quotes.subject-who-no-comma");
    expect(speakerOf(directQuotes(body, off), "The knowledge")).toBe("Ian Marsh");
  });
});

describe('a document whose author the article names after "by" speaks for that organisation', () => {
  const body =
    'Millions to stay offline\n\nBy 2030, 30% of homes will still be without net access, says a study.\n\nAround 20 million people will miss out on services, predicts the report by phone giant Zentel. The idea that the divide will vanish with time is "wishful thinking", the report concludes.';

  it("is the organisation", () => {
    expect(speakerOf(directQuotes(body), "wishful")).toBe("Zentel");
  });

  it("is the document, unnamed, with the switch off", () => {
    const off = switchOff("quotes.document-by-author");
    expect(speakerOf(directQuotes(body, off), "wishful")).toBe("the report");
  });
});

describe("a lead quotation its indefinite subject voices is the person the next sentence opens on", () => {
  // (no headline line: the test article's title is its front matter's)
  const body =
    'A senior Green councillor has criticised the agency\'s "sluggish" approach to planning for future floods.\n\nHousing select committee chairman Ruth Ambry was giving her reaction to a report by the county auditor. Ms Ambry said the agency was "dragging its feet".';

  it("is the person named next", () => {
    expect(speakerOf(directQuotes(body), "sluggish")).toBe("Ruth Ambry");
  });

  it("is the indefinite description with the switch off", () => {
    const off = switchOff("quotes.lead-named-next-indefinite");
    expect(speakerOf(directQuotes(body, off), "sluggish")).toBe("A senior Green councillor");
  });
});
