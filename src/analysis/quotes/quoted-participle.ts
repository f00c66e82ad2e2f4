// `complaints are "aggressively pursued" by US TV watchdogs, said PBS' Jacoba Atlas`: when the
// quoted words end on the passive's own participle, the agent after "by" did that deed; it spoke
// the words only if the deed is saying or judging ("was "roundly condemned" by MPs"). Otherwise
// the tag further on, or the sentence's speaker, keeps the quotation.

import { REPORTED_THAT_VERBS, SPEECH_VERB_FORMS, STANCE_OBJECT_VERBS } from "../lexicons/verbs.ts";
import { words } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";

export const QUOTED_PARTICIPLE_SWITCH = {
  name: "quoted-participle-not-saying",
  doc: '`are "aggressively pursued" by US TV watchdogs`: a quotation ending on a participle of no saying or judging gives its agent no words',
};

/** Judging deeds the speech lists leave out (an official's reprimand is its words). */
const JUDGING = words(`reprimanded rebuked censured castigated chided scolded ridiculed slated`);

const saysOrJudges = (w: string) =>
  SPEECH_VERB_FORMS.has(w) || STANCE_OBJECT_VERBS.has(w) || REPORTED_THAT_VERBS.has(w) || JUDGING.has(w);

/** The quoted words end on a past participle whose agent speaks them. */
export function endsOnSayingParticiple(quoted: string, switches: StepSwitches): boolean {
  const inner = quoted.replace(/[^\p{L}\s-]/gu, "").trim();
  if (!/ed$/.test(inner)) return false;
  if (!isOn("quotes", QUOTED_PARTICIPLE_SWITCH.name, switches)) return true;
  return saysOrJudges(inner.slice(inner.lastIndexOf(" ") + 1).toLowerCase());
}
