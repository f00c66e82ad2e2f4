// Speaker-name classes of session 24's name task (issue #13, BBC study sets 42-51): a name the
// quote layer cut short or ran into the words around it.

import { isOn, type StepSwitches } from "../steps.ts";

const AMPERSAND_WORD_SWITCH = {
  name: "ampersand-word",
  doc: '"S&P analyst Ann Roe", "a Procter & Gamble spokeswoman": capitalised words joined by "&" are one name, not a name cut at the "&"',
};

/** What the join reads of a token (tokens.ts's Tok, which imports this module). */
interface AmpToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: string;
}

/** "S&P analyst Ann Roe", "an M&S spokesman", "a Procter & Gamble spokeswoman": two capitalised
 *  words joined by "&" (no space, or one either side) are one name, a firm's, so a phrase read up
 *  to a name does not stop at the "&" and take the first word or letter for the speaker. */
export function joinAmpersandWords<T extends AmpToken>(
  toks: T[],
  text: string,
  switches?: StepSwitches,
): T[] {
  if (!switches || !isOn("quotes", AMPERSAND_WORD_SWITCH.name, switches)) return toks;
  const out: T[] = [];
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    const amp = toks[j + 1];
    const n = toks[j + 2];
    if (
      amp?.text === "&" &&
      t.type === "w" &&
      /^\p{Lu}/u.test(t.text) &&
      n?.type === "w" &&
      /^[\p{Lu}\p{N}]/u.test(n.text) &&
      /^(?:&| & )$/.test(text.slice(t.end, n.start))
    ) {
      const w = text.slice(t.start, n.end);
      out.push({ ...t, text: w, lower: w.toLowerCase(), end: n.end });
      j += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

const PEER_LORD_STYLE_SWITCH = {
  name: "peer-lord-style",
  doc: '"Lord Pryce said" after "Baron Pryce of Ardley": a baron, viscount or earl is called Lord in running text, and keeps that name',
};

/** The ranks a man's peerage may have: in running text he is "Lord X" whichever it is. */
export const lordKeepsStyle = (style: string, switches: StepSwitches): boolean =>
  style === "Lord" && isOn("quotes", PEER_LORD_STYLE_SWITCH.name, switches);

export const S24_NAME_SWITCHES = [AMPERSAND_WORD_SWITCH, PEER_LORD_STYLE_SWITCH];
