// Session 43: US wire style on invented text — a state or firm abbreviation inside a closing
// tag's apposition, and archive quotations written with two apostrophes ('').
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kinSpoken } from "../../src/analysis/quotes/kin-spoken.ts";
import type { Speaker } from "../../src/analysis/quotes/types.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an abbreviation's period before a comma", () => {
  it('ends no tag: "X, a lawyer in Salem, Ore., said" names X', () => {
    const qs = directQuotes(
      'Port deal\n\nThe port vote is close. "We have the numbers," Dana Whitfield, a lawyer in Salem, Ore., said on Monday. "It was never in doubt," Ray Osei, now 70 and retired in Dover, Del., said by telephone.',
    );
    expect(speakerOf(qs, "We have the numbers")).toBe("Dana Whitfield");
    expect(speakerOf(qs, "It was never in doubt")).toBe("Ray Osei");
  });

  it("keeps a firm's Co., in the apposition", () => {
    const qs = directQuotes(
      'Mill\n\n"Orders doubled," Lena Park, who runs Park Timber Co., said in an interview.',
    );
    expect(speakerOf(qs, "Orders doubled")).toBe("Lena Park");
  });
});

describe("a quotation in two apostrophes that runs over sentences", () => {
  it("takes the tag after its last sentence, as double marks do", () => {
    const qs = directQuotes(
      "Polls\n\nThe forecasts were wrong. ''Dismissal of the outsider. Consensus on a rematch. Neglect of the governor,'' Nia Brandt, a veteran strategist, said.",
    );
    expect(speakerOf(qs, "Dismissal of the outsider")).toBe("Nia Brandt");
  });
});

describe("a chain of bare quotation paragraphs", () => {
  const body =
    'Striker eyes return\n\nTomas Brandt insists he can still win a place at Hamburg.\n\n"I knew it would be hard when I came here," Brandt told the BBC. "There are great players in every position."\n\n"But I have scored whenever I have played."\n\nHamburg coach Felix Aurich has been criticised for leaving Brandt on the bench.\n\n"Nobody here is above the team."';

  it("goes on in the voice of the quotation before, when that sentence is only a quotation", () => {
    expect(speakerOf(directQuotes(body), "But I have scored")).toBe("Tomas Brandt");
  });

  it("is what the switch does: off, the third quotation had no speaker", () => {
    // (the main voice, the lead's person, takes it too: both off)
    const qs = directQuotes(body, switchOff("quotes.quotation-chain", "quotes.main-voice"));
    expect(speakerOf(qs, "But I have scored")).toBeNull();
  });

  it("does not run through a sentence of narrative", () => {
    expect(speakerOf(directQuotes(body), "Nobody here is above")).not.toBe("Tomas Brandt");
  });
});

describe("three apostrophes closing a quotation in two", () => {
  it("close the inner quotation, then the outer: the tag after them still names the speaker", () => {
    const qs = directQuotes(
      "Debate\n\nVoters were asked on Monday. ''Nobody will be satisfied with 'We will bomb them,''' said Senator Ada Kerr of Ohio.",
    );
    expect(speakerOf(qs, "Nobody will be satisfied")).toBe("Ada Kerr");
  });
});

describe("a sentence opening on a conjunction before a name, a verb and a colon", () => {
  it("gives the quotation to the name, not to the speaker before", () => {
    const qs = directQuotes(
      'Debate\n\nOla Bakare said the senator looked tired. And Mr. Dunmore gloated: "I told you he would not be ready."',
    );
    expect(speakerOf(qs, "I told you")).toBe("Dunmore");
  });
});

describe("a boss described as the club's manager", () => {
  it("is the person the article called its boss, not the latest person named", () => {
    const qs = directQuotes(
      'Title race\n\nHalden boss Piet Varga has refused to write off Corby despite closing the gap to five points.\n\nHalden beat Dunmore on Saturday while Ross Keane\'s side were held at home.\n\n"It is not over, far from it," said the Halden manager.',
    );
    expect(speakerOf(qs, "It is not over")).toBe("Piet Varga");
  });
});

describe("a person whose surname is a day's name", () => {
  const body =
    'Sevens win\n\nCoach Paul Friday\'s England side matched Fiji for pace in the final.\n\n"To be honest, we have wanted to win here for a long time," said Friday. "We did not want pressure."\n\nFriday added: "It was a great day." The team flew home on Friday.';

  it('is the speaker of "said Friday" and "Friday added"', () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "To be honest")).toBe("Paul Friday");
    expect(speakerOf(qs, "It was a great day")).toBe("Paul Friday");
  });
});

