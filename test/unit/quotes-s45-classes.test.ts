// Session 45: offices the article never names held by no one it gave another role ("Another
// commuter, X", "X, the union's leader", "X, a spokesman for …"), an office inside someone's words
// tying no one, a sentence handing the words before it back to their speaker ("That was X's
// parting message"), and names the actor model read wrong ("One Labour campaigner", a club's town,
// a Welsh "ap").
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an office the article never names", () => {
  const commuter =
    'Bus strike hits city\n\nA bus strike has brought delays across the city.\n\nAnother commuter, Ravi Doshi, said he backed the drivers. "They have a case, but we are stuck in the middle," the 38-year-old said.\n\nThe mayor urged both sides to talk. "This could be settled in an afternoon," the mayor said.';

  it('is held by no one brought in as "another commuter"', () => {
    expect(speakerOf(directQuotes(commuter), "This could be settled")).not.toBe("Ravi Doshi");
  });

  it("is what the rule does: off, the commuter was the mayor", () => {
    expect(
      speakerOf(
        directQuotes(commuter, switchOff("quotes.office-other-indefinite-role")),
        "This could be settled",
      ),
    ).toBe("Ravi Doshi");
  });

  it('is held by no one given as "a spokesman for" a body', () => {
    const qs = directQuotes(
      'Flu ban on bird imports\n\nImports of live birds have been banned.\n\n"The worry is the virus changing," said Dr Hans Keller, a spokesman for the World Health Organization in Geneva.\n\nIn the UK, the chief medical officer sought to reassure the public. "The risk here remains very low," the chief medical officer said.',
    );
    expect(speakerOf(qs, "The risk here")).not.toBe("Hans Keller");
  });

  it('is what the rule does: off, "the chief medical officer" was the one person named', () => {
    const qs = directQuotes(
      'Flu ban on bird imports\n\nImports of live birds have been banned.\n\n"The worry is the virus changing," said Dr Hans Keller, a spokesman for the World Health Organization in Geneva.\n\nIn the UK, the chief medical officer sought to reassure the public. "The risk here remains very low," the chief medical officer said.',
      switchOff("actors.coref-chief-post"),
    );
    expect(speakerOf(qs, "The risk here")).toBe("Hans Keller");
  });

  it("is still the person named before it with no other role", () => {
    const qs = directQuotes(
      'Budget row\n\nHarriet Colbeck said the budget was fair.\n\nThe chancellor said: "We have kept our promises."',
    );
    expect(speakerOf(qs, "We have kept")).toBe("Harriet Colbeck");
  });
});

describe("an office tied to a person", () => {
  const quoted =
    'Opposition rejects vote\n\nThe opposition has rejected the results.\n\nThe alliance\'s leader, Aibek Orozov, said the vote had been stolen.\n\n"We will not accept a parliament chosen by the president\'s family," the opposition leader told a rally.\n\nThe president, who has ruled since 1991, dismissed the protests.\n\n"The elections are over," the president said.';

  it("is not tied by an office inside someone's quotation", () => {
    expect(speakerOf(directQuotes(quoted), "The elections are over")).not.toBe("Aibek Orozov");
  });

  it("is what the rule does: off, the opposition leader was the president", () => {
    expect(
      speakerOf(directQuotes(quoted, switchOff("quotes.office-tie-roles")), "The elections are over"),
    ).toBe("Aibek Orozov");
  });

  it("is not held by someone the article gave another role in apposition", () => {
    const qs = directQuotes(
      'Rail strike\n\nA rail strike has halted most trains.\n\n"The railway belongs to the public," said Henri Dufour, the union\'s leader in the rail sector, at a rally.\n\nThe transport minister said the reforms were essential. "We cannot run a modern railway with old rules," the transport minister said.',
    );
    expect(speakerOf(qs, "We cannot run")).not.toBe("Henri Dufour");
  });
});

