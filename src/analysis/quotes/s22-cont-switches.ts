// Speaker classes of quotation runs found in session 22 (issue #13, BBC study sets 38/39 and
// PolNeAR train): run headers with no verb or colon, and untagged quotations after a question.

import { genderOfName } from "../actors/index.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type Step, type StepSwitches } from "../steps.ts";
import type { DocNames } from "./doc-names.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { attribute, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** `- Westport boss Ivo Brandt "We were poor. "…"`: a match report's quote block opens on a dash,
 *  the club's role and the name, then the words, with no colon and no verb; the header names the
 *  speaker of the run as `- Westport boss Ivo Brandt: "…"` does (colon-name.ts colon-role-name). */
const DASH_HEADER_SWITCH = {
  name: "dash-role-name-header",
  doc: '`- Westport boss Ivo Brandt "We were poor."`: a dash, a role and a name right before the quotation, no colon, name its speaker',
};

/** May the role-and-name header before a quotation go without its colon? */
export const headerWithoutColon = (switches: StepSwitches): boolean =>
  isOn("quotes", DASH_HEADER_SWITCH.name, switches);

/** Paragraphs back the answerer may have last spoken. */
const ANSWER_REACH = 2;

/** `Bell: "We will cut taxes." Roe: "We will not."`: a debate round-up heads each answer with
 *  the speaker's surname and a colon; a lone word there is a speaker when the article names a
 *  man or woman in full with it (colon-name.ts; a heading, "Update:", names no one). */
const LONE_SURNAME_SWITCH = {
  name: "colon-lone-surname",
  doc: '`Bell: "We will cut taxes."`: a surname alone before a colon, of a person the article names in full',
};

/** Is `word` at `at` the surname of a man or woman the article names in full before it? */
export function loneSurname(names: DocNames, word: string, at: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", LONE_SURNAME_SWITCH.name, switches) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const full = names.expand([word], at);
  // (a known given name first: "Hillary Clinton", not "Department of Commerce")
  return !!full && full.name !== word && genderOfName(full.name) !== "any";
}

/** `Is the party finished, as its founder Ann Bell once said? "No. …"`: a bare quotation after a
 *  question the writer asks answers it; the one the question cites in its as-clause (`sp`, the
 *  speaker of the question `sent`) answers nothing. The interviewee does: the person whose
 *  quotation came last before the question; else null (context.ts rule "question-answer"). */
export function answerAfterQuestion(
  doc: QuoteDoc,
  sent: { start: number; end: number },
  sp: Speaker,
  para: number,
): Speaker | null {
  const words = doc.text.slice(sent.start, sent.end).trim();
  // (the writer's own question: no quotation in it, a question mark last)
  if (!/\?$/.test(words) || /["“”]/.test(words) || sp.start < sent.start || sp.end > sent.end) return null;
  if (!/,\s+as\s+(?:[\p{L}'’-]+\s+){0,4}$/u.test(doc.text.slice(sent.start, sp.start))) return null;
  const { spans, speakers, kinds } = doc;
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    if (s.end > sent.start || kinds[k] === "term") continue;
    const h = speakers[k];
    if (s.para < para - ANSWER_REACH || !h) return null;
    return h.kind === "person" && h.id && h.id !== sp.id ? h : null;
  }
  return null;
}

/** A paragraph that is a dash and a name alone, or a name and a comma before a place or an
 *  occasion: "- Ann Bell.", "-Senator Ann Bell, speaking in Leeds." */
const FOOTER = /^\s*[-–—]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:,\s[^\n]{0,80})?\.?\s*$/u;

/** `"We will win." ⏎ - Ann Bell.`: a fact-check's or notebook's quotation standing alone in its
 *  paragraph, signed by the next paragraph, a dash and the name (the mirror of a header
 *  `- Ann Bell: "…"`): the name speaks the paragraph's quotations that have no cue of their own. */
export const DASH_FOOTER: Step<QuoteDoc> = {
  name: "dash-name-footer",
  doc: '`"We will win." ⏎ - Ann Bell.`: a paragraph of a dash and a name signs the quotation paragraph before it',
  run: (doc) => {
    const { spans, speakers, via, kinds, text, article } = doc;
    for (let q = 0; q < spans.length; q++) {
      const s = spans[q]!;
      const para = article.paragraphs[s.para]!;
      const next = article.paragraphs[s.para + 1];
      // (the quotation closes its paragraph, and the run before it is quotations alone)
      if (!next || spans[q + 1]?.para === s.para || !/^\W*$/.test(text.slice(s.markClose + 1, para.end)))
        continue;
      const m = FOOTER.exec(text.slice(next.start, next.end));
      if (!m) continue;
      const name = m[1]!.replace(/\.$/, "");
      const at = next.start + m[0].indexOf(name);
      const sp = resolvePhrase(doc, { start: at, end: at + name.length, text: name });
      if (sp.kind !== "person" || !sp.name) continue;
      for (let k = q; k >= 0 && spans[k]!.para === s.para; k--)
        if (kinds[k] !== "term" && (!speakers[k] || via[k] !== "cue")) attribute(doc, k, sp, null, "cue");
    }
  },
};

/** `Ann Bell told the BBC there were two steps. The first is to check the card. ⏎ "The end is …"`:
 *  a bare statement opening the paragraph right after one whose account (reported speech, no
 *  direct quotation) is a speaker's goes on with that account (recent-speaker.ts). */
const REPORTED_TURN_SWITCH = {
  name: "reported-turn-next-paragraph",
  doc: '"Ann Bell told the BBC there were two steps. … ⏎ “The end is …”": a bare statement opening the next paragraph goes on with her account',
};

/** May the bare statement `q` opening its paragraph take the speaker `h` of the paragraph before?
 *  Not when a speech verb follows it closely (`"…!" Rep. Ann Bell said of it`: a tag the walk
 *  did not read names a new turn). */
export function reportedTurnGoesOn(doc: QuoteDoc, h: Speaker, q: number): boolean {
  const s = doc.spans[q]!;
  if (!isOn("quotes", REPORTED_TURN_SWITCH.name, doc.switches) || h.para !== s.para - 1) return false;
  const after = doc.text.slice(
    s.markClose + 1,
    Math.min(s.markClose + 80, doc.paraStarts[s.para + 1] ?? Infinity),
  );
  return !after.split(/[^\p{L}]+/u).some((w) => SPEECH_VERB_FORMS.has(w.toLowerCase()));
}

/** `Mr Bell says it would help. He is talking to search firm Zoogle about it. "…"`: only a person
 *  named since the speaker's sentence breaks the run of their account, not a firm, place or title
 *  (recent-speaker.ts read every capitalised word as someone new). */
const PERSON_BETWEEN_SWITCH = {
  name: "person-named-between",
  doc: '"Mr Bell says it would help. He is talking to search firm Zoogle. “…”": a firm named since does not break the speaker\'s run; a person does',
};

/** Whether the model names a person other than `h` between h's sentence and `at` (null with the
 *  switch off: the caller reads capitalised words instead). */
export function personNamedBetween(doc: QuoteDoc, h: Speaker, at: number): boolean | null {
  if (!isOn("quotes", PERSON_BETWEEN_SWITCH.name, doc.switches)) return null;
  const end = /[.!?]["”’]?\s+/g;
  end.lastIndex = h.end;
  const from = Math.min(end.exec(doc.text)?.index ?? at, at);
  return doc.actors
    .mentionsIn(doc.article.docId)
    .some(
      (m) =>
        m.start >= from &&
        m.start < at &&
        m.actorId !== h.id &&
        m.actorId.startsWith("person:") &&
        m.via !== "pronoun",
    );
}

/** The inline switches of these classes, for the ablation. */
export const S22_CONT_SWITCHES = [
  DASH_HEADER_SWITCH,
  REPORTED_TURN_SWITCH,
  PERSON_BETWEEN_SWITCH,
  LONE_SURNAME_SWITCH,
];
