// Session 46, court and inquest reports (invented batch 9): relatives introduced by one name after a
// named person's family noun ("Mr Whitlock's mother, Sheila,"), a name apposed to a role or kin noun
// before a relative clause, a person "of" a body, and a who-clause after a name's description.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { allQuotes, directQuotes, speakerOf } from "../helpers/quotes.ts";

const HEAD = "Youths guilty of killing\n\nGordon Whitlock, 52, was attacked in a park in Leeds in May.\n\n";

describe("a relative named by one given name", () => {
  const mother = `${HEAD}Mr Whitlock's mother, Sheila, said outside court: "Gordon was a gentle man."`;

  it("takes the family's surname from the named person whose relative they are", () => {
    expect(speakerOf(directQuotes(mother), "Gordon was")).toBe("Sheila Whitlock");
  });

  it("is what the rule does: off, the one name", () => {
    expect(speakerOf(directQuotes(mother, switchOff("quotes.kin-named-owner")), "Gordon was")).toBe("Sheila");
  });

  it('takes it after "his mother" too', () => {
    const his = `${HEAD}His mother, Sheila, said outside court: "Gordon was a gentle man."`;
    expect(speakerOf(directQuotes(his), "Gordon was")).toBe("Sheila Whitlock");
  });

  it("keeps no surname of a place or body whose 'son' they are", () => {
    const place = `${HEAD}Leeds's son, Marcus, said: "We will remember him."`;
    expect(speakerOf(directQuotes(place), "We will remember")).not.toBe("Marcus Leeds");
  });

  const wept =
    'Soldier killed unlawfully\n\nLance Corporal Stephen Pearce, 24, died in Basra in 2003.\n\nThe coroner, Geraldine Hurst, said the army had failed him. "It was not bad luck," she said.\n\nL/Cpl Pearce\'s mother, Linda, wept as the verdict was read out. Speaking outside the court, she said: "Stephen was proud to serve his country."\n\nHer husband, Gareth, added: "We want to know."';

  it("is the person a later she stands for, by the full name, and whose husband shares it", () => {
    const qs = directQuotes(wept);
    expect(speakerOf(qs, "Stephen was proud")).toBe("Linda Pearce");
    expect(speakerOf(qs, "We want to know")).toBe("Gareth Pearce");
  });

  it("is what the rules do: off, the she was the coroner", () => {
    const off = switchOff("actors.named-relation-given-name", "quotes.kin-named-owner");
    expect(speakerOf(directQuotes(wept, off), "Stephen was proud")).toBe("Geraldine Hurst");
  });

  it("is a person the actor model knows", () => {
    const built = buildArticle("x/001.txt", wept);
    if (!built.ok) throw new Error(built.reason);
    const model = buildActorModel([built.article]);
    expect(model.resolve("Linda")?.kind).toBe("person");
    const off = buildActorModel([built.article], switchOff("actors.named-relation-given-name"));
    expect(off.resolve("Linda")).toBeFalsy();
  });
});

describe("a name apposed to a role, then a relative clause", () => {
  const wife = `${HEAD}His wife, Carol, who was in the public gallery, said outside court: "The man I married never came home."`;

  it("speaks with the role's family name", () => {
    expect(speakerOf(directQuotes(wife), "The man I married")).toBe("Carol Whitlock");
  });

  it("is what the rule does: off, the one name", () => {
    expect(
      speakerOf(directQuotes(wife, switchOff("quotes.named-before-relative")), "The man I married"),
    ).toBe("Carol");
  });
});

describe("a person of a body", () => {
  const officer = `${HEAD}Det Ch Insp Simon Ferris, of West Yorkshire Police, who led the investigation, said: "These men were ruthless."`;

  it("speaks, not the body", () => {
    expect(speakerOf(directQuotes(officer), "These men")).toBe("Simon Ferris");
  });

  it("is what the rule does: off, the body", () => {
    expect(speakerOf(directQuotes(officer, switchOff("quotes.affiliated-name")), "These men")).toBe(
      "West Yorkshire Police",
    );
  });
});

describe("a who-clause after a name's description", () => {
  const expert =
    'Nurse trial\n\nThe trial of nurse Karen Latimer continued on Monday.\n\nThe court heard from Dr Vikram Sethi, a consultant clinical biochemist, who said the samples showed a pattern. "These results can only be explained by insulin," he said.';

  it("is the name's, and so is the he after it", () => {
    expect(speakerOf(directQuotes(expert), "These results")).toBe("Vikram Sethi");
  });

  it("is what the rule does: off, the description", () => {
    expect(speakerOf(directQuotes(expert, switchOff("quotes.who-past-description")), "These results")).toBe(
      "a consultant clinical biochemist",
    );
  });
});

