// Error classes study sets 60 and 61 showed, on invented text: an office given to the person it
// speaks of, a noun phrase read into an honorific's name, a long title and a body swallowing the
// name after them, and a lower-case body whose name has "and" in it.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const actorNames = (text: string) => model(text).m.actors.map((a) => a.name);

describe("an office is not held by the person it speaks of", () => {
  const body =
    'Budget row\n\nThe minister announced the budget last week. Peter Mallory asked Ann Crane whether the bank had been leaned on. But the minister said Mr Mallory was "impugning the integrity" of the bank.';

  it("does not give the minister's words to the man they are about", () => {
    expect(speakerOf(directQuotes(body), "impugning")).not.toBe("Peter Mallory");
  });

  it("gave them to him with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.office-names-other")), "impugning")).toBe(
      "Peter Mallory",
    );
  });

  it("still gives an office to the subject before when it speaks of someone else", () => {
    const other =
      'Budget row\n\nAnn Crane defended the plan on Monday. But the minister said Mr Mallory was "impugning the integrity" of the bank.';
    expect(speakerOf(directQuotes(other), "impugning")).toBe("Ann Crane");
  });
});

describe("a noun phrase before an honorific is not part of the name", () => {
  it("gives the quotation to the man, not to 'a Brussels summit Mr Carver'", () => {
    const body =
      'Talks begin\n\nThe EU agreed to open talks. Mr Carver has backed the idea. Leaving a Brussels summit Mr Carver said "the fact it is poor does not mean it should be barred".';
    expect(speakerOf(directQuotes(body), "the fact")).toBe("Carver");
  });

  it("keeps a title before the honorific", () => {
    const body =
      'Talks begin\n\nThe plan was debated. Shadow chancellor Mr Oakes said: "It will not work." He left early.';
    expect(speakerOf(directQuotes(body), "It will not")).toBe("Oakes");
  });
});

describe("a long title and a body before a full name", () => {
  const body =
    'Tax plan unveiled\n\nMinisters want fewer quangos. Shadow leader of the Commons Daniel Forde said: "This is about cutting waste." Later he left.';

  it("reads the body and the person apart", () => {
    const names = actorNames(body);
    expect(names).toContain("Daniel Forde");
    expect(names).not.toContain("Commons Daniel Forde");
  });

  it("gives the quotation to the person, not the title", () => {
    expect(speakerOf(directQuotes(body), "This is about")).toBe("Daniel Forde");
  });

  it("splits a body's head word from the name after it", () => {
    const text = "Report due\n\nThe chairman of the Treasury Select Committee Ann Bellamy will speak.";
    expect(actorNames(text)).toContain("Ann Bellamy");
  });
});

describe("a lower-case body with 'and' in its name", () => {
  it("gives the quoted term to the committee, not to nobody", () => {
    const body =
      'Skills warning\n\nThere was an "absolute crisis" in the recruitment of statisticians, the Commons science and technology committee added.';
    expect(speakerOf(directQuotes(body), "absolute crisis")?.toLowerCase()).toBe(
      "commons science and technology committee",
    );
  });

  it("still ends a phrase at 'and' between two subjects", () => {
    const body = 'Skills warning\n\nThe pay was a "disgrace", Ann Lowe and the union said.';
    expect(speakerOf(directQuotes(body), "disgrace")).not.toBe("union");
  });
});

describe("he after a clause whose subject follows 'but'", () => {
  const body =
    'Six Nations preview\n\nWales coach Mike Rudd is upbeat. "We will be bold," said Rudd.\n\nFrance are also unbeaten. Coach Bernard Lapointe has made four changes. France have been criticised for a lack of "flair" as they have ground out wins but captain Fabien Pelard sees hope on the horizon. "I get the impression we are getting better," he said.';

  it("takes up the one person of the sentence before, though only the clause names him", () => {
    expect(speakerOf(directQuotes(body), "I get the")).toBe("Fabien Pelard");
  });

  it("took up the coach named earlier with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.coref-clause-subject")), "I get the")).toBe(
      "Bernard Lapointe",
    );
  });

  it("leaves a pronoun to a subject that opens its sentence", () => {
    const other =
      'Awards night\n\nThe film won while its star Robin Vale was named best newcomer. Accepting his prize, Tom Hale thanked the crew. "It is a dream," he said.';
    expect(speakerOf(directQuotes(other), "It is a dream")).toBe("Tom Hale");
  });
});

