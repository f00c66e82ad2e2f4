// "K Flash, a presenter on the station Beat FM, thinks": a run of name-shaped words whose
// apposition is an indefinite person's role ("a presenter", "a DJ") names a person, whatever the
// tagger or the run's shape (a one-letter first word) would say. Placed before the tagger's
// organisation rule.

import { ROLE_HEADS } from "../../lexicons/titles.ts";
import { addPerson, lastPerson } from "../article-actors.ts";
import { appositive, precedingRole } from "../cues.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** Role heads an organisation may also have ("a rival of", "a producer of oil", "a partner in"). */
const ORG_CAPABLE = new Set([
  "partner",
  "owner",
  "investor",
  "rival",
  "counterpart",
  "predecessor",
  "successor",
  "champion",
  "challenger",
  "candidate",
  "producer",
  "broadcaster",
  "host",
  "daughter",
  "son",
  "deputy",
  "official",
  "representative",
]);

/** The head of ", a presenter on the …": the last word before a preposition or a relative word. */
function indefiniteHead(text: string, from: number): string | null {
  const m =
    /^,\s+an?\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}?)(?=\s+(?:on|at|for|from|in|with|of|to|who|whose|which|and)\b|[,.;:])/u.exec(
      text.slice(from, from + 80),
    );
  return m ? m[1]!.split(/\s+/).pop()! : null;
}

export const personApposition: ChunkRule = {
  name: "person-apposition",
  doc: "'K Flash, a presenter on …': two to four name-shaped words before an indefinite person's role are a person",
  try: ({ st, s, c, vocab }) => {
    if (c.length < 2 || c.length > 4 || !c.every((t) => nameShaped(t))) return null;
    const last = c[c.length - 1]!;
    const head = indefiniteHead(st.text, last.end);
    if (!head || !ROLE_HEADS.has(head) || ORG_CAPABLE.has(head)) return null;
    addPerson(st, c, precedingRole(st, s, c[0]!), true, vocab);
    const app = appositive(st.text, last, st.switches);
    if (app) lastPerson(st)?.descriptions.push(app);
    return true;
  },
};
