// A line written wholly in capitals (a wire headline: "SHAD WANTS INSIDER TRADING DEFINITION")
// says nothing by its capitals, so its words are no full name a surname or "the report" could
// be expanded to.

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const CAPS_LINE_SWITCH = {
  name: "caps-line-no-names",
  doc: 'a line with no lower-case letter (an ALL-CAPS headline) gives no full names: "Shad said" is not "SHAD WANTS …"',
};

/** Does the line holding `pos` have capitals, two words or more, and no lower-case letter? */
export function inCapsLine(text: string, pos: number): boolean {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  const nl = text.indexOf("\n", pos);
  const line = text.slice(start, nl === -1 ? text.length : nl);
  return !/\p{Ll}/u.test(line) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(line);
}
