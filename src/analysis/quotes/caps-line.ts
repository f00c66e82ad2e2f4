// A line written wholly in capitals (a wire headline: "SHAD WANTS INSIDER TRADING DEFINITION")
// says nothing by its capitals, so its words are no full name a surname or "the report" could
// be expanded to.

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const CAPS_LINE_SWITCH = {
  name: "caps-line-no-names",
  doc: 'a line with no lower-case letter (an ALL-CAPS headline) gives no full names: "Shad said" is not "SHAD WANTS …"',
};

/** Is `line` two capitalised words or more with no lower-case letter? */
const capsLine = (line: string) => !/\p{Ll}/u.test(line) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(line);

/** [start, end) of every such line of `text`, in order (one pass over the text). */
export function capsLineSpans(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (capsLine(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Does the line holding `pos` have capitals, two words or more, and no lower-case letter? */
export function inCapsLine(text: string, pos: number): boolean {
  return capsLineSpans(text).some(([s, e]) => pos >= s && pos < e);
}
