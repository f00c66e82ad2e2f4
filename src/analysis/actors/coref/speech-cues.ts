// The reporting words around a person's name that make it the subject of speech, for the
// coreference pass (mentions.ts): "Greer said", "said Greer", "…, Greer said.".

import { SPEECH_VERB_FORMS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../../steps.ts";

/** A speech verb after the name: "Greer said", "Greer, the writer, has said". */
export const SPEECH_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s*(?:,[^,.;"“”]{1,90},\s*)?(?:(?:[a-z]+ly|has|had|have|also|later|then|again|once|would|will|is|was)\s+){0,2}(?:${[...SPEECH_VERB_FORMS].filter((v) => !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(v)).join("|")})\b`,
);

/** A sentence closing on its reporter: "…, Greer said." (the name's start is group 1). */
export const TAIL_TAG =
  /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|insisted|explained|argued|warned)\s*[.!?]?\s*$/u;

export const SPEECH_BEFORE =
  /\b(?:said|says|added|adds|told|according to|insisted|warned|explained)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;

/** SPEECH_BEFORE without "told": "the 25-year-old told Radio Vale" names the listener, who does
 *  not speak (switch "coref-told-listener"; an inverted "…," told X" is not English). */
export const SPEECH_BEFORE_NOT_TOLD =
  /\b(?:said|says|added|adds|according to|insisted|warned|explained)\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;

export const SPEECH_IN =
  /\b(?:said|says|saying|told|tells|added|adds|adding|insisted|warned|explained|argued|stressed|claimed|claims|claiming|admitted|replied|denied|urged)\b/;

export const OPENING =
  /^[\s"“‘'([—–-]*(?:(?:But|And|However|Meanwhile|Now|Then|Later|Earlier|Also|Yesterday|Today|So|Yet)\b[,\s]*)?$/u;

/** An inverted tag whose speaker is named after a role in apposition: "said the chairman of the
 *  transport committee, Labour MP " before "Oliver Grant" (switch "coref-inverted-apposition"). */
export const INVERTED_APPOSITION =
  /\b(?:said|says|added|adds|told|insisted|warned|explained)\s+(?:the|a|an|its|his|her|their)\s+[^.;:!?"“”,]{1,80},\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;

/** ", whose red card cost the game, saying": a participle after an apposition. */
const PARTICIPLE_AFTER_APPOSITION = /^\s*,[^,.;"“”]{1,90},\s*(?:[a-z]+ly\s+)?[a-z]+ing\b/;

/**
 * A speech verb after the name makes it the speaker, except a participle after an apposition of
 * a name that is not the sentence's subject ("Todd defended Kale, whose foul cost the game,
 * saying …": Todd says it) when `participle` (switch "coref-participle-after-object") is on.
 */
export function speaksAfter(after: string, opening: boolean, participle: boolean): boolean {
  return SPEECH_AFTER.test(after) && (opening || !participle || !PARTICIPLE_AFTER_APPOSITION.test(after));
}

/** "the Arsenal boss", "the former cabinet secretary", "the Scot", "the 74-year-old comedian",
 *  before its verb, past an adverb ("The Scot initially defended"). */
export const ROLE_PHRASE =
  /\b([Tt]he (?:(?:[\p{L}\d’'-]+) ){0,3}?)([\p{L}\d-]+)(?=\s*[,.;:"”]|\s+(?:[a-z]+ly\s+)?(?:said|says|added|told|who|has|had|was|is|insisted|explained|replied|admitted|warned|[a-z]+ed)\b)/gu;

/** "One woman, Ann Roe, found …", "A local farmer, Jo Marr, said …": a name in apposition to an
 *  indefinite description opening the sentence is its subject (switch "coref-opening-apposition"). */
export const OPENING_APPOSITION =
  /^[\s"“‘'([—–-]*(?:One|Another|A|An)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2},\s+$/u;

/** The switch of clauseSubject (listed in steps.ts). */
export const CLAUSE_SUBJECT_STEP = {
  name: "coref-clause-subject",
  doc: "'France have struggled, but captain Ann Pell sees hope. \"…,\" she said': a name opening a clause after but/while/although, before its verb, is a subject he/she may take up",
} as const;

const CLAUSE_OPENER = /(?:,\s*|\s)(?:but|while|whereas|although|though)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
const VERB_NEXT =
  /^\s+(?:[a-z]+ly\s+)?(?:[a-z]+[^s\W]s|[a-z]+ed|has|had|is|was|will|would|could|can|may|might|must|did|does)\b/;

/** Does a name between `before` and `after` open a clause after "but", "while" or "although"
 *  ("…, but captain Fabien Pelous sees hope"), before its verb? */
export function clauseSubject(before: string, after: string): boolean {
  return CLAUSE_OPENER.test(before) && VERB_NEXT.test(after);
}

/** The switch of apposedSpeaker (listed in steps.ts). */
export const APPOSED_SPEAKER_STEP = {
  name: "coref-apposed-speaker",
  doc: "'A spokesman for US Customs, Dean Boyd, said …. He told': a name in apposition to the description opening the sentence, its verb after the closing comma, is the subject of speech",
} as const;

const APPOSED_BEFORE =
  /^[\s"“‘'([—–-]*(?:(?:But|And|However|Meanwhile)\s+)?(?:The|A|An|One|Another|Its|His|Her|Their)\s[^.;:!?"“”]{1,100},\s+$/u;
const APPOSED_VERB =
  /^,\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|insisted|warned|explained|argued|stressed|claimed|admitted|replied|denied)\b/;

/** Is the name between `before` (from its sentence's start) and `after` in apposition to the
 *  description the sentence opens on, with the speech verb after the apposition's comma? */
export function apposedSpeaker(before: string, after: string): boolean {
  return APPOSED_BEFORE.test(before) && APPOSED_VERB.test(after);
}

/** A name in apposition to a description opening its sentence: the sentence's subject ("One
 *  woman, Ann Roe, found", switch "coref-opening-apposition"), and its speaker when the speech
 *  verb follows the apposition (switch "coref-apposed-speaker"). */
export function appositionOf(
  before: string,
  after: string,
  switches: StepSwitches,
): { opening: boolean; speaker: boolean } {
  const speaker = isOn("actors", APPOSED_SPEAKER_STEP.name, switches) && apposedSpeaker(before, after);
  const opening = isOn("actors", "coref-opening-apposition", switches) && OPENING_APPOSITION.test(before);
  return { opening: opening || speaker, speaker };
}
