// "JP Morgan said that it was setting up a fund. The bank said that it is a “very different
// company”": an organisation noun opening a sentence of speech, right after a sentence that opens
// on an organisation speaking, is that organisation, though another named before it carries the
// noun in its name ("Canal Bank", session 35). The two sentences report one speaker's turn.

import type { Actor, Mention } from "../../types.ts";

export const SPEAKING_ORG_GOES_ON_STEP = {
  name: "org-noun-after-speaking-org",
  doc: "'JP Morgan said …. The bank said …': an organisation noun opening a sentence of speech, after a sentence opening on an organisation that speaks, is that organisation",
} as const;

/** Verbs of speech right after a subject ("said", "has said", "also said"). */
const SPEAKS =
  /^\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|added|adds|stated|states|insisted|insists|warned|warns|argued|argues|claimed|claims|told|tells)\b/;
const OPENS = /^[\s"“‘'([]*(?:(?:But|And|However|Meanwhile)\s+)?$/u;

/** The organisation the sentence before `at`'s opens on and that speaks there, when the phrase
 *  [at, end) opens its own sentence and speaks; else null. */
export function speakingOrgBefore(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  named: readonly Mention[],
  byId: ReadonlyMap<string, Actor>,
  at: number,
  end: number,
): Actor | null {
  const si = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (si <= 0 || !OPENS.test(text.slice(sentences[si]!.start, at)) || !SPEAKS.test(text.slice(end, end + 30)))
    return null;
  const prev = sentences[si - 1]!;
  // (past a full quotation the segmenter left at its head: "“… history.” JP Morgan said …")
  const lead = /^\s*["“][^"“”]*[.!?]["”]\s+/u.exec(text.slice(prev.start, prev.end));
  const from = prev.start + (lead ? lead[0].length : 0);
  const first = named.find((m) => m.start >= from && m.start < prev.end);
  const actor = first ? byId.get(first.actorId) : undefined;
  if (!first || actor?.kind !== "organization") return null;
  return OPENS.test(text.slice(from, first.start)) && SPEAKS.test(text.slice(first.end, first.end + 30))
    ? actor
    : null;
}
