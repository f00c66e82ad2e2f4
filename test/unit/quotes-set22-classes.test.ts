// Speaker classes found on BBC study set 22 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a name's irregular past and bare noun object end the subject a participle takes", () => {
  const tribute =
    'Orsova falls in final\n\nMara Velk beat Tanya Orsova in the final on Sunday.\n\nOrsova paid tribute to Velk, saying: "She played like a champion today."';
  const issue =
    'Derby ends level\n\nThe Harbour derby ended 1-1.\n\nCoach Ivo Brandl took issue with the referee, adding: "That was never a penalty."';

  it("is the name, not the noun", () => {
    expect(speakerOf(directQuotes(tribute), "She played")).toBe("Tanya Orsova");
    expect(speakerOf(directQuotes(issue), "That was never")).toBe("Ivo Brandl");
  });

  it("is the noun with the switch off", () => {
    const off = switchOff("quotes.subject-name-past-bare-noun", "quotes.subject-ends-at-irregular-past");
    expect(speakerOf(directQuotes(tribute, off), "She played")).toBe("tribute");
    expect(speakerOf(directQuotes(issue, off), "That was never")).toBe("issue");
  });
});

describe("a name before its role and firm written without commas is the speaker of the tag", () => {
  const body =
    'Screens set for sharper games\n\nNew consoles will need sharper screens.\n\n"Every game will be sharper," Dr Pavel Orn games director at graphics firm Zentrix told the Daily Lamp. "It is a big change."';

  it("is the name, not the firm", () => {
    expect(speakerOf(directQuotes(body), "Every game")).toBe("Pavel Orn");
  });

  it("is the firm with the switch off", () => {
    const off = switchOff("quotes.tag-name-unpunctuated-role");
    expect(speakerOf(directQuotes(body, off), "Every game")).toBe("Zentrix");
  });
});

describe("a name with a comma list before its bracketed acronym is one organisation", () => {
  const body =
    'Regulator tightens rules\n\nForeign firms face new limits.\n\nThe Federal Office of Rail, Road and Shipping (FORRS), which licenses hauliers, has capped foreign stakes. The FORRS said: "Safety must come first for every operator." It added: "Partners will be checked."';

  it("is the full name, for the acronym and its pronoun", () => {
    expect(speakerOf(directQuotes(body), "Safety must")).toBe("Federal Office of Rail, Road and Shipping");
    expect(speakerOf(directQuotes(body), "Partners will")).toBe("Federal Office of Rail, Road and Shipping");
  });

  it("is a piece of the name with the step off", () => {
    const off = switchOff("actors.introduced-acronyms-comma-list");
    // (the bare acronym before "Shipping" ended an organisation's name; the last piece since)
    expect(speakerOf(directQuotes(body, off), "Safety must")).not.toBe(
      "Federal Office of Rail, Road and Shipping",
    );
  });
});

describe("a nickname in single quotes between a given name and a surname names that person", () => {
  const body =
    'Zizo says sorry again\n\nTariq \'Zizo\' Mansour has apologised to the national team.\n\nThe striker told reporters in Port Laine that he regretted missing the trip. Zizo said: "I came home to apologise for my mistakes." Zizo added: "I want to play again."';

  it("is the given name and surname, wherever the nickname stands alone", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I came home")).toMatch(/^Tariq .*Mansour$/);
    expect(speakerOf(qs, "I want to play")).toMatch(/^Tariq .*Mansour$/);
  });

  it("is the nickname alone with the step off", () => {
    const off = switchOff("actors.quoted-nickname");
    expect(speakerOf(directQuotes(body, off), "I came home")).toBe("Zizo");
  });
});

describe('a portfolio with "and" before a title is part of the office, no second subject', () => {
  const colon =
    'Pension plan set out\n\nThe plan was set out on Monday.\n\nWork and Pensions Secretary Ola Brems said: "It is a fair plan for every worker."';
  const called =
    'Index dips\n\nThe Kettler index fell in May.\n\nEconomy and Labour Minister Otto Brems called the dip in the index "a very mild decline".';
  const joint =
    'Plan backed\n\nGordon Marsh backed the plan.\n\nMarsh and Health Secretary Ola Brems said: "It is a fair plan for every worker."';

  it("is the name the title leads to", () => {
    expect(speakerOf(directQuotes(colon), "It is a fair")).toBe("Ola Brems");
    expect(speakerOf(directQuotes(called), "a very mild")).toBe("Otto Brems");
  });

  it("keeps a named conjunct a second subject", () => {
    // (the two speak together, session 34; neither alone with that reading off)
    expect(speakerOf(directQuotes(joint), "It is a fair")).toBe("Gordon Marsh and Ola Brems");
    expect(
      speakerOf(directQuotes(joint, switchOff("quotes.joint-people-any-words")), "It is a fair"),
    ).toBeNull();
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.joint-cue-portfolio-title");
    expect(speakerOf(directQuotes(colon, off), "It is a fair")).toBeNull();
    expect(speakerOf(directQuotes(called, off), "a very mild")).toBeNull();
  });
});

describe("initials and a surname before a bare person's role name a person", () => {
  const body =
    'Search race heats up\n\nFirms are racing to sell desktop search.\n\nPeter Lund, finance chief at Orvex, said a test version was ready. "It will be a great race," he said.\n\nKT Marlow, spokesman for mail software firm Postwick said firms were starting to see how much mail mattered. "The key thing is being able to manage all this mail," he said.';

  it("is the person the initials lead", () => {
    expect(speakerOf(directQuotes(body), "The key thing")).toBe("KT Marlow");
  });

  it("leaves the pronoun to the last person before with the rule off", () => {
    const off = switchOff("actors.person-bare-role-apposition");
    expect(speakerOf(directQuotes(body, off), "The key thing")).toBe("Peter Lund");
  });
});

describe("a bare plural of people after a passive's by is the agent", () => {
  const body =
    'Band looks back\n\nThe Velvet Owls met at school in Harwick.\n\nThey struggled to find a label, later being described as "pretty damn average" and "strange and eerie" by record company scouts who saw them live.';

  it("is the plural group, for both terms", () => {
    expect(speakerOf(directQuotes(body), "pretty damn")).toBe("record company scouts");
    expect(speakerOf(directQuotes(body), "strange and")).toBe("record company scouts");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.agent-bare-plural");
    expect(speakerOf(directQuotes(body, off), "pretty damn")).toBeNull();
  });
});
