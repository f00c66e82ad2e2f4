// Pronoun, continuation and wrong-cue classes of session 24 (issue #13), on invented text: each
// rule, and the older answer with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an -ing word opening a sentence is no name", () => {
  const body =
    'Carmakers look east\n\nBringing Rover to China has cost its owners dearly. "We know the yuan will rise," he said.';
  const firm =
    'Spam plan dropped\n\nMonitoring firm Netscan found that the campaign was working too well. "Nothing suggests our screensaver brought down any site," it said.';

  it("so it is never the speaker", () => {
    expect(speakerOf(directQuotes(body), "We know") ?? "").not.toContain("Bringing");
    expect(speakerOf(directQuotes(firm), "Nothing suggests")).not.toBe("Monitoring");
  });

  it("is a name with the switch off", () => {
    const off = switchOff("actors.sentence-initial-gerund");
    expect(speakerOf(directQuotes(body, off), "We know")).toBe("Bringing Rover");
  });
});

describe("an 'it' opening the clause of a speech verb is that verb's subject", () => {
  const body =
    'Harlow faces probe\n\nThe regulator has filed complaints against carmaker Harlow and its boss.\n\nHarlow adviser Bexley Bank was also named. Bexley Bank, which arranged the sale of the shares, could face fines if the complaint is upheld.\n\nHarlow has said it believes there is "no case to answer" over the sale.';

  it("is the body that said it", () => {
    expect(speakerOf(directQuotes(body), "no case")).toBe("Harlow");
  });

  it("is the body named last with the switch off", () => {
    // (and s25's it-last-speaker-body, which reads the same "it" as the bare name that spoke, and
    // s25b's person-written-as-org, which makes "carmaker Harlow" the body named last)
    const off = switchOff(
      "quotes.it-speech-clause-subject",
      "quotes.it-last-speaker-body",
      "actors.person-written-as-org",
    );
    expect(speakerOf(directQuotes(body, off), "no case")).toBe("Bexley Bank");
  });
});

describe("an 'it' after someone's statement is the statement's author", () => {
  const body =
    'Poll row\n\nThe Green Party launched its campaign on Monday.\n\nMr Ross\'s statement said: "The Green Party has been winning the argument on transport." It added: "The other parties will try to change the subject."';
  const from =
    'Spam plan dropped\n\nNetscan found that the campaign was working too well. In a statement from Orbis Software announcing the end of the scheme, the company denied that this was its fault. "Nothing suggests our screensaver brought down any site," it said.';

  it("is the author, not the body named inside the quotation", () => {
    expect(speakerOf(directQuotes(body), "The other parties")).toBe("Ross");
    expect(speakerOf(directQuotes(from), "Nothing suggests")).toBe("Orbis Software");
  });

  it("is the body in the quotation with the switch off", () => {
    const off = switchOff("quotes.it-statement-author");
    expect(speakerOf(directQuotes(body, off), "The other parties")).toBe("Green Party");
  });
});

describe("a he/she goes on from an unnamed role in an unnamed body that spoke just before", () => {
  const body =
    'Carmakers look east\n\nSales of cars in China rose again in May. "We know the yuan will rise," the chief executive of a large Asian car maker told the BBC. The rush to build plants abroad was "foolish", he said.';

  it("is that description", () => {
    expect(speakerOf(directQuotes(body), "foolish")).toBe("the chief executive of a large Asian car maker");
  });

  it("is a bare he with the switch off", () => {
    const off = switchOff("quotes.pronoun-described-speaker");
    expect(speakerOf(directQuotes(body, off), "foolish") ?? "").not.toContain("chief executive");
  });
});

describe("a bare quotation after another speaker's reported speech is that speaker's", () => {
  const body =
    'Seat row\n\nThe Green Party wants two members to give up their seats. Ed Ross, now deputy leader of the Blue Party, was elected in 2004. Party chair Ann Cole urged him to step down in a letter.\n\nShe said: "You were elected on our list." Mr Ross insisted the rules were the same for every party. "The act is clear that the seat belongs to the member."';

  it("is the one who reported", () => {
    expect(speakerOf(directQuotes(body), "The act is clear")).toBe("Ed Ross");
  });

  it("is the speaker of the quotation before with the switch off", () => {
    // (a quotation no colon brings in runs on into the next sentence's words; a colon's ends it)
    const run = body.replace('She said: "You', 'She said "You');
    const off = switchOff("quotes.split-after-reported-speech");
    expect(speakerOf(directQuotes(run), "The act is clear")).toBe("Ed Ross");
    expect(speakerOf(directQuotes(run, off), "The act is clear")).toBe("Ann Cole");
    expect(speakerOf(directQuotes(body, off), "The act is clear")).toBe("Ed Ross");
  });
});

describe("a which-clause after a role apposition leaves the name the subject", () => {
  const body =
    'Ban upheld\n\nThe sprinters were suspended on Monday.\n\nTom Marsh, spokesman for football\'s governing body the FA, which issued the fines, said: "We cannot comment on a hearing we did not attend."';
  const two =
    'Ban upheld\n\nThe sprinters were suspended on Monday.\n\nTom Marsh, a spokesman for football\'s governing body, the FA, which issued the fines, said: "We cannot comment."';

  it("is the name, not the body", () => {
    expect(speakerOf(directQuotes(body), "We cannot comment")).toBe("Tom Marsh");
    expect(speakerOf(directQuotes(two), "We cannot comment")).toBe("Tom Marsh");
  });

  it("is the body with the switch off", () => {
    const off = switchOff("quotes.which-past-role-apposition");
    expect(speakerOf(directQuotes(body, off), "We cannot comment")).toBe("FA");
  });
});

describe("a he/she the quotation speaks of is the topic, not the speaker", () => {
  const body =
    'Vale needs a rest\n\nLeeds beat Bath 20-10 on Saturday.\n\nAfter the match, Leeds coach Ray Dorn warned that England winger Tom Vale needed a long summer break to keep up his form. Vale, 22, was named player of the season in May but has looked tired in recent weeks. "It is his first full season and he was brilliant until the spring. "I don\'t think he has been near that level lately," he said.';
  const own =
    'Vale fit\n\nCoach Ray Dorn said that Tom Vale needed a rest. Vale, 22, said he felt fine. "My coach worries but he knows I am fit," he said.';

  it("is the one who reported on the topic", () => {
    expect(speakerOf(directQuotes(body), "I don't think")).toBe("Ray Dorn");
  });

  it("is the topic when the topic spoke since", () => {
    expect(speakerOf(directQuotes(own), "My coach")).toBe("Tom Vale");
  });

  it("is the topic with the switch off", () => {
    const off = switchOff("quotes.pronoun-reporter-over-topic");
    expect(speakerOf(directQuotes(body, off), "I don't think")).toBe("Tom Vale");
  });
});
