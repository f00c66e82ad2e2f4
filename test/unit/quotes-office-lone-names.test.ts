// Speaker classes of BBC-style coverage (issue #13), on invented text: an office given to a name
// in apposition (a sentence opening on the description, or an owner's name in place of "the")
// stands for that person later; a lone surname the model holds no actor for is the he/she of the
// next sentence.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("an office given to a name in apposition", () => {
  it("links the office to the name when the sentence opens on the description", () => {
    const qs = quotes(
      [
        "The chancellor, Harriet Colbeck, set out the plans on Monday. Opposition MPs were unmoved.",
        "",
        '"This is a fair deal for savers," the chancellor said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "This is a fair deal")).toBe("Harriet Colbeck");
  });

  it("links the office to the name when an owner's name stands in place of 'the'", () => {
    const qs = quotes(
      [
        "Calder Bank's chief executive, Ruth Aldane, said profits were up. Shares rose 4%.",
        "",
        '"We had a strong year," the chief executive told analysts.',
        "",
        "Priya Nandor, Zentrix's founder, showed the new phone. Reviewers were impressed.",
        "",
        '"It charges in ten minutes," the founder said.',
        "",
        "Tomas Reyland, Rovers' manager, watched from the stand.",
        "",
        '"We were second best," the manager admitted.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "We had a strong year")).toBe("Ruth Aldane");
    expect(speakerOf(qs, "It charges")).toBe("Priya Nandor");
    expect(speakerOf(qs, "We were second best")).toBe("Tomas Reyland");
  });
});

describe("a lone surname as the antecedent of he/she", () => {
  const text = [
    "Rovers beat City 2-0 with goals from Mark Ellery and Tom Hale.",
    "",
    'Ostrova said the result was deserved. "We played with heart," she added.',
    "",
    "Shares in Calder Bank rose after the results. Mr Pym, a trader, was pleased.",
    "",
    'Lindqvist said the bank had turned a corner. "The worst is behind us," he said.',
    "",
    'The new phone goes on sale in May. Kovacz praised the design. "It is the best handset of the year," she said.',
  ].join("\n");

  it("gives he/she to a lone surname in the sentence before, in sport, business and tech", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "We played with heart")).toBe("Ostrova");
    expect(speakerOf(qs, "The worst is behind")).toBe("Lindqvist");
    expect(speakerOf(qs, "It is the best handset")).toBe("Kovacz");
  });

  it("gives them to an older named person with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.pronoun-lone-name"));
    expect(speakerOf(qs, "The worst is behind")).not.toBe("Lindqvist");
  });

  it("never takes a plain word the article also writes in lower case, or a people, for a surname", () => {
    const qs = quotes(
      [
        "Senator Paul Ridge spoke for an hour in Denver.",
        "",
        'Audiences cheered as the audience rose. "This is our moment," he said.',
        "",
        'Nobody expected the vote to pass. Texans were divided. "We will fight on," she said.',
        "",
        'Our correspondent in Valdora, Rachel Harte, said the talks had stalled. "Nobody expects a deal," she said.',
        "",
        'Director, Owen Pask, said applications were up. "The Maldives route is full," he said.',
      ].join("\n"),
    );
    // A place after "in", and a title, are no lone surnames.
    expect(speakerOf(qs, "Nobody expects a deal")).toBe("Rachel Harte");
    expect(speakerOf(qs, "The Maldives route")).toBe("Owen Pask");
    expect(speakerOf(qs, "This is our moment")).toBe("Paul Ridge");
    expect(speakerOf(qs, "We will fight on") ?? "").not.toMatch(/Texans/);
  });
});

describe("a lone surname opening a sentence, told as a person", () => {
  const text = [
    "Rovers beat City 2-0 with goals from Mark Ellery and Tom Hale.",
    "",
    'Brenner, who joined the club in June, was furious at the referee. "That was never a penalty," he said.',
    "",
    'The council vote was delayed again. Okafor, 52, had hoped to see the plan through. "I am disappointed," she said.',
  ].join("\n");

  it("takes a relative 'who' or an age after it as a person for the next he/she", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "That was never")).toBe("Brenner");
    expect(speakerOf(qs, "I am disappointed")).toBe("Okafor");
  });

  it("leaves the pronoun to an older name with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.leading-lone-surname"));
    expect(speakerOf(qs, "That was never")).not.toBe("Brenner");
  });
});

