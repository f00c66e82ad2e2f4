// "“I have no objection …. ⏎ “This is a bill in search of a purpose.” ⏎ Those words came from Neil
// Halloran, the Labour MP who organised the rebellion": a sentence that gives the words before it
// a speaker ("Those words came from X", "The words were X's", "So said X") is the speaker of the
// bare quotation paragraphs right before it (switch "words-came-from").

import type { Step } from "../steps.ts";
import { attribute, type QuoteDoc, speakerForActor } from "./state.ts";

/** A paragraph opening that hands the words before it to a name right after it. */
const HANDS_BACK =
  /^\s*(?:(?:Those|These|The)\s+(?:words|remarks|comments)\s+(?:came|come)\s+from|(?:Those|These)\s+(?:were|are)\s+the\s+words\s+of|So\s+(?:said|says))\s+/;

export const WORDS_CAME_FROM: Step<QuoteDoc> = {
  name: "words-came-from",
  doc: '"“…” ⏎ Those words came from Neil Halloran": the person named right after a sentence handing the words back speaks the bare quotation paragraphs before it',
  run: (doc) => {
    const { article, text, spans, speakers } = doc;
    const ms = doc.actors.mentionsIn(article.docId);
    article.paragraphs.forEach((para, pi) => {
      const m = HANDS_BACK.exec(text.slice(para.start, para.end));
      if (!m) return;
      const at = para.start + m[0].length;
      const who = ms.find((x) => x.start === at && x.via !== "pronoun");
      if (!who || doc.actors.byId.get(who.actorId)?.kind !== "person") return;
      const sp = speakerForActor(doc, who.actorId, {
        start: who.start,
        end: who.end,
        text: text.slice(who.start, who.end),
      });
      // (back over the paragraphs that open on a quotation mark, the nearest first)
      for (let pj = pi - 1; pj >= Math.max(0, pi - 4); pj--) {
        const own = article.paragraphs[pj]!;
        if (!/^["“]/.test(text.slice(own.start, own.start + 1))) break;
        spans.forEach((s, q) => {
          if (s.para === pj && !speakers[q]) attribute(doc, q, sp, null, "context");
        });
      }
    });
  },
};
