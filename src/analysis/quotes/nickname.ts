// `Antonio "LA" Reid, chairman of …, said:`: a nickname in quotation marks between a given name and
// a surname. The phrase before the verb stops at the closing mark and reads only the surname; the
// speaker is the given name and the surname.

import { isOn } from "../steps.ts";
import { nicknamedNames } from "./nickname-words.ts";
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
  const m = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+["“][^"“”\n]{1,20}["”]\s+$/u.exec(before);
  if (!m) return null;
  const start = p.start - before.length + m.index + m[0]!.indexOf(m[1]!);
  return { start, end: p.end, text: `${m[1]} ${p.text}` };
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
  const at = new Set(nicknamedNames(text, 0).map((n) => n.at));
  if (at.size === 0) return;
  for (const q of direct) {
    const from = Math.max(0, q.start - 30);
    const given = /(\p{Lu}\p{Ll}+)\s+["“]$/u.exec(text.slice(from, q.start));
    if (given && at.has(from + given.index)) clearSpeaker(q);
  }
}
