// Session 43: a surname two people of an article share, read before the second is named in full
// (an interviewee and her mother), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { namedMentions } from "../helpers/actors.ts";

const text =
  'Shannon\'s year\n\nA year ago, Shannon Prewitt was working at a supermarket in Dudley.\n\nHer manager, Carl Brennan, says Prewitt is "the real deal".\n\nHer mother, Donna Prewitt, still works at the school.\n';
const lone = text.indexOf("Prewitt is");

describe("a surname two people share", () => {
  it("is the one named so far, before the other is named", () => {
    const m = namedMentions(text).find((x) => x.start === lone);
    expect(m?.name).toBe("Shannon Prewitt");
  });

  it("is what the step does: off, the lone surname named no one", () => {
    const m = namedMentions(text, switchOff("actors.only-introduced-surname")).find((x) => x.start === lone);
    expect(m?.name).not.toBe("Shannon Prewitt");
  });
});
