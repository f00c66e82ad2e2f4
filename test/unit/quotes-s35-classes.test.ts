// Error classes session 35 found (BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf, speakerOnOff, speakerWithout } from "../helpers/quotes.ts";

describe("a term between two reports of the same speaker", () => {
  const run = (middle: string, after: string) =>
    `Budget\n\nThe Kestrel Institute published its forecast on Monday. According to the Kestrel Institute, the fiscal rule is "unlikely" to be met. ${middle} ${after}`;

  it("goes on with that speaker's account", () => {
    const body = run(
      'Should the cycle end a year earlier, the chances improve to "50/50".',
      "Either way, tax rises are needed, the Kestrel Institute said.",
    );
    expect(speakerOnOff(body, "50/50", "quotes.between-same-reports")).toEqual(["Kestrel Institute", null]);
  });

  it("is not this rule's when the middle sentence has a speaker of its own, or the next one quotes", () => {
    const own = run(
      'The section on housing said the chances were "50/50".',
      "Either way, tax rises are needed, the Kestrel Institute said.",
    );
    const off = "quotes.between-same-reports";
    expect(speakerOf(directQuotes(own), "50/50")).toBe(speakerWithout(own, "50/50", off));
    const quoted = run(
      'Only one chart showed the "wings" of the cycle.',
      '"Tax rises are needed," the Kestrel Institute said.',
    );
    expect(speakerOf(directQuotes(quoted), "wings")).toBe(speakerWithout(quoted, "wings", off));
  });
});

describe("name-shaped words after a capital 'The' inside a sentence", () => {
  const kinds = (text: string, off?: boolean) =>
    model(text, off ? switchOff("actors.title-the-not-person") : undefined).m.actors.map(
      (a) => `${a.kind}:${a.name}`,
    );

  it("are a title's, never a person's", () => {
    const body =
      "Film\n\nThe documentary was shown on Monday. Ms Robinson, who presents The Lucky Ladder tells Cockerell that she despaired.";
    expect(kinds(body)).not.toContain("person:Lucky Ladder");
    expect(kinds(body, true)).toContain("person:Lucky Ladder");
  });

  it("leave a sentence's own opening 'The' alone", () => {
    expect(kinds("Film\n\nThe show was long. The Law Lords ruled against the plan on Monday.")).toEqual(
      kinds("Film\n\nThe show was long. The Law Lords ruled against the plan on Monday.", true),
    );
  });
});

describe("an organisation noun opening a sentence of speech after an organisation spoke", () => {
  const body = (second: string) =>
    `Bank apology\n\nHarbour Bank and Canal Bank were the lenders named. "We apologise for the role that Canal Bank played." Kestrel Finance Corporation said that it would set up a fund. ${second}`;

  it("is the organisation that spoke, not an earlier one with the noun in its name", () => {
    const text = body('The bank said that it is a "very different company" now.');
    expect(speakerOf(directQuotes(text), "very different")).toBe("Kestrel Finance Corporation");
    expect(speakerWithout(text, "very different", "quotes.org-noun-after-speaking-org")).not.toBe(
      "Kestrel Finance Corporation",
    );
    // (the actor model's role mention too, under its own switch)
    const { m, a } = model(text);
    expect(actorAt(m, a, "The bank")).toBe("Kestrel Finance Corporation");
    const off = model(text, switchOff("actors.org-noun-after-speaking-org"));
    expect(actorAt(off.m, off.a, "The bank")).not.toBe("Kestrel Finance Corporation");
  });

  it("is not that organisation when the sentence before opens on someone else, or does not speak", () => {
    const other = directQuotes(
      `Bank apology\n\nCanal Bank was named. Ann Lee said Kestrel Finance Corporation would set up a fund. The bank said it was "sorry".`,
    );
    expect(speakerOf(other, "sorry")).not.toBe("Kestrel Finance Corporation");
    const silent = directQuotes(
      `Bank apology\n\nCanal Bank was named. Kestrel Finance Corporation set up a fund. The bank said it was "sorry".`,
    );
    expect(speakerOf(silent, "sorry")).not.toBe("Kestrel Finance Corporation");
  });
});

describe("two people reporting together", () => {
  const body =
    'Bid\n\nJohn Marr and Ivo Brandt own a stake. Mr Marr and Mr Brandt issued a statement late on Friday saying that they remained "long-term investors" in the club.';

  it("are named by their full names and lend the record's term", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "long-term investors")).toBe("John Marr and Ivo Brandt");
    expect(speakerWithout(body, "long-term investors", "quotes.joint-reporters-lend")).toBeNull();
  });

  it("lend nothing of their own when one of them is no person the model holds", () => {
    const text =
      'Bid\n\nJohn Marr owns a stake. Mr Marr and the board issued a statement saying that they remained "long-term investors".';
    const on = speakerOf(directQuotes(text), "long-term investors");
    expect(on).not.toContain(" and ");
    expect(on).toBe(speakerWithout(text, "long-term investors", "quotes.joint-reporters-lend"));
  });
});

