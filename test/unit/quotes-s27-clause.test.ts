// Session 27 (issue #13), speakers inside clause structure, on invented text: a participle of
// saying after "<subject> <past verb> <object>" is the subject's; a fronted participle clause ends
// at its comma and has no inverted subject; "his message to X was:" is the possessor's; a passive's
// agent ends before a who-clause. Each case also with its switch off, and a near miss unchanged.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a participle after a past verb's named object is the subject's", () => {
  const left =
    'Ann Roe has set up the Home Rule Party. Mr Bexley also left the Union Party saying Ms Roe would "lead far better" as its head.';
  const off = switchOff("quotes.participle-past-object");

  it("takes the subject, not the object", () => {
    expect(speakerOf(directQuotes(left), "lead far")).toMatch(/Bexley/);
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(left, off), "lead far")).toBe("Union Party");
  });

  it("but a verb of showing keeps its object as the one speaking", () => {
    const shown =
      'The film was shown on Monday. The footage showed Tom Ashby saying the deal was "a total disgrace" to the town.';
    expect(speakerOf(directQuotes(shown), "a total")).toBe("Tom Ashby");
  });
});

describe("a role and a name before an irregular past verb are the participle's subject", () => {
  const quit =
    'The trust is in trouble. The trust\'s former chief executive Janet Pilbeam quit last spring claiming she was "deeply frustrated" with its progress.';

  it("takes the name", () => {
    expect(speakerOf(directQuotes(quit), "deeply")).toBe("Janet Pilbeam");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(quit, switchOff("quotes.participle-role-name-past")), "deeply")).toBe(null);
  });
});

describe("a fronted participle clause has no subject after its verb", () => {
  const responding =
    "Owen Marchbank is the party's treasury spokesman. Responding to the Spending Review, Mr Marchbank also attacked Labour's \"lopsided\" and complicated charges.";
  const off = switchOff("quotes.fronted-participle-no-inversion", "quotes.fronted-participle-subject");

  it("takes the main clause's subject after the comma", () => {
    expect(speakerOf(directQuotes(responding), "lopsided")).toBe("Owen Marchbank");
  });

  it("not with the switches off", () => {
    expect(speakerOf(directQuotes(responding, off), "lopsided")).not.toBe("Owen Marchbank");
  });

  it("but a participle closed by no comma is left alone", () => {
    const said = 'Said Mr Marchbank: "The figures do not add up."';
    expect(speakerOf(directQuotes(said), "The figures")).toMatch(/Marchbank/);
  });
});

describe("his message to someone was: is the possessor's", () => {
  const message =
    'Mr Hale spoke on Monday. His remarks came after Sir Alan Treadwell said stability mattered most. His message to the chancellor was: "Please do not spend it on gimmicks." Sir Alan added: "I do not expect he will."';

  it("resolves the his", () => {
    expect(speakerOf(directQuotes(message), "Please")).toBe("Sir Alan Treadwell");
  });

  it("not with the switch off", () => {
    // (another speaker reports last: off, the quotation goes on with that speaker's account)
    const other =
      'Mr Hale spoke on Monday. His remarks came after Sir Alan Treadwell said stability mattered most. Ann Lowe said growth mattered more. His message to the chancellor was: "Please do not spend it on gimmicks."';
    expect(speakerOf(directQuotes(other), "Please")).toBe("Sir Alan Treadwell");
    expect(speakerOf(directQuotes(other, switchOff("quotes.possessive-message-colon")), "Please")).toBe(
      "Ann Lowe",
    );
  });

  it("but not a possessive that opens no sentence", () => {
    const read =
      'Sir Alan Treadwell spoke first. The text of his message to the chancellor was: "Please do not spend it."';
    expect(speakerOf(directQuotes(read), "Please")).not.toBe("Sir Alan Treadwell");
  });
});

describe("a passive's agent ends before a who-clause", () => {
  const agent =
    'The billboards went up on Monday. They were called a "serious blunder" by the Greens who said Labour\'s "opening move has gone badly wrong".';

  it("takes the agent", () => {
    expect(speakerOf(directQuotes(agent), "serious")).toBe("Greens");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(agent, switchOff("quotes.agent-before-relative")), "serious")).not.toBe(
      "Greens",
    );
  });
});
