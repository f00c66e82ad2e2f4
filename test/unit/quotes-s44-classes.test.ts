// Session 44: definite descriptions that take up someone the article described before ("the
// farmer" after "X, a dairy farmer", "the judge" after "Mr Justice X", "the spokeswoman" after an
// anonymous one far back), and interview features whose subject the lead brings in late.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a definite description whose head an apposition gave a name", () => {
  const body =
    'Show called off\n\nA village show has been called off after a wet summer.\n\nOrganiser Bill Carver said the field was flooded. Ellen Marsh, a sheep farmer who has shown her flock there since 1990, said: "It breaks my heart."\n\nThe show began in 1921.\n\nMr Carver said the date would not move.\n\n"We will be back next year, bigger than ever," the farmer said.';

  it('is that name: "X, a sheep farmer … the farmer said"', () => {
    expect(speakerOf(directQuotes(body), "We will be back")).toBe("Ellen Marsh");
  });

  it("is what the rule does: off, the farmer stayed a description", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.apposed-head")), "We will be back")).not.toBe(
      "Ellen Marsh",
    );
  });

  it("reads an apposition written before the name", () => {
    const qs = directQuotes(
      'Mine closes\n\nA retired miner, Owen Price, led the march. The union said jobs would go.\n\nManager Tom Hale said costs had risen.\n\n"They have taken our town," the miner said.',
    );
    expect(speakerOf(qs, "They have taken")).toBe("Owen Price");
  });

  it("gives no one when two people were given that head", () => {
    const qs = directQuotes(
      'Farm row\n\nJo Hill, a dairy farmer, and Sam Reed, an arable farmer, spoke at the meeting.\n\nThe council said the rules were fair.\n\n"Nobody asked us," the farmer said.',
    );
    expect(["Jo Hill", "Sam Reed"]).not.toContain(speakerOf(qs, "Nobody asked"));
  });
});

describe("a titled judge, coroner or police officer", () => {
  it('is "the judge" after "Mr Justice X", with other people named between', () => {
    const qs = directQuotes(
      'Paper loses libel case\n\nA newspaper has lost a libel case.\n\nAt the High Court, Mr Justice Haldane said the story was "entirely without foundation".\n\nThe footballer, Gary Tovey, said he was delighted. His lawyer, Anne Ross, said costs would follow.\n\n"The defendant published serious claims without checking them," the judge said.',
    );
    expect(speakerOf(qs, "The defendant published")).toBe("Haldane");
  });

  it('is "the inspector" after "Det Insp X"', () => {
    const qs = directQuotes(
      'Appeal after raid\n\nPolice have appealed for witnesses after a raid on a post office.\n\nDet Insp Jane Hollis said the gang had fled in a blue van. Postmaster Tom Dyer was treated for shock.\n\nHis wife, Mary Dyer, said he was recovering.\n\n"Someone knows who these men are," the inspector said.',
    );
    expect(speakerOf(qs, "Someone knows")).toBe("Jane Hollis");
  });
});

describe("an anonymous spokesperson taken up again further on", () => {
  const body =
    'Soap star quits\n\nThe actress is leaving the soap after 12 years.\n\nAn ITV spokeswoman said the door would be "left open".\n\nProducer Kieran Boyd said she was the heart of the show. "She will be missed," he said.\n\nHer co-star Tony Maddox said he was gutted.\n\n"I found out on Tuesday," Maddox said.\n\n"All we will say is that viewers will not want to miss it," the spokeswoman added.';

  it("is the one spokeswoman the article brought in", () => {
    expect(speakerOf(directQuotes(body), "All we will say")).toBe("An ITV spokeswoman");
  });

  it("is not when the article brought in two", () => {
    const two = body.replace("Her co-star", "A BBC spokeswoman said talks had stalled. Her co-star");
    expect(speakerOf(directQuotes(two), "All we will say")).not.toBe("An ITV spokeswoman");
  });
});

describe("an interview feature whose lead names its subject in a coordinated clause", () => {
  const body =
    'The Larks return\n\nIt is noon and the band are eating breakfast in Leeds. Their album has entered the chart at number three, and singer Amy Doyle is in a good mood.\n\n"We did not expect any of this. The first record did all right.\n\n"But people seem to have got it."\n\nThe band formed at school in 1999: Doyle, bassist Ken Watt and drummer Lou Park.\n\n"We argue like a family," says Park. "Then we make up."\n\n"That is a lie," says Doyle. "Ken washed up once."\n\nThe album was made in a chapel with producer Rick Dean.\n\n"Rick made us record the drums in a bathroom. We did 40 takes of every song."';

  it("gives the statement after the lead to the person opening its last clause", () => {
    expect(speakerOf(directQuotes(body), "We did not expect")).toBe("Amy Doyle");
  });

  it("is what the switch does: off, that statement had no speaker", () => {
    const qs = directQuotes(body, switchOff("quotes.coordinate-subject"));
    expect(speakerOf(qs, "We did not expect")).toBeNull();
  });

  it("gives a later bare answer to the voice the lead paragraph names, who says most", () => {
    expect(speakerOf(directQuotes(body), "Rick made us record")).toBe("Amy Doyle");
    const off = directQuotes(body, switchOff("quotes.main-voice"));
    expect(speakerOf(off, "Rick made us record")).not.toBe("Amy Doyle");
  });
});

