// "JP Morgan said that it was setting up a fund. The bank said that it is a “very different
// company”": an organisation noun opening a sentence of speech, right after a sentence that opens
// on an organisation speaking, is that organisation, though another named before it carries the
// noun in its name ("Canal Bank", session 35). The two sentences report one speaker's turn.

import type { Actor, Mention } from "../../types.ts";

export const SPEAKING_ORG_GOES_ON_STEP = {
  name: "org-noun-after-speaking-org",
  doc: "'JP Morgan said …. The bank said …': an organisation noun opening a sentence of speech, after a sentence opening on an organisation that speaks, is that organisation",
} as const;

/** Active verbs of speech right after a subject ("said", "has said"; not coreference's wider
 *  SPEECH_AFTER, whose "is said to believe" is hearsay about the subject, not its words). */
const SPEAKS =
  /^\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|added|adds|stated|states|insisted|insists|warned|warns|argued|argues|claimed|claims|told|tells)\b/;
const OPENS = /^[\s"“‘'([]*(?:(?:But|And|However|Meanwhile)\s+)?$/u;

type Bounds = { start: number; end: number };

/** The organisation the sentence before (`prev`) opens on and that speaks there, when the phrase
 *  [at, end) opens its own sentence (`own`) and speaks; else null. Pronoun and role mentions in
 *  `mentions` are passed over. */
export function speakingOrgBefore(
  text: string,
  own: Bounds,
  prev: Bounds | null,
  mentions: readonly Mention[],
  byId: ReadonlyMap<string, Actor>,
  at: number,
  end: number,
): Actor | null {
  if (!prev || prev.start >= own.start) return null;
  if (!OPENS.test(text.slice(own.start, at)) || !SPEAKS.test(text.slice(end, end + 30))) return null;
  // (past a full quotation the segmenter left at its head: "“… history.” JP Morgan said …")
  const lead = /^\s*["“][^"“”]*[.!?]["”]\s+/u.exec(text.slice(prev.start, prev.end));
  const from = prev.start + (lead ? lead[0].length : 0);
  const first = mentions.find(
    (m) => m.start >= from && m.start < prev.end && m.via !== "pronoun" && m.via !== "role",
  );
  const actor = first ? byId.get(first.actorId) : undefined;
  if (!first || actor?.kind !== "organization") return null;
  return OPENS.test(text.slice(from, first.start)) && SPEAKS.test(text.slice(first.end, first.end + 30))
    ? actor
    : null;
}
