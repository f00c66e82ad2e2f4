// `Frank Capra was the butt of a gaffe in 1934 when the host opened the envelope and declared
// “come on up”`: a speech verb coordinated by "and" inside a subordinate clause ("when the host
// opened … and declared") shares that clause's subject, not the sentence's opening one, when the
// clause's subject is a person: he/she, a capitalised name, or "the <role>" (session 33, BBC
// study set 53); a relative clause too ("the treaty, which Tom Hale had called a “disaster” and
// promised to “rip up”", PolNeAR train).

import { SUBORDINATORS } from "../lexicons/clauses.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { type Alternative, isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { isCap } from "./tokens.ts";

const SUBORDINATE_COORDINATION_SWITCH = {
  name: "subordinate-coordination",
  doc: '"… in 1934 when the host opened the envelope and declared “…”": a verb coordinated inside a when-clause has that clause\'s person subject',
};

/** A finite verb: a past in -ed, a present in -s, or a common irregular past. */
const VERB =
  /^(?:\p{Ll}+ed|\p{Ll}+[^su's]s|was|had|went|came|took|made|gave|got|saw|told|said|stood|rose|ran|won|lost)$/u;

/** Is `p` a person's phrase: he/she, a capitalised name, or "the [modifier] <role>"? */
function personPhrase(p: Phrase): boolean {
  const pronoun = PRONOUNS[p.text.toLowerCase()];
  if (pronoun !== undefined) return pronoun === "male" || pronoun === "female";
  if (/^\p{Lu}/u.test(p.text) && !/^(?:The|A|An|This|That|It)\b/.test(p.text)) return true;
  const role = /^the\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+)$/iu.exec(p.text);
  return !!role && ROLE_HEADS.has(role[1]!);
}

export const SUBORDINATE_APPOSITION_SWITCH = {
  name: "subordinate-coordination-apposition",
  doc: '"…, while Bo Lind, the former governor, proposed a tax and said …": the when/while clause\'s subject is read past its apposition',
};

export const SUBORDINATE_COORDINATION: Alternative<VerbAt, Phrase> = {
  ...SUBORDINATE_COORDINATION_SWITCH,
  try: ({ toks, b, text, switches }) => {
    if (toks[b]?.lower !== "and" || !isOn("quotes", SUBORDINATE_COORDINATION_SWITCH.name, switches))
      return null;
    for (let k = b - 1; k > 0 && b - k <= 16; k--) {
      const t = toks[k]!;
      if (t.type === "p" && t.text !== ",") return null;
      if (t.type !== "w" || !(SUBORDINATORS.has(t.lower) || t.lower === "which")) continue;
      // (the clause's subject, up to a verb of its own before "and": "the host opened")
      let v = k + 1;
      while (v < b && toks[v]!.type === "w" && (v === k + 1 || isCap(toks[v]!) || !VERB.test(toks[v]!.lower)))
        v++;
      // ("while Bo Lind, the former governor, proposed …": past an apposition to the verb, switch)
      const end = v;
      if (toks[v]?.text === "," && isOn("quotes", SUBORDINATE_APPOSITION_SWITCH.name, switches)) {
        const c = toks.findIndex((x, i) => i > v && i < v + 9 && x.text === ",");
        if (c > 0 && c + 1 < b && toks[c + 1]!.type === "w" && VERB.test(toks[c + 1]!.lower)) v = c + 1;
      }
      if (v >= b || v === k + 1 || toks[v]!.type !== "w" || toks.slice(k + 1, v).some((x) => x.type === "q"))
        return null;
      const [a, z] = [toks[k + 1]!.start, toks[end - 1]!.end];
      const p = { start: a, end: z, text: text.slice(a, z) };
      return personPhrase(p) ? p : null;
    }
    return null;
  },
};
