// Headline quotations whose "reportedly" lead leaves the source to a paper named a sentence on
// (session 21, round 2, headline set 2; issue #13), on invented text: the rule's own sentences,
// the same sentences with its switch off, and leads the rule must leave alone.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";

/** The headline quotation's speaker (the first quotation: the title's). */
const headlineSpeaker = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  const qs = extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  return qs.filter((q) => q.kind !== "reported")[0]?.speakerName ?? null;
};

describe("a headline over a lead that says its claim is reported", () => {
  const title = "Quarrie 'eyes move to Lyon'";
  const lead = [
    "Winger Callum Quarrie reportedly wants to leave Dunmore Athletic at the end of the season.",
    "",
    "Quarrie, 27, has two years left on his deal. The Kestrel Gazette reports that the player has told friends he is unsettled. Dunmore have not commented.",
  ].join("\n");

  it("is the paper's the next sentences name as reporting it, not the headline name's", () => {
    expect(headlineSpeaker(title, lead)).toBe("Kestrel Gazette");
  });

  it("is not the paper's with the switch off", () => {
    const off = switchOff("quotes.headline-reportedly-paper-ahead");
    expect(headlineSpeaker(title, lead, off)).not.toBe("Kestrel Gazette");
  });

  it('is the paper\'s after "according to reports in"', () => {
    const according = lead.replace(
      "The Kestrel Gazette reports that the player has told friends he is unsettled.",
      "The player has told friends he is unsettled, according to reports in the Kestrel Gazette.",
    );
    expect(headlineSpeaker(title, according)).toBe("Kestrel Gazette");
  });

  it("leaves a lead that does not say the claim is reported alone", () => {
    const plain = lead.replace(" reportedly wants", " wants");
    expect(headlineSpeaker(title, plain)).not.toBe("Kestrel Gazette");
  });

  it("leaves a paper only mentioned, not reporting, alone", () => {
    const mentioned = lead.replace(
      "The Kestrel Gazette reports that the player has told friends he is unsettled.",
      "He was named player of the year by the Kestrel Gazette in May.",
    );
    expect(headlineSpeaker(title, mentioned)).not.toBe("Kestrel Gazette");
  });
});

describe("a headline over a lead that says its claim is reported, told to a paper later", () => {
  const title = "Okafor 'to miss indoor season'";
  const lead = [
    "Sprinter Grace Okafor will sit out the indoor season with a hamstring strain, according to reports.",
    "",
    'Okafor, 24, won silver at the national championships last summer. The injury flared up in training in October. Her trainer Desmond Pyke told the Kestrel Gazette: "We will not rush her back."',
  ].join("\n");

  it("is the person the next sentences name as telling a publication", () => {
    expect(headlineSpeaker(title, lead)).toBe("Desmond Pyke");
  });

  it("is not that person's with the switch off", () => {
    const off = switchOff("quotes.headline-reported-told-paper");
    expect(headlineSpeaker(title, lead, off)).not.toBe("Desmond Pyke");
  });
});
