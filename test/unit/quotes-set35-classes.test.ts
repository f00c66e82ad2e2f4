// Speaker classes found on BBC study set 35 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { readCoref } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an anonymous source after 'according to' enters the speaker history", () => {
  const body =
    'Ferry fares rise\n\nFerry fares will rise by a tenth this winter. Smaller lines, according to a harbour spokeswoman, are in a worse state than the big ones. "Some of them may not last the year," she said.';

  it("is the source", () => {
    expect(speakerOf(directQuotes(body), "Some of them")).toBe("a harbour spokeswoman");
  });

  it("is no one with the step off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.according-anonymous-history")), "Some of them"),
    ).not.toBe("a harbour spokeswoman");
  });
});

describe("a name closing an opening phrase is no apposition of the role after its comma", () => {
  const body =
    'Ferry fares rise\n\nFerry fares will rise by a tenth, Morag Dunlin has said. Following the harbour master Ewan Tolley, the transport minister said the old boats were too costly. The transport minister conceded that islanders faced "a hard winter" ahead.';

  it("gives the role no link to the name", () => {
    const roles = readCoref(body).roles.filter((r) => r.name.includes("Tolley"));
    expect(roles.map((r) => r.head)).not.toContain("minister");
  });

  it("does not give the role's words to the name", () => {
    expect(speakerOf(directQuotes(body), "a hard winter")).not.toBe("Ewan Tolley");
  });

  it("gives them to the name with the step off", () => {
    const off = switchOff("actors.coref-opening-phrase-object");
    expect(speakerOf(directQuotes(body, off), "a hard winter")).toBe("Ewan Tolley");
  });

  it("keeps an apposition the role's closing comma ends", () => {
    const kept = body.replace(
      "Following the harbour master Ewan Tolley, the transport minister said",
      "Ewan Tolley, the transport minister, said",
    );
    expect(speakerOf(directQuotes(kept), "a hard winter")).toBe("Ewan Tolley");
  });
});

describe("a role after 'as' before a comma and a name is no apposition of the name", () => {
  const body =
    'Port dues frozen\n\nPort dues will stay frozen as she starts her third term as island mayor, Morag Dunlin has said. Mrs Dunlin refused to rule out new fees for yachts. The prime minister conceded that the ferry firms had "a fair point" on fees.';

  it("gives the name no role", () => {
    expect(readCoref(body).roles).toEqual([]);
  });

  it("lets an office take up the name", () => {
    expect(speakerOf(directQuotes(body), "a fair point")).toBe("Morag Dunlin");
  });

  it("does not with the step off", () => {
    const off = switchOff("actors.coref-as-role-predicate");
    expect(speakerOf(directQuotes(body, off), "a fair point")).not.toBe("Morag Dunlin");
  });
});