describe("a back-shifted sentence after a report holding a quotation", () => {
  const body =
    'Police\n\nThe plans were unveiled. Tory spokesman Dan Roper said the proposals were "little more than a PR exercise" ahead of the election. Police forces were already "buried" under existing initiatives and there was little in the plans.';

  it("goes on with the report, so its term is the reporter's", () => {
    expect(speakerOnOff(body, "buried", "quotes.backshifted-quote-in-report")).toEqual(["Dan Roper", null]);
  });

  it("is no report after a statement of its own ('“…,” Mr Roper said. The stand was a “cathedral”')", () => {
    const after = directQuotes(
      'Police\n\nThe plans were unveiled. "It is little more than a PR exercise," Tory spokesman Dan Roper said. The hall was a "cathedral" of noise.',
    );
    expect(speakerOf(after, "cathedral")).toBeNull();
  });
});

describe("a stance after 'is' ('is concerned that', 'was worried')", () => {
  it("is no passive: the subject holds the view, so a term in it is theirs", () => {
    const body =
      'Games\n\nAnn Hewitt spoke on Sunday. She is concerned that too many children are playing games with "high levels of violence".';
    expect(speakerOnOff(body, "high levels", "quotes.clause-subject-stance")).toEqual(["Ann Hewitt", null]);
  });

  it("leaves a real passive's subject no speaker", () => {
    const qs = directQuotes(
      'Games\n\nAnn Hewitt spoke on Sunday. Ms Hewitt was praised by police for "bravery".',
    );
    expect(speakerOf(qs, "bravery")).toBeNull();
  });
});

describe("a so-called term a person spoke of", () => {
  it("stays the speaker's ('referred to a period of so-called “…”')", () => {
    const body =
      'Oil\n\nVladimir Petrov spoke on Sunday. Mr Petrov referred to a period of so-called "cowboy capitalism" after 1991.';
    expect(speakerOnOff(body, "cowboy", "quotes.so-called-spoken-of")).toEqual(["Vladimir Petrov", null]);
  });

  it("is still the writer's label after any other verb", () => {
    const qs = directQuotes(
      'Oil\n\nVladimir Petrov spoke on Sunday. Mr Petrov is also using so-called "graphic equalisers" in the plant.',
    );
    expect(speakerOf(qs, "graphic")).toBeNull();
  });
});

describe("a role's name before a verb in -s ('Bath boss John Marr rates him …')", () => {
  it("is the subject, the -s word its verb, so the clause's term is the person's", () => {
    const opening = directQuotes(
      'Rugby\n\nBarkley is hurt. Bath boss John Marr rates him no better than "50-50" to face Ireland.',
    );
    expect(speakerOf(opening, "50-50")).toBe("John Marr");
  });

  it("holds the term after a 'but' with no comma", () => {
    const body =
      'Rugby\n\nBarkley is hurt. The extent of the injury is not yet clear but Bath boss John Marr rates him no better than "50-50" to face Ireland.';
    expect(speakerOnOff(body, "50-50", "quotes.but-clause-named-subject")).toEqual(["John Marr", null]);
  });

  it("leaves a plural the capitalised words modify a noun ('Tory councillors say')", () => {
    const qs = directQuotes(
      'Tax\n\nThe rise was approved. Tory councillors say the rise is "unfair" to families.',
    );
    expect(speakerOf(qs, "unfair")).not.toBe("Tory");
  });
});

describe("an opening 'It' with a verb of acting, after a sentence opening on a body", () => {
  it("is that body, and holds the term in its clause", () => {
    const body =
      'Airline\n\nKestrel Airways, which is 25% owned by Ann Lee, has been struggling against a rival. It cut its passenger forecast by "approximately 2.5%".';
    expect(speakerOnOff(body, "approximately", "quotes.it-clause-subject")).toEqual([
      "Kestrel Airways",
      null,
    ]);
  });

  it("is no body when the sentence before opens on a thing, or the verb says what a thing is", () => {
    const bill = directQuotes(
      'Law\n\nThe Harbour Party opposes it. The Terrorism Bill was published on Tuesday. It proposes "control orders" for suspects.',
    );
    expect(speakerOf(bill, "control orders")).toBeNull();
    const thing = directQuotes(
      'Phones\n\nKestrel Electronics launched a phone on Monday. It features a "click wheel" for music.',
    );
    expect(speakerOf(thing, "click wheel")).toBeNull();
  });
});

