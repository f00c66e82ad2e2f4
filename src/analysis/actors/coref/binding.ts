// Binding for the coreference pass: an object pronoun ("him", "her") is never the subject of its
// own verb ("Ms Vale thanked him"), so that person is passed over and learns no gender from it.

import type { Actor, Mention } from "../../../types.ts";

/** What binding reads of an article: its text and its named mentions in text order. */
interface Named {
  text: string;
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
}

/** "Ms Vale thanked him", "before Ms Vale named her,": the person named right before the verb an
 *  object him/her follows (a few lower-case words between, no comma), who it cannot be. A "her"
 *  before a noun is a possessive ("Ms Vale named her team") and binds nothing. */
export function boundSubject(inp: Named, at: number, end: number): string | null {
  const { text } = inp;
  const w = text.slice(at, end);
  if (w !== "him" && w !== "her") return null;
  if (
    w === "her" &&
    !/^\s*(?:[,.;:!?)"”]|$|(?:to|for|in|on|at|with|from|about|as|that|and|but|or|after|before|when|if|because|of|over|into|out|up|down|back|again)\b)/.test(
      text.slice(end, end + 12),
    )
  )
    return null;
  let m: Mention | undefined;
  for (const x of inp.named) {
    if (x.start >= at) break;
    if (inp.byId.get(x.actorId)?.kind === "person") m = x;
  }
  if (!m) return null;
  const between = text.slice(m.end, at);
  return /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(between) ? m.actorId : null;
}
