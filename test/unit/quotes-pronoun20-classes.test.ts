// Pronoun-antecedent classes of session 20 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { genderOfName } from "../../src/analysis/actors/gender.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a person the quotation names with Mr/Mrs/Ms/Miss is not the he/she of its tag", () => {
  const body =
    'Singer wins order against photographers\n\nSinger Dana Vell has won an order against two photographers.\n\nJudge Lee Ashby granted the order at Leeds Crown Court on Friday. Vell had told the court she was afraid to leave her home. "Miss Vell says she can live with some of it, but it has gone too far," she said.';

  it("is the other person of that gender", () => {
    expect(speakerOf(directQuotes(body), "Miss Vell says")).toBe("Lee Ashby");
  });

  it("is the person named in the quotation with the switch off", () => {
    const off = switchOff("quotes.pronoun-not-courtesy-named-in-quote");
    expect(speakerOf(directQuotes(body, off), "Miss Vell says")).toBe("Dana Vell");
  });
});

describe("Lee, a given name of men and women, gives no gender", () => {
  const body =
    'Singer wins order against photographers\n\nSinger Dana Vell has won an order against two photographers.\n\nVell said she was relieved. Judge Lee Ashby, who granted the order at Leeds Crown Court, said she accepted the photographers had a job to do. "Miss Vell says she can live with some of it, but it has gone too far," she said.';

  it("is no man's name alone", () => {
    expect(genderOfName("Lee Ashby")).toBe("any");
    expect(genderOfName("Mr Lee Ashby")).toBe("male");
  });

  it("leaves a she free to take up a judge called Lee", () => {
    expect(speakerOf(directQuotes(body), "Miss Vell says")).toBe("Lee Ashby");
  });
});

describe('an opening "Eight years ago," or "Minutes later," is no speaker', () => {
  const body =
    'Mayor backs rival\n\nMayor Dan Okoro said he would not endorse anyone this year. Eight years ago, he backed Tom Bell over Ann Roe and said, "Ann Roe has never done anything for this city."';

  it("leaves the he after it to the person it stands for", () => {
    expect(speakerOf(directQuotes(body), "Ann Roe has never")).toBe("Dan Okoro");
  });

  it("is the time word with the step off", () => {
    const off = switchOff("quotes.front-ago-later");
    expect(speakerOf(directQuotes(body, off), "Ann Roe has never")).toBe("ago");
  });
});

describe('the he/she right after a fronted "As for X," is X', () => {
  const body =
    'Rivals split on convention\n\nAnn Roe cautioned "let\'s not get ahead of ourselves". Tom Bell warned against the "fevered dreams" of a contested convention. "That would be a disaster," the Texas senator said. As for Dan Okoro, he said he\'s not worried. "I think I\'m going to have the delegates, OK?" he said.';

  it("is the person As for names, for the quotation after it too", () => {
    expect(speakerOf(directQuotes(body), "I think I'm going")).toBe("Dan Okoro");
  });

  it("is the speaker before with the switch off", () => {
    const off = switchOff("quotes.pronoun-as-for");
    expect(speakerOf(directQuotes(body, off), "I think I'm going")).toBe("Tom Bell");
  });
});

describe("after a sentence opening on a subordinate clause, he/she is the main clause's subject", () => {
  const body =
    'Health plan row\n\nAnn Roe said the plan would end the programmes people know. When Rita Marsh pointed out that Tom Bell calls it "care for all," Roe seized upon the reference, repeating her line that Bell\'s plan would hurt families. "Care for all is not the same if you hand it to the states," she said.';

  it("is the name after the clause's comma", () => {
    expect(speakerOf(directQuotes(body), "Care for all is")).toBe("Ann Roe");
  });

  it("is the subordinate clause's subject with the switch off", () => {
    const off = switchOff("quotes.pronoun-main-after-subordinate");
    expect(speakerOf(directQuotes(body, off), "Care for all is")).toBe("Rita Marsh");
  });
});