describe("an interview feature with a second voice", () => {
  const body =
    'Harker back from injury\n\nHalden flanker Owen Harker has spent a year out injured. Before Saturday\'s opener he spoke to BBC Sport about the road back.\n\n"There were times I thought I would never play again," says Harker.\n\n"My wife kept me going. I owe her everything."\n\n"The first tackle was the big one."\n\nHalden coach Gary Pyle said Harker had been "outstanding" since his return.\n\n"He brings an edge we missed last season," Pyle said. "He is a leader."\n\nCorby arrive at the Valley as champions, though they have lost several players since the final.\n\n"They will come here full of confidence. But this ground does funny things to teams."';

  it("gives a statement paragraph after narrative to the interviewee, not to no one", () => {
    expect(speakerOf(directQuotes(body), "They will come here")).toBe("Owen Harker");
  });

  it("is what the switch does: off, the paragraph had no speaker", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.main-voice")), "They will come here")).toBeNull();
  });
});

describe("he after a sentence naming a woman and a man", () => {
  const body =
    'Hospital row\n\nFirst Minister Iain Dunmore has been accused of breaking a promise.\n\nMr Dunmore said no decision had been taken. "This is only a recommendation," he said.\n\nMs Corrie later joined Health Minister Gordon Ashby at a meeting with campaigners. "I have listened carefully to the people," he said.';

  it("is the man named there, not the man who spoke before", () => {
    expect(speakerOf(directQuotes(body), "I have listened carefully")).toBe("Gordon Ashby");
  });

  it("is what the switch does: off, the earlier speaker kept it", () => {
    const qs = directQuotes(body, switchOff("actors.coref-only-fitting-gender"));
    expect(speakerOf(qs, "I have listened carefully")).toBe("Iain Dunmore");
  });
});

describe("a party leader described by the party's other name", () => {
  it("is the leader the article named: Tory is Conservative, Liberal Democrat is Lib Dem", () => {
    const qs = directQuotes(
      'Tax row\n\nTory leader Ian Marlow has promised tax cuts. Liberal Democrat leader Ann Kettle attacked the plans. Labour MP Ray Osei said they were unfunded.\n\n"We will cut waste," the Conservative leader said. "Nobody believes them," the Lib Dem leader said.',
    );
    expect(speakerOf(qs, "We will cut waste")).toBe("Ian Marlow");
    expect(speakerOf(qs, "Nobody believes them")).toBe("Ann Kettle");
  });
});

describe("a name in apposition after its own description", () => {
  const body =
    'Sprinter banned\n\nSprinter Kelly Dane has been banned for two years.\n\nHer coach, former Olympic hurdler Tony Brennan, said he was "shocked and saddened" by the news. The firm\'s head, vice president, Technology and Research, said: "We will appeal."';

  it("speaks, not the role before it", () => {
    expect(speakerOf(directQuotes(body), "shocked and saddened")).toBe("Tony Brennan");
  });

  it('is no name after a joining word: "Technology and Research" is no person', () => {
    expect(speakerOf(directQuotes(body), "We will appeal")).not.toBe("Research");
  });

  it("is what the switch does: off, the role spoke", () => {
    const qs = directQuotes(body, switchOff("quotes.apposition-described-name"));
    expect(speakerOf(qs, "shocked and saddened")).not.toBe("Tony Brennan");
  });
});

describe("sports copy's other words for a role and a nationality", () => {
  it('ties "the Somerset skipper" to "Somerset captain" and "the paceman" to the fast bowler', () => {
    const qs = directQuotes(
      'Rout\n\nSomerset fast bowler Jamie Rowe took eight wickets. Somerset captain Mark Elton praised him.\n\n"He bowled as well as anyone," Elton said. Selector Geoff Barr was in the crowd.\n\n"I was not told he was here," the Somerset paceman said. "We bat on," the Somerset skipper said.',
    );
    expect(speakerOf(qs, "I was not told")).toBe("Jamie Rowe");
    expect(speakerOf(qs, "We bat on")).toBe("Mark Elton");
  });

  it('gives "the Ethiopian" to the runner written "Ethiopia\'s"', () => {
    const qs = directQuotes(
      "Marathon\n\nDan Kipp won, outsprinting Ethiopia's Tesfaye Tola on the Mall.\n\nKipp's coach Ian Reed was delighted. \"Second is not bad,\" the Ethiopian said.",
    );
    expect(speakerOf(qs, "Second is not bad")).toBe("Tesfaye Tola");
  });
});

describe('"the spokesman" after an anonymous spokesman', () => {
  const body =
    'Referee row\n\nCorby manager Ian Dale criticised the referee after the defeat.\n\n"We will look at the footage," a Treasury spokesman said.\n\n"Comments questioning the integrity of officials will be examined," the spokesman added.';

  it("is that spokesman, with his description", () => {
    const q = directQuotes(body).find((x) => x.text.startsWith("Comments questioning"));
    expect(q?.speakerName).toBe("a Treasury spokesman");
    expect(q?.speakerText).toBe("the spokesman");
  });

  it("is what the switch does: off, the bare description", () => {
    const q = directQuotes(body, switchOff("quotes.spokesperson-again")).find((x) =>
      x.text.startsWith("Comments questioning"),
    );
    expect(q?.speakerName).toBe("the spokesman");
  });
});

