// The words of dates: weekday and month names, small counts, and the contexts in which a day name
// names a show, a paper or a holiday rather than a day.

import { CARDINALS } from "../lexicons/numbers.ts";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const WEEKDAY_RE = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// Month names are matched case-sensitively (capitalised) so the modal "may" and verb "march" never match.
export const MONTH_FULL =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";
export const MONTH_ANY =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
export const monthIndex = (name: string): number =>
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;
// Counts of days or weeks in dates stay small: "a week", "two days", up to "ten".
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n <= 10)),
};
// "Super Tuesday", "Good Friday": named days, not "the Tuesday around publication".
export const NAMED_DAY = /\b(?:Good|Black|Easter|Palm|Ash|Super|Bloody|Cyber|Maundy|Shrove|Holy|Whit)\s+$/;
// "GMTV's Sunday programme", "the Sunday Times": a show or paper named after a day.
export const SHOW_AFTER =
  /^\s+(?:programme|program|show|edition|paper|newspaper|supplement|trading|AM|Politics|Night|Live)\b/;
// "the Sunday Times", "Sunday Telegraph journalist": a newspaper's name, no date at all.
export const PAPER_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|People|Mail|Independent|Sport|Sun)\b/;

export const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
// Month alone: "May" and "March" only after an unmistakable time word ("by May" could be Theresa May).
export const MONTH_PREFIX =
  "in|since|until|till|during|before|after|from|through|by|last|next|this|early|late|mid|end of|beginning of|start of";
export const SAFE_MONTH_PREFIX = new Set([
  "in",
  "since",
  "until",
  "till",
  "during",
  "last",
  "next",
  "this",
  "early",
  "late",
  "mid-",
  "mid",
]);
