// Names written around a quoted nickname (`Jimmy "the Whirlwind" White`), read from the text alone:
// for the article's full names (nickname.ts) and the sentence's leading name (phrases.ts).

import { FEMALE_NAMES, MALE_NAMES } from "../actors/gender.ts";

const NICKNAMED =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+["“][^"“”\n]{1,25}["”]\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu;

/** Full names written around a quoted nickname in text[from..]: a known given name, then a surname. */
export function nicknamedNames(
  text: string,
  from: number,
): Array<{ name: string; at: number; gender: "male" | "female" | "any" }> {
  const out: Array<{ name: string; at: number; gender: "male" | "female" | "any" }> = [];
  NICKNAMED.lastIndex = from;
  for (const m of text.matchAll(NICKNAMED)) {
    const given = m[1]!.toLowerCase();
    const male = MALE_NAMES.has(given);
    const female = FEMALE_NAMES.has(given);
    if (m.index < from || !(male || female)) continue;
    out.push({
      name: `${m[1]} ${m[2]}`,
      at: m.index,
      gender: male === female ? "any" : male ? "male" : "female",
    });
  }
  return out;
}

/** Does a quoted nickname and a capitalised word follow `end` (`Antonio| "LA" Reid`)? */
export function beforeNickname(text: string, end: number): boolean {
  return /^\s+["“][^"“”\n]{1,25}["”]\s+\p{Lu}/u.test(text.slice(end, end + 40));
}
