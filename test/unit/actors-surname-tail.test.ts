// Over a corpus that prints "duff" in lower case, "Man-of-the-match Duff" is still the Mark Duff
// the article named: the surname at the end of a run of common words is that person.
import { describe, expect, it } from "vitest";
import { actorAt, corpusModel } from "../helpers/actors.ts";

describe("a known surname after common words", () => {
  const { m, doc } = corpusModel({
    "a.txt": "Gig\n\nThe band hit a duff note early on, and a duff chord later.\n",
    "b.txt": "Advice\n\nInvestors were given duff advice, and some lost a man-of-the-match bonus.\n",
    "c.txt":
      "Cup win\n\nMark Duff scored twice on Saturday. Robbie Kean also played.\n\n" +
      '"It is nice to see young players coming through." Man-of-the-match Duff explained what went wrong.\n',
  });

  it("links the surname to the person the article named", () => {
    expect(actorAt(m, doc("c.txt"), "Duff", 1)).toBe("Mark Duff");
  });
});