describe("an office written in capitals", () => {
  it("stands for the person the article gave it, never for a name 'Chancellor'", () => {
    const qs = quotes(
      [
        "Gordon Farrant, the Chancellor, spoke in the Commons on Monday.",
        "",
        '"Growth is strong," the Chancellor said.',
        "",
        "The Chief Executive, Mei Tanaka, opened the new plant in Derby.",
        "",
        '"This is a proud day for the firm," the Chief Executive said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "Growth is strong")).toBe("Gordon Farrant");
    expect(speakerOf(qs, "This is a proud day")).toBe("Mei Tanaka");
    // No one was given that office: an unnamed description, not a person called "Coach".
    const coach = quotes('Rovers lost 2-0 at home. "We will appeal," the Head Coach said after the match.');
    expect(coach[0]?.speakerKind).toBe("unnamed");
  });
});

describe("names the article uses", () => {
  it("never run on from a headline into the body's first name", () => {
    const r = buildArticle(
      "x/002.txt",
      'Rates held at Calder Bank\n\nAna Ruiz, the bank\'s governor, kept rates on hold. Ms Ruiz said: "Inflation is falling."\n',
    );
    if (!r.ok) throw new Error(r.reason);
    const qs = extractQuotes(r.article, buildActorModel([r.article]));
    expect(qs.find((q) => q.text.startsWith("Inflation"))?.speakerName).toBe("Ana Ruiz");
  });
});

describe("a role description after the article gave the role to a name", () => {
  it("stands for that person before any verb, not for a friend described by the role", () => {
    const qs = quotes(
      [
        "Green leader Maud Ellery has hit back at her critics.",
        "",
        "Ms Pryor, a friend of the Green leader, said she had been treated unfairly.",
        "",
        'The Green leader argues the claims are "nonsense".',
        "",
        "Rovers boss Dale Kinsey watched the replay twice.",
        "",
        'The Rovers boss insists the goal was "clearly offside".',
      ].join("\n"),
    );
    expect(speakerOf(qs, "nonsense")).toBe("Maud Ellery");
    expect(speakerOf(qs, "clearly offside")).toBe("Dale Kinsey");
  });

  it("leaves it unnamed with the rule off", () => {
    const qs = quotes(
      'Rovers boss Dale Kinsey watched the replay twice.\n\nThe Rovers boss insists the goal was "clearly offside".',
      // (role-subject, which takes up the subject of the sentence before, would also give the name,
      // as sole-person-description does with one person in view)
      switchOff(
        "quotes.role-antecedent",
        "quotes.role-subject",
        "quotes.sole-person-description",
        // (and session 26's focus rule, which finds the same person)
        "quotes.description-focus",
      ),
    );
    expect(speakerOf(qs, "clearly offside")).not.toBe("Dale Kinsey");
  });

  it("takes a capitalised modifier across articles only for a person given that very role", () => {
    const arts = [
      "Green leader Maud Ellery launched the campaign. Labour leader Ian Pask watched.",
      'Ms Ellery and Mr Pask met voters. "We will win," the Green leader said. "No chance," the Labour leader replied.',
    ].map((b, i) => {
      const r = buildArticle(
        `x/10${i}.txt`,
        `---\noutlet: Test Post\ntitle: T${i}\npublished: 2031-04-09\n---\n${b}`,
      );
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    });
    const model = buildActorModel(arts);
    const qs = extractQuotes(arts[1]!, model);
    expect(speakerOf(qs, "We will win")).toBe("Maud Ellery");
    expect(speakerOf(qs, "No chance")).toBe("Ian Pask");
  });
});

describe("a role for a place or body in apposition to a name", () => {
  const text = [
    'Conservative MP for Devizes, Wendy Marsh, said: "We were misled."',
    "",
    'The chairman of Calder Rowing Club, Tom Ashby, said the regatta was "a triumph".',
    "",
    'Industry minister Ravi Kapoor opened the plant. A spokesman for Lakeside Chips, Dr Mehta, said it would "change the town". He said the firm would hire "hundreds of engineers".',
  ].join("\n");

  it("gives the words to the name, and the role's gender to its he/she", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "We were misled")).toBe("Wendy Marsh");
    expect(speakerOf(qs, "a triumph")).toBe("Tom Ashby");
    expect(speakerOf(qs, "change the town")).toMatch(/Mehta/);
    expect(speakerOf(qs, "hundreds of engineers")).toMatch(/Mehta/);
  });

  it("keeps the place as no speaker of its own with the rule off", () => {
    // office-apposition and office-of-body-apposition read an office "for" a place before a name
    // too: all off.
    const qs = quotes(
      text,
      switchOff("quotes.role-for-place", "quotes.office-apposition", "quotes.office-of-body-apposition"),
    );
    expect(speakerOf(qs, "We were misled")).not.toBe("Wendy Marsh");
  });

  it("never takes a place after a role that is itself in apposition", () => {
    const qs = quotes('Mr Hale, MP for Henley, Oxfordshire, said the plan was "a shambles".');
    expect(speakerOf(qs, "a shambles")).not.toBe("Oxfordshire");
  });
});

