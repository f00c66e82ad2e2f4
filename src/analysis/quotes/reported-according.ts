// Reported speech: the source after "according to" is a noun phrase by construction, so the
// checks written for a subject read back from a verb do not fit it. "according to a Gazette poll
// released Monday" ends on a day without being a time phrase; "according to figures the Harbour
// Board released" names a source whose head is a plain noun; "according to Statista" is one
// capitalised word that can only be a name here; "according to two officials who were not
// authorised to speak" holds a relative clause, not a clause.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { contentFrom, lastContentTok } from "./reported-clause.ts";
import type { ReportedCue } from "./reported-cue.ts";
import type { Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

export const ACCORDING_SOURCE_SWITCH = {
  name: "reported-according-source",
  doc: '"according to a Gazette poll released Monday", "… to figures the Board released", "… to Statista": the source after "according to" is a noun phrase',
};

/** The cue is "according to" and the step is on. */
export const accordingSource = (cue: ReportedCue, switches: StepSwitches) =>
  cue.cue === "according to" && isOn("quotes", ACCORDING_SOURCE_SWITCH.name, switches);

/** "a Gazette poll released Monday": a day after a participle or "out" inside the source. */
export function datedSource(cue: ReportedCue, switches: StepSwitches): boolean {
  if (!accordingSource(cue, switches)) return false;
  return /\S\s+(?:\p{Ll}+ed|out|published)\s+(?:\p{Ll}+\s+)?(?:on\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(
    cue.speaker.text,
  );
}

/** "two officials who were not authorised to speak": a clause word only after a relative word. */
export function relativeInSource(cue: ReportedCue, switches: StepSwitches): boolean {
  return accordingSource(cue, switches) && /\s(?:who|that|which)\s/.test(cue.speaker.text);
}

/**
 * The source as written ("figures the Harbour Board released"), unnamed, when the shared
 * resolution kept only a lowercase head and the source holds a capitalised word.
 */
export function accordingSpeaker(cue: ReportedCue, sp: Speaker, switches: StepSwitches): Speaker | null {
  if (!accordingSource(cue, switches) || sp.id || (sp.name && /\p{Lu}/u.test(sp.name))) return null;
  const words = cue.speaker.text.split(/\s+/);
  if (words.length < 2) return null;
  if (!words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const name = cue.speaker.text.replace(/^(?:the|a|an)\s+/i, "");
  return { ...sp, text: cue.speaker.text, name, id: null, kind: "unnamed" };
}

export const ACCORDING_MEDIAL_SWITCH = {
  name: "reported-according-medial",
  doc: '"At the heart of it, according to X, was a decision …": a source set off by commas mid-sentence reports the whole sentence',
};

/** Words after the source's closing comma that open no go-on of the content ("…, who said …"). */
const NOT_GOING_ON = /^(?:who|whom|whose|which|that|where|when|said|says|told|citing|saying)$/;

/**
 * "Since May, according to the Board, ferries have sunk": after a source closed by a comma, three
 * words more of the sentence go on with what was reported, so the content is the whole sentence
 * (the source inside it), not only the words before "according to".
 */
export function accordingMedial(toks: Tok[], sp: Phrase, switches: StepSwitches) {
  if (!isOn("quotes", ACCORDING_MEDIAL_SWITCH.name, switches)) return null;
  const a = toks.findIndex((t) => t.start >= sp.end);
  if (a < 0 || toks[a]!.text !== "," || NOT_GOING_ON.test(toks[a + 1]?.lower ?? "")) return null;
  const words = toks.slice(a + 1, lastContentTok(toks, a) + 1).filter((t) => t.type === "w").length;
  return words >= 3 ? contentFrom(toks, 0) : null;
}
