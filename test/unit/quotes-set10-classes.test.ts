// Speaker classes found on BBC study set 10 (issue #13), on invented text: each rule's own
// sentences, and where the rule has a switch, the same sentences with it off.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a club named before a role and a name is the club, not a person", () => {
  const body = (role: string) =>
    `Westport Dragons ${role} Alain Moreau has reopened the club-versus-country row.\n\nThe squad has had a hard week with five players away. "We have had one session," he told the Courier.`;

  it.each(["director of rugby", "head of coaching", "team manager"])("'he' is the person: %s", (role) => {
    expect(speakerOf(quotes(body(role)), "We have had")).toBe("Alain Moreau");
  });

  it("is the club with the actor rule off", () => {
    const qs = quotes(body("team manager"), switchOff("actors.affiliation-before-role"));
    expect(speakerOf(qs, "We have had")).toBe("Westport Dragons");
  });
});

describe("a lower-case title word before one unknown word opening a sentence", () => {
  const body =
    'Dunmore Wanderers coach Ivo Brandt is angry.\n\nWestport host Kilcoole in the cup on Friday, with six players away. "It is a hard week," he said.';

  it("names no one: 'he' is the person named before", () => {
    expect(speakerOf(quotes(body), "It is a hard")).toBe("Ivo Brandt");
  });

  it("is the unknown word with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.leading-role-lone-word")), "It is a hard")).toBe(
      "Kilcoole",
    );
  });
});

describe("an indefinite article and adjectives before a surname", () => {
  const body = (subject: string) =>
    `Tom Hale won the final on Sunday in three sets.\n\n${subject} said: "It was a great day."`;

  it.each(["An angry Hale", "A delighted Hale", "A relieved Hale later"])("is the person: %s", (subject) => {
    expect(speakerOf(quotes(body(subject)), "It was a great")).toBe("Tom Hale");
  });

  it("leaves a word the article gives no person alone", () => {
    expect(speakerOf(quotes(body("A jubilant Pike")), "It was a great")).not.toBe("Tom Hale");
  });

  it("is the description with the switch off", () => {
    expect(
      speakerOf(quotes(body("An angry Hale"), switchOff("quotes.described-surname")), "It was a great"),
    ).toBe("An angry Hale");
  });
});

describe("a participle after an object's apposition is the subject's", () => {
  const body = (subject: string, rest: string) =>
    `Westport manager Ian Todd will discipline striker Ben Kale after all for his foul on Dunmore defender Leo Vance.\n\n${subject} initially defended Kale${rest}, saying Vance overreacted. But he has had a rethink. He said: "I was wrong about it."`;

  it("'he' is the subject, not the object before the apposition", () => {
    expect(speakerOf(quotes(body("Todd", ", whose red card cost the game")), "I was wrong")).toBe("Ian Todd");
  });

  it("is the object with the coreference step off", () => {
    const qs = quotes(
      body("Todd", ", whose red card cost the game"),
      // (and the he/she subject chain of s23, which finds the subject too)
      switchOff("actors.coref-participle-after-object", "quotes.pronoun-subject-chain"),
    );
    expect(speakerOf(qs, "I was wrong")).toBe("Ben Kale");
  });

  it("reads a description subject past its adverb ('The Scot initially defended')", () => {
    expect(speakerOf(quotes(body("The Scot", "")), "I was wrong")).toBe("Ian Todd");
  });
});

describe("a jury, panel or board named for an organisation speaks for it", () => {
  const body =
    'The Film Academy of Westport (FAW) hailed two films as landmarks of the year.\n\nThe 12-strong FAW jury concluded "acting has two chapters". "Makers now censor themselves," the FAW jury declared.';

  it("is the organisation", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "acting has two")).toBe("Film Academy of Westport");
    expect(speakerOf(qs, "Makers now censor")).toBe("Film Academy of Westport");
  });

  it("is the description with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.org-body")), "Makers now censor")).toBe("the FAW jury");
  });
});

describe("a role and a name alone before a colon", () => {
  const body = (lead: string) =>
    `Westport beat Dunmore 2-1 on Saturday.\n\n${lead}: "We had a great chance to win it early."`;

  it.each(["- Westport Dragons boss Ivo Brandt", "Channel Nine controller Ivo Brandt"])(
    "is the name: %s",
    (lead) => {
      expect(speakerOf(quotes(body(lead)), "We had a great")).toBe("Ivo Brandt");
    },
  );

  it("is no one with the switch off", () => {
    const qs = quotes(body("- Westport Dragons boss Ivo Brandt"), switchOff("quotes.colon-role-name"));
    expect(speakerOf(qs, "We had a great")).toBeNull();
  });
});

describe("sport and church descriptions point back to the person named", () => {
  it.each([
    ["the youngster", "Westport have handed teenager Jon Pell his first call-up."],
    ["the Westport full-back", "Westport full-back Jon Pell has signed a new deal."],
    ["the Dunmore-based athlete", "Sprinter Jon Pell won the award on Sunday."],
    ["the agent", "Agent Jon Pell says his client has received a better offer."],
    ["the lock forward", "Westport have named Jon Pell as captain for the cup."],
  ])("'%s said' is the person", (description, lead) => {
    const qs = quotes(`${lead}\n\n"It is a great honour," ${description} said. "I did not expect it."`);
    expect(speakerOf(qs, "It is a great")).toBe("Jon Pell");
  });
});

describe("a name in apposition to an opening indefinite description is the subject", () => {
  const body =
    'Family Link has become the most watched show on Channel Nine, and it runs daily.\n\nOne woman, Maria Ruiz, found her brother live on Family Link. She had not seen him for 20 years. "We both cried," she told the radio.';

  it("is the woman", () => {
    expect(speakerOf(quotes(body), "We both cried")).toBe("Maria Ruiz");
  });

  // (session 26's "coref-known-gender-nearer" finds the woman too: both off)
  it("is the show with the coreference step off", () => {
    const off = switchOff("actors.coref-opening-apposition", "actors.coref-known-gender-nearer");
    expect(speakerOf(quotes(body, off), "We both cried")).toBe("Family Link");
  });
});
