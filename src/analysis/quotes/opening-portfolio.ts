// "Trade and industry minister Ola Brems said it was wrong …, adding they would “pull together”": a
// sentence opening on a portfolio word (capitalised only as the sentence's first word), "and", one
// or two lower-case portfolio words and a lower-case office head before a name is one office, not
// two subjects. Read as a clause breaker, the "and" cut the subject to the first word ("Trade"). The
// "and" is marked `joins`, as portfolio-and.ts marks "the work and pensions minister" (switch
// "opening-portfolio-and", terms21b-switches.ts).

import { OFFICE_HEADS, ROLE_HEADS } from "../lexicons/titles.ts";

/** The token fields read here (tokens.ts's Tok; not imported, as tokens.ts calls this module). */
interface Tok {
  text: string;
  lower: string;
  type: "w" | "p" | "q";
  joins?: true;
}

/** Words that never open a portfolio ("The", "His", "Mr", "But"). */
const NOT_PORTFOLIO =
  /^(?:the|a|an|and|or|but|so|yet|his|her|its|their|our|my|this|that|these|those|mr|mrs|ms|dr|both|when|while|as|if|then|now|also)$/;

/** A lower-case portfolio noun ("pensions", "social", "rural"). */
const lowerWord = (t: Tok | undefined) =>
  t?.type === "w" && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && t.lower !== "and" && !ROLE_HEADS.has(t.lower);

/** Marks the "and" of "<Word> and <word> [<word>] <office> <Name>" opening the sentence (`joins`). */
export function markOpeningPortfolioAnd(toks: Tok[]): void {
  const first = toks[0];
  if (first?.type !== "w" || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || NOT_PORTFOLIO.test(first.lower)) return;
  if (ROLE_HEADS.has(first.lower) || toks[1]?.lower !== "and") return;
  for (let e = 3; e <= 4; e++) {
    if (!lowerWord(toks[e - 1])) return;
    const head = toks[e];
    const name = toks[e + 1];
    if (head?.type !== "w" || !/^\p{Ll}/u.test(head.text) || !OFFICE_HEADS.has(head.lower)) continue;
    // (a name after the office: "minister Ola Brems", not "Trade and industry minister said")
    if (name?.type === "w" && /^\p{Lu}\p{Ll}/u.test(name.text)) toks[1]!.joins = true;
    return;
  }
}