describe("an opening 'It' after a sentence closing on a body's document ('…, a Zantec study found. It found …')", () => {
  // (a name the model holds as no one: a body's name known to the model is lent by the report rules already)
  it("is the document, speaking for the body", () => {
    const body =
      'Music\n\nMusic files are being hoarded on mobiles, a Zantec study found. It found that more than 60% kept 1,000 files on their devices, making the UK "digitally fat".';
    expect(speakerOnOff(body, "digitally fat", "quotes.it-clause-subject")).toEqual(["Zantec", null]);
  });

  it("is no place's ('…, a UK study found')", () => {
    const qs = directQuotes(
      'Music\n\nMusic files are being hoarded on mobiles, a UK study found. It found that many kept 1,000 files, making owners "digitally fat".',
    );
    expect(speakerOf(qs, "digitally fat")).not.toBe("UK");
  });
});

describe("'One' opening a sentence of speech after a plural group", () => {
  const body = (group: string) =>
    `Jobs\n\n"We will work towards a solution," Dan Roper said. ${group} One told the Harbour Post that the staff who had been fired had been "financially ruined in a day".`;

  it("is one of that group, not the last speaker", () => {
    const text = body("Some former employees are angry at the way the crisis was handled.");
    expect(speakerOf(directQuotes(text), "financially")).toBe("one of the former employees");
    expect(speakerWithout(text, "financially", "quotes.one-of-group")).not.toBe(
      "one of the former employees",
    );
  });

  it("is no one's group when the sentence before opens on no plural group", () => {
    const qs = directQuotes(body("The firm was sold in May."));
    expect(speakerOf(qs, "financially") ?? "").not.toMatch(/^one of/);
  });
});

describe("first-person statements before the sole voice's first tag", () => {
  const body = (headline: string) =>
    `${headline}\n\nAnn Roe - who has resigned as minister - built her name on plain speaking.\n\nThe story broke in the summer. "I tried for three years to make it work."\n\n"None of us believe this is about party politics."\n\n"I accepted we have to act early," she said.`;

  it("are that voice's when the headline or lead names her", () => {
    // (a sentence of narrative before them: right after the lead, other rules take the lead's subject)
    const qs = directQuotes(body("Ann Roe in quotes"));
    expect(speakerOf(qs, "I tried")).toBe("Ann Roe");
    expect(speakerOf(qs, "None of us")).toBe("Ann Roe");
    expect(speakerWithout(body("Ann Roe in quotes"), "I tried", "quotes.sole-voice-before")).toBeNull();
  });

  it("stay no one's when another person speaks in the article", () => {
    const two = directQuotes(
      `Ann Roe in quotes\n\nAnn Roe built her name on plain speaking.\n\nThe story broke in the summer. "I tried for three years to make it work."\n\n"I accepted we have to act early," she said. "It was late," said Ivo Brandt.`,
    );
    expect(speakerOf(two, "I tried")).toBeNull();
  });
});

describe("an acronym written like an opening word ('AS offers one viewpoint:')", () => {
  it("is the subject, not a conjunction read past", () => {
    const qs = directQuotes(
      'Press\n\nThe papers reacted on Thursday. On a controversial evening, AS offers one seemingly undeniable viewpoint: "Spanish players played better football than the English."',
    );
    expect(speakerOf(qs, "Spanish players")).toBe("AS");
  });

  it("is still an opening word in mixed case", () => {
    const qs = directQuotes(
      'Press\n\nThe papers reacted on Thursday. As Ann Roe said on Sunday: "Spanish players played better football."',
    );
    expect(speakerOf(qs, "Spanish players")).toBe("Ann Roe");
  });
});

describe("'the group' when the latest body named was introduced as another kind", () => {
  const body =
    'Deal\n\nIrish publishing group Harbour News & Media is buying a stake in Indian newspaper company Kestrel. Kestrel publishes a top-selling daily. Revenues were up 10%, the group said. This was helped by "compact" editions, it said.';

  it("is the one body introduced as a group", () => {
    expect(speakerOf(directQuotes(body), "compact")).toBe("Harbour News & Media");
    expect(speakerWithout(body, "compact", "quotes.body-kind-over-other-kind")).not.toBe(
      "Harbour News & Media",
    );
  });
});

describe("the end of a 'from … to' range before a verb of saying", () => {
  it("is no subject: the quotation stays in the reporter's account", () => {
    const qs = directQuotes(
      'Tax\n\nMichael Howard spoke on Monday. Mr Howard told MPs that "every independent expert" from the Kestrel Fund to the Institute of Fiscal Studies had suggested the "government was spending more than it is raising".',
    );
    expect(speakerOf(qs, "government was")).toBe("Michael Howard");
  });
});

