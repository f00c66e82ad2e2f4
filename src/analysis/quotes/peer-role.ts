// "During the debate, the Labour peer and former minister said:": a peer is a person's role (a
// member of the Lords), and a second role joined by "and" after it, a rank before it ("former"),
// describes the same person. The phrase reader stops at the "and" (it knows no "peer") and
// leaves "former minister"; the description is the peer's, the person the sentence before
// names (description-subject.ts). Switch "peer-role". "The Lord Chancellor" is an office, not a
// peer named "Chancellor" (switch "capitalised-office-lord").

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import { LORD_OFFICE_SWITCH, PEER_ROLE_SWITCH } from "./set23-switches.ts";
import { at, lastOf, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Words that may stand between "and" and the second role ("and former minister"). */
const RANKS = /^(?:former|ex-|one-time|onetime|retired|veteran|long-serving)$/;
/** "the Labour peer", "the Tory peer", "the veteran peer" before " and ". */
const PEER_BEFORE = /\bthe((?:\s+[\p{L}-]+){0,2})\s+peer\s+and\s+$/iu;

/** Is "peer" read as a person's role here? */
export const peerRole = (switches: StepSwitches) => isOn("quotes", PEER_ROLE_SWITCH.name, switches);

/** "the Labour peer" when `p` ("former minister") is the second role of "the Labour peer and …". */
export function peerBeforeRole(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!peerRole(doc.switches)) return null;
  const { text } = doc;
  const ws = p.text.split(/\s+/);
  if (ws.length > 2 || !ROLE_HEADS.has(ws[ws.length - 1]!.toLowerCase())) return null;
  if (ws.length === 2 && !RANKS.test(ws[0]!.toLowerCase())) return null;
  const m = PEER_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
  if (!m) return null;
  // ("the Labour peer": from "the" to "peer", the " and " after it left out)
  const start = p.start - m[0].length;
  const end = start + m[0].replace(/\s+and\s+$/, "").length;
  return { start, end, text: text.slice(start, end) };
}

/** A person who spoke in the sentence before `p` (a peer's "he told peers"), else null. */
export function peerWhoSpoke(doc: QuoteDoc, p: Phrase): Speaker | null {
  const from = previousSentenceStart(doc, p.start);
  const sp = lastOf(doc, (h) => h.kind === "person" && !!h.id, p.start);
  return sp && sp.start >= from ? at(sp, p) : null;
}

/** "The Lord Chancellor", "the Lord Chief Justice": "Lord" opening office words is part of the
 *  office, not a peer's name (switch "capitalised-office-lord"): the words past it, to be read
 *  as an office's. */
export const officeWordsPastLord = (words: string[], doc: QuoteDoc): string[] =>
  words.length > 1 && words[0] === "Lord" && isOn("quotes", LORD_OFFICE_SWITCH.name, doc.switches)
    ? words.slice(1)
    : words;

/** "the Labour peer and former minister": the peer's description, else `p` itself. */
export const peerOr = (doc: QuoteDoc, p: Phrase): Phrase => peerBeforeRole(doc, p) ?? p;
