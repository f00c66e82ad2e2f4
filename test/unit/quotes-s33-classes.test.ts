// Error classes session 33 found (PolNeAR train, BBC study sets 9, 55, 57 and 60), on invented
// text: "told" before its hearer in a parenthetical-looking tag, a name's present-tense verb
// before quoted words, and a part an actor plays.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a subject past a who-clause, then 'told <hearer>,'", () => {
  it("is the subject, not the hearer after the verb", () => {
    const body =
      'Delegates\n\nDan Rees, who was listed on the Kestrel slate, told Politico, "Of the three, I like Ann Roe the best."';
    expect(speakerOf(directQuotes(body), "Of the three")).toBe("Dan Rees");
  });

  it("still reads a name set between commas after another verb of saying", () => {
    const body =
      'Port plan\n\nThe plan, which, said Tom Hale, "is part of a wider scheme", was approved on Monday.';
    expect(speakerOf(directQuotes(body), "is part of")).toBe("Tom Hale");
  });
});

describe("a name's present-tense verb before quoted words", () => {
  const head = "Port plan\n\nTom Rowe, the Harbour Party leader, spoke on Monday. ";

  it("gives the words to the name", () => {
    for (const verb of ["sees", "links", "wants", "fears", "expects"]) {
      const qs = directQuotes(`${head}Mr Rowe ${verb} "a reckless plan" in the port's future.`);
      expect(speakerOf(qs, "a reckless plan"), verb).toBe("Tom Rowe");
    }
    const firm = directQuotes(
      'Bank deal\n\nKestrel Finance bought a stake in Harbour Bank. Kestrel Finance sees "the opportunity to create value" in the deal.',
    );
    expect(speakerOf(firm, "the opportunity")).toBe("Kestrel Finance");
  });

  it("is no verb after a modifier of a plural noun, nor after an opening word", () => {
    const qs = directQuotes(
      `${head}Harbour councillors want the "reckless plan" stopped. All this "urban" talk is noise, one reader wrote.`,
    );
    expect(speakerOf(qs, "reckless plan")).not.toBe("Harbour");
    expect(speakerOf(qs, "urban")).not.toBe("All");
  });
});

describe("a part an actor plays", () => {
  it("is no words of the actor's", () => {
    const body =
      'Box office\n\nWill Stone\'s first comedy, Date Night, topped the box office. Stone plays a New York "date doctor" in the film.';
    expect(speakerOf(directQuotes(body), "date doctor")).toBeNull();
  });

  it("nor is a standing an actor holds", () => {
    const body =
      'Top earners\n\nAnn Roe earned more than any other singer in 2004. Tina Vale remained in second place because of the "monumental" costs of her tour.';
    expect(speakerOf(directQuotes(body), "monumental")).not.toBe("Tina Vale");
  });

  it("while a verb of judging still gives the subject the words", () => {
    const body =
      'Box office\n\nWill Stone\'s first comedy, Date Night, topped the box office. Stone praised the "brilliant" script.';
    expect(speakerOf(directQuotes(body), "brilliant")).toBe("Will Stone");
  });
});

describe("a party or body modifying a speech noun whose clause holds the quotation", () => {
  const body =
    'Tax row\n\nTom Rowe attacked the energy firm Kestrel on Monday. Mr Rowe derided Kestrel claims they could cut £35bn in "wasteful spending" saying the firm had got its sums wrong.';

  it("is the party's words, not those of the sentence's subject", () => {
    expect(speakerOf(directQuotes(body), "wasteful spending")).toBe("Kestrel");
  });

  it("was the subject's with the switch off", () => {
    const off = directQuotes(body, switchOff("quotes.modifier-speech-noun"));
    expect(speakerOf(off, "wasteful spending")).toBe("Tom Rowe");
  });
});

describe("a closing tag sentence with a manner adverb after the verb", () => {
  it("names the speaker of a question that ends its own sentence", () => {
    const body =
      'Phone bank\n\nAnn Major made calls all evening. "How are you today?" Tom Miller, a retired worker from a nuclear plant, said pleasantly into the phone.';
    expect(speakerOf(directQuotes(body), "How are you")).toBe("Tom Miller");
  });
});

