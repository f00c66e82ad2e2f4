// Actor-model classes found on the BBC study sets (issue #13, session 15), on invented text:
// bodies named "X to/for Y", stage names, acronym-led company names, joint authors. Each rule's
// own sentences, and the same sentences with its switch off where it has one.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a body named 'Head to Verb Object' or 'Head for Y'", () => {
  const text =
    "Campaign news\n\nThe new Committee to Defend Lighthouses is asking keepers to write to their councils. The Committee said it had 300 members. Figures from the Office for Coastal Records showed 40 lights had closed.\n";

  it("is one organisation, with its head word alone as an alias", () => {
    const { m, a } = model(text);
    expect(m.resolve("Committee to Defend Lighthouses")?.kind).toBe("organization");
    expect(m.resolve("Office for Coastal Records")?.kind).toBe("organization");
    expect(actorAt(m, a, "Committee", 1)).toBe("Committee to Defend Lighthouses");
  });

  it("leaves the lone head word apart with the step off", () => {
    const { m, a } = model(text, switchOff("actors.body-head-word"));
    expect(actorAt(m, a, "Committee", 1)).not.toBe("Committee to Defend Lighthouses");
  });

  it("takes no head word when two bodies share it", () => {
    const { m, a } = model(
      "Banks\n\nThe Bank of Elmore and the Bank of Tarn met. The Bank said rates would rise.\n",
    );
    expect(actorAt(m, a, "Bank", 2)).toBeNull();
  });

  it("gives quotations of 'the Committee' to the body", () => {
    const qs = directQuotes(
      'Lighthouse plea\n\nThe Committee to Defend Lighthouses was set up by keeper Ola Brandt last month.\n\nThe Committee said the closures were "a loss to every coast".',
    );
    expect(speakerOf(qs, "a loss to every")).toBe("Committee to Defend Lighthouses");
  });
});

describe("a stage name the capitalised runs cannot read", () => {
  const body =
    'Rap rivals make peace\n\nRapper 40 Watt has made peace with his protege The Rook after a long feud.\n\nThe Rook, whose real name is Dale Pruitt, told reporters: "I was wrong to go public." Chart-topper 40 Watt, real name Owen Mabry, said the row was over. "We are family again," he said.';

  it("is a person named with its number or its 'The', and the real name is the same person", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "40 Watt")).toBe("40 Watt");
    expect(m.resolve("40 Watt")?.kind).toBe("person");
    expect(actorAt(m, a, "The Rook", 1)).toBe("The Rook");
    expect(actorAt(m, a, "Owen Mabry")).toBe("40 Watt");
    expect(m.resolve("Rook")).toBeNull();
  });

  it("speaks in the quotations", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I was wrong")).toBe("The Rook");
    expect(speakerOf(qs, "We are family")).toMatch(/40 Watt$/);
  });

  it("is not read with the step off", () => {
    const { m } = model(body, switchOff("actors.stage-names"));
    expect(m.resolve("40 Watt")).toBeNull();
    expect(m.resolve("The Rook")).toBeNull();
  });

  it("leaves a title with 'The' and a numbered product alone", () => {
    const { m } = model(
      "Film news\n\nThe studio released The Long Road on Friday. Fans of the Falcon 900 jet were pleased.\n",
    );
    expect(m.resolve("The Long Road")).toBeNull();
    expect(m.resolve("Falcon 900")).toBeNull();
  });
});

describe("a run whose initials the article prints as an acronym", () => {
  const text =
    "Music body warns\n\nHe said so in a letter to the Danish Vinyl Pressers Guild last month. The DVPG said the firms should pull their adverts.\n";

  it("is that organisation, and the acronym is its alias", () => {
    const { m, a } = model(text);
    expect(m.resolve("Danish Vinyl Pressers Guild")?.kind).toBe("organization");
    expect(actorAt(m, a, "DVPG")).toBe("Danish Vinyl Pressers Guild");
  });

  it("loses its demonym and its link with the rule off", () => {
    const { m, a } = model(
      "Music body warns\n\nHe wrote to the British Vinyl Pressers Industry last month. The BVPI said the firms should pull their adverts.\n",
      switchOff("actors.acronym-initials"),
    );
    expect(actorAt(m, a, "BVPI")).not.toBe("British Vinyl Pressers Industry");
  });

  it("needs the acronym in the article", () => {
    const { m } = model("Music\n\nHe wrote to the British Vinyl Pressers Industry last month.\n");
    expect(m.resolve("British Vinyl Pressers Industry")).toBeNull();
  });
});

describe("a document two bodies put out together", () => {
  const body =
    'Flood advice issued\n\nThe advice covers homes near rivers.\n\nThe guidance said owners should keep sandbags "close at hand", on the advice of the leaflet published jointly by the Marsh Rivers Board (MRB) and Association of Lock Keepers (ALK).\n\nThe guidance published on Monday said the board had a duty to warn owners. In the worst floods owners would be moved "as quickly as can be done", it said.';

  it("speaks for both bodies, by its name and as 'it'", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "close at hand")).toBe("Marsh Rivers Board and Association of Lock Keepers");
    expect(speakerOf(qs, "as quickly as")).toBe("Marsh Rivers Board and Association of Lock Keepers");
  });

  it("is no joint speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.document-joint-authors"));
    expect(speakerOf(qs, "close at hand")).not.toBe("Marsh Rivers Board and Association of Lock Keepers");
    expect(speakerOf(qs, "as quickly as")).not.toBe("Marsh Rivers Board and Association of Lock Keepers");
  });
});

describe("an acronym and a name word no other rule reads", () => {
  const text =
    "Car plant fears\n\nSome 900 jobs at KV Motorworks may go.\n\nWorkers at KV Tarrant's plant were told on Monday. Tarrant bosses said the talks were going well. Tarrant confirmed a deal was near.\n";

  it("is a company, and its lone name word is its short form", () => {
    const { m, a } = model(text);
    expect(m.resolve("KV Tarrant")?.kind).toBe("organization");
    expect(actorAt(m, a, "Tarrant", 1)).toBe("KV Tarrant");
    expect(actorAt(m, a, "Tarrant", 2)).toBe("KV Tarrant");
  });

  it("is no actor with the rule off", () => {
    const { m } = model(text, switchOff("actors.acronym-led-name"));
    expect(m.resolve("KV Tarrant")).toBeNull();
  });

  it("is not a person's initials and surname", () => {
    const { m } = model(
      "Book news\n\nAuthor TJ Calloway has a new novel out. Ms Calloway said it took four years. Calloway will tour in May.\n",
    );
    expect(m.resolve("TJ Calloway")?.kind).not.toBe("organization");
  });
});
