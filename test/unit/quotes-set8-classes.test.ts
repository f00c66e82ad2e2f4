// Speaker classes found on BBC study set 8 (issue #13), on invented text: each rule's own
// sentences, and where the rule has a switch, the same sentences with it off.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a lowercase office 'to' a body in apposition before a name", () => {
  const body = (opening: string) =>
    `Exports fell in May.\n\n${opening}, Alan Dorne, said: "This is a poor result."`;

  it.each([
    "Shadow trade secretary to the Treasury",
    "In reply, the chief adviser to the Treasury",
    "Responding to the figures, senior adviser to the Chancellor",
  ])("gives the name, not the office: %s", (opening) => {
    expect(speakerOf(quotes(body(opening)), "This is a poor")).toBe("Alan Dorne");
  });

  it("is the office with the switch off", () => {
    const qs = quotes(body("Shadow trade secretary to the Treasury"), switchOff("quotes.role-to-body"));
    expect(speakerOf(qs, "This is a poor")).toBe("Shadow trade secretary to the Treasury");
  });
});

describe('"point out" as a verb of saying', () => {
  it("reads an inverted tag: points out <description> <Name>", () => {
    const qs = quotes(
      'Rents rose in May.\n\n"These people want to work," points out former banker and city pundit Tom Hale. "It is hard."',
    );
    expect(speakerOf(qs, "These people")).toBe("Tom Hale");
    expect(speakerOf(qs, "It is hard")).toBe("Tom Hale");
  });

  it("reads a closing aside, then the quotation standing after it", () => {
    const qs = quotes(
      'Rents rose in May.\n\nThe firm has dozens of staff working across the region, Mr Hale pointed out. "These people want to work."',
    );
    expect(speakerOf(qs, "These people")).toBe("Hale");
  });

  it("leaves a noun 'points' alone", () => {
    const qs = quotes('Rivals dropped points out of town. "We were poor," said Tom Hale.');
    expect(speakerOf(qs, "We were poor")).toBe("Tom Hale");
  });
});

describe("a sentence opener before 'Name from Body said'", () => {
  const body = 'Rents rose in May.\n\nBut Tom Hale from City Rents said: "Rents have been high for years."';

  it("leaves the person, not the body after the preposition", () => {
    expect(speakerOf(quotes(body), "Rents have been")).toBe("Tom Hale");
  });

  it("is the body with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.opener-before-name")), "Rents have been")).toBe(
      "City Rents",
    );
  });
});

describe("research, securities and consultancy firms are organisations", () => {
  it.each(["Harbour Lending Research", "Dunmore Securities", "Kestrel Economics"])(
    "so 'he' after a person of %s is the person",
    (firm) => {
      const qs = quotes(
        `Prices may rise, said Tom Hale, managing director of ${firm}.\n\nBut Mr Hale from ${firm} said the risk was low.\n\n"Costs are up," he said.`,
      );
      expect(speakerOf(qs, "Costs are up")).toBe("Tom Hale");
    },
  );
});

describe("'according to' a possessive and a thing", () => {
  const body =
    'Rents rose in May.\n\nTenants are sorted into groups according to their payment record, ranging from "prompt" to "late".';

  it("gives the terms no speaker", () => {
    expect(speakerOf(quotes(body), "prompt")).toBeNull();
  });

  it("keeps a person after the possessive", () => {
    expect(
      speakerOf(
        quotes('Rents rose in May.\n\nThe plan is "a disaster", according to his spokesman.'),
        "a disaster",
      ),
    ).toBe("his spokesman");
  });

  it("is the thing with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.according-to-thing")), "prompt")).toBe(
      "their payment record",
    );
  });
});

describe("a paper quoting a person as saying, before the quotation", () => {
  const body =
    'Fares rose in May.\n\nThe Courier quoted a spokesman for Harbour Air as saying the plan was "reckless".';

  it("gives the one quoted, with the body they speak for", () => {
    expect(speakerOf(quotes(body), "reckless")).toBe("a spokesman for Harbour Air");
  });

  it("leaves a passive to its subject", () => {
    const qs = quotes(
      'Fares rose in May.\n\nTom Reddy was quoted by the Courier as saying the plan was "reckless".',
    );
    expect(speakerOf(qs, "reckless")).toBe("Tom Reddy");
  });

  it("is the paper with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.quoted-person-saying")), "reckless")).toBe("Courier");
  });
});

describe("a capitalised role noun in two coordinated roles before a name", () => {
  it.each(["former Olympian and city pundit", "veteran Parisian and club historian"])(
    "gives the name after both roles: says %s Tom Hale",
    (roles) => {
      const qs = quotes(`Rents rose in May.\n\n"These people want to work," says ${roles} Tom Hale.`);
      expect(speakerOf(qs, "These people")).toBe("Tom Hale");
    },
  );
});
