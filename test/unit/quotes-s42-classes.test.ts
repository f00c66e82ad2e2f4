// Session 42: an office written in capitals that the article never ties to a name, on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body =
  'Row over rail\n\nShadow home secretary Ann Lowe said: "We have fought a fair campaign." In a speech Mr Varley said of the Tory leader: "He is clever, but he is not wise." The Home Secretary told the BBC: "I was making an observation about policy."\n\nFerry plan\n\nTory leader Ann Lowe said: "We have fought a fair campaign." The Prime Minister replied: "That is nonsense."';

describe("an office written in capitals", () => {
  it("is the one the sentence before names, as the lowercase office is", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I was making an observation")).toBe("Varley");
    // the speaker keeps the words the article wrote
    expect(qs.find((q) => q.text.includes("I was making"))?.speakerText).toBe("The Home Secretary");
  });

  it("is not someone the article gave another office", () => {
    expect(speakerOf(directQuotes(body), "That is nonsense")).not.toBe("Ann Lowe");
  });

  it("is what the switch does: off, it stayed the unlinked words", () => {
    const qs = directQuotes(body, switchOff("quotes.capitalised-office-subject"));
    expect(speakerOf(qs, "I was making an observation")).toBe("The Home Secretary");
  });
});

describe("a name written with 's before its verb", () => {
  const shops =
    "Shops\n\nSupermarket Dunmore's has reported weak sales. Dunmore's said: \"We are pleased with our progress.\" He's said to be furious, one trader said of the chief. \"It was a hard winter,\" Dunmore's told reporters.";

  it("speaks: \"Dunmore's said\" is the firm's verb, not a possessive's noun", () => {
    const qs = directQuotes(shops);
    expect(speakerOf(qs, "We are pleased")).toMatch(/Dunmore/);
    expect(speakerOf(qs, "It was a hard winter")).toMatch(/Dunmore/);
  });

  it("keeps a possessive's noun a noun: \"Mr Roe's claims\" are no cue", () => {
    const qs = directQuotes('Row\n\nMr Roe\'s claims were "utterly false", Ann Lowe said.');
    expect(speakerOf(qs, "utterly false")).toBe("Ann Lowe");
  });
});

describe("members of a parliament as a group closing a sentence", () => {
  const body =
    'Hunt law\n\nThe new law is "so poorly drafted" that nobody can define the offence, pro-hunt MPs say. The claim came after a farmer kept his dogs. Tory MP Peter Luff said: "It is a mess."';

  it("are the sentence's source, kept as written", () => {
    const q = directQuotes(body).find((x) => x.text.includes("so poorly drafted"));
    expect(q?.speakerName).toBe("pro-hunt MPs");
  });

  it("is what the switch does: off, the quotation had no source", () => {
    const qs = directQuotes(body, switchOff("quotes.described-tag-members"));
    expect(speakerOf(qs, "so poorly drafted")).toBeNull();
  });
});

describe("a quotation closing a paragraph between two reports of one speaker", () => {
  const report = (middle: string) =>
    `Troops\n\nParty leader Ann Marr spoke in Leeds on Monday. Ms Marr said the war had become a "trap for everyone". ${middle}\n\n"There are some who think the troops feed the unrest," she said.`;
  const body = report('Any exit plan must "augment and support" the new government.');

  it("is the speaker's, who reported before it and speaks in the next paragraph", () => {
    expect(speakerOf(directQuotes(body), "augment and support")).toBe("Ann Marr");
  });

  it("leaves a thing's own name no one's words", () => {
    const qs = directQuotes(report('Under Mr Hale\'s "steady hand" rule, the troops stay.'));
    expect(speakerOf(qs, "steady hand")).toBeNull();
  });

  it("is what the switch does: off, the quotation had no speaker", () => {
    const qs = directQuotes(body, switchOff("quotes.between-reports-next-paragraph"));
    expect(speakerOf(qs, "augment and support")).toBeNull();
  });
});

describe('a label verb\'s agent before "as" and the quotation', () => {
  const body =
    'Jobs\n\nMr Hale also announced plans to merge 35 agencies into nine - described by the rail union as a "bonfire of red tape". The storm was described by the remark as "brutal".';

  it("speaks the quotation, not the subject of the verb before", () => {
    expect(speakerOf(directQuotes(body), "bonfire of red tape")).toMatch(/union/);
  });

  it("is what the switch does: off, the verb before took it", () => {
    const qs = directQuotes(body, switchOff("quotes.agent-before-as"));
    expect(speakerOf(qs, "bonfire of red tape")).toBe("Hale");
  });
});