describe("a relative named by a given name opening the sentence before a he/she tag", () => {
  const body =
    'Lost star\n\nGuitarist Ted Marsh vanished in 1995. His mother Ann Marsh said she still hoped he was alive. Marsh\'s sister Rachel made an emotional TV appeal five years later. "We do love him very much," she said.';

  it("is the relative, with the family's surname, over the woman named before", () => {
    expect(speakerOf(directQuotes(body), "We do love him")).toBe("Rachel Marsh");
  });

  it("was the woman named before with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.pronoun-kin-subject")), "We do love him")).toBe(
      "Ann Marsh",
    );
  });
});

describe("a verb coordinated inside a subordinate clause whose subject is a description", () => {
  const body =
    'Awards night\n\nAnn Roe won the prize in 1990. Tom Hale was the butt of one major gaffe in 1994 when the host opened the envelope and declared "come on up and get it, Tom" before reading the name again.';

  it("is the clause's described person, not the sentence's subject nor the one named before", () => {
    expect(speakerOf(directQuotes(body), "come on up")).toBe("the host");
  });

  it("was another person with the two switches off", () => {
    const off = switchOff("quotes.subordinate-coordination", "actors.coref-subordinate-description");
    expect(speakerOf(directQuotes(body, off), "come on up")).not.toBe("the host");
  });

  it("keeps the sentence's subject for a verb coordinated in the main clause", () => {
    const main =
      'Awards night\n\nTom Hale arrived late when the show began and declared "I am here at last" to the crowd.';
    expect(speakerOf(directQuotes(main), "I am here")).toBe("Tom Hale");
  });
});

describe("a body's document named by its acronym", () => {
  it("names the body in full, its head words kept", () => {
    const body =
      'Ban upheld\n\nAnn Roe has received a ban after a hearing at the North American Court of Arbitration for Sport (CAS).\n\n"The agency has proved its case," said a CAS statement.';
    expect(speakerOf(directQuotes(body), "The agency has proved")).toBe("Court of Arbitration for Sport");
  });
});

describe("a closing tag whose source is a plural agent noun or a body of members", () => {
  const body =
    'Lending\n\nUK mortgage lending showed a "post-Christmas lull" in January, indicating a slowing market, lenders have said. Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.';

  it("gives the sentence's quoted words to that source", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "post-Christmas lull")).toBe("lenders");
    expect(speakerOf(qs, "shocking")).toBe("a committee of MPs and peers");
  });

  it("left them no one's with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.described-tag-groups"));
    expect(speakerOf(qs, "post-Christmas lull")).toBeNull();
    expect(speakerOf(qs, "shocking")).toBeNull();
  });
});

describe("a he/she tag set inside a relative clause", () => {
  it("may stand for the subject the sentence opens on", () => {
    const body =
      'Terror laws\n\nTom Hale has no doubt it is the prime minister who, he claims, is "ramming" the measures through Parliament.';
    expect(speakerOf(directQuotes(body), "ramming")).toBe("Tom Hale");
  });

  it("still is not the name its own tag governs", () => {
    const body = 'Terror laws\n\nAnn Roe spoke first. Tom Hale has "the same drive" as ever, she said.';
    expect(speakerOf(directQuotes(body), "the same drive")).toBe("Ann Roe");
  });
});

describe("a subject after two opening words", () => {
  it("is read past a lower-case adverb after the first ('And then Tom Hale attacked, saying')", () => {
    const body =
      'Attack\n\nAnd then Tom Hale attacked the plan, saying, "Is the mayor going to mention the cost at all?"';
    expect(speakerOf(directQuotes(body), "Is the mayor")).toBe("Tom Hale");
  });
});

describe("a name set off by a dash right before a colon", () => {
  it("speaks the quotation, over a speech verb in the header before the dash", () => {
    const body =
      'Polls\n\nPollsters agree - Carla Bialik: "One of the biggest lessons was to keep contacting voters late."';
    expect(speakerOf(directQuotes(body), "One of the biggest")).toBe("Carla Bialik");
    const off = directQuotes(body, switchOff("quotes.dash-colon-name"));
    expect(speakerOf(off, "One of the biggest")).not.toBe("Carla Bialik");
  });
});

describe("a verb coordinated inside a relative clause", () => {
  it("has the relative clause's named subject", () => {
    const body =
      'Trade\n\nVoters wondered about the trade deal, which Tom Hale had called a "disaster" and promised to "rip up" in office.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "disaster")).toBe("Tom Hale");
    expect(speakerOf(qs, "rip up")).toBe("Tom Hale");
  });
});

