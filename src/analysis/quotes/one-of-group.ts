// "Some former employees are angry at the way the crisis was handled. One told BBC News Online
// that the staff had been “financially ruined”": "One" opening a sentence of speech is one member
// of the plural group the sentence before opens on, an unnamed source ("one of the former
// employees"), not the last speaker (session 35).

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import type { Alternative } from "../steps.ts";
import type { Cue, Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

type CueAt = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

/** "Some former employees", "Many residents", "Fans": a plural group opening a sentence (up to
 *  three words before its plural noun), its words past the quantifier. */
const GROUP =
  /^\s*(?:(?:But|And|However),?\s+)?(?:(?:Some|Many|Several|Other|Most|The|Two|Three|Few|A few|Hundreds of|Dozens of)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*[^s\W]s)\s+(?:are|were|have|had|say|said|feel|felt|remain|remained|complained|\p{Ll}+ed)\b/u;

/** The group "One" in the sentence at `at` belongs to, from the sentence before, else null. */
function groupBefore(doc: QuoteDoc, at: number): string | null {
  const to = sentenceStart(doc, at);
  const from = previousSentenceStart(doc, to);
  return from < to ? (GROUP.exec(doc.text.slice(from, to))?.[1] ?? null) : null;
}

export const ONE_OF_GROUP_CUE: Alternative<CueAt, Cue> = {
  name: "one-of-group",
  doc: '"Some former employees are angry …. One told BBC News Online that …": "One" opening a sentence of speech is one of the plural group the sentence before opens on',
  try: ({ ctx, j }) => {
    const [one, verb] = ctx.toks;
    if (one?.type !== "w" || one.text !== "One" || verb?.type !== "w" || j < 2) return null;
    if (!SPEECH_VERB_FORMS.has(verb.lower) || !groupBefore(ctx.doc, one.start)) return null;
    return { speaker: { start: one.start, end: one.end, text: one.text }, cue: verb.lower, label: false };
  },
};

/** The speaker rule for that "One": an unnamed member of the group ("one of the former employees"). */
export const ONE_OF_GROUP_SPEAKER: Alternative<SpeakerInput, Speaker> = {
  name: "one-of-group-speaker",
  doc: '"One" after a sentence opening on a plural group: "one of the <group>", an unnamed source',
  try: ({ doc, p }) => {
    if (p.text !== "One") return null;
    const group = groupBefore(doc, p.start);
    return group ? oneOf(p, group) : null;
  },
};

const oneOf = (p: Phrase, group: string): Speaker => ({
  ...p,
  id: null,
  name: `one of the ${group}`,
  kind: "unnamed",
  gender: "any",
});
