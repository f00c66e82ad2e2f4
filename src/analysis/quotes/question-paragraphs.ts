// "Trading standards manager Brian Osgood answered some common questions. ⏎ What should people
// look out for? ⏎ “Anyone who turns up …”": a Q&A block, the writer's questions as paragraphs of
// their own and the answers as bare quotation paragraphs. An answer with no speaker is the
// person the sentence before the block names as answering, being asked or interviewed.

import type { Step } from "../steps.ts";
import { attribute, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** What the sentence before a Q&A block says of its person. */
const INTRODUCES = /\b(?:questions?|asked|answer(?:s|ed)?|interview(?:ed)?|spoke to|talked to)\b/i;

/** Is paragraph `pi` one question of the writer's (no quotation mark, a question mark last)? */
function questionParagraph(doc: QuoteDoc, pi: number): boolean {
  const p = doc.article.paragraphs[pi];
  const words = p ? doc.text.slice(p.start, p.end).trim() : "";
  return /\?$/.test(words) && !/["“”]/.test(words) && words.length < 300;
}

/** Does paragraph `pi` open on a quotation mark (an answer of the block)? */
const answerParagraph = (doc: QuoteDoc, pi: number): boolean => {
  const p = doc.article.paragraphs[pi];
  return !!p && /^["“]/.test(doc.text.slice(p.start, p.start + 1));
};

/** The person a sentence introducing the Q&A block names first, when it says they answer. */
function introducedAnswerer(doc: QuoteDoc, pi: number): Speaker | null {
  const p = doc.article.paragraphs[pi];
  const s = p?.sentences[p.sentences.length - 1];
  if (!s || !INTRODUCES.test(doc.text.slice(s.start, s.end))) return null;
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= s.start && x.end <= s.end && x.via === "name");
  if (!m || doc.actors.byId.get(m.actorId)?.kind !== "person") return null;
  return speakerForActor(doc, m.actorId, {
    start: m.start,
    end: m.end,
    text: doc.text.slice(m.start, m.end),
  });
}

export const QUESTION_PARAGRAPH_ANSWER: Step<QuoteDoc> = {
  name: "question-paragraph-answer",
  doc: "a Q&A block of question paragraphs and bare answer paragraphs: an answer is the previous answer's speaker, else the person introduced as answering",
  run: (doc) => {
    const { spans, speakers, kinds, text, article } = doc;
    for (let q = 0; q < spans.length; q++) {
      const s = spans[q]!;
      const para = article.paragraphs[s.para]!;
      if (speakers[q] || kinds[q] === "term" || s.continues !== null) continue;
      if (text.slice(para.start, s.markOpen).trim() !== "" || !questionParagraph(doc, s.para - 1)) continue;
      // (back over the block's questions and answers to the sentence that introduces it: an answer
      // given before is no guide, as a second voice may chip in between the interviewee's answers)
      let pi = s.para - 1;
      while (pi > 0 && (questionParagraph(doc, pi) || answerParagraph(doc, pi))) pi--;
      const sp = introducedAnswerer(doc, pi);
      if (sp?.kind === "person") attribute(doc, q, sp, null, "context");
    }
  },
};