describe("a nationality noun or a verb of informing as a speaker's cue", () => {
  it("reads 'The Argentine had stoked …, by saying' as the named Argentine's words", () => {
    const body =
      'Tennis\n\nArgentine Tomas Vela beat Ann Roe. The Argentine had stoked up the temperature ahead of the match by saying the celebrations were "not very good for the sport".';
    expect(speakerOf(directQuotes(body), "not very good")).toBe("Tomas Vela");
  });

  it("reads 'A bandmate informed the crowd' as the bandmate's words", () => {
    const body =
      'Awards\n\nTom Hale did not collect his prize. A bandmate informed the crowd Hale was "in the toilet".';
    expect(speakerOf(directQuotes(body), "in the toilet")).toBe("A bandmate");
  });
});

describe("'the <Name> of <Name> Institute'", () => {
  const body =
    'Care costs\n\nA report by the Fraser of Kestrel Institute says the costs were wrong. The rise in costs stems from mistakes in the research. "Dubious" assumptions could drive the cost up by another £130m by 2022, the report warned. Professor Ann Fraser of the Kestrel Institute said little.';

  it("is one body, whose report speaks for it", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Fraser of Kestrel Institute")).toBe("Fraser of Kestrel Institute");
    expect(speakerOf(directQuotes(body), "Dubious")).toBe("Fraser of Kestrel Institute");
  });

  it("while a person 'of the' body stays a person", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Ann Fraser")).toBe("Ann Fraser");
  });
});

describe("a group in lower case after an inverted verb of saying with no comma", () => {
  it("speaks the term before it", () => {
    const body =
      'Talks\n\nThe talks have been "making real progress" say officials. The plan is "making fine progress" say those behind the negotiations.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "making real")).toBe("officials");
    expect(speakerOf(qs, "making fine")).toBe("those behind the negotiations");
  });

  it("is no tag when the words after the verb run on into a clause", () => {
    const body = 'Talks\n\nThey have "a say" in the talks, say officials who were there.';
    expect(speakerOf(directQuotes(body), "a say")).not.toBe("officials who were there");
  });
});

describe("a sentence of only a name and a verb in -ed after a question", () => {
  const body =
    'Trial\n\nDan Myers was questioned by Reid Hale on Monday. "Did you ever see Mr Ebbers make an entry?" Mr Hale pressed.';

  it("is the question's tag", () => {
    expect(speakerOf(directQuotes(body), "Did you ever")).toBe("Reid Hale");
  });

  it("was not with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.name-verb-tag-sentence")), "Did you ever"),
    ).not.toBe("Reid Hale");
  });
});

describe("a committee named in lower case", () => {
  it("speaks as the tag's own phrase, and as 'the committee' after 'the joint committee on …'", () => {
    const body =
      'Stats\n\nThere was an "absolute crisis" in the recruitment of statisticians, the Commons science and technology committee added. The joint committee on human rights found prisons were "failing". The committee also highlighted "deeply worrying" cases.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "absolute crisis")).toBe("Commons science and technology committee");
    expect(speakerOf(qs, "deeply worrying")).toBe("joint committee on human rights");
  });

  it("is the 'it' that closes a later sentence of its words", () => {
    const body =
      'Stats\n\nThere was an "absolute crisis" in recruitment, the Commons science and technology committee added. "Major problems" are expected as the workforce ages, it said.';
    expect(speakerOf(directQuotes(body), "Major problems")).toBe("Commons science and technology committee");
    const off = directQuotes(body, switchOff("quotes.described-tag-groups"));
    expect(speakerOf(off, "Major problems")).toBeNull();
  });
});

describe("a predicate of feeling or stance after 'be'", () => {
  it("gives the quoted words to the subject ('had been full of', 'was critical of')", () => {
    const body =
      'Holmes\n\nAnn Roe won two golds in Athens. Roe had been full of "should I, shouldn\'t I?" thoughts about the double. Tom Hale was critical of the "reckless" plan.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "should I")).toBe("Ann Roe");
    expect(speakerOf(qs, "reckless")).toBe("Tom Hale");
  });

  it("while a passive's subject still gets none", () => {
    const body = 'Bravery\n\nTom Hale has been praised by police for his "bravery" on Monday.';
    expect(speakerOf(directQuotes(body), "bravery")).not.toBe("Tom Hale");
  });
});
