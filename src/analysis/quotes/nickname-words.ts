// Names written around a quoted nickname (`Jimmy "the Whirlwind" White`), read from the text alone:
// one pattern for the article's full names and the nickname's own span (nickname.ts), the name
// before a tag's surname (nickname.ts) and the sentence's leading name (phrases.ts).

import { FEMALE_NAMES, MALE_NAMES } from "../actors/gender.ts";

/** A quoted nickname: a few words between marks on one line. */
const NICKNAME = String.raw`["“][^"“”\n]{1,25}["”]`;
/** A capitalised given name, the nickname, a surname (hyphenated too). */
const NICKNAMED = new RegExp(
  String.raw`(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(${NICKNAME})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b`,
  "gu",
);
const NICKNAME_AFTER = new RegExp(String.raw`^\s+${NICKNAME}\s+\p{Lu}`, "u");
const GIVEN_BEFORE = new RegExp(String.raw`(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+${NICKNAME}\s+$`, "u");

/** A full name written around a nickname: where the given name starts, and where the nickname's
 *  marks stand (start of the opening mark, end of the closing one). */
export interface Nicknamed {
  name: string;
  at: number;
  gender: "male" | "female" | "any";
  nickname: readonly [number, number];
}

/** Full names written around a quoted nickname in text[from..]: a known given name, then a surname. */
export function nicknamedNames(text: string, from: number): Nicknamed[] {
  const out: Nicknamed[] = [];
  NICKNAMED.lastIndex = from;
  for (const m of text.matchAll(NICKNAMED)) {
    const given = m[1]!.toLowerCase();
    const male = MALE_NAMES.has(given);
    const female = FEMALE_NAMES.has(given);
    if (m.index < from || !(male || female)) continue;
    const open = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({
      name: `${m[1]} ${m[3]}`,
      at: m.index,
      gender: male === female ? "any" : male ? "male" : "female",
      nickname: [open, open + m[2]!.length],
    });
  }
  return out;
}

/** Does a quoted nickname and a capitalised word follow `end` (`Antonio| "LA" Reid`)? */
export function beforeNickname(text: string, end: number): boolean {
  return NICKNAME_AFTER.test(text.slice(end, end + 40));
}

/** The capitalised given name ending `before` ahead of a nickname (`Antonio "LA" |Reid`), with
 *  its index in `before`, or null. */
export function givenBeforeNickname(before: string): { given: string; index: number } | null {
  const m = GIVEN_BEFORE.exec(before);
  return m ? { given: m[1]!, index: m.index + m[0].indexOf(m[1]!) } : null;
}
