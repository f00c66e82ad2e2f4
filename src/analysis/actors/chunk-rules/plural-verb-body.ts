// "Aston Villa were drawn against …", "Snow Patrol are touring": British English gives a team, a
// band or a firm a plural verb, a person never, so a name-shaped run that is the whole subject of
// "were"/"are"/"have" is a body however person-like its words (session 32).

import { HONORIFICS, TITLE_HEADS } from "../../lexicons/titles.ts";
import { isOn } from "../../steps.ts";
import { addOrg, afterHonorific } from "../article-actors.ts";
import { precedingRole } from "../cues.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

export const PLURAL_VERB_BODY_STEP = {
  name: "plural-verb-body",
  doc: "'Aston Villa were drawn against…', 'Snow Patrol are…': a name-shaped run before a plural verb (no 'and', list, modal or question word before it) is a team, band or firm",
};

/** What may stand right before a run that is not the whole subject ("Ann and Bo Roe were"),
 *  or before a name in a question or after a modal ("Would Bo Roe have"). */
const NOT_WHOLE =
  /(?:\b(?:and|or|nor|both|with)\s+(?:\p{Ll}+\s+){0,2}|[,&]\s+|\b(?:would|could|should|might|must|will|may|can|did|do|does|why|how|where|when|what)\s+)$/iu;

export const pluralVerbBody: ChunkRule = {
  name: PLURAL_VERB_BODY_STEP.name,
  doc: PLURAL_VERB_BODY_STEP.doc,
  try: ({ st, s, c }) => {
    if (!isOn("actors", PLURAL_VERB_BODY_STEP.name, st.switches)) return null;
    const last = c[c.length - 1]!;
    if (c.length < 2 || c.length > 4 || last.possessive || !c.every((t) => nameShaped(t))) return null;
    // ("Chancellor Gordon Brown have": a title says person)
    if (c.some((t) => TITLE_HEADS.has(t.text) || HONORIFICS.has(t.text))) return null;
    if (!/^ (?:were|are|have)\b/.test(st.text.slice(last.end, last.end + 6))) return null;
    if (NOT_WHOLE.test(st.text.slice(Math.max(0, c[0]!.start - 40), c[0]!.start))) return null;
    if (precedingRole(st, s, c[0]!) || afterHonorific(st.text, c[0]!)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
