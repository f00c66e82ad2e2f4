// Quotation marks that quote nobody (session 18): one list for inline-switches.ts, and the small
// rules the switches guard.

import { ALL_STEPS, isOn, type StepSwitches } from "../steps.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteFound } from "./types.ts";

/** `the cheers of "ole"`, `the cries of "…" and "…"`: a crowd's noise is no one's quoted words. */
export const CROWD_NOISE_SWITCH = {
  name: "crowd-noise-term",
  doc: '`referring to the cheers of "ole"`, `between the cries of "…" and "…"`: words after "cries/cheers/chants/shouts of" are a crowd\'s noise, no one\'s quoted words, whatever verb the sentence has',
};

/** `The board decided to act after the singer's "wardrobe slip"`: a term in a record of deciding. */
export const ACTING_RECORD_TERM_SWITCH = {
  name: "acting-record-term",
  doc: '`The watchdog decided to study the show after the "wardrobe slip"`, `Mr Poe refused to answer, citing a "shield" law`: a term inside a record of deciding or refusing is not its subject\'s words',
};

/** `fined the station for singer Ann Roe's "costume slip"`: an owner inside a prepositional phrase. */
export const OWNER_AFTER_PREPOSITION_SWITCH = {
  name: "owner-after-preposition",
  doc: '`fined the station for singer Ann Roe\'s "costume slip"`, `one of Kelby\'s "metric martyrs"`: a name owning a term inside a phrase of "of" or "for" is what the term is about, not who said it',
};

/** The switches of this session's classes of quotations that quote nobody, for the ablation. */
export const SCARE18_SWITCHES = [
  CROWD_NOISE_SWITCH,
  ACTING_RECORD_TERM_SWITCH,
  OWNER_AFTER_PREPOSITION_SWITCH,
];

/** "of" or "for" (and a lowercase role word, "for singer") right before the owner's name; not
 *  "after": `the deal collapsed after Brightwater's “final offer”` is the owner's own offer. */
const PREPOSITION_BEFORE = /\b(?:of|for)\s+(?:\p{Ll}+\s+)?$/u;

/** Does the possessive name starting at `start` sit inside a phrase of "of" or "for"? */
export function ownerAfterPreposition(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** A noun of a crowd's noise and "of" right before the opening mark. */
const NOISE_OF = /\b(?:cries|cheers|chants|shouts|roars|chorus)\s+of\s+["“‘']$/i;

/** Only a closing mark, a comma, "and" or "or" between two quotations of one list. */
const LISTED = /^["”’']?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)["“‘']$/;

/** Clears the speaker of each quotation a noun of noise opens (and of the ones listed after it). */
export function unattributeCrowdNoise(
  text: string,
  direct: QuoteFound[],
  switches: StepSwitches = ALL_STEPS,
): void {
  if (!isOn("quotes", CROWD_NOISE_SWITCH.name, switches)) return;
  const agents = isOn("quotes", CROWD_AGENT_SWITCH.name, switches);
  let last: QuoteFound | null = null;
  let run: QuoteFound[] = [];
  const close = () => {
    // "greeted by cries of “Tom, Tom” by the ever vocal crowd": the crowd named after it (switch)
    const by =
      agents && run.length
        ? CROWD_AGENT.exec(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 60))
        : null;
    if (by) for (const q of run) giveCrowd(q, by[1]!);
    run = [];
  };
  for (const q of [...direct].sort((a, b) => a.start - b.start)) {
    const noise = NOISE_OF.test(text.slice(Math.max(0, q.start - 16), q.start));
    const listed: boolean = !!last && q.start > last.end && LISTED.test(text.slice(last.end, q.start));
    if (!listed) close();
    last = noise || listed ? q : null;
    if (last) {
      clearSpeaker(q);
      run.push(q);
    }
  }
  close();
}

/** The crowd whose noise it was: "by"/"from" and a group noun right after the closing mark. */
const CROWD_AGENT =
  /^["”’']?,?\s+(?:by|from)\s+((?:the|a|an|some|hundreds of|thousands of)\s+(?:[\p{Ll}-]+\s+){0,3}(?:crowd|crowds|fans|supporters|audience|spectators|protesters|protestors|demonstrators|mob|onlookers|students|workers|delegates|activists))\b/u;

/** The crowd as an unnamed speaker of quotation q. */
function giveCrowd(q: QuoteFound, group: string): void {
  q.speakerText = group;
  q.speakerName = group;
  q.speakerKind = "unnamed";
  q.via = "cue";
  q.cue = "by";
}

/** "Cries of “…” by the crowd": its switch (listed in s34-switches.ts). */
export const CROWD_AGENT_SWITCH = {
  name: "crowd-noise-agent",
  doc: '"greeted by cries of “Tom, Tom” by the ever vocal crowd": a crowd\'s noise keeps the crowd named right after it as its speaker',
};

/** Verbs of deciding and refusing (not of saying): their records carry no words of the subject's. */
const ACTING = /^(?:decide[sd]?|deciding|refuse[sd]?|refusing|cho(?:se|oses?|osing)|opt(?:s|ed|ing)?)$/;

/** A clause of its own with a pronoun subject ("even though he found"): it says the words again. */
const OWN_CLAUSE = /\b(?:he|she|they|we)\s+\p{Ll}{3,}\b/u;

/** May reported-speech record r lend its speaker to term q inside it? Not one of deciding, unless
 *  a clause of its own opens between them ("decided not to act, though he found “…”"). */
export function recordLendsTerm(r: QuoteFound, q: QuoteFound, text: string): boolean {
  if (!ACTING.test((r.cue ?? "").split(/\s+/)[0]!.toLowerCase())) return true;
  return OWN_CLAUSE.test(text.slice(r.start, q.start));
}
