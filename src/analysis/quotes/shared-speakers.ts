// "Fellow students Tom Reed and Ian Bell, who observed, “…”": words two named people are said to
// share are neither's own (the gold sets' rule, business/449): the quotation keeps no speaker,
// nor do the parts that carry its speaker on.

import { isOn } from "../steps.ts";
import { JOINT_PEOPLE_SWITCH } from "./s25-joint-speakers.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

/** A person's name and "and" right before the speaker's words ("Tom Reed and "). */
const CONJUNCT = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+and\s+$/u;

/** Where the speaker's words stand nearest the quotation (before its opening or after its close), or -1. */
function speakerAt(text: string, q: QuoteFound): number {
  const words = q.speakerText!;
  const gap = (at: number) => (at < q.start ? q.start - (at + words.length) : at - q.end);
  let best = -1;
  const from = Math.max(0, q.start - 250);
  // a window around the quotation, so the search never runs on through the article
  const win = text.slice(from, q.end + 150 + words.length);
  for (let w = win.indexOf(words); w >= 0; w = win.indexOf(words, w + 1)) {
    const at = from + w;
    if (at >= q.start && at < q.end) continue;
    // "Ian Bell said:" after the quotation introduces the next one
    if (at >= q.end && /^\s+\p{Ll}+:/u.test(text.slice(at + words.length, at + words.length + 16))) continue;
    if (best < 0 || gap(at) < gap(best)) best = at;
  }
  return best;
}

/** Is the person at the quotation's cue the second of two named people sharing the verb? */
function shared(doc: QuoteDoc, q: QuoteFound): boolean {
  if (q.via !== "cue" || q.speakerKind !== "person" || !q.speakerText || !/^\p{Lu}/u.test(q.speakerText))
    return false;
  // (a joint speaker already names both: "Ann Roe and Ivo Brandt", s25-joint-speakers.ts)
  if (
    q.speakerId === null &&
    / and /.test(q.speakerName ?? "") &&
    isOn("quotes", JOINT_PEOPLE_SWITCH.name, doc.switches)
  )
    return false;
  const at = speakerAt(doc.text, q);
  if (at < 0) return false;
  const m = CONJUNCT.exec(doc.text.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  const start = at - m[0].length;
  const other = doc.actors.mentionAt(doc.article.docId, start, start + m[1]!.length);
  return !!other && doc.actors.byId.get(other.actorId)?.kind === "person" && other.actorId !== q.speakerId;
}

/** Clears the speaker of each quotation two named people share, and of its split or continued parts. */
export function unattributeShared(doc: QuoteDoc, direct: QuoteFound[]): void {
  let cleared: string | null = null;
  for (const q of direct) {
    const carried: boolean =
      cleared !== null && (q.via === "split" || q.via === "continuation") && q.speakerName === cleared;
    cleared = carried ? cleared : null;
    if (!carried && !shared(doc, q)) continue;
    cleared = q.speakerName;
    clearSpeaker(q);
  }
}
