// "issuing a statement through Norwood describing the talk as “flattering”", "a letter to Ann
// Vale saying": a name after a preposition of passing words on is where the words went, not the
// subject of the participle after it (name-participle keeps "footage of Ann Vale asking").

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

/** The switch of this reading (listed in inline-switches.ts for the ablation). */
export const PARTICIPLE_CHANNEL_SWITCH = {
  name: "participle-not-after-channel",
  doc: '"a statement through Norwood describing it as “…”": a name after through/via/to is no subject of the participle',
};

const CHANNEL = /^(?:through|via|to|against)$/;

/** toks[s] opens a name that a preposition of passing words on stands before. */
export const afterChannel = (toks: Tok[], s: number): boolean => CHANNEL.test(toks[s - 1]?.lower ?? "");

/** Session 39: "Paul Flynn said they had a “scorching” from MPs adding: “…”": "adding" goes on
 *  with the speaker of the sentence's verb of saying; the name after a preposition (not "with",
 *  "with critics adding") is no subject of it. */
export const ADDING_MAIN_SPEAKER_SWITCH = {
  name: "adding-main-speaker",
  doc: '"Ann Roe said they had a “scorching” from MPs adding: “…”": "adding" after a preposition\'s name goes on with the speaker of the sentence\'s verb of saying',
};

const SAYING = /^(?:said|says|told|tells|claimed|argued|insisted|warned)$/;

/** toks[j] is "adding" after a name toks[s..j) that a preposition other than "with" stands before,
 *  in a sentence whose verb of saying comes earlier. */
const addingAfterPreposition = (toks: Tok[], s: number, j: number): boolean =>
  toks[j]!.lower === "adding" &&
  /^(?:from|to|by|of|for|at|on|in|against|among)$/.test(toks[s - 1]?.lower ?? "") &&
  toks.slice(0, s - 1).some((t) => SAYING.test(t.lower));

/** The name toks[s..j) before the participle toks[j] is not its subject: after a preposition of
 *  passing words on, or before an "adding" that goes on with the sentence's speaker (switches). */
export const nameNotSubject = (toks: Tok[], s: number, j: number, switches: StepSwitches): boolean =>
  (isOn("quotes", PARTICIPLE_CHANNEL_SWITCH.name, switches) && afterChannel(toks, s)) ||
  (isOn("quotes", ADDING_MAIN_SPEAKER_SWITCH.name, switches) && addingAfterPreposition(toks, s, j));
