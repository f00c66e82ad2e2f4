// "Kell was sacked on Friday - a move Marsh has backed. But he said: “…”": the name in a dash
// aside that takes up the sentence as "a move/decision X has backed" is the subject of its own
// clause, the latest person the sentence names; the speaker history never held it, so the he/she
// after went to the main clause's subject.

import { IRREGULAR_PAST_FORMS } from "../lexicons/verbs.ts";
import type { Step } from "../steps.ts";
import { type Cue, phraseOf } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { isCap, type Tok } from "./tokens.ts";

/** What the step reads of the sentence context (sentence.ts's SentenceCtx, without importing it). */
interface AsideCtx {
  readonly doc: QuoteDoc;
  readonly toks: Tok[];
  readonly found: { at: number; q: number | null; cue: Cue }[];
}

const DASH = /^[―—–-]$/;
const AUX = /^(?:has|had|have|was|is)$/;

/** The index after "<Name> (has) <past>" from k, the aside closing there, else -1. */
function asideClause(toks: Tok[], k: number): number {
  let e = k;
  while (e < toks.length && e - k < 3 && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
  if (e === k) return -1;
  let v = e;
  if (AUX.test(toks[v]?.lower ?? "")) v++;
  const verb = toks[v];
  if (verb?.type !== "w" || !(/^\p{Ll}+ed$/u.test(verb.text) || IRREGULAR_PAST_FORMS.has(verb.text)))
    return -1;
  const after = toks[v + 1];
  return !after || (after.type === "p" && /^[.,;]$/.test(after.text)) ? e : -1;
}

export const DASH_MOVE_SUBJECT: Step<AsideCtx> = {
  name: "dash-aside-subject",
  doc: '"Kell was sacked - a move Marsh has backed. But he said": the person named as the subject of a dash aside\'s clause, for the history',
  run: ({ toks, found, doc }) => {
    for (let d = 1; d + 4 < toks.length; d++) {
      if (toks[d]!.type !== "p" || !DASH.test(toks[d]!.text)) continue;
      if (!/^(?:a|an|the)$/.test(toks[d + 1]!.lower)) continue;
      const noun = toks[d + 2]!;
      if (noun.type !== "w" || isCap(noun)) continue;
      const e = asideClause(toks, d + 3);
      if (e < 0) continue;
      const p = phraseOf(toks, d + 3, e - 1, doc.text);
      const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
      if (!m || doc.actors.byId.get(m.actorId)?.kind !== "person") continue;
      if (found.some((f) => f.at >= p.start && f.at < p.end)) continue;
      found.push({ at: p.start, q: -1, cue: { speaker: p, cue: "", label: false } });
    }
  },
};
