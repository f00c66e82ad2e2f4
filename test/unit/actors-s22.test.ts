// Speaker-name classes of session 22's actor task (issue #13, BBC study set 41), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a peer's informal style after the formal one keeps the formal name", () => {
  const body =
    'Peer urges canal funding\n\nMarion Tarrant has called for more money for the nation\'s canals.\n\nBaroness Tarrant, a former transport minister, said the waterways had been neglected for decades.\n\nLady Tarrant said she feared the locks would close. "We cannot let these towpaths crumble," she said.';

  it("is the formal name", () => {
    expect(speakerOf(directQuotes(body), "We cannot let")).toBe("Baroness Tarrant");
  });

  it("is the informal name with the switch off", () => {
    const off = switchOff("quotes.peer-formal-style");
    expect(speakerOf(directQuotes(body, off), "We cannot let")).toBe("Lady Tarrant");
  });

  it("leaves a lone informal style as written", () => {
    const lone =
      'Peer urges canal funding\n\nLady Tarrant said she feared the locks would close. "We cannot let these towpaths crumble," she said.';
    expect(speakerOf(directQuotes(lone), "We cannot let")).toBe("Lady Tarrant");
  });
});
