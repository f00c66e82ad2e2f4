// More speaker classes of direct quotations (issue #13), on invented text: an anonymous source
// whose organisation's name holds "for" or "and", a pronoun subject that speaks on in the next
// bare quotation, "it said" after an organisation described by its head noun, and no speaker
// read from an object phrase.
import { describe, expect, it } from "vitest";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("more speaker classes of direct quotations", () => {
  it("hands 'she said' to an anonymous source whose organisation's name holds 'for' and 'and'", () => {
    const qs = quotes(
      'A Ministry for Roads and Rail spokeswoman confirmed the bridge would stay shut. "No date has been set for the repairs," she said.',
    );
    expect(speakerOf(qs, "No date")).toBe("A Ministry for Roads and Rail spokeswoman");
  });

  it("gives a bare quotation to the he/she that opens the sentence before", () => {
    const qs = quotes(
      [
        "Harbour master Mary Duarte has run the port for a decade.",
        "",
        'After the storm, she walked the quay with the crews all night. "Nobody went home until every boat was safe."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "Nobody went home")).toBe("Mary Duarte");
  });

  it("gives a report's words to the author it is named for, or whose report it is", () => {
    const qs = quotes(
      [
        "Retired surveyor Walter Pryce spent a year on the flood review.",
        "",
        'The Pryce report said the defences were "decades out of date". His report warned that the town "cannot wait another winter".',
        "",
        'The Severn report said the river was "unpredictable".',
      ].join("\n"),
    );
    expect(speakerOf(qs, "decades out of date")).toBe("Walter Pryce");
    expect(speakerOf(qs, "cannot wait")).toBe("Walter Pryce");
    // A report named for a river is no one's named words: an unnamed source at most.
    expect(qs.find((q) => q.text.startsWith("unpredictable"))?.speakerKind ?? "unnamed").toBe("unnamed");
  });

  it("gives a bare quotation to the person a description opening the sentence before stands for", () => {
    const qs = quotes(
      [
        '"I am staying put," insisted goalkeeper Lars Berg.',
        "",
        "The 31-year-old keeper has been linked with clubs in Italy.",
        "",
        '"My family is settled here and I want to win the cup."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "My family")).toBe("Lars Berg");
  });

  it("lets 'it said' take up an organisation the article gives only by its head noun", () => {
    const qs = quotes(
      'Harbour traders were angry on Monday. Later the council said the harbour road would stay shut. "Repairs cannot start before spring," it said.',
    );
    expect(speakerOf(qs, "Repairs cannot")).toBe("the council");
  });

  it("gives a quotation inside a speech noun's clause to that noun's speaker", () => {
    const qs = quotes(
      [
        'Mayor Tom Hale has said a claim by rival Joe Price that the council is a "cash machine" shows the opposition is "rattled".',
        'The mayor faced a call by former party leader Lord Pell to now publish the "full text" of the deal.',
        'Price\'s claim that the books were "cooked" was denied by Hale, who accused him of "scaremongering".',
      ].join(" "),
    );
    expect(speakerOf(qs, "cash machine")).toBe("Joe Price");
    expect(speakerOf(qs, "rattled")).toBe("Tom Hale");
    expect(speakerOf(qs, "full text")).toBe("Lord Pell");
    expect(speakerOf(qs, "cooked")).toBe("Joe Price");
    expect(speakerOf(qs, "scaremongering")).not.toBe("Joe Price");
  });

  it("reads no cue in a subordinate clause of a report, and keeps its speaker for 'he added'", () => {
    const qs = quotes(
      'Union leader Sam Cole, who chairs the rail committee, said that when Mr Grant had announced the cuts he got the "clear impression" they were final. He added the union was "duty bound" to act.',
    );
    expect(speakerOf(qs, "clear impression")).toBe("Sam Cole");
    expect(speakerOf(qs, "duty bound")).toBe("Sam Cole");
  });

  it("gives a clause-closing term before a tagged statement to the tag's speaker", () => {
    const qs = quotes(
      'Gwen Lloyd, a farmer, spoke at the inquiry. For all the "careful planning," the new dam had "no hope of holding back a real flood," she said.',
    );
    expect(speakerOf(qs, "careful planning")).toBe("Gwen Lloyd");
    expect(speakerOf(qs, "no hope")).toBe("Gwen Lloyd");
  });

  it("lets a role noun take up a one-word organisation that opened an earlier sentence", () => {
    const qs = quotes(
      'Ofwat wants water bills cut. "The companies have overcharged for years," the regulator said in its report.',
    );
    expect(speakerOf(qs, "The companies")).toBe("Ofwat");
  });

  it("reads the subject of the verb an infinitive speech verb hangs on", () => {
    const qs = quotes(
      'Health Secretary Maria Okon opens the conference on Friday. Ms Okon is expected to tell delegates: "Waiting lists will fall this year."',
    );
    expect(speakerOf(qs, "Waiting lists")).toBe("Maria Okon");
  });

  it("reads a speaker named after the quotation by a noun of saying", () => {
    const qs = quotes(
      [
        '"We will not be bullied," was the stark message from union leader Fran Doyle.',
        "",
        '"The ferry timetable is a joke." That was the verdict of councillor Amir Shah on Tuesday.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "We will not")).toBe("Fran Doyle");
    expect(speakerOf(qs, "The ferry timetable")).toBe("Amir Shah");
  });

  it("reads a present-tense verb, or a verb with an object naming the words, before a colon", () => {
    const qs = quotes(
      [
        'Dana Roth reviews the new album. Roth writes: "The best record of the year."',
        'The Valley Herald offers one blunt verdict: "The council has failed."',
        'Police found letters: "Meet me at the bridge."',
      ].join(" "),
    );
    expect(speakerOf(qs, "The best record")).toBe("Dana Roth");
    expect(speakerOf(qs, "The council has failed")).toBe("Valley Herald");
    // A plural noun before a colon is no verb of delivery.
    expect(speakerOf(qs, "Meet me") ?? "").not.toMatch(/Police/);
  });

  it("reads the owner of quoted words past a conjunction opening the sentence", () => {
    const qs = quotes(
      'The Harbour Trust stopped all sailings on Monday. But Harbour Trust\'s "safety review" found nothing wrong.',
    );
    expect(speakerOf(qs, "safety review")).toBe("Harbour Trust");
  });
});
