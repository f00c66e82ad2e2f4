// Error classes session 34 found (BBC study sets and PolNeAR train), on invented text.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("'they' closing the sentence of a quoted term", () => {
  it("is the plural group its own sentence opens on", () => {
    const body =
      'Screens\n\nHarbour Electronics made a profit. The TV display makers want us to buy screens of 42in, to get the "true impact" of HD, they say, although smaller ones suffice.';
    expect(speakerOf(directQuotes(body), "true impact")).toBe("The TV display makers");
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.they-own-sentence-subject")), "true impact"),
    ).toBeNull();
    const bare = directQuotes('Climate\n\nCampaigners want the "real deal" on carbon, they said on Monday.');
    expect(speakerOf(bare, "real deal")).toBe("Campaigners");
  });

  it("is that group before a verb of saying inside its sentence ('a show they claim is “…”')", () => {
    const qs = directQuotes(
      'Show row\n\nThe British producers of US Home Swap are taking legal action against a show they claim is "a blatant copycat" of their programme.',
    );
    expect(speakerOf(qs, "a blatant copycat")).toBe("The British producers");
  });

  it("is no subject that names a thing, nor one a speaker follows", () => {
    const thing = directQuotes('Climate\n\nThe talks were a "real deal" on carbon, they said.');
    expect(speakerOf(thing, "real deal")).not.toBe("The talks");
    const spoke = directQuotes(
      'Climate\n\nCampaigners met Ann Lee, who called it a "real deal" on carbon, they said.',
    );
    expect(speakerOf(spoke, "real deal")).not.toBe("Campaigners");
  });
});

describe("an acronym in apposition to a body's name", () => {
  const body =
    'Domains\n\nRegistries met on Monday. KDR, the Kestrel Domain Name Registries, agrees. KDR said it was "pleased".';

  it("names that body even when its letters skip some initials", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "KDR", 1)).toBe("Kestrel Domain Name Registries");
    const off = model(body, switchOff("actors.apposed-acronym"));
    expect(actorAt(off.m, off.a, "KDR", 1)).toBe("KDR");
  });

  it("is no other body's whose initials lack its letters", () => {
    const { m, a } = model(
      'Domains\n\nRegistries met on Monday. KDR, the Harbour Domain Registries, agrees. KDR said it was "pleased".',
    );
    expect(actorAt(m, a, "KDR", 1)).toBe("KDR");
  });
});

describe("a medium's word opening a body's name", () => {
  it("stays in the name before a head word ('the Internet Watch Foundation')", () => {
    const body =
      'Web\n\nThe Internet Kestrel Foundation said the Internet was "dangerous". Ann Lee watched TV on Monday.';
    const { m, a } = model(body);
    expect(actorAt(m, a, "Internet Kestrel Foundation")).toBe("Internet Kestrel Foundation");
    expect(actorAt(m, a, "Internet", 1)).toBeNull();
    const off = model(body, switchOff("actors.medium-word-org-name"));
    expect(actorAt(off.m, off.a, "Kestrel Foundation")).toBe("Kestrel Foundation");
  });
});

describe("two named people joined as the subject of a verb of saying", () => {
  const body =
    'Brain study\n\n"People can learn it," said Ann Roe and Ivo Brandt. "It is good," singer Tom Hale and drummer Dan Rees said. Fellow students Tom Reed and Ian Bell, who observed, "It was fun," left early.';

  it("speak together, whatever text they said it in", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "People can learn")).toBe("Ann Roe and Ivo Brandt");
    expect(speakerOf(qs, "It is good")).toBe("Tom Hale and Dan Rees");
    const off = directQuotes(body, switchOff("quotes.joint-people-any-words"));
    expect(speakerOf(off, "People can learn")).not.toBe("Ann Roe and Ivo Brandt");
  });

  it("leave words they are only said to share with no speaker", () => {
    expect(speakerOf(directQuotes(body), "It was fun")).toBeNull();
  });
});