describe("an age description after a sentence that names an author's work", () => {
  const body =
    'Actor swaps roles\n\nFor four years Mark Dunn was best known as a detective in a police drama.\n\nThis autumn viewers will see a different side of him, in a new adaptation of Charles Dickens\'s "Bleak House".\n\n"My agent rang and asked how I felt about sideburns," the 38-year-old laughs.';

  it("is the person a he/him there stands for, not the possessor", () => {
    expect(speakerOf(directQuotes(body), "My agent rang")).toBe("Mark Dunn");
  });
});

describe("a person brought in by an inverted sentence", () => {
  const body =
    'Stars brave the rain\n\nProducer Carol Hampson said the film cost £8m. "Every penny is on the screen," she said.\n\nAmong the fans at the barriers was 17-year-old Lucy Barnes from Romford, who had waited since noon with a poster of the lead actor.\n\n"He signed it and said thanks for waiting, so it was worth it," she said.';

  it("is the she of the next tag", () => {
    expect(speakerOf(directQuotes(body), "He signed it")).toBe("Lucy Barnes");
  });

  it("is what the step does: off, the she went back to the producer", () => {
    const off = directQuotes(body, switchOff("quotes.inverted-subject"));
    expect(speakerOf(off, "He signed it")).toBe("Carol Hampson");
  });
});

describe("a relation named by one given name", () => {
  it('is a person a she can take up: "Her friend Shona, standing beside her, was less sure"', () => {
    const qs = directQuotes(
      'Stars brave the rain\n\nProducer Carol Hampson said the film cost £8m. "Every penny is on the screen," she said.\n\nHer friend Shona, standing beside her in a dripping anorak, was less sure.\n\n"I cannot feel my toes," she said.',
    );
    expect(speakerOf(qs, "I cannot feel")).toBe("Shona");
  });

  it("is no person when the word after the relation is an adjective", () => {
    const qs = directQuotes(
      'Rally\n\nBill Clinton spoke in Ohio, campaigning for his wife Democratic presidential front-runner Hillary Clinton. The Democratic candidate said little. "We will win Ohio," she said.',
    );
    expect(speakerOf(qs, "We will win")).toBe("Hillary Clinton");
  });
});

describe("a he/she opening a coordinated clause", () => {
  it("goes on with its sentence's subject, over a person of known gender named after it", () => {
    const qs = directQuotes(
      'Runner eyes indoor season\n\nJo Pavey will miss the cross-country race.\n\nThe 31-year-old was third behind Hayley Yelling and Justyna Bak last week but she prefers to race on the track. "It was great winning bronze," she said.',
    );
    expect(speakerOf(qs, "It was great")).toBe("Jo Pavey");
  });
});

describe("a document written as its/their report", () => {
  const body =
    'Hospital cleaning criticised\n\nInspectors from the Care Standards Board made unannounced visits to wards run by the Hillside Trust in May.\n\nTheir report, published on Wednesday, said the trust had "failed to give cleaning the priority it demands".\n\nThe trust said it was sorry.\n\n"Staff moved from bed to bed without washing their hands," the report said.';

  it("speaks for the organisation the sentence before opens on, and so does the report later", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "failed to give cleaning")).toBe("Care Standards Board");
    expect(speakerOf(qs, "Staff moved from bed")).toBe("Care Standards Board");
  });

  it("is what the switch does: off, the report named no author", () => {
    const qs = directQuotes(body, switchOff("quotes.possessive-document"));
    expect(speakerOf(qs, "failed to give cleaning")).not.toBe("Care Standards Board");
  });
});

describe("a firm's first word as its short name", () => {
  it('"A report by Kestra" after "Kestra Telecoms and Media" is that firm\'s', () => {
    const qs = directQuotes(
      'Ringtones boom\n\nThe market is growing. "Ringtones are the first thing people paid for," says Ray Nolan, an analyst at Kestra Telecoms and Media.\n\nA report by Kestra estimates that Britons spent £200m on ringtones last year.\n\n"Personalisation has emerged as the most successful category," the report says.',
    );
    expect(speakerOf(qs, "Personalisation has emerged")).toBe("Kestra Telecoms and Media");
  });
});

