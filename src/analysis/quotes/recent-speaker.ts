// A statement standing alone after a stretch of narrative, with no tag and no speaker from the
// sentence before: "Ann Roe, director of the scheme, said the copies were safe. The films will be
// encrypted. “People will see a clearer picture.”" The words are the latest speaker's, when that
// speaker's words there were reported speech or a quoted term (the quotation goes on with their
// account), in the same paragraph or the one before, and no other person has been the subject of
// a sentence since (issue #13, continuation paragraphs). After a full direct quotation, the voice
// of a bare statement that follows narrative is no longer sure; nor is it for a quotation opening
// a paragraph of its own (a new turn, often named only later), unless it follows the speaker's
// reported account in the paragraph right before (s22-cont-switches.ts).

import type { Step } from "../steps.ts";
import { personNamedBetween, reportedTurnGoesOn } from "./s22-cont-switches.ts";
import { opensParagraph, opensSentence } from "./sole-voice.ts";
import { attribute, type QuoteDoc } from "./state.ts";
import { speaksOf } from "./third-person.ts";
import type { Speaker } from "./types.ts";

/** Paragraphs back the latest speaker carries over to a bare statement. */
const REACH = 1;

/** The latest history entry before `pos`, and whether it spoke. */
function latest(doc: QuoteDoc, pos: number): Speaker | undefined {
  const { history } = doc;
  for (let h = history.length - 1; h >= 0; h--) if (history[h]!.start < pos) return history[h];
  return undefined;
}

/** A capitalised word past a sentence's first, other than the speaker's own, in the sentences
 *  between the speaker's and the quotation: the narrative has brought in someone else by name. */
function namesBetween(text: string, h: Speaker, at: number): boolean {
  const own = new Set(h.text.split(/\s+/));
  const end = /[.!?]["”’]?\s+/g;
  end.lastIndex = h.end;
  const from = end.exec(text)?.index ?? at;
  return text
    .slice(Math.min(from, at), at)
    .split(/[.!?]["”’]?\s+/)
    .some((sent) =>
      sent
        .trim()
        .split(/\s+/)
        .slice(1)
        .some((w) => /^\p{Lu}/u.test(w) && !own.has(w.replace(/[^\p{L}.'’-]/gu, ""))),
    );
}

export const RECENT_SPEAKER: Step<QuoteDoc> = {
  name: "recent-speaker",
  doc: "a bare statement after narration with no new person in it: the speaker of the paragraph or the one before",
  run: (doc) => {
    const { spans, speakers, kinds, text } = doc;
    for (let q = 0; q < spans.length; q++) {
      const s = spans[q]!;
      if (speakers[q] || kinds[q] === "term" || !opensSentence(doc, q)) continue;
      // (a run-on quotation's later parts take its first part's speaker: the first decides)
      if (s.continues !== null) continue;
      // (one closing on a comma waits for a tag the walk did not read: "…, let's move on," she said)
      if (/,\s*$/.test(text.slice(s.start, s.end))) continue;
      const h = latest(doc, s.markOpen);
      if (!h?.speaker || !h.name || (h.para ?? -1) < s.para - REACH) continue;
      if (opensParagraph(doc, q) && !reportedTurnGoesOn(doc, h, q)) continue;
      if (doc.cues.some((c, k) => c?.speaker.start === h.start && kinds[k] === "statement")) continue;
      const between = personNamedBetween(doc, h, s.markOpen) ?? namesBetween(text, h, s.markOpen);
      if (speaksOf(text.slice(s.start, s.end), h, false) || between) continue;
      attribute(doc, q, h, null, "context");
      for (let k = q + 1; k < spans.length && spans[k]!.continues === k - 1; k++)
        if (!speakers[k]) attribute(doc, k, h, null, "continuation");
    }
  },
};
