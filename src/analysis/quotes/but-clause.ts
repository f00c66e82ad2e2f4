// "The extent of the injury is not yet clear but Bath boss Jo Marr rates him no better than
// “50-50”": a named person opening the clause after "but" holds the term (session 35). The
// clause-after-conjunction reading of clause-verbs.ts asks for a comma before "but", which news
// copy often leaves out.

import type { Alternative } from "../steps.ts";
import { clauseSubject } from "./clause-subject.ts";
import type { Cue } from "./phrases.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

type CueAt = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

export const BUT_CLAUSE_NAMED_RULE: Alternative<CueAt, Cue> = {
  name: "but-clause-named-subject",
  doc: '`The injury is not clear but Bath boss Jo Marr rates him no better than "50-50"`: a named person opening the clause after "but", with its finite verb, holds the term',
  try: ({ ctx, j }) => {
    // the last "but" before the quotation, with no quotation or clause break between
    let from = -1;
    for (let c = j - 1; c > 0 && from < 0; c--) {
      const t = ctx.toks[c]!;
      if (t.type === "q" || (t.type === "p" && /^[;:]$/.test(t.text))) return null;
      if (t.lower === "but") from = c + 1;
    }
    if (from < 0) return null;
    const c = clauseSubject(ctx.toks.slice(from), j - from, ctx.doc.text);
    const sp = c ? resolvePhrase(ctx.doc, c.speaker) : null;
    return sp?.kind === "person" && sp.id && /^\p{Lu}/u.test(c!.speaker.text) ? c : null;
  },
};