describe("a which-clause set off by a comma or dash, with a verb of judging", () => {
  const body = (mark: string) =>
    `Pact\n\nThe pact was broken. The commission then took the pair to the Harbour Court of Justice ${mark} which ruled the countries could not put the pact "in abeyance", and confirmed its right to act.`;

  it("gives the term to its antecedent, not the sentence's subject", () => {
    expect(speakerOf(directQuotes(body("-")), "in abeyance")).toBe("Harbour Court of Justice");
    expect(speakerOf(directQuotes(body(",")), "in abeyance")).toBe("Harbour Court of Justice");
    expect(speakerWithout(body("-"), "in abeyance", "quotes.which-clause-subject")).not.toBe(
      "Harbour Court of Justice",
    );
  });

  it("reads a body's name with 'of' in it as the sentence's subject", () => {
    const qs = directQuotes(
      'Pact\n\nThe pact was broken. The Harbour Court of Justice ruled the countries could not put the pact "in abeyance".',
    );
    expect(speakerOf(qs, "in abeyance")).toBe("Harbour Court of Justice");
  });
});

describe("a body's kind noun standing for another of the same kind", () => {
  it("takes 'the watchdog' for the body introduced as a regulator", () => {
    const body =
      'Bonds\n\nFrench stock market regulator AMF has filed complaints against media giant Kestrel Universal. Kestrel has said there is "no legal basis" for them. The watchdog is said to believe the pair had "privileged information" on the bonds.';
    expect(speakerOf(directQuotes(body), "privileged")).toBe("AMF");
    expect(speakerWithout(body, "privileged", "quotes.body-kind-synonyms")).not.toBe("AMF");
  });
});

describe("a name right after an opening subordinate clause", () => {
  const body =
    'Party\n\nDan Morris spoke to us. Ivo Lee had quit the party in May. And, while we are on the subject of Mr Lee, Mr Morris despatches him with another soundbite. "Ivo Lee is not a team player." So what is the plan? How will he win? "Look, we are not going to form the next government," he said.';

  it("is the sentence's subject, whom a later he takes up", () => {
    expect(speakerOnOff(body, "Look, we are", "actors.coref-fronted-clause-subject")).toEqual([
      "Dan Morris",
      "Ivo Lee",
    ]);
  });
});

describe("the subject after an opening past participle's clause", () => {
  const body =
    'Obituary\n\nTributes were paid. Party leader Charles Kennet said: "He was always full of warmth."\n\nBorn in 1912, Lord Callan became a clerk. He enlisted in the Navy in 1942. After serving as a minister, he became chancellor in 1964.\n\nHis career was not without controversy. When he refused to support Harold Wilson in 1968, he said: "I am not going to resign."';

  it("is the one a he/she after it goes on with, over an older speaker", () => {
    expect(speakerOnOff(body, "I am not going", "quotes.fronted-past-participle")).toEqual([
      "Lord Callan",
      "Charles Kennet",
    ]);
  });
});

describe("words after 'for claiming' when the main verb acts on a person", () => {
  const body =
    'Votes\n\nMichael Hale spoke on Monday. Party president Simon Hughes branded Mr Hale "arrogant and wrong" for claiming the Tories were the "natural party" of ethnic voters. "It is nonsense," he said.';

  it("are that person's, and the subject speaks on after them", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "arrogant")).toBe("Simon Hughes");
    expect(speakerOf(qs, "natural party")).toBe("Michael Hale");
    expect(speakerOf(qs, "It is nonsense")).toBe("Simon Hughes");
    expect(speakerWithout(body, "natural party", "quotes.for-saying-object")).toBe("Simon Hughes");
  });

  it("are the subject's own in a passive ('was fined for calling a referee “…”')", () => {
    const qs = directQuotes(
      'Ban\n\nBudge Pountney spoke on Monday. Budge Pountney has been fined and banned for six weeks for calling a referee "a disgrace".',
    );
    expect(speakerOf(qs, "a disgrace")).toBe("Budge Pountney");
  });
});

describe("an opening curly mark typed where a closing one belongs", () => {
  it("closes the quotation after a word's comma or full stop ('…here,“ said Jim Clyburn')", () => {
    const qs = directQuotes(
      "Iowa\n\nThe firewall could be snuffed out. “If Ms Roe loses Iowa, that could create new problems for her here,“ said Jim Clyburn, a congressman. “It is hard.”",
    );
    expect(speakerOf(qs, "If Ms Roe loses")).toBe("Jim Clyburn");
    expect(qs.find((q) => q.text.startsWith("If Ms Roe"))!.text.endsWith("here,")).toBe(true);
  });

  it("still opens a quotation after a space", () => {
    const qs = directQuotes("Iowa\n\nJim Clyburn said: “It is hard.” He left.");
    expect(speakerOf(qs, "It is hard")).toBe("Jim Clyburn");
  });
});
