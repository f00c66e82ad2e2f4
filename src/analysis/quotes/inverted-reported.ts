// "Debates will not matter much, noted NBC's Dan Orr. “…,” he wrote": a sentence of reported speech
// with no quotation that closes on an inverted tag (", noted X.") never put X in the speaker
// history (the indirect-speech step reads subjects before their verb), so the he/she after it
// went to the speaker of the quotation before.

import type { Step } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** What the step reads of the sentence context (sentence.ts's SentenceCtx, without importing it). */
interface TagCtx {
  readonly doc: QuoteDoc;
  readonly toks: Tok[];
  readonly qis: number[];
  readonly found: { at: number; q: number | null; cue: Cue }[];
}

/** The person the model names last in [from, to), by name, ending at `to`. */
function personEndingAt(doc: QuoteDoc, from: number, to: number) {
  return doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (m) =>
        m.start >= from &&
        m.end === to &&
        m.via !== "pronoun" &&
        m.via !== "role" &&
        doc.actors.byId.get(m.actorId)?.kind === "person",
    );
}

export const INVERTED_REPORTED_HISTORY: Step<TagCtx> = {
  name: "inverted-reported-history",
  doc: '"Debates will not matter, noted NBC\'s Dan Orr. “…,” he wrote": the person of an inverted tag closing a sentence with no quotation, for the history',
  run: ({ doc, toks, qis, found }) => {
    if (qis.length) return;
    let e = toks.length - 1;
    while (e >= 0 && toks[e]!.type === "p") e--;
    // ", <speech verb> <up to five words ending on a person's name>."
    for (let v = e - 1; v >= 2 && e - v <= 6; v--) {
      const t = toks[v]!;
      if (t.type !== "w" || !isVerbish(t) || isCap(t)) continue;
      if (toks[v - 1]!.type !== "p" || toks[v - 1]!.text !== ",") return;
      if (toks.slice(v + 1, e + 1).some((x) => x.type !== "w")) return;
      const m = personEndingAt(doc, toks[v + 1]!.start, toks[e]!.end);
      if (!m || found.some((f) => f.at === m.start)) return;
      const speaker = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
      found.push({ at: m.start, q: null, cue: { speaker, cue: t.lower, label: false } });
      return;
    }
  },
};