describe("a role's apposition with its own description and a title", () => {
  it('names the person: "The chairman of the X campaign, retired GP Dr Ann Roe, told the rally"', () => {
    const qs = directQuotes(
      'Hospital march\n\nThousands marched on Saturday.\n\nThe chairman of the Save Hilltown A&E campaign, retired GP Dr Ann Roe, told the rally: "Lincoln is 25 miles away."',
    );
    expect(speakerOf(qs, "Lincoln is 25")).toBe("Ann Roe");
  });
});

describe("an anonymous person given by a plain noun", () => {
  it('keeps the she after it: "One nurse at the hospital … said … “…,” she said"', () => {
    const qs = directQuotes(
      'Hospital march\n\nThousands marched on Saturday. Campaigner Tom Hale led them.\n\nOne nurse at the hospital, who asked not to be named, said morale was "at an all-time low".\n\n"People are already leaving," she said.',
    );
    expect(speakerOf(qs, "People are already")).toBe("One nurse at the hospital");
  });
});

describe("a block of the writer's questions and bare answers", () => {
  const body =
    'Warning over bogus builders\n\nCouncil officers have urged elderly people to be on their guard.\n\nKaren Dell said her mother had paid £4,800 in cash. "She is too ashamed to talk about it," she said.\n\nTrading standards manager Peter Osman answered some common questions about doorstep crime.\n\nWhat should people look out for?\n\n"Anyone who turns up unannounced and tells you that you need urgent work done."\n\nWhat if someone has already paid?\n\n"Do not be embarrassed. Call us or the police straight away."';

  it("gives every answer to the person introduced as answering", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Anyone who turns up")).toBe("Peter Osman");
    expect(speakerOf(qs, "Do not be embarrassed")).toBe("Peter Osman");
  });

  it("is what the step does: off, the answers had no speaker", () => {
    const qs = directQuotes(body, switchOff("quotes.question-paragraph-answer"));
    expect(speakerOf(qs, "Do not be embarrassed")).not.toBe("Peter Osman");
  });
});

describe("a player's position or ranking as a description", () => {
  it('"the centre-half", "the England international" and "the world number four" take up the subject before', () => {
    const qs = directQuotes(
      'Stoke sack manager\n\nStoke have sacked their manager.\n\nStoke captain Danny Whitmore admitted the players had to share the blame.\n\n"The players have to look in the mirror," the centre-half told the Sentinel.\n\nNumber eight Tom Saxby was held up over the line late on.\n\nSaxby, who was denied a try, was adamant he had grounded the ball.\n\n"I felt it touch the line," said the England international.\n\nTop seed Martin Echevarne was asked about his next opponent.\n\n"I have seen him play one time," said the world number four.',
    );
    expect(speakerOf(qs, "The players have to look")).toBe("Danny Whitmore");
    expect(speakerOf(qs, "I felt it touch")).toBe("Tom Saxby");
    expect(speakerOf(qs, "I have seen him")).toBe("Martin Echevarne");
  });
});

describe("a name run that opens on a demonym noun or a former role's modifier", () => {
  it('drops the demonym: "Spaniard Raul Montesinos" is Raul Montesinos', () => {
    const qs = directQuotes(
      'Open\n\nSpaniard Raul Montesinos beat Alex Brennan in four sets. "He is a very dangerous player," said Montesinos.',
    );
    expect(speakerOf(qs, "He is a very")).toBe("Raul Montesinos");
  });

  it('keeps no "Former Stoke" person: the captain\'s description stays his', () => {
    const qs = directQuotes(
      'Stoke sack manager\n\nFormer Stoke striker Kevin Shelton is the favourite. Stoke captain Danny Whitmore admitted the players had to share the blame.\n\n"The players have to look in the mirror," the centre-half said.',
    );
    expect(speakerOf(qs, "The players have to look")).toBe("Danny Whitmore");
  });
});

describe("a term in a clause of allowing, owning or taking on", () => {
  it('is nobody\'s: "The council allows “reasonable force”", "He assumed the “pen name”"', () => {
    const qs = directQuotes(
      'Law row\n\nThe council allows "reasonable force" in self-defence. Stan Leiber assumed the "pen name" he is known by.',
    );
    expect(speakerOf(qs, "reasonable force")).toBeNull();
    expect(speakerOf(qs, "pen name")).toBeNull();
  });

  it("still gives a judging verb's term to its subject: \"Ms Wood slated the show's “horrible” humour\"", () => {
    const qs = directQuotes('Comedy row\n\nComedian Vicky Wood slated the show\'s "horrible" humour.');
    expect(speakerOf(qs, "horrible")).toBe("Vicky Wood");
  });
});

