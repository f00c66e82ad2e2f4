// "Simon Hughes branded Mr Howard “arrogant and wrong” for claiming the Tories were the “natural
// party” of ethnic voters": words after "for claiming" are the claimer's, the person the main verb
// acts on, not its subject (session 35). The subject keeps its own words before "for".

import type { Alternative } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import { NESTED_CUES } from "./speech-noun.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

type CueAt = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

/** Participles of saying after "for" ("for claiming", "for calling it …"). */
const SAYING_PARTICIPLE =
  /^(?:claiming|saying|describing|calling|suggesting|insisting|comparing|branding|labelling|labeling|dubbing|likening|arguing|warning|predicting)$/;

export const FOR_SAYING_OBJECT_RULE: Alternative<CueAt, Cue> = {
  name: "for-saying-object",
  doc: '"Ann Roe branded Mr Hale “wrong” for claiming the plan was “fair”": words after "for claiming" are the person the main verb acts on',
  try: ({ ctx, j }) => {
    const { toks, doc } = ctx;
    let f = -1;
    for (let k = j - 1; k > 1 && f < 0; k--) {
      const t = toks[k]!;
      if (t.type === "p" && /^[;:]$/.test(t.text)) return null;
      if (t.lower === "for" && SAYING_PARTICIPLE.test(toks[k + 1]?.lower ?? "")) f = k;
    }
    if (f < 0) return null;
    // the person named last before "for", past the sentence's first word (the subject's own name)
    const from = toks[1]!.start;
    const until = toks[f]!.start;
    const person = doc.actors
      .mentionsIn(doc.article.docId)
      .filter(
        (m) =>
          m.start >= from &&
          m.end <= until &&
          m.via !== "pronoun" &&
          m.via !== "role" &&
          doc.actors.byId.get(m.actorId)?.kind === "person",
      )
      .pop();
    if (!person || !objectOfVerb(doc.text.slice(toks[0]!.start, person.start))) return null;
    const speaker = { start: person.start, end: person.end, text: doc.text.slice(person.start, person.end) };
    // (nested in the subject's clause: the subject stays the one a he/she after it goes on with)
    const cue: Cue = { speaker, cue: toks[f + 1]!.lower, label: false };
    NESTED_CUES.add(cue);
    return cue;
  },
};

/** Do the words before the person end on a verb in the past or present ("branded Mr", "attacked
 *  the Tory leader")? Then the person is its object, not a subject opening the clause. */
function objectOfVerb(before: string): boolean {
  return /\b\p{Ll}+(?:ed|s)\s+(?:(?:the|his|her|Mr|Mrs|Ms|Dr|Sir|Lord)\s+)?(?:\p{Ll}+\s+){0,3}$/u.test(
    before,
  );
}