describe("a name after a preposition is no subject", () => {
  const text = [
    'Jo Marr, forecaster at Calder Insight said the rise was "a surprise".',
    "",
    'Ravi Sethi from the Players\' Union said young footballers were "exploited".',
    "",
    'Dana Okoro of Brightwave Labs told reporters the chip was "years ahead".',
    "",
    'Voters who backed Ana Ruiz for the Senate said the campaign was "a mess".',
  ].join("\n");

  it("gives the words to the person named before it, in business, sport and tech", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "a surprise")).toBe("Jo Marr");
    expect(speakerOf(qs, "exploited")).toBe("Ravi Sethi");
    expect(speakerOf(qs, "years ahead")).toBe("Dana Okoro");
    // A name that is itself an object ("backed Ana Ruiz for the Senate") is no subject either.
    expect(speakerOf(qs, "a mess") ?? "").not.toBe("Ana Ruiz");
  });

  it("leaves the organisation as the speaker with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.object-of-preposition"));
    expect(speakerOf(qs, "a surprise")).not.toBe("Jo Marr");
  });
});

describe("a knight or dame named by the first name", () => {
  const text = [
    'Auditor General Sir Peter Vane said the schools had improved. Sir Peter said "substantial progress" had been made.',
    "",
    'Dame Ada Kerr, the club\'s chairwoman, was pleased with the season. Dame Ada said: "We are proud of them."',
    "",
    'Lord Ibsworth said: "It is a start."',
  ].join("\n");

  it("is the full name the article gave, while a peer keeps the styled surname", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "substantial progress")).toBe("Sir Peter Vane");
    expect(speakerOf(qs, "We are proud")).toBe("Dame Ada Kerr");
    expect(speakerOf(qs, "It is a start")).toBe("Lord Ibsworth");
  });

  it("stays the first name alone with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.knight-first-name")), "substantial progress")).toBe(
      "Sir Peter",
    );
  });
});

describe("he/she after a person of no known gender", () => {
  const text = [
    'Coach Mark Dunn said the squad was tired. "We need a rest," Mr Dunn said.',
    "",
    'Later Tunde Okafor-Bright scored twice from the bench. "I just wanted to help," he said.',
    "",
    'Chief executive Paul Raines unveiled the results. Analyst Ngozi Adeyemi-Kerr questioned the figures. "The margins are thin," she said.',
  ].join("\n");

  it("goes to the nearest subject in the sentence before rather than an older named man", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "I just wanted")).toBe("Tunde Okafor-Bright");
    expect(speakerOf(qs, "The margins are thin")).toBe("Ngozi Adeyemi-Kerr");
  });

  it("goes to the older gendered name with the rule off", () => {
    // (and the opening subject, session 22, that finds Tunde Okafor-Bright too)
    const qs = quotes(text, switchOff("quotes.pronoun-ungendered-subject", "quotes.pronoun-opening-subject"));
    expect(speakerOf(qs, "I just wanted")).not.toBe("Tunde Okafor-Bright");
  });
});

describe("a shadow or deputy office is another office", () => {
  it("never takes the holder of the plain office, and gives the next he to the name in apposition", () => {
    const qs = quotes(
      [
        'Home Secretary Tom Ridley said the men would be questioned. "It is a matter for the police," Mr Ridley said.',
        "",
        'The shadow home secretary, Alan Brierly, welcomed the release. But he said there were "serious questions" to answer.',
        "",
        'Vice President Dora Quint toured the plant. "Jobs come first," the president told workers.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "serious questions")).toBe("Alan Brierly");
    expect(speakerOf(qs, "Jobs come first")).not.toBe("Dora Quint");
  });
});

describe("a term inside reported speech", () => {
  const text = [
    'The Welsh steel industry will continue to face "serious challenges" over the next two years, the Calder Chamber of Trade (CCT) has said.',
    "",
    'Fans are tired of "endless delays" at the new stadium, Rovers chairman Ken Ibbs said.',
    "",
    'Claims that "offshoring" is to blame are wrong, analyst Priya Rao said.',
    "",
    'Schemes such as Zentrix\'s "Play Anywhere" plan could help, engineer Tom Vale said.',
  ].join("\n");

  it("is the reporter's words, not the reported clause's subject's", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "serious challenges")).toBe("Calder Chamber of Trade");
    expect(speakerOf(qs, "endless delays")).toBe("Ken Ibbs");
    // A word under discussion, and a title, are no one's words.
    expect(speakerOf(qs, "offshoring")).toBeNull();
    expect(speakerOf(qs, "Play Anywhere")).toBeNull();
  });

  it("stays the writer's with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.term-in-reported"));
    expect(speakerOf(qs, "endless delays")).toBeNull();
  });
});