describe("an unnamed source who asked not to be named", () => {
  const officer =
    'Hostage search\n\nMartin Hale was seized last week. "He is a good man," his brother Tom Hale said.\n\nIn Baquba, a senior police officer, who did not want to be named, told the BBC: "Forces are searching farmland." "We have some information," he said.';

  it("speaks after a fronted place, and keeps the he after the words", () => {
    const qs = directQuotes(officer);
    expect(speakerOf(qs, "Forces are")).toBe("a senior police officer");
    expect(speakerOf(qs, "We have some")).toBe("a senior police officer");
  });

  it("is what the rule does: off, the place", () => {
    expect(
      speakerOf(directQuotes(officer, switchOff("quotes.fronted-place-no-antecedent")), "Forces are"),
    ).toBe("Baquba");
  });

  const buyer =
    'Trouser war\n\nAnke Richter, a trade official, said the quota was fair. "It is the law," she said.\n\nA buyer for one leading UK chain, who asked not to be named, told the BBC that her firm had trousers held in Rotterdam. "If they are not in the shops by October, they are worthless," she said.';

  it("is the person before a link, not the link's object", () => {
    expect(speakerOf(directQuotes(buyer), "If they are")).toBe("A buyer for one leading UK chain");
  });

  it("is what the rule does: off, the chain", () => {
    expect(speakerOf(directQuotes(buyer, switchOff("quotes.linked-person-head")), "If they are")).not.toBe(
      "A buyer for one leading UK chain",
    );
  });

  it("reports no words in the wish not to be named", () => {
    const body =
      "Hostage search\n\nMartin Hale was seized last week.\n\nA police officer, who asked not to be named, said forces were searching farmland.";
    const reported = allQuotes(body).filter((q) => q.kind === "reported");
    expect(reported.map((q) => q.text)).toEqual(["forces were searching farmland"]);
    const off = allQuotes(body, switchOff("quotes.anonymity-clause")).filter((q) => q.kind === "reported");
    expect(off.some((q) => q.text.startsWith("not to be named"))).toBe(true);
  });
});

describe("a source taken up again", () => {
  it("keeps the words it was brought in with", () => {
    const networks = directQuotes(
      'TV row\n\nThe networks met on Monday.\n\nA source at one of the networks said: "Nobody is happy." "It will go on," the source said.',
    );
    expect(speakerOf(networks, "It will go on")).toBe("A source at one of the networks");
    const family = directQuotes(
      'Paper sold\n\nThe Courier was sold on Monday.\n\nA source close to the Hebden family said: "They wanted out." "It was time," the source added.',
    );
    expect(speakerOf(family, "It was time")).toBe("A source close to the Hebden family");
  });
});

describe("a person with two surnames", () => {
  const poll =
    'Paracoa votes\n\nVoters in Paracoa go to the polls on Sunday.\n\nThe opposition candidate, Ramon Ayala Torrico, leads in the polls.\n\nMr Ayala told a rally in the capital: "The people are tired."';

  it("is named by the first, the father's", () => {
    expect(speakerOf(directQuotes(poll), "The people are")).toBe("Ramon Ayala Torrico");
  });

  it("is what the rule does: off, someone else", () => {
    expect(speakerOf(directQuotes(poll, switchOff("actors.paternal-surname")), "The people are")).not.toBe(
      "Ramon Ayala Torrico",
    );
  });
});

describe("a title taken up as a description", () => {
  const sheriff =
    'Distillery death\n\nA worker died at a distillery in 2002.\n\nSheriff Alasdair Munro said the death could have been prevented.\n\nThe sheriff said: "There was a culture of complacency at the site."';

  it("opening a sentence is the person the title named", () => {
    expect(speakerOf(directQuotes(sheriff), "There was a culture")).toBe("Alasdair Munro");
  });

  it("is what the rule does: off, the description", () => {
    expect(
      speakerOf(directQuotes(sheriff, switchOff("quotes.description-antecedent")), "There was a culture"),
    ).toBe("The sheriff");
  });

  it("with a nationality is the one the article gave it, not the latest of that title", () => {
    const qs = directQuotes(
      'Summit\n\nFrench President Jacques Chirac arrived in Brussels on Monday.\n\nThe communique congratulated President Bush on his victory.\n\nThe French president said: "We will work together."',
    );
    expect(speakerOf(qs, "We will work")).toBe("Jacques Chirac");
  });
});

describe("a title that also names a body", () => {
  it("is no one titled: 'The sheriff' is still the sheriff named before the court", () => {
    const qs = directQuotes(
      'Distillery death\n\nSheriff Alasdair Munro issued his findings on Friday after an inquiry at Elgin Sheriff Court.\n\nThe sheriff said: "There was a culture of complacency at the site."',
    );
    expect(speakerOf(qs, "There was a culture")).toBe("Alasdair Munro");
  });
});

describe("a judge", () => {
  it("keeps the style's Justice", () => {
    const qs = directQuotes(
      'Appeal ruling\n\nThree judges heard the appeal.\n\nLord Justice Kemp ruled the conviction unsafe. "It cannot stand," he said.',
    );
    expect(speakerOf(qs, "It cannot stand")).toBe("Lord Justice Kemp");
  });
});

describe("someone's relative with no name given", () => {
  const text =
    'Hoodie ban\n\nA boy of 16 was banned from wearing a hooded top.\n\nThe chairman of the bench, Margaret Dunphy, told him: "You have made lives a misery."\n\nThe boy\'s mother, who cannot be named, said the order was ridiculous.';

  const mentionAtMother = (off?: string) => {
    const built = buildArticle("x/001.txt", text);
    if (!built.ok) throw new Error(built.reason);
    const model = buildActorModel([built.article], off ? switchOff(off) : undefined);
    const at = text.indexOf("The boy's mother");
    return model.mentionsIn(built.article.docId).find((m) => m.start === at);
  };

  it("is no one the article named before", () => {
    expect(mentionAtMother()).toBeUndefined();
  });

  it("is what the step does: off, the chairman of the bench", () => {
    expect(mentionAtMother("actors.coref-relation-of-other")).toBeDefined();
  });
});
