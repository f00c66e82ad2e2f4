// Session 40: quote classes found on PolNeAR train and the Reuters stories, on invented text.
import { describe, expect, it } from "vitest";
import { allQuotes, directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an apposition holding a compound glued to initials ('D.C.-based')", () => {
  it("is read past to the name before it, not the person of the sentence before", () => {
    const body =
      'Delegates\n\nMara Quist is the state Senate majority leader in Maine. Ivo Kemper, a delegate from the District and president of the D.C.-based Civic Forum, said: "I just do not think it is possible."';
    expect(speakerOf(directQuotes(body), "I just do not")).toBe("Ivo Kemper");
  });

  it("leaves an anonymous subject with the 'he' that follows it", () => {
    const body =
      'Dollar slips\n\nTreasury official Carl Brandt told a conference that if the economies grew, "there would not be the necessity of significant declines in the dollar." One dealer for a U.S.-based bank noted the dollar tended easier after the remarks. "They were obviously regarded as being negative," he said.';
    expect(speakerOf(directQuotes(body), "They were")).toBe("One dealer for a U.S.-based bank");
  });
});

describe("a verb-like word between a place and a role, with the name in apposition", () => {
  it("modifies the role: the participle's subject is the name, not the place", () => {
    const body =
      'Data drive\n\nIn early October, Acme’s Ohio state director, Lena Marchetti, reached out to the firm, writing in an email: "We want to use this soon." Paul Kerr, the firm\'s owner, said the campaign never followed up.';
    expect(speakerOf(directQuotes(body), "We want to use")).toBe("Lena Marchetti");
  });

  it("but 'after' is no role word: 'Vance went after Ann Roe' keeps its verb", () => {
    const body =
      'Rally\n\nLikewise, Tom Vance went after Ann Roe for her silence and called for her to quit. "She should get out of this race," Vance said.';
    const reported = allQuotes(body).filter((q) => q.kind === "reported");
    expect(reported.every((q) => q.speakerName !== "Tom Vance went")).toBe(true);
  });
});

describe("a description taking up the sentence before", () => {
  it("is its subject, past a fronted time phrase that names someone else", () => {
    const body =
      'Codes\n\nOne month after announcing his support for Gil Hardwick, Ross Delaney still believes the nominee is unfit for office. "I stand by everything I said during the campaign," the Ohio senator told a magazine on Thursday.';
    expect(speakerOf(directQuotes(body), "I stand by")).toBe("Ross Delaney");
  });
});

describe("an opening prepositional phrase of up to twenty words", () => {
  it("is read past to the subject of a participle", () => {
    const body =
      'Camp\n\nIn response to Gil Hardwick’s proposal to bar visitors from entering the country next year, Dana Pryce rallied supporters, saying: "We have to be ready to stop him."';
    expect(speakerOf(directQuotes(body), "We have to be ready")).toBe("Dana Pryce");
  });
});

describe("a closing tag after a quotation", () => {
  it("reads a US party-state tag in apposition as part of the name's words ('R-Pa.')", () => {
    const body = 'Convention\n\n"Perpetual motion!" Rep. Tom Kessling, R-Pa., said of the swirl of events.';
    expect(speakerOf(directQuotes(body), "Perpetual motion")).toBe("Tom Kessling");
  });

  it("reads past a short quoted term inside its apposition", () => {
    const body =
      'Convention\n\n"We have had better conventions," Texas delegate Ned Fairlie, wearing a cowboy hat and “Go Texas” campaign pins, said matter-of-factly.';
    expect(speakerOf(directQuotes(body), "We have had")).toBe("Ned Fairlie");
  });

  it("reaches a verb right after a long apposition's comma", () => {
    const body =
      'Praise\n\nGov. Ray Kessel praised the reporter Dan Bolt at a press conference. "Very good reporter, this guy," Kessel, the party\'s frontrunner nationally and current polling leader in the state by a wide margin after winning the first two primaries, said when Bolt asked him a question.';
    expect(speakerOf(directQuotes(body), "Very good reporter")).toBe("Ray Kessel");
  });

  it("but not a verb deep in another clause after the apposition", () => {
    const body =
      "Convention\n\nWhile Mr. Dorn, representing the party's governing wing, laid out a vision for ''a reformed tax code that rewards free enterprise,'' Ben Alto, the physician who briefly caught fire last year in his campaign, used part of his address to call his rival a student of radicals.";
    const q = directQuotes(body).find((x) => x.text.startsWith("a reformed"));
    expect(q?.speakerName ?? null).not.toBe("Ben Alto");
  });
});

describe("a restrictive who-clause between a description and its verb", () => {
  it("is read past to the description", () => {
    const body =
      'Talks\n\nAlthough there is no such overlap with the campaign, a city hall official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions."';
    expect(speakerOf(directQuotes(body), "Certainly there")).toBe("a city hall official");
  });

  it("so a he after it is that source, not a name from before", () => {
    const body =
      'Boats\n\nWade Corley, vice president at the firm, said management wants to stay independent. "We are not trying to sell," he said. An analyst who wanted anonymity said 40 dlrs a share is a "decent" price. "A bidding war to 60 dlrs a share is stretching it," he said.';
    expect(speakerOf(directQuotes(body), "A bidding war")).not.toBe("Wade Corley");
  });

  it("but not when 'who' is the clause's object and a name its subject", () => {
    const body =
      'Letters\n\nThe people who Mr Hallam labels the new "threat" are those who follow no teaching at all.';
    const q = directQuotes(body).find((x) => x.text.startsWith("threat"));
    expect(q?.speakerName ?? null).not.toBe("The people");
  });
});

describe("a role running through 'of' before a name in apposition, in a closing tag", () => {
  it("gives the name, not the outlet the speaker told", () => {
    const body =
      'Allies\n\nThe speaker urged his critics to pipe down. "Eventually, positions will soften," Rep. Dale Hunter’s chief of staff, Joe Kasprak, told Politico.';
    expect(speakerOf(directQuotes(body), "Eventually")).toBe("Joe Kasprak");
  });

  it("after 'the' too", () => {
    const body = 'Allies\n\n"It is over," the head of communications, Ann Roe, said on Monday.';
    expect(speakerOf(directQuotes(body), "It is over")).toBe("Ann Roe");
  });
});

describe("an inverted tag whose description ends 'known as <Name>'", () => {
  it("gives the name, as the same tag before its verb does", () => {
    const body =
      'Base\n\n"There never was a stand-down order," said the base chief known as Rolf, speaking publicly for the first time.';
    expect(speakerOf(directQuotes(body), "There never")).toBe("Rolf");
  });

  it("after 'known only as' too", () => {
    const body = 'Camp\n\n"We waited for hours," said a protester known only as Marco.';
    expect(speakerOf(directQuotes(body), "We waited")).toBe("Marco");
  });
});
