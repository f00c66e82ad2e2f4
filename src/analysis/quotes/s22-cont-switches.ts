// Speaker classes of quotation runs found in session 22 (issue #13, BBC study sets 38/39 and
// PolNeAR train): run headers with no verb or colon, and untagged quotations after a question.

import { isOn, type StepSwitches } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** `- Westport boss Ivo Brandt "We were poor. "…"`: a match report's quote block opens on a dash,
 *  the club's role and the name, then the words, with no colon and no verb; the header names the
 *  speaker of the run as `- Westport boss Ivo Brandt: "…"` does (colon-name.ts colon-role-name). */
export const DASH_HEADER_SWITCH = {
  name: "dash-role-name-header",
  doc: '`- Westport boss Ivo Brandt "We were poor."`: a dash, a role and a name right before the quotation, no colon, name its speaker',
};

/** May the role-and-name header before a quotation go without its colon? */
export const headerWithoutColon = (switches: StepSwitches): boolean =>
  isOn("quotes", DASH_HEADER_SWITCH.name, switches);

/** Paragraphs back the answerer may have last spoken. */
const ANSWER_REACH = 2;

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

/** The inline switches of these classes, for the ablation. */
export const S22_CONT_SWITCHES = [DASH_HEADER_SWITCH];
