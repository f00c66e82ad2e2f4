// Speaker classes found on BBC study set 33 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

/** An article with a headline line (the lead is its first body sentence), its direct quotations. */
const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

describe("a title of a body run into its holder's name, a post-nominal and a comma", () => {
  const body =
    'Ferry plan attacked\n\nA ferry plan has been criticised by a panel of councillors.\n\nThe plan was late and costly, harbour reporter Dan Cole said. Chairman of the Harbour Review Committee Helen Quill MSP, said: "The timetable does not work for islanders."';

  it("is the holder", () => {
    expect(speakerOf(directQuotes(body), "The timetable")).toBe("Helen Quill");
  });

  it("is not the holder with the actor rules off", () => {
    // (body-then-name, session 31, splits "Committee Helen Quill" on its own)
    const off = switchOff("actors.title-of-body-name", "actors.body-then-name");
    expect(speakerOf(directQuotes(body, off), "The timetable")).not.toBe("Helen Quill");
  });

  it("is not the holder with the comma rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.post-nominal-comma")), "The timetable")).not.toBe(
      "Helen Quill",
    );
  });

  it("is not the holder with the body-then-person switch off", () => {
    const body2 = body.replace("MSP, said", "MSP said");
    expect(speakerOf(directQuotes(body2), "The timetable")).toBe("Helen Quill");
    expect(speakerOf(directQuotes(body2, switchOff("quotes.body-then-person")), "The timetable")).not.toBe(
      "Helen Quill",
    );
  });
});

describe("a capitalised name before a comma and a which-clause speaks", () => {
  const body =
    'Fishing deal signed\n\nA new fishing deal has been signed after long talks.\n\nThe deal was welcomed at once by Orkland, which described the old quotas as a "dead weight".';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "dead weight")).toBe("Orkland");
  });

  it("is not the name with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.which-clause-name")), "dead weight")).not.toBe(
      "Orkland",
    );
  });
});

describe("a capital as the speaker stands for its country's government", () => {
  const body =
    'Trade talks stall\n\nTrade talks between the two blocs stalled on Monday.\n\nThe tariff plan was attacked by Moscow, which called it "a step backwards". Officials in the bloc said talks would resume.';

  it("is the government", () => {
    expect(speakerOf(directQuotes(body), "a step backwards")).toBe("Russian government");
  });

  it("is the city with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.capital-government")), "a step backwards")).toBe(
      "Moscow",
    );
  });
});

describe("an inverted tag's firm named with 'and' owns the person after its possessive", () => {
  const body =
    'Port sales rise\n\nSales at the port rose by a fifth last year.\n\n"Trade is finally picking up," said harbour master Ivo Brandt. "Exporters will welcome the news," added Marlow and Finch\'s chief economist Rosa Vidal.';

  it("is the person", () => {
    expect(speakerOf(directQuotes(body), "Exporters will")).toBe("Rosa Vidal");
  });

  it("is the firm's first name with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.inverted-and-firm-person")), "Exporters will"),
    ).not.toBe("Rosa Vidal");
  });
});

describe("a person after 'of' in an indefinite lead subject is its point of reference", () => {
  const body = [
    'A close associate of former Lumen boss Victor Hale has told a court that the charges against him are "invented".',
    "",
    'Oscar Brandt has been on trial alongside Mr Hale since May. Mr Brandt said there were "obvious gaps" in the case.',
  ].join("\n");

  it("is the person the next sentence names", () => {
    expect(speakerOf(headlined("Hale aide denies charges", body), "invented")).toBe("Oscar Brandt");
  });

  it("is not that person with the switch off", () => {
    const off = switchOff("quotes.lead-reference-person");
    expect(speakerOf(headlined("Hale aide denies charges", body, off), "invented")).not.toBe("Oscar Brandt");
  });
});

describe("a lead's body description is the organisation the next sentence opens on", () => {
  const body = [
    "Rail firms are failing to inspect old bridges often enough, the UK's rail safety watchdog has said.",
    "",
    'The Office of Track Safety said most firms kept poor records. The report said: "Every bridge must be checked twice a year."',
  ].join("\n");

  it("is the organisation", () => {
    expect(speakerOf(headlined("Track checks urged", body), "Every bridge")).toBe("Office of Track Safety");
  });

  it("is the description with the rule off", () => {
    const off = switchOff("quotes.lead-body-named-next");
    expect(speakerOf(headlined("Track checks urged", body, off), "Every bridge")).toBe(
      "UK's rail safety watchdog",
    );
  });
});

describe('"states" after a polity modifier is a noun, not a verb of saying', () => {
  const body =
    'Fishing checks praised\n\nA fisheries spokesman, Tom Hale, said the agency agreed. "Checks could be better," Mr Hale said. He added that there was good co-operation with member states on landings, with the figures gathered by the agency giving a "useful picture of catches".';

  it("is the speaker going on", () => {
    expect(speakerOf(directQuotes(body), "useful picture")).toBe("Tom Hale");
  });

  it('is "member" with the switch off', () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.polity-states-noun")), "useful picture")).toBe(
      "member",
    );
  });
});

describe('an opening "For" and a name give the view the colon introduces', () => {
  const body =
    'Phones change news\n\nPapers now print readers\' phone pictures within minutes.\n\nFor Kell Amber, this is a welcome change: "Anyone can report what they see on their street."';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "Anyone can report")).toBe("Kell Amber");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.for-name-colon")), "Anyone can report")).toBeNull();
  });
});

describe("a word quoted for its meaning is mentioned, and the closing tag reports the whole sentence", () => {
  const body =
    'Towns plan attacked\n\nA panel of councillors has attacked the towns plan.\n\n"Garden towns" were being planned without any thought about what "garden" means, the review panel said. It said more trees were needed.';

  it("leaves the mentioned word to no one and gives the tag to the first quotation", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "garden")).toBeNull();
    expect(speakerOf(qs, "Garden towns")).toBe("the review panel");
  });

  it("gives the mentioned word the tag with the mentioned-word switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.mentioned-word")), "garden")).toBe(
      "the review panel",
    );
  });

  it("leaves the first quotation to no one with the shared-tag switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.shared-closing-tag")), "Garden towns")).toBeNull();
  });
});

describe("a description by a former role takes up the person the sentence before opens on", () => {
  const text = [
    "Hale says Rudd should stay",
    "",
    "Rovers legend Tom Hale has pleaded with Sam Rudd to turn down any move to City.",
    "",
    'The ex-Rovers assistant boss also warned that medals won at City would feel hollow. He told Radio Calder: "Rovers would listen to any bid but it is up to Sam in the end."',
  ].join("\n");
  const warned = (switches: StepSwitches = ALL_STEPS) => {
    const r = buildArticle("news/001.txt", text);
    if (!r.ok) throw new Error(r.reason);
    const qs = extractQuotes(r.article, buildActorModel([r.article], switches), switches);
    return qs.find((q) => q.text.startsWith("medals won"))?.speakerName;
  };

  it("is the person", () => {
    expect(warned()).toBe("Tom Hale");
  });

  it("is the description with the switch off", () => {
    expect(warned(switchOff("quotes.former-role-description", "quotes.description-named-before"))).toBe(
      "The ex-Rovers assistant boss",
    );
  });
});
