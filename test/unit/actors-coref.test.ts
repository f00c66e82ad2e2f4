// Coreference in the actor model (actors/coref/ via buildActorModel), on invented articles: he/she checked
// against each person's gender, role descriptions linked to the person given that role, nothing
// resolved inside quotation marks, and names the article introduces an acronym for.
import { describe, expect, it } from "vitest";
import { mentionAt, model } from "../helpers/actors.ts";

describe("coreference in the actor model", () => {
  it("gives he/she to the latest person of that gender, with the candidates", () => {
    const { m, a } = model(
      "Quay reopens\n\nHarbour chief Keith Dunmore said the quay would reopen. Margaret Thornbury, a councillor, met Mr Dunmore on Monday. She said the town needed the quay.\n\nHe said the work was nearly done.\n",
    );
    expect(mentionAt(m, a, "She")).toMatchObject({ via: "pronoun", name: "Margaret Thornbury" });
    const he = mentionAt(m, a, "He");
    expect(he).toMatchObject({ via: "pronoun", name: "Keith Dunmore" });
    expect(he!.candidates?.[0]).toBe(he!.actorId);
    expect(m.genderOf?.(a.docId, he!.actorId)).toBe("male");
  });

  it("learns an unknown name's gender from the article's pronouns", () => {
    const { m, a } = model(
      "Floods\n\nTavi Okonkwo, a blogger, wrote that the floods were worse than reported. She said roads were shut.\n",
    );
    const she = mentionAt(m, a, "She");
    expect(she).toMatchObject({ via: "pronoun", name: "Tavi Okonkwo" });
    expect(m.genderOf?.(a.docId, she!.actorId)).toBe("female");
  });

  it("leaves pronouns inside quotation marks alone", () => {
    const { m, a } = model(
      'Stadium\n\nKeith Dunmore said the stadium was ready. "I told him it would be," Mr Dunmore said.\n',
    );
    expect(mentionAt(m, a, "him")).toBeNull();
  });

  it("links a role description to the person the article gave that role, and an office to no one", () => {
    const { m, a } = model(
      "Derby\n\nRovers boss Keith Dunmore watched as Tom Hale scored twice. Later the Rovers boss said the side had improved. The chancellor said nothing.\n",
    );
    expect(mentionAt(m, a, "the Rovers boss")).toMatchObject({ via: "role", name: "Keith Dunmore" });
    expect(mentionAt(m, a, "The chancellor")).toBeNull();
  });

  it("takes a description back to the person just named, not forward to a later namesake of the role", () => {
    const { m, a } = model(
      "Gallery\n\nInes Alvarado has opened a gallery in Leeds. The 61-year-old said the town had been kind. The former teacher thanked the council.\n\nThe town's former teacher, Bruno Kell, said he would exhibit there.\n",
    );
    expect(mentionAt(m, a, "The 61-year-old")).toMatchObject({ via: "role", name: "Ines Alvarado" });
    expect(mentionAt(m, a, "The former teacher")).toMatchObject({ via: "role", name: "Ines Alvarado" });
  });

  it("keeps a name inside a role phrase as its own mention", () => {
    const { m, a } = model(
      "Tax\n\nKeith Dunmore, the party's Treasury spokesman, said the tax was unfair. The Treasury declined to comment.\n",
    );
    expect(mentionAt(m, a, "Treasury")).toMatchObject({ via: "name", name: "Treasury" });
  });

  it("reads a name an acronym is introduced for as one organisation", () => {
    const { m, a } = model(
      "Forecast\n\nThe Centre of Marine and Coastal Research (CMCR) published its forecast. The CMCR said storms would worsen.\n",
    );
    expect(mentionAt(m, a, "CMCR", 1)?.name).toBe("Centre of Marine and Coastal Research");
  });

  it("reads DJ as a title before a name", () => {
    const { m, a } = model("Clubs\n\nDJ Kofi Mensah said the clubs were closing. Mensah said it was sad.\n");
    expect(mentionAt(m, a, "Kofi Mensah")).toMatchObject({ via: "name", name: "Kofi Mensah" });
  });
});
