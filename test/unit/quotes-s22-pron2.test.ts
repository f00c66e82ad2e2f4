// Pronoun classes of session 22, second pass (issue #13), on invented text: the rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a role the article tied to no name, opening the sentence before a he/she, is the lead's person", () => {
  const body =
    'Ferris backs harbour plan\n\nTom Ferris has backed the new harbour plan, saying the town needs the work.\n\nThe scheme was fought last year by Victor Pask, who runs the fishing board. But the council leader argued the harbour would bring jobs to hundreds of families. "We cannot stand still while other towns move ahead," he said.';

  it("is the person the lead opens on", () => {
    expect(speakerOf(directQuotes(body), "We cannot stand")).toBe("Tom Ferris");
  });

  it("is someone else with the switch off", () => {
    const off = switchOff("quotes.pronoun-role-lead-person");
    expect(speakerOf(directQuotes(body, off), "We cannot stand")).not.toBe("Tom Ferris");
  });
});
