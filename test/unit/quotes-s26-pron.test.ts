// Pronoun class of session 26 (issue #13), on invented text: a he/she takes a person of its
// gender named after the chosen person of unknown gender ("Quinn Harlow praised Maria Delgado
// after she won") in its own sentence, or in a later sentence than that person's; with the switch
// off the walk's subject of unknown gender keeps it (and learns the wrong gender for them).
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";

const OFF = switchOff("actors.coref-known-gender-nearer");

/** The actor the model gives the first he/she/his/her written as `word` after `after`. */
function pronounActor(text: string, word: string, after: string, switches?: ReturnType<typeof switchOff>) {
  const built = buildArticle("s26-pron.txt", text);
  if (!built.ok) throw new Error(built.reason);
  const model = buildActorModel([built.article], switches);
  const from = built.article.text.indexOf(after);
  const at = from + new RegExp(`\\b${word}\\b`).exec(built.article.text.slice(from))!.index;
  const m = model.mentionsIn(built.article.docId).find((x) => x.start === at && x.via === "pronoun");
  return m ? (model.byId.get(m.actorId)?.name ?? null) : null;
}

describe("a he/she takes a person of its gender named after one of unknown gender", () => {
  const praise =
    "Harbour vote\n\nQuinn Harlow praised Maria Delgado after she won the harbour vote on Tuesday.";
  const asked = "Ferry fares\n\nRowan Pike asked Daniel Ostrow whether he would cut ferry fares this winter.";

  it("in the he/she's own sentence", () => {
    expect(pronounActor(praise, "she", "after")).toBe("Maria Delgado");
    expect(pronounActor(asked, "he", "whether")).toBe("Daniel Ostrow");
  });

  it("not with the switch off", () => {
    expect(pronounActor(praise, "she", "after", OFF)).not.toBe("Maria Delgado");
    expect(pronounActor(asked, "he", "whether", OFF)).not.toBe("Daniel Ostrow");
  });

  it("so the person of unknown gender is learned as no woman", () => {
    const genderOf = (switches?: ReturnType<typeof switchOff>) => {
      const built = buildArticle("s26-pron.txt", praise);
      if (!built.ok) throw new Error(built.reason);
      const model = buildActorModel([built.article], switches);
      return model.genderOf?.(built.article.docId, model.resolve("Quinn Harlow")!.id);
    };
    expect(genderOf()).not.toBe("female");
    expect(genderOf(OFF)).toBe("female");
  });

  it("but not a name later in the sentence before, whose subject keeps it", () => {
    const text =
      "Port levy\n\nJordan Ellery, a Delgado voter, backs Maria Delgado on the levy. Jordan Ellery says she has lived by the port for 40 years.";
    expect(pronounActor(text, "she", "says")).not.toBe("Maria Delgado");
    const reflexive = "Ferry fares\n\nRowan Pike says Daniel Ostrow himself asked for the fares to rise.";
    expect(pronounActor(reflexive, "himself", "Ostrow")).toBe(
      pronounActor(reflexive, "himself", "Ostrow", OFF),
    );
  });
});