describe("according to a document from its maker", () => {
  it('is the maker: "according to a note from investment bank Marlowe Stein"', () => {
    const qs = directQuotes(
      'Oil price\n\nOil prices rose again on Monday.\n\n"If oil stays this high, growth will suffer," according to a note from investment bank Harlow Stein.',
    );
    expect(speakerOf(qs, "If oil stays this high")).toBe("Harlow Stein");
  });
});

describe("a name in apposition with its age or where the person works", () => {
  it("speaks before where they work, or after their age", () => {
    const qs = directQuotes(
      'Results\n\nShares in Calder rose.\n\nAnother analyst, Fiona Gault at Merchant Securities, said the results were "better than feared". One fan, 19-year-old Leanne Hurst from Rotherham, said: "It was brilliant."',
    );
    expect(speakerOf(qs, "better than feared")).toBe("Fiona Gault");
    expect(speakerOf(qs, "It was brilliant")).toBe("Leanne Hurst");
  });
});

describe("a statement someone issued", () => {
  const body =
    'Manager row\n\nCorby lost again on Saturday, their fifth defeat in a row.\n\nAlbion chairman Derek Mayhew released a statement on Sunday backing his manager. "Roy has our full support," the statement read.\n\nThe regulator Ofcom received 40 complaints about the show. Its host Gordon Blake later issued an apology through his publicist. "I may have been harsh," the statement said.';

  it("speaks for whoever the sentence before says issued it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Roy has our full support")).toBe("Derek Mayhew");
    expect(speakerOf(qs, "I may have been harsh")).toBe("Gordon Blake");
  });

  it("is what the switch does: off, the apology was not Blake's", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.issued-document")), "I may have been harsh"),
    ).not.toBe("Gordon Blake");
  });
});

describe("an interview whose answers go untagged", () => {
  const body =
    'Corrigan fighting for his family\n\nRicky Corrigan does not do small talk. The Bermondsey boxer, unbeaten in 18 fights, sits on the ring apron and gets straight to the point.\n\n"I want the world title and I want it this year. I have done my apprenticeship."\n\nHis trainer is Jimmy Kersh, who has trained four British champions.\n\n"He is the hardest worker I have ever had," says Kersh. "Some days I throw him out of the gym."\n\nThat big night could come in the spring, at the York Hall.\n\n"I would fight anyone there. My mum will be ringside, as always."';

  it("gives a first-person answer paragraph to the person the headline and lead name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I want the world title")).toBe("Ricky Corrigan");
    expect(speakerOf(qs, "I would fight anyone")).toBe("Ricky Corrigan");
    expect(speakerOf(qs, "He is the hardest worker")).toBe("Jimmy Kersh");
  });

  it("is what the switch does: off, the answers had no speaker", () => {
    const qs = directQuotes(body, switchOff("quotes.lead-interviewee"));
    expect(speakerOf(qs, "I would fight anyone")).toBeNull();
  });
});

describe("a term in a reduced relative set off by a comma", () => {
  it('is the passive\'s agent: "The fund, dubbed a “lifeboat” by Ann Hale, opens"', () => {
    const qs = directQuotes('Pensions\n\nThe rescue fund, dubbed a "lifeboat" by Ann Hale, opens today.');
    expect(speakerOf(qs, "lifeboat")).toBe("Ann Hale");
  });
});

describe('a quotation that calls the person the sentence before opens on "my dad"', () => {
  const text = "Lowe's father, Graham, remortgaged the home. His agent, Ian Pratt, agreed.";
  const at = (name: string): Speaker => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, id: null, name, kind: "person", gender: "male" };
  };

  it("is not that person's: the father is spoken of, not speaking", () => {
    expect(kinSpoken(text, at("Graham"), "My dad put everything on the line for me.")).toBe(true);
  });

  it("is no kin of anyone else: the agent may speak of his dad", () => {
    expect(kinSpoken(text, at("Ian Pratt"), "My dad taught me the trade.")).toBe(false);
    expect(kinSpoken(text, at("Graham"), "The boy has worked hard.")).toBe(false);
  });
});

describe("an interview with a father who shares the interviewee's surname", () => {
  // (an invented feature, written for session 43's interview tests)
  const body = readFileSync(
    new URL("../fixtures/articles/interview-shared-surname.txt", import.meta.url),
    "utf8",
  );

  it("gives the untagged answers to the driver the lead names, not to his father", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Yeah, Malaysia")).toBe("Jamie Stroud");
    expect(speakerOf(qs, "You do what you have to do")).toBe("Graham Stroud");
  });
});

describe('an "it" no rule resolves', () => {
  it('names no speaker, rather than an organisation called "it"', () => {
    const q = directQuotes(
      'Bid\n\nAshworth City issued a brief statement on Saturday evening. "The club can confirm an offer was made," it said.',
    ).find((x) => x.text.startsWith("The club can confirm"));
    expect(q?.speakerName ?? null).not.toBe("it");
  });
});
