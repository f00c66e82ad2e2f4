// Context class of session 27 (issue #13), on invented text: a statement that only the context
// attributes to a body (the subject of a reported "said" sentence) or to a name that never speaks
// (a sentence's subject, a mere mention), between two statements of one person in the same or the
// neighbouring paragraphs, is that person's.
import { describe, expect, it } from "vitest";
import { CONTEXT_SANDWICH_SWITCH } from "../../src/analysis/quotes/s27-context-sandwich.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const OFF = switchOff(`quotes.${CONTEXT_SANDWICH_SWITCH.name}`);

describe("a body's reported sentence between two statements of one person", () => {
  const body = `Phone maker eyes cinemas

Leo Varga, Orbis Telecom's head of sales, said: "Selling a phone is not rocket science." Mr Varga said most of the firm's phones were bought by adults. "Our aim is to reach everyone." Orbis Telecom said the phone market was now bigger than the camera market. "Nobody waits in line for cameras anymore."

"You cannot ignore a market when people wait in line at midnight," he said.`;

  it("the statement after it is the person's", () => {
    expect(speakerOf(directQuotes(body), "Nobody waits")).toBe("Leo Varga");
  });

  it("not with the switch off (the body keeps it)", () => {
    expect(speakerOf(directQuotes(body, OFF), "Nobody waits")).toBe("Orbis Telecom");
  });
});

describe("a mere mention opening the sentence between two statements of one person", () => {
  const body = `Coach hails comeback

Coach Maria Lund said: "We played well and deserved the points." Striker Paul Denton scored twice in the second half. "The crowd were on their feet at the end." "We can win the league this year," Lund said.`;

  it("the statement after it is the person's", () => {
    expect(speakerOf(directQuotes(body), "The crowd were")).toBe("Maria Lund");
  });

  it("not with the switch off (the sentence's subject keeps it)", () => {
    expect(speakerOf(directQuotes(body, OFF), "The crowd were")).toBe("Paul Denton");
  });

  it("but a person who speaks in the article keeps the statement after their own report", () => {
    const near = `Coach hails comeback

Coach Maria Lund said: "We played well and deserved the points." Striker Paul Denton said he was very tired after the game. "My legs have gone completely." "We can win the league this year," Lund said.`;
    expect(speakerOf(directQuotes(near), "My legs")).toBe("Paul Denton");
  });
});
