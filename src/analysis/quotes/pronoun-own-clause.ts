// Two places a he/she's sentence names someone who cannot be the he/she:
// - "He said Mr Cole's plan was sound: “…”": a person the pronoun's own reported clause names
//   after its speech verb sits inside what the pronoun governs, so is never the pronoun (a name
//   cannot be bound by a pronoun above it; switch "pronoun-not-named-after-verb");
// - "Asked if Mr Cole could return, he replied: “…”": the person a fronted question names is the
//   one asked about, not the one who answers (switch "topic-asked-question").

import type { Mention } from "../../types.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, personNamesIn, sentenceStart } from "./prior-subject.ts";
import { ASKED_ABOUT_SWITCH } from "./pronoun18-switches.ts";
import type { QuoteDoc } from "./state.ts";

export const OWN_CLAUSE_SWITCHES = [
  {
    name: "pronoun-not-named-after-verb",
    doc: "\"He said Mr Cole's plan was sound: “…”\": a person named after the he/she's own speech verb is not the he/she",
  },
  {
    name: "topic-asked-question",
    doc: '"Asked if Mr Cole could return, he replied:": the person a fronted question names is asked about, not the he/she',
  },
  {
    name: "speech-noun-not-history",
    doc: '"The mayor rejected claims from Ann Roe that he ran a “…”. He said": a speech noun\'s nested speaker is no speaker a he/she goes on from',
  },
];

/** A fronted question put to the speaker: "Asked if …,", "Asked whether …,", "Asked why …,". */
const ASKED = /^(?:When\s+)?[Aa]sked\s+(?:if|whether|why|how|what|when|where|who)\s+(.+?),\s*$/;
/** …and "Asked about …,", "Asked which …,", "Asked by …," (switch "topic-asked-about"). */
const ASKED_ABOUT = /^(?:When\s+)?[Aa]sked\s+(?:about|which|by)\s+(.+?),\s*$/;

/** The people the sentence of pronoun `p` names that the pronoun cannot be, else null. */
export function namedInOwnClause(doc: QuoteDoc, p: Phrase): Set<string> | null {
  const ids = new Set<string>();
  if (isOn("quotes", "pronoun-not-named-after-verb", doc.switches))
    for (const m of namedAfterVerb(doc, p)) ids.add(m.actorId);
  if (isOn("quotes", "topic-asked-question", doc.switches))
    for (const m of namedInQuestion(doc, p)) ids.add(m.actorId);
  return ids.size ? ids : null;
}

/** Person mentions (by name) outside quotations in [from, to). */
function personsIn(doc: QuoteDoc, from: number, to: number): Mention[] {
  return personNamesIn(doc, from, to).filter((m) => !insideQuotation(doc, m.start));
}

/** "He said Mr Cole's plan …: “": the pronoun opens its sentence on a speech verb; the names up
 *  to the colon before the quotation. */
function namedAfterVerb(doc: QuoteDoc, p: Phrase): Mention[] {
  const { text } = doc;
  if (text.slice(sentenceStart(doc, p.start), p.start).trim() !== "") return [];
  const verb = /^\s+(\p{Ll}+)\s/u.exec(text.slice(p.end, p.end + 30));
  if (!verb || !SPEECH_VERB_FORMS.has(verb[1]!)) return [];
  const clause = /^[^.!?:;"“”]{1,200}:\s*["“]/u.exec(text.slice(p.end));
  return clause ? personsIn(doc, p.end, p.end + clause[0].length) : [];
}

/** "Asked if Mr Cole could return …, he replied": the names in the fronted question. */
function namedInQuestion(doc: QuoteDoc, p: Phrase): Mention[] {
  const from = sentenceStart(doc, p.start);
  const before = doc.text.slice(from, p.start);
  const m =
    ASKED.exec(before) ??
    (isOn("quotes", ASKED_ABOUT_SWITCH.name, doc.switches) ? ASKED_ABOUT.exec(before) : null);
  if (!m) return [];
  return personsIn(doc, from, p.start);
}
