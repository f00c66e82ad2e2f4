// Speaker classes found on BBC study set 4 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with the rule switched off, where the speaker goes wrong.
import { describe, expect, it } from "vitest";
import { oneSlipApart } from "../../src/analysis/quotes/misspelt-name.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a role in apposition to a name before it", () => {
  const text = [
    'Campaigners want tighter rules on fishing. Maria Lenz, WPA president and conservative activist said: "The rules are too weak."',
    "",
    'In a statement, Dr Karl J. Voss, Zentrix senior vice president, Research and Development, said: "We lead the field."',
    "",
    'Colin Oduya is angry. Mr Oduya, MP for Kettleby-on-Wye, Lincolnshire, said: "We will fight on."',
  ].join("\n");

  it("gives the quotation to the name, not the role next to the verb", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "The rules")).toBe("Maria Lenz");
    expect(speakerOf(qs, "We lead")).toBe("Karl J. Voss");
    expect(speakerOf(qs, "We will fight")).toBe("Colin Oduya");
  });

  it("leaves the role as the speaker with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.name-before-role"));
    expect(speakerOf(qs, "The rules")).not.toBe("Maria Lenz");
    expect(speakerOf(qs, "We lead")).not.toBe("Karl J. Voss");
  });

  it("keeps a role that opens its own clause", () => {
    const qs = quotes('Maria Lenz spoke first, and the club president said: "We are pleased."');
    expect(speakerOf(qs, "We are pleased")).not.toBe("Maria Lenz");
  });
});

describe("an office the article never ties to a name", () => {
  const text = [
    'Harriet Colbeck says her budget will help savers. She told the Post it was a "balanced plan".',
    "",
    'He said the country could not borrow more. Speaking in Leeds, the chancellor said: "Savers will gain."',
    "",
    'Dan Moss said the Greens offered a clear choice. The party co-chairman said the others had "done nothing" on housing.',
  ].join("\n");

  it("takes up the subject of the sentence before, or the speaker carrying on", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "Savers will gain")).toBe("Harriet Colbeck");
    expect(speakerOf(qs, "done nothing")).toBe("Dan Moss");
  });

  it("stays a description with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.office-subject"));
    expect(speakerOf(qs, "Savers will gain")).toBe("the chancellor");
    expect(speakerOf(qs, "done nothing")).toBe("The party co-chairman");
  });

  it("leaves an agency's office, and one after another person in its sentence, alone", () => {
    const qs = quotes(
      [
        'Mark Tull said the inquiry was over. The FBI director said it had been "thorough".',
        "",
        'Jo Dane asked whether the governor would sign. The governor said: "Not yet."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "thorough")).not.toBe("Mark Tull");
    expect(speakerOf(qs, "Not yet")).not.toBe("Mark Tull");
  });
});

describe("a surname misspelt by one slip", () => {
  const text = [
    "Ruth Aldane, the firm's director, showed the new engine at the fair.",
    "",
    '"It is quieter than the old one," said Ms Adlane.',
    "",
    'Tom Brake, a buyer, was not convinced. "It costs too much," Brkae said.',
  ].join("\n");

  it("is the one person whose full surname it slips from", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "It is quieter")).toBe("Ruth Aldane");
    expect(speakerOf(qs, "It costs")).toBe("Tom Brake");
  });

  it("stands alone with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.misspelt-surname"));
    expect(speakerOf(qs, "It is quieter")).not.toBe("Ruth Aldane");
  });

  it("counts a swap, a change, an extra or a dropped letter as one slip, and no more", () => {
    expect(oneSlipApart("monteith", "montieth")).toBe(true);
    expect(oneSlipApart("wimes", "wines")).toBe(true);
    expect(oneSlipApart("sweeney", "sweeny")).toBe(true);
    expect(oneSlipApart("aldane", "alnade")).toBe(false);
    expect(oneSlipApart("brake", "brake")).toBe(false);
  });
});

describe("a quoted word in a clause after a verb of judging", () => {
  it("is the judging subject's, not the possessive owner's", () => {
    const qs = quotes(
      'Film critic Dan Lane expects a sweep. Mr Lane felt that Mike Reed\'s "masterpiece" deserved the top award. "I will be cheering," he added.',
    );
    expect(speakerOf(qs, "masterpiece")).toBe("Dan Lane");
    expect(speakerOf(qs, "I will be cheering")).toBe("Dan Lane");
  });
});

describe("an anonymous source given by 'one' or before a relative clause", () => {
  it("speaks its quotation, not the analyst quoted before", () => {
    const before =
      '"It is a result," said Tom Hale, an analyst at Brook Securities. "Profits will be fine." However, ';
    const after = ' "not what people had hoped for".';
    const plain = quotes(`${before}one trader said the results were${after}`);
    expect(speakerOf(plain, "not what people")).toBe("one trader");
    const relative = quotes(
      `${before}a trader, who asked not to be named, told Reuters the results were${after}`,
    );
    expect(speakerOf(relative, "not what people")).toBe("a trader");
  });
});

describe("people in a place", () => {
  it("are the speaker, not the place they are in", () => {
    const qs = quotes(
      [
        'The dollar fell again. Policy makers in Europe have called the slide "brutal".',
        "",
        'Officials in Brussels said the fall was "worrying".',
      ].join("\n"),
    );
    expect(speakerOf(qs, "brutal")).toBe("Policy makers in Europe");
    expect(speakerOf(qs, "worrying")).toBe("Officials in Brussels");
  });
});

describe("a role the article never ties to a name", () => {
  const text =
    'Rock star Dan Vale chased the burglars from his home. "I could have been hurt," Vale said. "I thank God no-one was hurt." He added he was glad the men were not hurt. "I would not want anyone injured." The singer did not want to talk in detail but when asked whether he would do it again replied: "Of course."';

  it("takes up the person who spoke last, as an office does", () => {
    expect(speakerOf(quotes(text), "Of course")).toBe("Dan Vale");
  });

  it("stays a description with the rule off", () => {
    expect(
      speakerOf(
        quotes(
          text,
          switchOff(
            "quotes.role-subject",
            "quotes.sole-person-description",
            "quotes.description-named-before",
          ),
        ),
        "Of course",
      ),
    ).toBe("The singer");
  });
});

describe("two roles joined by 'and'", () => {
  it("are one speaker's description, not a clause cut at 'and'", () => {
    const qs = quotes(
      'Senator Ann Vole spoke in Ohio on Monday. "We will win this state," the Ohio senator and presidential candidate said.',
    );
    expect(speakerOf(qs, "We will win")).toBe("the Ohio senator and presidential candidate");
  });
});

describe("a term after 'so-called'", () => {
  const text =
    'Ann Lo, health chief at Calder Mining, said the gap was wider in Peru and Chad, the so-called "next wave" countries.';

  it("has no speaker", () => {
    expect(speakerOf(quotes(text), "next wave")).toBeNull();
  });

  it("is given to the sentence's speaker with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.so-called-term")), "next wave")).toBe("Ann Lo");
  });
});

describe("an organisation with its abbreviation before a relative clause", () => {
  it("is the subject of the verb after the clause", () => {
    const qs = quotes(
      'The Calder Water Council (CWC), which monitors river quality, said the firm had offered the "cheapest fix" on the market.',
    );
    expect(speakerOf(qs, "cheapest fix")).toBe("Calder Water Council");
  });
});
