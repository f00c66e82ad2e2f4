// `Antonio "LA" Reid, chairman of …, said:`: a nickname in quotation marks between a given name and
// a surname. The phrase before the verb stops at the closing mark and reads only the surname; the
// speaker is the given name and the surname.

import { isOn } from "../steps.ts";
import { givenBeforeNickname, nicknamedNames } from "./nickname-words.ts";
import type { Phrase } from "./phrases.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const NICKNAME_SWITCH = {
  name: "nickname-in-name",
  doc: '`Antonio "LA" Reid, chairman of …, said:`: a quoted nickname between a given name and a surname; the speaker is the given name and the surname',
};

/** A lone capitalised surname `p` right after `<Given> "<nickname>" `: the given name and surname. */
export function nicknamedName(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", NICKNAME_SWITCH.name, doc.switches) || !/^\p{Lu}[\p{L}'’-]+$/u.test(p.text))
    return null;
  const before = doc.text.slice(Math.max(0, p.start - 40), p.start);
  const g = givenBeforeNickname(before);
  return g ? { start: p.start - before.length + g.index, end: p.end, text: `${g.given} ${p.text}` } : null;
}

/** `Jimmy "the Whirlwind" White … Mr White said`: the given name and surname around a quoted
 *  nickname are one full name, so a later surname alone finds it. */
export const NICKNAME_FULL_NAME_SWITCH = {
  name: "nickname-full-name",
  doc: '`Jimmy "the Whirlwind" White`, then "Mr White said": the surname stands for the given name and surname around the nickname',
};

/** `Antonio "LA" Reid`: a nickname inside a person's name is nobody's words. */
export const NICKNAME_NO_SPEAKER_SWITCH = {
  name: "nickname-no-speaker",
  doc: '`Antonio "LA" Reid, chairman of …`: a quoted nickname between a given name and a surname has no speaker',
};

/** Clears the speaker of each quotation that is a nickname between a given name and a surname. */
export function unattributeNameNicknames(text: string, direct: QuoteFound[]): void {
  const spans = nicknamedNames(text, 0).map((n) => n.nickname);
  for (const q of direct) if (spans.some(([s, e]) => q.start > s && q.end < e)) clearSpeaker(q);
}
