// Speaker-name classes of session 22's actor task (issue #13, BBC study set 41), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { mentionAt, model } from "../helpers/actors.ts";
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

describe("a person's surname before what people have too is the person, not an organisation", () => {
  const body =
    "Senator courts farm vote\n\nGregory Hallam toured dairy farms in the north on Monday.\n\nHallam spokesman Ted Ruiz said the tour would go on. Voters cheered Hallam at every stop.";

  it("is the person", () => {
    const { m, a } = model(body);
    expect(mentionAt(m, a, "Hallam", 1)?.name).toBe("Gregory Hallam");
    expect(m.byId.get(mentionAt(m, a, "Hallam", 2)!.actorId)?.kind).toBe("person");
  });

  it("is an organisation with the rule off", () => {
    const { m, a } = model(body, switchOff("actors.org-hint-person-surname"));
    expect(m.byId.get(mentionAt(m, a, "Hallam", 1)!.actorId)?.kind).toBe("organization");
  });

  it("stays a business where the article has it sell shares", () => {
    const { m, a } = model(
      "Founder steps back\n\nGregory Hallam founded the chain in 1990.\n\nHallam spokesman Ted Ruiz confirmed the move. Hallam shares fell 3%.",
    );
    expect(m.byId.get(mentionAt(m, a, "Hallam", 1)!.actorId)?.kind).toBe("organization");
  });
});
