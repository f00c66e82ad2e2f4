// An interview feature with more than one voice: "Wales flanker Rhys Pritchard … spoke to BBC Sport
// Wales", his answers as paragraphs with no tag, and a coach or an agent quoted between them. A
// statement paragraph no rule gives a speaker is the interviewee's: the person the headline or the
// lead names, who says most of the article's attributed statements (at least two, and more than
// any other voice), unless the sentence before opens on someone else or the words speak
// of the interviewee (session 43, interview features; sole-voice.ts is the one-voice case).

import { literal } from "../../text/regex-literal.ts";
import type { Step } from "../steps.ts";
import { opensParagraph, otherSubjectBefore } from "./sole-voice.ts";
import { attribute, type QuoteDoc } from "./state.ts";
import { speaksOf } from "./third-person.ts";
import type { Speaker } from "./types.ts";

/** Fewest statements the interviewee must have said. */
const MIN_STATEMENTS = 2;

/** The person who says most of the article's attributed statements, when the lead names them. */
function mainVoice(doc: QuoteDoc): Speaker | null {
  const counts = new Map<string, { sp: Speaker; n: number }>();
  doc.speakers.forEach((sp, q) => {
    if (!sp?.name || doc.kinds[q] === "term") return;
    const c = counts.get(sp.name) ?? { sp, n: 0 };
    c.n++;
    counts.set(sp.name, c);
  });
  const [top, next] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (top?.sp.kind !== "person" || top.n < MIN_STATEMENTS || (next && next.n >= top.n)) return null;
  // (the headline or the lead's first sentence names them: the article is about them)
  const lead = doc.article.paragraphs[0]?.sentences[0]?.end ?? doc.article.bodyStart;
  const surname = top.sp.name!.split(/\s+/).pop()!;
  return new RegExp(String.raw`\b${literal(surname)}\b`).test(doc.text.slice(0, lead)) ? top.sp : null;
}

export const MAIN_VOICE: Step<QuoteDoc> = {
  name: "main-voice",
  doc: "an interview feature with several voices: a statement paragraph with no speaker is the interviewee's (the lead's person, who says most statements)",
  run: (doc) => {
    const voice = mainVoice(doc);
    if (!voice) return;
    const { spans, speakers, kinds, text } = doc;
    for (let q = 0; q < spans.length; q++) {
      const s = spans[q]!;
      if (speakers[q] || kinds[q] === "term" || !opensParagraph(doc, q)) continue;
      if (otherSubjectBefore(doc, q, voice) || speaksOf(text.slice(s.start, s.end), voice, false)) continue;
      attribute(doc, q, voice, null, "context");
    }
  },
};
