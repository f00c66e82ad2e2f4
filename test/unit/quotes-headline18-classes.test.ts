// Headline and lead quotations whose speaker the body gives later (session 18, issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { speakerOf } from "../helpers/quotes.ts";

const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

/** The headline quotation's speaker (the first quotation: the title's). */
const headlineSpeaker = (title: string, body: string, switches?: StepSwitches) =>
  headlined(title, body, switches)[0]?.speakerName ?? null;

describe("a lead quotation with no speaker whose words one named speaker says later", () => {
  const body = [
    'Tomas Vell, the producer who founded the Lantern label in the 1990s, is to launch a new label - sure he has found his "fourth great act".',
    "",
    'The label opens in May. "When I heard them play I knew they were my fourth great act," Vell told a radio show.',
  ].join("\n");

  it("is that speaker's", () => {
    expect(speakerOf(headlined("Producer backs new act", body), "fourth great act")).toBe("Tomas Vell");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.lead-words-later");
    expect(speakerOf(headlined("Producer backs new act", body, off), "fourth great act")).toBeNull();
  });

  it("stays no one's when the article quotes the words again as a term", () => {
    const again = `${body} Critics called the band a "fourth great act" too.`;
    expect(speakerOf(headlined("Producer backs new act", again), "fourth great act")).toBeNull();
  });
});

describe("a one-word headline quotation a longer lead quotation holds", () => {
  const body = [
    'A shopkeeper has been praised by police for "very fearlessly" chasing a thief from her store.',
    "",
    'Inspector Dana Brook of Wexford Police said: "The thief was chased by a woman who very fearlessly ran after him down the street." The thief was caught an hour later.',
  ].join("\n");

  it("is the lead quotation's speaker", () => {
    expect(headlineSpeaker("Police praise 'fearless' shopkeeper", body)).toBe("Dana Brook");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-in-lead-quote");
    expect(headlineSpeaker("Police praise 'fearless' shopkeeper", body, off)).toBeNull();
  });
});

describe("headline words one named speaker's report holds", () => {
  const body = [
    "Insurers have moved to calm fears of heavy losses after the storm hit the coast.",
    "",
    "Analysts said many homes were not insured. Kestrel Re has said total claims are likely to be under $2bn. The firm said its own share was small.",
  ].join("\n");

  it("are that speaker's", () => {
    expect(headlineSpeaker("Storm claims 'under $2bn'", body)).toBe("Kestrel Re");
  });

  it("are no one's with the switch off", () => {
    expect(
      headlineSpeaker("Storm claims 'under $2bn'", body, switchOff("quotes.headline-reported-words")),
    ).toBeNull();
  });
});

describe("a lead holding the headline's words and closing on a named source", () => {
  const body = [
    "The city's ban on foreign lorries broke trade rules, the Appeal Court has ruled.",
    "",
    "It follows a long dispute between the city and hauliers. The council said it would study the ruling.",
  ].join("\n");

  it("gives the words to that source", () => {
    expect(headlineSpeaker("Lorry ban 'broke trade rules'", body)).toBe("Appeal Court");
  });

  it("gives them to no one with the switch off", () => {
    const off = switchOff("quotes.headline-lead-named-tag");
    expect(headlineSpeaker("Lorry ban 'broke trade rules'", body, off)).toBeNull();
  });

  it("gives them to no one when the lead does not hold them", () => {
    expect(headlineSpeaker("Lorry ban 'a disgrace'", body)).toBeNull();
  });
});

describe("a lead reporting through figures an organisation issued", () => {
  const body = [
    "Welsh adults drink more tea than anyone else in Europe, according to new figures released on Monday by the Tea Council of Britain (TCB).",
    "",
    "Sales of coffee were flat last year. Tea sales rose by 4%.",
  ].join("\n");

  it("gives the headline's words to the issuer", () => {
    expect(headlineSpeaker("Wales 'Europe's top tea drinker'", body)).toBe("Tea Council of Britain");
  });

  it("gives them to no one with the switch off", () => {
    // (with the session 21 document-issuer rule off too: it finds the same issuer)
    const off = switchOff("quotes.headline-according-issuer", "quotes.headline-document-issuer");
    expect(headlineSpeaker("Wales 'Europe's top tea drinker'", body, off)).toBeNull();
  });
});

