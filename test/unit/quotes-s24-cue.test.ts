// Cue and term classes of session 24 (issue #13), on invented text: each rule's variants, the
// sentences it must leave alone, and the same with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const bridge = "Bridge shut\n\nThe Tyne bridge was shut on Monday after a crack was found.\n\n";

describe("a bare plural noun for people is the subject of a closing tag", () => {
  const tags = [
    ['"The deck is not safe," engineers said.', "engineers"],
    ['"The deck is not safe," organisers said in a statement.', "organisers"],
    ['"The deck is not safe," bridge engineers said on Monday.', "bridge engineers"],
    ['"The deck is not safe," fire crews at the scene told the BBC.', "fire crews"],
    ['"The deck is not safe," said structural engineers.', "structural engineers"],
  ];

  it("takes the plural, with its modifiers, before or after the verb", () => {
    for (const [tag, who] of tags) expect(speakerOf(directQuotes(bridge + tag!), "The deck")).toBe(who);
  });

  it("leaves a noun for things and a lone anonymous source to the older rules", () => {
    expect(speakerOf(directQuotes(`${bridge}"It will cost millions," said analysts.`), "It will")).toBe(
      "analysts",
    );
    expect(
      speakerOf(directQuotes(`${bridge}"It will cost millions," the figures said.`), "It will"),
    ).not.toBe("figures");
  });

  it("reads no subject into a participle's object or an infinitive's clause", () => {
    const echo = `${bridge}Ms Roe described the plan as "not a fix but a delay" echoing engineers who have said it is unsafe.`;
    const which = `${bridge}The "toll bridge" is a phrase which drivers of heavy lorries use to describe it.`;
    expect(speakerOf(directQuotes(echo), "not a fix")).not.toBe("engineers");
    expect(speakerOf(directQuotes(which), "toll bridge")).not.toBe("which drivers");
  });

  it("finds no speaker with the switch off", () => {
    const off = switchOff("quotes.tag-bare-plural-people");
    expect(speakerOf(directQuotes(bridge + tags[0]![0]!, off), "The deck")).toBeNull();
    expect(speakerOf(directQuotes(bridge + tags[4]![0]!, off), "The deck")).toBeNull();
  });
});

describe("a name before its role, the commas left out, is the speaker of a closing tag", () => {
  const gas = "Gas find\n\nShares in Fenwick Oil rose 5% on Thursday after a gas find in the North Sea.\n\n";
  const titled = `${gas}"The signs are good," Dr Helen Marsh head of geology said.`;
  const bare = `${gas}"The signs are good," Alan Brice chief geologist said.`;

  it("is the name, not the role", () => {
    expect(speakerOf(directQuotes(titled), "The signs")).toBe("Helen Marsh");
    expect(speakerOf(directQuotes(bare), "The signs")).toBe("Alan Brice");
  });

  it("leaves a role before the name", () => {
    const before = `${gas}"The signs are good," Fenwick chief executive Tom Hale said.`;
    expect(speakerOf(directQuotes(before), "The signs")).toBe("Tom Hale");
  });

  it("is not the name with the switch off", () => {
    const off = switchOff("quotes.tag-name-role-run");
    expect(speakerOf(directQuotes(titled, off), "The signs")).not.toBe("Helen Marsh");
    expect(speakerOf(directQuotes(bare, off), "The signs")).not.toBe("Alan Brice");
  });
});

describe("the name before a long who-clause is the subject of the verb after it", () => {
  const show = "Quiz show\n\nPop singer Lola Venn has been voted off the island show.\n\n";
  const long = `${show}Venn, who left in the third vote having won just 4% of the phone poll, afterwards said: "I am glad to be home."`;
  const longer = `${show}Venn, who left in the third round of the public vote after winning just four of the nine phone polls held on the show, said: "I am glad."`;

  it("is the name past any length or punctuation of the clause", () => {
    expect(speakerOf(directQuotes(long), "I am glad")).toBe("Lola Venn");
    expect(speakerOf(directQuotes(longer), "I am glad")).toBe("Lola Venn");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.subject-before-long-relative");
    expect(speakerOf(directQuotes(long, off), "I am glad")).toBeNull();
    expect(speakerOf(directQuotes(longer, off), "I am glad")).toBeNull();
  });
});

describe("a statement on someone's website speaks for the website's owner", () => {
  const lead = "Comeback\n\nGolf star Mia Sorel will make her return from a back injury in March.\n\n";
  const pronoun = `${lead}"Mia had hoped to play in February," a statement on her website said. "She will wait."`;
  const named = `${lead}"Mia had hoped to play in February," a statement on Sorel's official website said.`;

  it("is the owner, named or taken up by a possessive pronoun", () => {
    expect(speakerOf(directQuotes(pronoun), "Mia had")).toBe("Mia Sorel");
    expect(speakerOf(directQuotes(pronoun), "She will")).toBe("Mia Sorel");
    expect(speakerOf(directQuotes(named), "Mia had")).toBe("Mia Sorel");
  });

  it("is not the owner with the switch off", () => {
    const off = switchOff("quotes.tag-website-owner");
    expect(speakerOf(directQuotes(pronoun, off), "Mia had")).toBeNull();
    expect(speakerOf(directQuotes(named, off), "Mia had")).not.toBe("Mia Sorel");
  });
});