describe("a lead-in that hands the words to a name", () => {
  it("reads 'a quote attributed to X.' before a quotation opening the next sentence", () => {
    const body =
      'Freedom debate\n\nMany readers wrote in. I am reminded of a quote attributed to Thomas Jeffers. "A nation that limits freedom will have neither." The government faces a hard task.';
    expect(speakerOf(directQuotes(body), "A nation")).toBe("Thomas Jeffers");
  });

  it("reads 'In the words of X:' in the quotation's own sentence", () => {
    const body =
      'Freedom debate\n\nMany readers wrote in. In the words of Thomas Jeffers: "A nation that limits freedom will have neither." The government faces a hard task.';
    expect(speakerOf(directQuotes(body), "A nation")).toBe("Thomas Jeffers");
  });

  it("gave the words to no one, or to the readers, with the step off", () => {
    const body =
      'Freedom debate\n\nMany readers wrote in. I am reminded of a quote attributed to Thomas Jeffers. "A nation that limits freedom will have neither." The government faces a hard task.';
    expect(speakerOf(directQuotes(body, switchOff("quotes.words-of")), "A nation")).not.toBe(
      "Thomas Jeffers",
    );
  });
});

describe("a body's name with a plural possessive or 'the X and Y … Union'", () => {
  const body =
    'Lending slows\n\nThe Building Societies Association said approvals were down. At the same time, the Northern Bankers\' Association (NBA) said lending was "weaker". Overall, the NBA said lending was a "return to form".';

  it("keeps 'Northern Bankers' Association' whole and ties its acronym to it", () => {
    const names = actorNames(body);
    expect(names).toContain("Northern Bankers' Association");
    expect(names).not.toContain("Association");
    expect(speakerOf(directQuotes(body), "weaker")).toBe("Northern Bankers' Association");
    expect(speakerOf(directQuotes(body), "return to form")).toBe("Northern Bankers' Association");
  });

  it("still breaks a name at a singular possessive", () => {
    expect(actorNames("Talks\n\nThe Harbour Trust said Ann Roe's Association had closed.")).not.toContain(
      "Ann Roe's Association",
    );
  });

  it("gives a leader's words to the leader, not the union named in the role", () => {
    const text =
      'Budget cuts\n\nMr Brown announced plans to merge agencies. Mark Serwin, the leader of the Public and Commercial Services Union said: "We had the day of the long knives." He was angry.';
    expect(speakerOf(directQuotes(text), "We had the day")).toBe("Mark Serwin");
  });
});

describe("an office after a body's description in the possessive", () => {
  const body =
    'Reform plan welcomed\n\nThe Hartley Trust\'s Maria Delacroix said the change was "long overdue". The political reform group\'s general secretary told BBC Radio 5 there were some "very dated rules" in the law. "We hope they act on it," she said.';

  it("is the person the sentence before names, however long the body's description", () => {
    expect(speakerOf(directQuotes(body), "very dated")).toBe("Maria Delacroix");
    expect(speakerOf(directQuotes(body), "We hope")).toBe("Maria Delacroix");
  });
});

describe("a document the article never named before", () => {
  const body =
    'Candidate suspended\n\nThe party has suspended a candidate. Mr Harlan is alleged to have said that prisons should be "closed for good". The document reportedly said: "We are looking for a new empire." A party spokesman said the views were not policy.';

  it("speaks for the person whose words the sentence before reports", () => {
    expect(speakerOf(directQuotes(body), "We are looking")).toBe("Harlan");
  });

  it("did not with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.document-first-mention")), "We are looking"),
    ).not.toBe("Harlan");
  });

  it("is not a newspaper named before as 'the paper'", () => {
    const paper =
      'Vote date\n\nIn an interview with the Daily Courier, Mr Harlan said a vote would come "some time in 2006". The paper said the minister "claimed ignorance" of the date.';
    expect(speakerOf(directQuotes(paper), "claimed ignorance")).not.toBe("Harlan");
  });
});

describe("a capitalised office of a body, then the holder's name in commas", () => {
  it("gives a participle's quotation to the name, not 'The Governor'", () => {
    const body =
      'BANK CHIEF ATTACKS PREDATORS\n\nThe Governor of the Bank of Wessex, Robin Ashcombe, repeated his criticism of City predators, describing them as "thoroughly irresponsible."';
    expect(speakerOf(directQuotes(body), "thoroughly")).toBe("Robin Ashcombe");
  });
});

describe("'the firm' is no public body", () => {
  const body =
    'TRADER SUSPENDED\n\nThe Securities and Exchange Commission charged Ilan Vask, a managing director of Kessler Lynch, with profiting from inside information. "Kessler Lynch\'s position is that violations of the law are not tolerated," the firm said in a prepared statement.';

  it("never gives the firm's words to the commission the sentence before opens on", () => {
    expect(speakerOf(directQuotes(body), "Kessler Lynch's position")).not.toBe(
      "Securities and Exchange Commission",
    );
  });

  it("did with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.company-not-public-body")), "Kessler Lynch's position"),
    ).toBe("Securities and Exchange Commission");
  });

  it("still gives 'the firm' to a company the sentence before opens on", () => {
    const firm =
      'Profits up\n\nTesvale reported record profits on Monday. "Trading was strong," the firm said.';
    expect(speakerOf(directQuotes(firm), "Trading was strong")).toBe("Tesvale");
  });
});