describe("a title tagging its words with 'says' and a description", () => {
  const body = [
    'Finance minister Rhodri Vale will balance the budget "with room to spare", according to his former chief adviser.',
    "",
    "Once one of Mr Vale's closest aides, Gwen Pryce hinted at tax cuts in March. She said more could be done.",
  ].join("\n");

  it("gives them to the lead's reporter", () => {
    expect(headlineSpeaker("Budget 'sound' says ex-adviser", body)).toBe("Gwen Pryce");
  });

  it("gives them to no one with the switch off", () => {
    const off = switchOff("quotes.headline-says-description");
    expect(headlineSpeaker("Budget 'sound' says ex-adviser", body, off)).toBeNull();
  });
});

describe("a headline over a lead whose words a person of the lead's reporter says later", () => {
  const body = [
    'The Greens have accused Premier Ann Roe of being "afraid" of voters after the Reds unveiled how they will fight the election.',
    "",
    'The party will drop its rallies. But Green co-chairman Tom Hale said the plans showed Ms Roe was "afraid of facing the voters".',
  ].join("\n");

  it("follows the lead's words to that person", () => {
    expect(headlineSpeaker("Reds' plan 'hides Roe'", body)).toBe("Tom Hale");
  });

  it("is the lead's reporter with the switch off", () => {
    expect(headlineSpeaker("Reds' plan 'hides Roe'", body, switchOff("quotes.headline-lead-echoed"))).toBe(
      "Greens",
    );
  });
});

describe("a lead closing on an unnamed source the next sentence names as it speaks", () => {
  const body = [
    "Tighter checks in shops have led thieves to focus on mobile phones, a security agency has said.",
    "",
    "Security consultancy Kestrel Guard says 'grab-and-go' phone theft has risen since January. Shops have added new locks.",
  ].join("\n");

  it("gives the headline's words to that speaker", () => {
    expect(headlineSpeaker("Thieves 'targeting phones'", body)).toBe("Kestrel Guard");
  });

  it("gives them to no one with the switch off", () => {
    // (with the session 21 described-source rule off too: it finds the same speaker)
    const off = switchOff("quotes.headline-lead-source-next", "quotes.headline-described-named-ahead");
    expect(headlineSpeaker("Thieves 'targeting phones'", body, off)).toBeNull();
  });
});

describe("a lead quotation a bare group of members voices, before their committee speaks", () => {
  const body = [
    'A failed council scheme to sell bus passes online has been branded a "shameful muddle" by MPs.',
    "",
    'The scheme was dropped in May after selling 300 passes. The Commons transport select committee called the spending "hard to defend".',
  ].join("\n");

  it("is the committee's", () => {
    expect(speakerOf(headlined("Bus pass plan 'shameful'", body), "shameful muddle")).toBe(
      "Commons transport select committee",
    );
  });

  it("is the members' with the switch off", () => {
    const off = switchOff("quotes.lead-members-committee");
    expect(speakerOf(headlined("Bus pass plan 'shameful'", body, off), "shameful muddle")).toBe("MPs");
  });
});

describe("a label verb's participle after a noun a preposition opens", () => {
  const body =
    'Minister Tess Odell has cut the number of new ferry routes to six, in a move branded a "sorry climbdown" by the Harbour Party.';

  it("is a passive whose agent speaks", () => {
    expect(speakerOf(headlined("Ferry cuts", body), "sorry climbdown")).toBe("Harbour Party");
  });

  it("is the subject's words with the switch off", () => {
    const off = switchOff("quotes.passive-reduced-relative");
    expect(speakerOf(headlined("Ferry cuts", body, off), "sorry climbdown")).not.toBe("Harbour Party");
  });
});

describe("an organisation noun before a headline's verb", () => {
  const body = [
    "Toy firm Playwise is to hold open trials for children to become test players for its new games.",
    "",
    "The company, based in Leeds, is seeking children aged 8 to 12. Parents must come along too.",
  ].join("\n");

  it("is the organisation the lead names after the same noun, when the lead uses the words", () => {
    expect(headlineSpeaker("Toy firm holds 'test players' trials", body)).toBe("Playwise");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.headline-body-noun-lead");
    expect(headlineSpeaker("Toy firm holds 'test players' trials", body, off)).toBeNull();
  });

  it("is no one when the lead does not use the words", () => {
    expect(headlineSpeaker("Toy firm holds 'fun day' trials", body)).toBeNull();
  });
});
