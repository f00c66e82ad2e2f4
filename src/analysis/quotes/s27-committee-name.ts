// Session 27, names (issue #13): "A report by the Commons work and pensions committee called for
// …. It warned …". The speaker's phrase stops at the lowercase words of a committee's name, so the
// speaker was the bare head "committee", and every "it" after it took that. The words before the
// head, back to "the", complete the name when they are a House (or other capitalised words) and
// lowercase words ("the Lords science and technology committee"), or lowercase words before
// "select committee" ("the constitutional affairs select committee"). The name is given as the
// article writes it, like the lowercase-committee rule's (names compare without case).

import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "the", then capitalised words and lowercase ones, or lowercase ones and "select", then "committee". */
const COMMITTEE_END =
  /(?:^|[^\p{L}])[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,4}(?:select\s+)?committee|(?:[\p{Ll}-]+\s+){1,4}select\s+committee)$/u;

/** Lowercase words that end a name's run: they link a clause, never name a subject. */
const NOT_NAME_WORDS = new Set(
  "a an the of for to by in on at with from into that which who whose its their his her this said says told new".split(
    " ",
  ),
);

/** The committee whose lowercase name ends where `p` (whose head is "committee") ends, else null. */
export function committeeNameAt(doc: QuoteDoc, p: Phrase): string | null {
  const m = COMMITTEE_END.exec(doc.text.slice(Math.max(doc.article.bodyStart, p.start - 100), p.end));
  // (the phrase lies inside the name: "chairman of the ISM's survey committee" is a person's role)
  if (!m || p.start < p.end - m[0].replace(/^[^\p{L}]/u, "").length) return null;
  const ws = m[1]!.split(/\s+/);
  if (ws.some((w) => NOT_NAME_WORDS.has(w))) return null;
  // (a run of capitalised words with no lowercase one is a name the phrase already holds)
  if (!ws.slice(0, -1).some((w) => /^\p{Ll}/u.test(w) && w !== "select")) return null;
  return m[1]!.replace(/\s+/g, " ");
}

export const COMMITTEE_NAME_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "lowercase-committee-whole-name",
  doc: '"a report by the Commons work and pensions committee called": the committee\'s whole name, not its head "committee"',
  try: ({ doc, p, lastWord }) => {
    if (lastWord !== "committee") return null;
    const name = committeeNameAt(doc, p);
    return name ? { ...p, id: null, name, kind: "organization", gender: "any" } : null;
  },
};
