// `Antonio "LA" Reid, chairman of …, said:`: a nickname in quotation marks between a given name and
// a surname. The phrase before the verb stops at the closing mark and reads only the surname; the
// speaker is the given name and the surname.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

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