describe("a sentence handing the words before it back", () => {
  it('gives a bare quotation paragraph to "That was X\'s parting message"', () => {
    const qs = directQuotes(
      'Minnows ready for cup tie\n\nThe part-timers face the league leaders on Saturday.\n\nManager Ken Ablett said his side had nothing to lose. "We will enjoy it," he said.\n\nThe Football Association said in a statement that it was delighted for the club.\n\n"If we go out, we go out with our heads held high."\n\nThat was Ablett\'s parting message before he left for training.',
    );
    expect(speakerOf(qs, "If we go out")).toBe("Ken Ablett");
  });

  it('reads "Those were the words of" before an age and a name', () => {
    const qs = directQuotes(
      'Orders on the estate\n\nPolice say the orders have cut crime.\n\nThe Home Office said the orders had proved their worth.\n\n"I know I was out of order. I was a nuisance."\n\nThose were the words of 17-year-old Liam Pratt, who now helps at a youth club.',
    );
    expect(speakerOf(qs, "I know I was out")).toBe("Liam Pratt");
  });

  it("is what the rule does: off, the statement's body kept the words", () => {
    const qs = directQuotes(
      'Orders on the estate\n\nPolice say the orders have cut crime.\n\nThe Home Office said the orders had proved their worth.\n\n"I know I was out of order. I was a nuisance."\n\nThose were the words of 17-year-old Liam Pratt, who now helps at a youth club.',
      switchOff("quotes.words-handed-back"),
    );
    expect(speakerOf(qs, "I know I was out")).not.toBe("Liam Pratt");
  });

  it("leaves a paragraph whose quotation has its own cue", () => {
    const qs = directQuotes(
      'Budget vote\n\nCouncillors passed the budget.\n\n"It is a fair budget," said Jo Penrose.\n\nThat was the view of Tom Hale, too, who said he would vote for it.',
    );
    expect(speakerOf(qs, "It is a fair budget")).toBe("Jo Penrose");
  });
});

describe("names the actor model reads", () => {
  const people = (text: string) => {
    const built = buildArticle("x/001.txt", text);
    if (!built.ok) throw new Error(built.reason);
    const model = buildActorModel([built.article]);
    return [...model.byId.values()].filter((a) => a.kind === "person").map((a) => a.name);
  };

  it('makes no person of "One Labour campaigner"', () => {
    const text =
      'Seat in doubt\n\nLabour is worried about the seat.\n\nOne Labour campaigner, who asked not to be named, admitted the party was worried. "If we lose here, we lose everywhere," he said.';
    expect(people(text).join("|")).not.toMatch(/Labour/);
    expect(speakerOf(directQuotes(text), "If we lose here")).not.toBe("Labour Party");
  });

  it("reads a club's town alone as the club", () => {
    const text =
      'Brackley boss relishing tie\n\nBrackley Athletic manager Sam Orr says his side have nothing to lose.\n\nMuch will depend on Brackley striker Carl Moss, a postman.\n\nThe 27-year-old admitted the attention had surprised him. "People were beeping their horns at me," he said.';
    expect(people(text)).not.toContain("Brackley");
    expect(speakerOf(directQuotes(text), "People were beeping")).toBe("Carl Moss");
  });

  it('keeps a Welsh "ap" inside the name', () => {
    const qs = directQuotes(
      'Plaid launch\n\nThe party\'s candidate, Gethin ap Dafydd, a solicitor, launched his campaign.\n\n"It is time for a party that puts Wales first," he told supporters.',
    );
    expect(speakerOf(qs, "It is time")).toBe("Gethin ap Dafydd");
  });
});

describe("a bare anonymous source taken up again", () => {
  const body =
    'Striker wants move\n\nLeeds say Harker is not for sale.\n\nA source close to the player, however, said Harker had been unsettled since the relegation. "He has wanted out since May," the source said.';

  it('is the source the paragraph before brought in: "the source said"', () => {
    expect(speakerOf(directQuotes(body), "He has wanted")).toBe("A source close to the player");
  });

  it("is what the rule does: off, the source stayed bare", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.source-again")), "He has wanted")).toBe(
      "the source",
    );
  });

  it("takes up no one when two such sources were brought in", () => {
    const qs = directQuotes(
      'Trade row\n\nOne EU diplomat said the split was deep. Another EU diplomat, from the south, said the north wanted cheap clothes.\n\n"It will not be settled this month," the diplomat said.',
    );
    expect(speakerOf(qs, "It will not be settled")).toBe("the diplomat");
  });
});

describe("a sentence handing words back, after a paragraph with its own cue", () => {
  it("leaves the cued paragraph's second quotation to its speaker", () => {
    const qs = directQuotes(
      'Hospital row\n\nThe union blamed cleaning contracts.\n\n"That is the line we always hear," Mr Dwyer said when told of the comments. "Ask the patients."\n\n"I was frightened to come in."\n\nThose were the words of 69-year-old Albert Nuttall, a patient.',
    );
    expect(speakerOf(qs, "Ask the patients")).not.toBe("Albert Nuttall");
    expect(speakerOf(qs, "I was frightened")).toBe("Albert Nuttall");
  });
});