describe("a sentence that hands the words before it to their speaker", () => {
  const body =
    'Rebels fail to halt bill\n\nThe bill cleared its first hurdle despite a rebellion.\n\n"I have no objection in principle to proving who I am. What I object to is paying for the privilege.\n\n"This is a bill in search of a purpose."\n\nThose words came from Neil Hallam, the Labour MP who organised the rebellion.';

  it("gives the bare quotation paragraphs before it to the person it names", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I have no objection")).toBe("Neil Hallam");
    expect(speakerOf(qs, "This is a bill")).toBe("Neil Hallam");
  });

  it("is what the step does: off, they had no speaker", () => {
    const qs = directQuotes(body, switchOff("quotes.words-came-from"));
    expect(speakerOf(qs, "This is a bill")).not.toBe("Neil Hallam");
  });
});

describe("a report by a committee named in lower-case words", () => {
  it("speaks for that committee, over the house alone", () => {
    const qs = directQuotes(
      'Agency condemned\n\nThe agency is failing, according to a report by the Commons work and pensions committee.\n\nThe report described the system as "deeply flawed from the day it was switched on".\n\nThe report concluded: "The agency is in crisis."',
    );
    expect(speakerOf(qs, "deeply flawed")).toBe("Commons work and pensions committee");
    expect(speakerOf(qs, "The agency is in crisis")).toBe("Commons work and pensions committee");
  });
});

describe("an office the article never names, whose holder spoke", () => {
  const body =
    'Summit collapses\n\nEU talks broke up on Saturday.\n\nThe prime minister told a news conference that Britain would not sign up to the deal.\n\n"I am not going to apologise for standing up for this country," he said.';

  it("keeps the he after it", () => {
    expect(speakerOf(directQuotes(body), "I am not going")).toBe("The prime minister");
  });

  it("is what the switch does: off, the he found no one", () => {
    const qs = directQuotes(body, switchOff("quotes.definite-source"));
    expect(speakerOf(qs, "I am not going")).not.toBe("The prime minister");
  });
});

describe("a statement with no author of its own", () => {
  const body =
    'Boxing row\n\nThe British Boxing Board of Control said it would be keeping a close eye on both camps.\n\n"We expect both boxers to behave in a professional manner," read a statement.';

  it("speaks for the organisation the sentence before opens on", () => {
    expect(speakerOf(directQuotes(body), "We expect both")).toBe("British Boxing Board of Control");
  });

  it("is what the rule does: off, the statement was left unnamed", () => {
    const qs = directQuotes(body, switchOff("quotes.statement-of-subject"));
    expect(speakerOf(qs, "We expect both")).not.toBe("British Boxing Board of Control");
  });
});

describe("an office never named, after a spokesperson named in apposition", () => {
  const body =
    'Hospital outbreak\n\nThree patients have died in an outbreak at a hospital.\n\nThe Patients Association said the outbreak showed a "culture of complacency" persisted.\n\nIts spokeswoman, Rachel Greer, said: "Cleaning is not a luxury."\n\nThe health secretary said she had asked for a full report. "One avoidable death is one too many," the health secretary said.';

  it("is not the spokesperson", () => {
    expect(speakerOf(directQuotes(body), "One avoidable death")).not.toBe("Rachel Greer");
  });
});

describe("an anonymous source who gave one name", () => {
  it('is that name, and the he/she after it too: "One villager, who gave his name only as Ahmet, said"', () => {
    const qs = directQuotes(
      'Bird flu cull\n\nVets culled thousands of birds. Farm owner Mehmet Aydin said he had been told nothing.\n\nOne villager, who gave his name only as Ahmet, said officials had taken his chickens.\n\n"They came at night with masks and took everything," he said.',
    );
    expect(speakerOf(qs, "They came at night")).toBe("Ahmet");
  });
});

describe("a name in apposition to a possessed role, before a participle of saying", () => {
  const body =
    'TV row\n\nViewers complained.\n\nChannel 4\'s head of factual entertainment, Simon Kerr, defended the programme, saying producers had stepped in as soon as it "crossed a line".';

  it("is the speaker, not the possessor", () => {
    expect(speakerOf(directQuotes(body), "crossed a line")).toBe("Simon Kerr");
  });

  it("is what the switch does: off, the possessor's words took it", () => {
    const qs = directQuotes(body, switchOff("quotes.possessed-role-name"));
    expect(speakerOf(qs, "crossed a line")).not.toBe("Simon Kerr");
  });
});
