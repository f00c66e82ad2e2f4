// Session 27 (issue #13): the cue rules of this session, tried right before clause-subject (after
// every cue with a speech verb and every closing tag): `His message to the chancellor was: "…"`
// (s27-possessive-message.ts) and the clause subject past a fronted participle clause
// (`Responding to the Budget Review, Ann Roe attacked the "unfair" tax`, s27-participle-clause.ts).

import type { Alternative } from "../steps.ts";
import { clauseSubject } from "./clause-subject.ts";
import type { Cue } from "./phrases.ts";
import { FRONTED_PARTICIPLE_SUBJECT, frontedParticipleComma } from "./s27-participle-clause.ts";
import { POSSESSIVE_MESSAGE_COLON_RULE } from "./s27-possessive-message.ts";
import type { Tok } from "./tokens.ts";

type CueAt = { ctx: { toks: Tok[]; doc: { text: string } }; j: number };

export const S27_CUE_RULES: readonly Alternative<CueAt, Cue>[] = [
  POSSESSIVE_MESSAGE_COLON_RULE,
  {
    ...FRONTED_PARTICIPLE_SUBJECT,
    try: ({ ctx, j }) => {
      const c = frontedParticipleComma(ctx.toks, j);
      if (c < 0) return null;
      const rest = ctx.toks.slice(c + 1);
      return (
        clauseSubject(rest, j - c - 1, ctx.doc.text) ?? clauseSubject(rest, j - c - 1, ctx.doc.text, true)
      );
    },
  },
];
