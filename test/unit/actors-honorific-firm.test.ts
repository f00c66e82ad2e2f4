// A firm's name after a personal honorific is a surname: "Mr Warner" is the person the article
// named, not the studio, and "Lord Sainsbury" is the David Sainsbury it introduced.
import { describe, expect, it } from "vitest";
import { mentionAt, model } from "../helpers/actors.ts";

describe("honorific before a firm's name", () => {
  const text =
    'Web threats\n\nSecurity consultant Tim Warner spoke at the show. "Firms are exposed," said Mr Warner.\n\n' +
    "Science minister David Sainsbury agreed. Lord Sainsbury said the risk was real. Mr Ford, a trader, " +
    "said prices rose. Ford said its car sales fell, and Warner shares slipped.\n";
  const { m, a } = model(text);
  const actorAt = (word: string, n: number) => {
    const hit = mentionAt(m, a, word, n);
    return hit ? { name: hit.name, kind: m.byId.get(hit.actorId)!.kind } : null;
  };

  it("reads Mr Warner as the person the article named", () => {
    expect(actorAt("Warner", 1)).toEqual({ name: "Tim Warner", kind: "person" });
  });

  it("reads a peer's title and a firm's name as the named person", () => {
    expect(actorAt("Sainsbury", 1)).toEqual({ name: "David Sainsbury", kind: "person" });
    expect(actorAt("Ford", 0)?.kind).toBe("person");
  });

  it("still reads the bare firm's name as the firm", () => {
    expect(actorAt("Ford", 1)?.kind).toBe("organization");
    expect(actorAt("Warner", 2)?.kind).toBe("organization");
  });
});
