// Organisation speaker classes of session 22 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a body's subject after its head and 'on'/'of' runs on through 'and'", () => {
  const body =
    'Ferry fares under review\n\nA panel of MPs has asked for cheaper ferry fares to the islands.\n\nThe Scottish Group on Ferries and Harbours published its findings on Monday. The report called the present fares "a tax on island life" and asked ministers to act.';

  it("is the whole name", () => {
    expect(speakerOf(directQuotes(body), "a tax on")).toBe("Scottish Group on Ferries and Harbours");
  });

  it("is cut at 'and' with the step off", () => {
    const off = switchOff("actors.org-inner-and");
    expect(speakerOf(directQuotes(body, off), "a tax on")).toBe("Scottish Group on Ferries");
  });
});

describe("a bare head noun stands for the body named before whose name ends in it", () => {
  const body =
    'Walkers plan mass rally\n\nThousands of walkers will gather on the moors next month, the Upland Access Alliance said on Friday. The alliance said the new by-laws were "almost impossible to follow" and would be tested in court.';

  const before =
    'Coast path at risk\n\nThe coast path is crumbling.\n\nThe Trust for Coastal Paths said the erosion was serious. The trust said it was "losing a mile a year".';

  it("is the body, whose name ends in the noun or has it before 'for'/'of'", () => {
    expect(speakerOf(directQuotes(body), "almost impossible")).toBe("Upland Access Alliance");
    expect(speakerOf(directQuotes(before), "losing a mile")).toBe("Trust for Coastal Paths");
  });

  it("is the bare noun with the switch off", () => {
    // (session 24's kind-named-body rule finds the same body: it is off too)
    const off = switchOff("quotes.body-head-noun", "quotes.kind-named-body");
    expect(speakerOf(directQuotes(body, off), "almost impossible")).not.toBe("Upland Access Alliance");
    expect(speakerOf(directQuotes(before, off), "losing a mile")).not.toBe("Trust for Coastal Paths");
  });
});

describe("after 'according to', a document made by a body is the body's", () => {
  const body =
    'Broadband take-up slows\n\nGrowth in home broadband has slowed in rural areas.\n\n"Village users will wait years for faster lines," according to a report published by Leeds-based telecoms consultancy Brightwire.\n\n"Prices are falling too slowly," according to a study by the Rural Networks Trust.';

  it("is the maker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Village users")).toBe("Brightwire");
    expect(speakerOf(qs, "Prices are falling")).toBe("Rural Networks Trust");
  });

  it("is the document's determiner or the document with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.according-document-by"));
    expect(speakerOf(qs, "Village users")).not.toBe("Brightwire");
    expect(speakerOf(qs, "Prices are falling")).toBe("a study");
  });
});

describe("an opening 'according to' a document made by a body is the body's", () => {
  const body =
    'Farm incomes fall\n\nFarm incomes fell again last year.\n\nAccording to a report by the Marsh Valley Trust, "farm incomes have halved" since the drought.';

  it("is the maker", () => {
    expect(speakerOf(directQuotes(body), "farm incomes")).toBe("Marsh Valley Trust");
  });

  it("is the determiner with the switch off", () => {
    const off = switchOff("quotes.according-document-by");
    expect(speakerOf(directQuotes(body, off), "farm incomes")).not.toBe("Marsh Valley Trust");
  });
});

describe("a country's authorities are an organisation", () => {
  const body =
    'Exile loses appeal\n\nA former ferry owner has lost his appeal against extradition.\n\nIvo Brandl says he was betrayed by the Danish authorities, who promised he would be treated as a "valued witness". The Danish authorities said the claim was "without foundation".';

  it("is the organisation", () => {
    const qs = directQuotes(body);
    for (const start of ["valued witness", "without foundation"]) {
      const q = qs.find((x) => x.text.startsWith(start))!;
      expect([q.speakerName, q.speakerKind]).toEqual(["Danish authorities", "organization"]);
    }
  });

  it("is an unnamed description with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.national-authorities"));
    expect(qs.find((x) => x.text.startsWith("valued witness"))!.speakerKind).toBe("unnamed");
  });
});
