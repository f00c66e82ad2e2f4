// "“I have no objection …. ⏎ “This is a bill in search of a purpose.” ⏎ Those words came from Neil
// Halloran, the Labour MP who organised the rebellion": a sentence that gives the words before it
// a speaker ("Those words came from X", "The words were X's", "So said X") is the speaker of the
// bare quotation paragraphs right before it (switch "words-came-from"). Since session 45 also
// "Those were the defiant words of the show's composer, Adrian Wolfe", "That was Tolland's parting
// message", "That was all the German would say", "The rebuke came from the minister": the first
// person the sentence names (a name or a description the model resolves), over a speaker the
// paragraphs had only from context (switch "words-handed-back").

import type { Mention } from "../../types.ts";
import { isOn, type Step } from "../steps.ts";
import { attribute, type QuoteDoc, speakerForActor } from "./state.ts";

/** A paragraph opening that hands the words before it to a name right after it. */
const HANDS_BACK =
  /^\s*(?:(?:Those|These|The)\s+(?:words|remarks|comments)\s+(?:came|come)\s+from|(?:Those|These)\s+(?:were|are)\s+the\s+words\s+of|So\s+(?:said|says))\s+/;

/** Words for what someone said, the head of a sentence handing words back. */
const SAID_NOUN =
  "(?:words|verdict|message|response|reaction|experience|view|warning|assessment|reply|answer|plea|promise|retort|riposte|comment|remarks|thoughts|prediction|advice|rebuke|challenge)";

/** The wider openings (session 45): "That was X's parting message", "That was all X would say". */
const HANDS_BACK_WIDE = new RegExp(
  String.raw`^\s*(?:(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?${SAID_NOUN}\b|(?:That|This)\s+(?:was|is)\s+(?:all|how|what)\s|(?:That|This|The)\s+(?:[\p{Ll}-]+\s+){0,3}${SAID_NOUN}\s+(?:came|comes)\s+from\s)`,
  "u",
);

export const WORDS_HANDED_BACK_SWITCH = {
  name: "words-handed-back",
  doc: '"“…” ⏎ That was Tolland\'s parting message", "The rebuke came from the minister": the first person the sentence names speaks the bare quotation paragraphs before it, over a speaker they had from context',
} as const;

export const WORDS_CAME_FROM: Step<QuoteDoc> = {
  name: "words-came-from",
  doc: '"“…” ⏎ Those words came from Neil Halloran": the person named right after a sentence handing the words back speaks the bare quotation paragraphs before it',
  run: (doc) => {
    const { article, text, spans, speakers } = doc;
    const ms = doc.actors.mentionsIn(article.docId);
    const wide = isOn("quotes", WORDS_HANDED_BACK_SWITCH.name, doc.switches);
    article.paragraphs.forEach((para, pi) => {
      const opening = text.slice(para.start, para.end);
      const m = HANDS_BACK.exec(opening);
      const w = wide && (m ?? HANDS_BACK_WIDE.exec(opening));
      if (!m && !w) return;
      // (the name right after the opening; wider, the first person its sentence names: "Those were
      // the words of 17-year-old Lee Walsh")
      const who =
        (m ? ms.find((x) => x.start === para.start + m[0].length && x.via !== "pronoun") : undefined) ??
        (w ? firstNamed(doc, ms, para.start, para.sentences[0]?.end ?? para.end) : undefined);
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
        // (a paragraph whose words have a cue of their own is someone's, and ends the walk back)
        const cued = spans.some((s, q) => s.para === pj && (doc.via[q] === "cue" || doc.via[q] === "split"));
        spans.forEach((s, q) => {
          const open =
            !speakers[q] || (w && !cued && (doc.via[q] === "context" || doc.via[q] === "continuation"));
          if (s.para === pj && open) attribute(doc, q, sp, null, "context");
        });
        if (w && cued) break;
      }
    });
  },
};

/** The first person mention (not a pronoun) in [from, to), outside quotation marks. */
function firstNamed(doc: QuoteDoc, ms: readonly Mention[], from: number, to: number): Mention | undefined {
  return ms.find(
    (x) =>
      x.start >= from &&
      x.start < to &&
      x.via !== "pronoun" &&
      doc.actors.byId.get(x.actorId)?.kind === "person" &&
      !doc.spans.some((s) => s.markOpen <= x.start && x.start < s.end),
  );
}
