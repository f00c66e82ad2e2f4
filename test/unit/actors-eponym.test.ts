// "Parkinson's disease" names an illness: no person of the corpus called Parkinson is mentioned
// in the article, whoever else it names.
import { describe, expect, it } from "vitest";
import { corpusModel } from "../helpers/actors.ts";

describe("eponymous illnesses", () => {
  it("mentions no namesake of the illness", () => {
    const { m: model, doc: file } = corpusModel({
      "a.txt": "Web show\n\nDesigner Jason Parkinson opened the show in Leeds on Monday.\n",
      "b.txt":
        "Mouse aid\n\nResearcher Jim Levine built the device after his uncle, who has Parkinson's disease, " +
        "struggled with a mouse. Others with Down's syndrome may gain too.\n",
    });
    const doc = file("b.txt");
    const names = model.mentionsIn(doc.docId).map((m) => model.byId.get(m.actorId)!.name);
    expect(names).toContain("Jim Levine");
    expect(names).not.toContain("Jason Parkinson");
    expect(model.byId.get(model.resolve("Parkinson")?.id ?? "")?.documents ?? []).not.toContain(doc.docId);
  });
});