describe("newswire lead-ins (Reuters check sets)", () => {
  it("gives a body's proposal to the body 'the Bank' stands for", () => {
    const body =
      'BANK PROPOSES RULES\n\nThe Bank of Wessex is reluctant to inhibit competition. "The assessment will depend upon the skill of the lead underwriter," the Bank\'s proposal said.';
    expect(speakerOf(directQuotes(body), "The assessment")).toBe("Bank of Wessex");
  });

  it("reads past 'in reply to inquiries' to the verb before it", () => {
    const body =
      'BANKS ANGRY\n\nForeign banks were angered. Ann Lemming said in reply to inquiries: "It has been two months since we first saw trouble." She left.';
    expect(speakerOf(directQuotes(body), "It has been")).toBe("Ann Lemming");
  });

  it("gives a quotation after 'in a statement,' to the sentence's subject, whatever its verb", () => {
    const body =
      'TRADE BILL\n\nThe subcommittee met on Monday. But Dan Rostow set the tone of the trade debate in a statement, "I am not trying to please anyone." He left.';
    expect(speakerOf(directQuotes(body), "I am not trying")).toBe("Dan Rostow");
    expect(speakerOf(directQuotes(body, switchOff("quotes.in-a-statement")), "I am not trying")).not.toBe(
      "Dan Rostow",
    );
  });
});

describe("an office no sentence ties to anyone", () => {
  const body =
    'Immigration plan\n\nHome Secretary Charles Clayton wants a points system for migrants. Tony Blakemore has said people are right to be concerned. Mr Blakemore met union leaders on Friday. Ministers deny they have been spurred into action.\n\nMr Clayton is expected to announce an end to the automatic right to settle. The prime minister on Sunday said immigration would be "toughened up" this year.';

  it("is the one person named in full whom the article gives no other role", () => {
    expect(speakerOf(directQuotes(body), "toughened up")).toBe("Tony Blakemore");
  });

  it("stays unnamed with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.office-sole-unroled")), "toughened up")).not.toBe(
      "Tony Blakemore",
    );
  });

  it("stays unnamed with two people of no role, or for a party's office", () => {
    const two = body.replace("Ministers deny", "Ann Foley said so too. Ministers deny");
    expect(speakerOf(directQuotes(two), "toughened up")).not.toBe("Tony Blakemore");
    const party = body.replace("The prime minister on Sunday", "The Lib Dem leader on Sunday");
    expect(speakerOf(directQuotes(party), "toughened up")).not.toBe("Tony Blakemore");
  });
});

describe("descriptions and kinds from set 63", () => {
  it("reads 'The Oscar winner' as a description of the person the sentence before names", () => {
    const body =
      'Film years away\n\nRings director Peter Jacobs has said that it will be years before he starts work on the film.\n\nThe Oscar winner said on a visit to Sydney there was a "desire" to make it.';
    expect(speakerOf(directQuotes(body), "desire")).toBe("Peter Jacobs");
  });

  it("gives 'the magazine' to the magazine introduced by its kind, over the subject before", () => {
    const body =
      'Top earner\n\nPrince Rogers topped US magazine Rolling Pebble\'s annual list.\n\nVeterans Simon and Garrett were in 10th place. "Prince returned to centre stage," the magazine reported.';
    expect(speakerOf(directQuotes(body), "Prince returned")).toBe("Rolling Pebble");
  });

  it("reads 'Broadcast magazine said' as introducing the magazine too", () => {
    const body =
      'Worst imports\n\nBroadcast magazine said the list was long. Baywatch topped it for having "predictable scripts," according to the magazine.';
    expect(speakerOf(directQuotes(body), "predictable")).not.toBe("Baywatch");
  });
});

describe("a sentence whose full stop the copy lost", () => {
  it("ends the name at a capitalised 'The', in the speaker and in the actor", () => {
    const body =
      'Court fight\n\n"The litigation risks are real," said bank analyst Vadim Mitrov The dispute with the state goes on.';
    expect(speakerOf(directQuotes(body), "The litigation")).toBe("Vadim Mitrov");
    expect(actorNames(body)).not.toContain("Vadim Mitrov The");
  });

  it("keeps a middle initial 'A'", () => {
    expect(actorNames("Deal\n\nCharles A Blixt said the deal was done.")).toContain("Charles A Blixt");
  });
});
