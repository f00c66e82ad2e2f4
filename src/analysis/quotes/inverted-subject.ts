// "Among the fans at the barriers was 17-year-old Lucy Barnes, who …. “…,” she said": a sentence
// that opens on a place or a participle and puts its subject after "was"/"were" (inversion) holds
// that person as its subject; the speaker history never held it, so the he/she after it went to
// an older speaker. This step adds the inverted subject to the history (switch "inverted-subject").

import { isOn, type Step } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import { insideQuotation } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

/** What the step reads of the sentence context (sentence.ts's SentenceCtx, without importing it). */
interface InvertedCtx {
  readonly doc: QuoteDoc;
  readonly toks: Tok[];
  readonly found: { at: number; q: number | null; cue: Cue }[];
}

/** Openers of a fronted place, company or participle ("Among …", "Outside the court …", "Joining him …"). */
const OPENER =
  /^(?:among|amongst|alongside|outside|inside|behind|beside|next|also|joining|leading|watching|standing|sitting|waiting|there|at|in|on|with|first|last|top|heading)$/;

/** Between "was" and the name: a few lower-case or numeric words of description, no clause. */
const DESCRIPTION = /^\s+(?:(?:the|a|an|his|her|their|[\p{Ll}\d][\p{Ll}\d'’-]*)\s+){0,4}$/u;

export const INVERTED_SUBJECT: Step<InvertedCtx> = {
  name: "inverted-subject",
  doc: '"Among the fans was 17-year-old Lucy Barnes. “…,” she said": the person after the verb of an inverted sentence, for the history',
  run: ({ doc, toks, found }) => {
    const first = toks[0];
    if (first?.type !== "w" || !OPENER.test(first.lower)) return;
    if (!isOn("quotes", INVERTED_SUBJECT.name, doc.switches)) return;
    // (the first verb is the copula; a comma before it ends a fronted clause with a subject of its own)
    const v = toks.findIndex((t) => t.type === "w" && /^(?:was|were|is|are)$/.test(t.lower));
    if (v < 0 || toks.slice(1, v).some((t) => t.type !== "w")) return;
    const after = toks[v]!.end;
    for (const m of doc.actors.mentionsIn(doc.article.docId)) {
      if (m.start < after) continue;
      if (m.start > after + 60) break;
      if (m.via !== "name" || insideQuotation(doc, m.start)) return;
      if (doc.actors.byId.get(m.actorId)?.kind !== "person") return;
      if (!DESCRIPTION.test(doc.text.slice(after, m.start)) || /^['’]/.test(doc.text.slice(m.end))) return;
      if (found.some((f) => f.at >= m.start && f.at < m.end)) return;
      const speaker = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
      found.push({ at: m.start, q: -1, cue: { speaker, cue: "", label: false } });
      return;
    }
  },
};