describe("roles of courts, schools and sport as role heads", () => {
  it('reads "the coroner" as the coroner the article named in apposition', () => {
    const qs = directQuotes(
      'Inquest into canoe death\n\nAn inquest has heard how a boy drowned on a school trip.\n\nQuestioned by the coroner, Alan Pryor, the instructor agreed he had been the only adult with the group. "One instructor for 11 teenagers. Does that strike you as enough?" the coroner asked.',
    );
    expect(speakerOf(qs, "One instructor for 11")).toBe("Alan Pryor");
  });
});

describe('a body\'s name holding "and" before a role and a name', () => {
  it("is no joint subject: the inspector of the Health and Safety Executive speaks alone", () => {
    const qs = directQuotes(
      'Canoe death\n\nThe firm said it had done nothing wrong.\n\nBut Health and Safety Executive inspector Rachel Dunn said the risk assessment was "wholly inadequate".',
    );
    expect(speakerOf(qs, "wholly inadequate")).toBe("Rachel Dunn");
  });

  it('still keeps no single speaker for "The Greens and the Liberals said"', () => {
    const qs = directQuotes('Pledges row\n\nThe Greens and the Liberals said the pledges were "worthless".');
    expect(speakerOf(qs, "worthless")).toBeNull();
  });
});

describe('a singular source noun ending in "-ss"', () => {
  it('is one woman: "A waitress at a nearby café said …. “…,” she said"', () => {
    const qs = directQuotes(
      'Raid on jeweller\n\nThe gang escaped on two motorcycles.\n\nA waitress at a nearby café said she had thought a film was being made. "There was all this banging and shouting," she said.',
    );
    expect(speakerOf(qs, "There was all")).toBe("A waitress at a nearby café");
  });
});

describe("a body written with a lower-case first letter", () => {
  it('keeps "for easyJet" in a spokeswoman\'s phrase', () => {
    const qs = directQuotes(
      'Fuel row\n\nRyanair said its fares would stay low.\n\nA spokeswoman for easyJet told the BBC News website that the airline was "confident in its business model".',
    );
    expect(speakerOf(qs, "confident in its")).toBe("A spokeswoman for easyJet");
  });
});

describe("a bare source noun after a named person's apposition", () => {
  it('is not an anonymous source: "Tom Hale, a manager at the plant, … the manager said"', () => {
    const qs = directQuotes(
      'Plant to close\n\nTom Hale, a manager at the plant, said the news was a shock.\n\n"Nobody saw it coming," the manager said.',
    );
    expect(speakerOf(qs, "Nobody saw")).not.toBe("a manager at the plant");
  });
});

describe("a he/she after the person a paragraph opens on as subject", () => {
  const body =
    'Tsunami survivors\n\nGary Whitlock said he was lucky. "I owe my life to a stranger," he said.\n\nBack in Batticaloa, fisherman Selvarajah Murugan, 51, stood beside the wreck of the boat he had owned for 20 years.\n\n"The sea gave us everything, and then it took everything," he said.';

  it("is that person, over the man who spoke before", () => {
    expect(speakerOf(directQuotes(body), "The sea gave")).toBe("Selvarajah Murugan");
  });

  it("is what the rule does: off, the earlier speaker kept the he", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.pronoun-paragraph-person")), "The sea gave")).toBe(
      "Gary Whitlock",
    );
  });
});

describe("small readings of session 45", () => {
  it("never gives a month as the antecedent that judged", () => {
    const qs = directQuotes(
      'School fails\n\nThornfield High School was placed in special measures after an Ofsted inspection in January, which found teaching to be "unacceptably low".',
    );
    expect(speakerOf(qs, "unacceptably low")).not.toBe("January");
  });

  it('reads "one senior figure at" a body as an anonymous person, kept by the he after it', () => {
    const qs = directQuotes(
      'Concert saved\n\nNick Hollis said the ban was wrong. "It was an embarrassment," he said.\n\nOne senior figure at the Barbican, who asked not to be named, admitted the venue had come close to cancelling. "We had sold 1,800 tickets," he said.',
    );
    expect(speakerOf(qs, "We had sold")).toBe("One senior figure at the Barbican");
  });
});