describe("a club's short forms in an article naming it in full", () => {
  const body =
    "Club bid\n\nTom Hale wants to buy Kestrel United. Shares in United rose. Kes United had turned down the bid. Kes Utd fans were angry.";

  it("are that club: its tail word, and its words shortened", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "United", 1)).toBe("Kestrel United");
    expect(actorAt(m, a, "Kes United")).toBe("Kestrel United");
    expect(actorAt(m, a, "Kes Utd")).toBe("Kestrel United");
    const off = model(body, switchOff("actors.club-tail-short-form", "actors.abbreviated-place-name"));
    expect(actorAt(off.m, off.a, "Kes Utd")).not.toBe("Kestrel United");
  });

  it("is no one club when the article names two of that tail", () => {
    const { m, a } = model("Derby\n\nKestrel United met Harbour United on Monday. United fans were angry.");
    expect(actorAt(m, a, "United", 2)).not.toBe("Kestrel United");
    expect(actorAt(m, a, "United", 2)).not.toBe("Harbour United");
  });
});

describe("a name after a fronted phrase and its comma", () => {
  const body =
    'Tennis\n\nTop seed Ann Lee beat Kim Hale 6-2 6-4. "I played well," said Lee. After a tough first set, Alicia Marsh grew in confidence and won in 56 minutes. She will now meet Venus Day. "Bring it on," said the 23-year-old.';

  it("is the subject a he/she and a description after it take up", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "She")).toBe("Alicia Marsh");
    expect(speakerOf(directQuotes(body), "Bring it on")).toBe("Alicia Marsh");
    const off = model(body, switchOff("actors.coref-fronted-phrase-subject"));
    expect(actorAt(off.m, off.a, "She")).toBe("Ann Lee");
  });

  it("is not a name inside the fronted phrase", () => {
    const { m, a } = model(
      "Tennis\n\nTop seed Ann Lee beat Kim Hale 6-2 6-4. After beating Alicia Marsh, the Dane grew in confidence. She will now meet Venus Day.",
    );
    expect(actorAt(m, a, "She")).not.toBe("Alicia Marsh");
  });
});

describe("a given name of either gender's list opening a run of common words", () => {
  const body =
    'Hunt\n\nIt cost not a penny and took little time. But Penny Little, who monitored the hunt, said she saw "gratuitous" killing. Mark Field said it was a little late.';

  it("is a person when a who-clause or a verb of saying follows", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Penny Little")).toBe("Penny Little");
    expect(speakerOf(directQuotes(body), "gratuitous")).toBe("Penny Little");
    const off = model(body, switchOff("actors.gendered-given-name"));
    expect(actorAt(off.m, off.a, "Penny Little")).toBeNull();
  });
});

describe("a crowd's noise with the crowd named after it", () => {
  it("is the crowd's; with no crowd named, no one's", () => {
    const qs = directQuotes(
      'Gala\n\nActor Tom Hale was greeted by cries of "Tom, Tom" by the ever vocal crowd. Later he was met with chants of "Encore" as he left.',
    );
    expect(speakerOf(qs, "Tom, Tom")).toBe("the ever vocal crowd");
    expect(speakerOf(qs, "Encore")).toBeNull();
    const off = directQuotes(
      'Gala\n\nActor Tom Hale was greeted by cries of "Tom, Tom" by the ever vocal crowd.',
      switchOff("quotes.crowd-noise-agent"),
    );
    expect(speakerOf(off, "Tom, Tom")).toBeNull();
  });
});

describe("'it' quoting with no organisation in the history", () => {
  const body =
    'Elvis\n\nOld singles will be released one a week as part of his record company Kestrel Records\' new campaign. It has called it "the most ambitious singles campaign ever".';

  it("is the one organisation the sentence before names", () => {
    expect(speakerOf(directQuotes(body), "the most ambitious")).toBe("Kestrel Records");
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.it-one-body-before")), "the most ambitious"),
    ).not.toBe("Kestrel Records");
  });

  it("is no organisation named only in brackets or inside the sentence's object", () => {
    const qs = directQuotes(
      'Gadgets\n\nMusic, images and texts are being hoarded on mobiles, laptops and PDAs (Personal Digital Assistants), a Kestrel study found. It found that 60% kept files, making the UK "digitally fat".',
    );
    expect(speakerOf(qs, "digitally fat")).not.toBe("Personal Digital Assistants");
  });

  it("is none of two organisations the sentence before names", () => {
    const two = directQuotes(
      'Elvis\n\nOld singles will be released one a week as part of deals with Kestrel Records and Harbour Music Group. It has called it "the most ambitious singles campaign ever".',
    );
    expect(speakerOf(two, "the most ambitious")).not.toBe("Kestrel Records");
    expect(speakerOf(two, "the most ambitious")).not.toBe("Harbour Music Group");
  });
});

