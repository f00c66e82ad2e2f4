// "Back in Batticaloa, fisherman Selvarajah Murugan, 51, stood beside the wreck of his boat. “The
// sea gave us everything …,” he said." / "Mottram's mother, Linda, wept as the verdict was read.
// “He's a good lad,” she said.": a paragraph that opens on a whole sentence whose subject is the
// one person it names, and then quotes with a he/she right after the closing mark, is quoting that
// person, though another of the same sex spoke last before (the way a reporter brings in the next
// voice). An object ("… beat Tommy Robredo") is no such person, nor is anyone when the paragraph
// quotes or names someone else first.

import { asciiBoundary, indexesOf } from "../../text/literal-at.ts";
import { genderOfName } from "../actors/index.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import { paraOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const PARAGRAPH_PERSON_SWITCH = {
  name: "pronoun-paragraph-person",
  doc: "\"Back in Batticaloa, fisherman Ann Roe stood by the wreck. “…,” she said\": the one person the quotation's paragraph opens on as a sentence's subject is the he/she right after the quotation",
} as const;

/** What may stand before a subject in its sentence: an opening phrase and its comma, up to three
 *  lower-case role words ("fisherman", "former world champion"), or a relation in apposition
 *  ("Mottram's mother, "); or an inverted "Among the nurses is". */
const SUBJECT_LEAD =
  /^(?:[^,"“”]*,\s*)?(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}|\p{Lu}[\p{L}'’-]*['’]s\s+\p{Ll}+,\s*)$|^Among\s[^,"“”]*\s(?:is|was)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

export function paragraphPerson(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", PARAGRAPH_PERSON_SWITCH.name, doc.switches)) return null;
  const para = paraOf(doc, p.start);
  // the quotation the he/she tags: the first of its paragraph, the he/she right after its mark
  const quote = doc.spans.find((s) => s.para === para);
  if (!quote || quote.end > p.start || !/^[\s,.!?"”]{0,4}$/.test(doc.text.slice(quote.end, p.start)))
    return null;
  // (a quotation opening its paragraph: the paragraph before, quoting no one, brings the person in)
  const opens = !doc.text.slice(doc.paraStarts[para]!, quote.markOpen).trim();
  if (opens && (para === 0 || doc.spans.some((s) => s.para === para - 1))) return null;
  const from = doc.paraStarts[opens ? para - 1 : para]!;
  const to = opens ? doc.paraStarts[para]! : quote.markOpen;
  // (a whole sentence before the quotation)
  if (!/[.!?]["”]?\s*$/.test(doc.text.slice(from, to))) return null;
  const ms = doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.start >= from && m.start < to && doc.actors.byId.get(m.actorId)?.kind === "person");
  // (names only: a he/she there is the model's reading, the one this rule may overrule)
  // (and not an owner: "Mottram's mother, Linda," names Linda)
  const named = ms.filter((m) => m.via !== "pronoun" && !/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)));
  if (named.length === 0 || new Set(named.map((m) => m.actorId)).size !== 1) return null;
  const m = named[0]!;
  const g = genderOfName(doc.actors.byId.get(m.actorId)!.name);
  if (g !== "any" && g !== want) return null;
  // (the subject of the one sentence before the quotation: "But the Tory leader argued …" after a
  // sentence on George Bush is another subject's)
  if (sentenceStart(doc, m.start) > from || sentenceStart(doc, to - 2) > from) return null;
  if (!SUBJECT_LEAD.test(doc.text.slice(from, m.start))) return null;
  // (nor one the quotation names: "I've had a quiet word with Olof," after "Mellberg spoke …")
  const words = doc.actors.byId
    .get(m.actorId)!
    .name.split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const quoted = doc.text.slice(quote.start, quote.end);
  const said = (w: string) =>
    [...indexesOf(quoted, w)].some((i) => asciiBoundary(quoted, i) && asciiBoundary(quoted, i + w.length));
  if (words.some(said)) return null;
  // (nor when someone else speaks there: "one dealer … told Reuters", "The firm said")
  if (doc.history.some((h) => h.start >= from && h.start < to && h.id !== m.actorId)) return null;
  return speakerForActor(doc, m.actorId, p);
}
