// Switches of the speaker classes that recur across the BBC study sets (session 19, residual
// misses classed across sets): one list for inline-switches.ts, and the rules they name.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import type { Alternative } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";

/** Nouns for what a body puts out, beyond the documents: "new data from …", "figures from …". */
const ISSUED =
  /^(?:data|figures|statistics|numbers|research|analysis|review|warning|forecast|estimate|estimates)$/;

const isIssued = (w: string) => DOCUMENT_HEADS.has(w) || ISSUED.test(w);

/** `new data from website Homefind which suggested owners must hold a "…"`, `a report by the
 *  Lending Council that said`: a that/which clause, set off by no comma, whose own verb is the
 *  speech verb, on the name a document or data came "from" or was put out "by": that name speaks
 *  (which-document handles the clause on the document itself, "a report which said"). */
export const RELATIVE_ISSUER_RULE: Alternative<VerbAt, Phrase> = {
  name: "relative-issuer-no-comma",
  doc: '`data from website Homefind which suggested "…"`, `a report by the Lending Council that said`: the name a document or data came from, before a that/which clause with no comma',
  try: ({ toks, b, text }) => {
    const rel = toks[b];
    if (!rel || !/^(?:which|that)$/.test(rel.lower) || b < 2 || toks[b - 1]!.type !== "w") return null;
    const p = phraseBefore(toks, b, text);
    if (!p) return null;
    if (!/^\p{Lu}/u.test(p.text.split(/\s+/).pop()!)) return null;
    // ("from property website Homefind": up to two lowercase words of what the name is)
    let a = toks.findIndex((t) => t.start === p.start) - 1;
    while (
      a > 0 &&
      toks[a]!.type === "w" &&
      /^\p{Ll}+$/u.test(toks[a]!.text) &&
      !/^(?:from|by)$/.test(toks[a]!.lower)
    )
      if (p.start - toks[a--]!.start > 40) return null;
    if (a < 1 || !/^(?:from|by)$/.test(toks[a]!.lower)) return null;
    for (let k = a - 1; k >= 0 && a - k <= 3; k--) if (isIssued(toks[k]!.lower)) return p;
    return null;
  },
};