describe("a quotation after 'the values that' inside reported speech", () => {
  const body =
    'Speech\n\nTom Hale spoke in Cardiff. He went on to reflect on the values that "most Britons hold dear". He dismissed reports that "outsourcing" was to blame.';

  it("takes the record's speaker: a plural of things heads a relative clause", () => {
    expect(speakerOf(directQuotes(body), "most Britons")).toBe("Tom Hale");
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.relative-not-discussed")), "most Britons"),
    ).toBeNull();
  });
});

describe("a description after an opening 'But'", () => {
  const body =
    'Hale keen to stay\n\nRichard Hale is ready to commit his future to Kestrel City. Early talks have taken place and the defender said: "I want to stay." Harbour boss Graeme Sands is said to have been impressed enough by Hale\'s form to be ready to make a bid. But the 25-year-old Dubliner underlined his intention to stay. He added: "It is nice to be linked with top clubs."';

  it("turns from the subject of the sentence before to the other person it names", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "the 25-year-old Dubliner")).toBe("Richard Hale");
    expect(speakerOf(directQuotes(body), "It is nice")).toBe("Richard Hale");
    const off = model(body, switchOff("actors.coref-contrast-description"));
    expect(actorAt(off.m, off.a, "the 25-year-old Dubliner")).toBe("Graeme Sands");
    const quotesOff = directQuotes(body, switchOff("quotes.pronoun-opening-model-role"));
    expect(speakerOf(quotesOff, "It is nice")).toBe("Graeme Sands");
  });

  it("is the subject before when no other person is named there", () => {
    const { m, a } = model(
      "Hale keen to stay\n\nRichard Hale is ready to sign for Kestrel City. Talks failed last year. But the 25-year-old Dubliner said he would stay.",
    );
    expect(actorAt(m, a, "the 25-year-old Dubliner")).toBe("Richard Hale");
  });
});

describe("an office quoted in the lead, its holder opening the next sentence 'was speaking'", () => {
  // (a file with no front matter, its first line the headline, as news files come)
  const text =
    "Hale in 'drunk' remark row\n\nKestria's first minister has told a group of pupils that it is okay to get drunk \"once in a while\".\n\nTom Hale was speaking to more than 100 pupils about binge drinking.\n";
  const speaker = (switches?: StepSwitches) => {
    const built = buildArticle("x/001.txt", text);
    if (!built.ok) throw new Error(built.reason);
    const a = built.article;
    const qs = extractQuotes(a, buildActorModel([a], switches), switches);
    return speakerOf(qs, "once in a while");
  };

  it("is that holder, though the headline names him first", () => {
    expect(speaker()).toBe("Tom Hale");
    // (the lead rule reads this lower-case office too: this class alone, with it off)
    expect(speaker(switchOff("quotes.lead-named-next"))).toBe("Tom Hale");
    expect(speaker(switchOff("quotes.lead-named-next", "quotes.role-named-next-speaking"))).not.toBe(
      "Tom Hale",
    );
  });
});

describe("a surname written alone that is a given name elsewhere ('Arnold')", () => {
  const body =
    'Arnold congratulated on award\n\nDirector Andrea Arnold has been congratulated by the Kestrel Film Council, which partly funded her project. Arnold, from Dartford in Kent, described her victory as "truly overwhelming," she said.';

  it("gives its person no gender: her given name does", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "she")).toBe("Andrea Arnold");
    expect(speakerOf(directQuotes(body), "truly overwhelming")).toBe("Andrea Arnold");
    const off = model(body, switchOff("actors.coref-surname-no-gender"));
    expect(actorAt(off.m, off.a, "she")).toBeNull();
  });
});
