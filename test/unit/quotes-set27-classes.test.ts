// Speaker classes found on BBC study set 27 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('a body\'s name runs on through "on" after its head, and "the committee" is that name', () => {
  const body =
    'Rail plan questioned\n\nThe timetable plan has been criticised by the Joint Committee on Rail Safety at Holyrood.\n\nIn its spring report the cross-party committee said there was a "real danger" of delays.';

  it("is the whole name", () => {
    expect(speakerOf(directQuotes(body), "real danger")).toBe("Joint Committee on Rail Safety");
  });

  it('is the name cut at "on" with either switch off', () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.org-name-on")), "real danger")).toBe(
      "Joint Committee",
    );
    expect(speakerOf(directQuotes(body, switchOff("actors.org-head-on-subject")), "real danger")).toBe(
      "Joint Committee",
    );
  });
});

describe("a verb of emphasis closes a tag", () => {
  const body =
    'Solar pumps for villages\n\nA charity is fitting solar pumps in twelve villages, said engineer Tomas Orr.\n\nLocal leaders say the wells have changed daily life. "This is a pilot scheme, and we hope others copy it," underlined Mr Orr. "Every pump is looked after by the village," Ms Ana Ruiz underscored.';

  it("is the tag's speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "This is a pilot")).toBe("Tomas Orr");
    expect(speakerOf(qs, "Every pump")).toBe("Ana Ruiz");
  });

  it("is someone else with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-emphasis-verb"));
    expect(speakerOf(qs, "This is a pilot")).not.toBe("Tomas Orr");
  });
});
