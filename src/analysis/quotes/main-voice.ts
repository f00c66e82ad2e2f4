// An interview feature with more than one voice: "Wales flanker Rhys Pritchard … spoke to BBC Sport
// Wales", his answers as paragraphs with no tag, and a coach or an agent quoted between them. A
// statement paragraph no rule gives a speaker is the interviewee's: the person the headline or the
// lead names, who says most of the article's attributed statements (at least two, and more than
// any other voice), unless the sentence before opens on someone else or the words speak
// of the interviewee (session 43, interview features; sole-voice.ts is the one-voice case).

import { literal } from "../../text/regex-literal.ts";
import type { Step } from "../steps.ts";
import { opensParagraph, otherSubjectBefore } from "./sole-voice.ts";
import { attribute, type QuoteDoc, speakerForActor } from "./state.ts";
import { speaksOf } from "./third-person.ts";
import type { Speaker } from "./types.ts";

/** Does `text` hold the last word of `name` as a word? */
const namesSurname = (text: string, name: string): boolean =>
  new RegExp(String.raw`\b${literal(name.split(/\s+/).pop()!)}\b`).test(text);

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
  // (the headline or the lead paragraph names them: the article is about them; by the
  // model's actor when it has one, as a father and son share a surname)
  const [p0, p1] = doc.article.paragraphs;
  const lead = (p1 ?? p0)?.end ?? doc.article.bodyStart;
  if (top.sp.id)
    return doc.actors.mentionsIn(doc.article.docId).some((m) => m.start < lead && m.actorId === top.sp.id)
      ? top.sp
      : null;
  return namesSurname(doc.text.slice(0, lead), top.sp.name!) ? top.sp : null;
}

export const MAIN_VOICE: Step<QuoteDoc> = {
  name: "main-voice",
  doc: "an interview feature with several voices: a statement paragraph with no speaker is the interviewee's (the lead's person, who says most statements)",
  run: (doc) => {
    const voice = mainVoice(doc);
    if (voice) giveBareParagraphs(doc, voice, () => true);
  },
};

/** Statement paragraphs with no speaker whose words pass `answer` go to `voice`, unless the
 *  sentence before opens on someone else or the words speak of the voice. */
function giveBareParagraphs(doc: QuoteDoc, voice: Speaker, answer: (words: string) => boolean): void {
  const { spans, speakers, kinds, text } = doc;
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q]!;
    const words = text.slice(s.start, s.end);
    if (speakers[q] || kinds[q] === "term" || !opensParagraph(doc, q) || !answer(words)) continue;
    if (otherSubjectBefore(doc, q, voice) || speaksOf(words, voice, false)) continue;
    attribute(doc, q, voice, null, "context");
  }
}

/** First-person words: an answer, not a document or a slogan. */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|[Ww]e|[Ww]e're|[Ww]e've|our|us)\b/;

/** The person the headline names by surname and the first paragraph names in full, or null. */
function headlinePerson(doc: QuoteDoc): Speaker | null {
  const { article, actors, text } = doc;
  // (the headline: the words before the first paragraph kept, or a first line with no full stop)
  const [p0, p1] = article.paragraphs;
  const headed = !!p0 && !!p1 && !/[.!?]["”’]?$/.test(text.slice(p0.start, p0.end));
  const first = headed ? p1 : p0;
  if (!first) return null;
  const headline = text.slice(0, first.start);
  for (const m of actors.mentionsIn(article.docId)) {
    if (m.start < first.start || m.via !== "name") continue;
    if (m.start >= first.end) break;
    const a = actors.byId.get(m.actorId);
    if (a?.kind === "person" && namesSurname(headline, a.name))
      return speakerForActor(doc, m.actorId, {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
  }
  return null;
}

export const LEAD_INTERVIEWEE: Step<QuoteDoc> = {
  name: "lead-interviewee",
  doc: "an interview feature whose answers go untagged: a first-person statement paragraph with no speaker is the person the headline and the first paragraph name",
  run: (doc) => {
    if (doc.speakers.every(Boolean)) return;
    const voice = headlinePerson(doc);
    if (voice) giveBareParagraphs(doc, voice, (words) => FIRST_PERSON.test(words));
  },
};
