// `"You can call it a bonus," smiles one trader`, `"Not again," sighed Ms Hale`: a verb of the
// manner of speaking, outside the speech lexicon, before its speaker in a tag. Only right after a
// quotation closing on a comma, "!" or "?", and only before a name or a person's description, so
// "smiles" elsewhere is no cue.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { words } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseAfter } from "./phrases.ts";
import { isCap, isVerbish, ROLE_LIKE, type Tok } from "./tokens.ts";

/** Verbs telling how words were said, every inflection used in tags. */
const MANNER_VERBS = words(`
  smile smiles smiled grin grins grinned laugh laughs laughed chuckle chuckles chuckled sigh sighs sighed
  shrug shrugs shrugged beam beams beamed nod nods nodded wink winks winked gush gushes gushed
  enthuse enthuses enthused sniff sniffs sniffed snap snaps snapped smirk smirks smirked
`);

/** "Manner verb after its subject" (`"…," the paper beams, adding`): its switch. */
export const MANNER_AFTER_SUBJECT_SWITCH = {
  name: "tag-x-manner-verb",
  doc: '`"…," the paper beams, adding`, `"…," Mr Hale sighed.`: a verb of manner after its subject closes the tag (not part of the speaker)',
};

/** toks[j] is a verb of manner closing a `<speaker> <verb>` tag: lowercase, then punctuation or the end. */
export function mannerVerbClosing(toks: Tok[], j: number): boolean {
  const v = toks[j];
  const n = toks[j + 1];
  return (
    v?.type === "w" &&
    MANNER_VERBS.has(v.lower) &&
    !isCap(v) &&
    toks[j - 1]?.type === "w" &&
    (!n || (n.type === "p" && /^[,.;!?]$/.test(n.text)))
  );
}

/** `the paper beams, adding, "…"`: toks[j] is a verb of manner whose participle after a comma
 *  goes on to the next quotation (the manner verb's subject speaks it), switch on. */
export function mannerBeforeParticiple(toks: Tok[], j: number, switches: StepSwitches): boolean {
  const ing = toks[j + 2];
  return (
    mannerVerbClosing(toks, j) &&
    toks[j + 1]?.text === "," &&
    ing?.type === "w" &&
    isVerbish(ing) &&
    /ing$/.test(ing.lower) &&
    isOn("quotes", MANNER_AFTER_SUBJECT_SWITCH.name, switches)
  );
}

/** The cue `<manner verb> <speaker>` after the quotation toks[qi], the verb at toks[k]; else null. */
export function mannerTag(toks: Tok[], qi: number, k: number, text: string): Cue | null {
  const q = toks[qi];
  const verb = toks[k]!;
  if (q?.type !== "q" || !MANNER_VERBS.has(verb.lower) || isCap(verb)) return null;
  if (!/[,!?]\s*["”“’']?\s*$/.test(text.slice(q.start, q.end))) return null;
  const p = phraseAfter(toks, k + 1, text);
  if (!p) return null;
  const head = p.text.split(/\s+/).pop()!;
  const person =
    /^\p{Lu}/u.test(head) ||
    ANONYMOUS_HEADS.has(head.toLowerCase()) ||
    ROLE_HEADS.has(head.toLowerCase()) ||
    ROLE_LIKE.test(head);
  return person ? { speaker: p, cue: verb.lower, label: false } : null;
}
