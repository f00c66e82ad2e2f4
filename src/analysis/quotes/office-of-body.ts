// "The Governor of the Bank of Zemla, Robin Ashby-Crane, said": a capitalised office of a body is a
// role, so the name in apposition after it speaks (wire and BBC style alike: "the Chancellor of
// the Exchequer, Ann Roe,", "President of the Commission, Ivo Brandt,").
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const OFFICE_OF_BODY_SWITCH = {
  name: "office-of-body-apposition",
  doc: '"The Governor of the Bank of Zemla, Robin Ashby-Crane, said": a capitalised office "of" a body is a role, the name after it speaks',
};

const OFFICE_OF =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2})(\p{Lu}[\p{L}-]*)\s+(?:of|for|to|at)\s+(?:the\s+)?\p{Lu}/u;

/** Is `text` a capitalised office (head, up to two office words before it) of a body? */
export function officeOfBody(text: string): boolean {
  const m = OFFICE_OF.exec(text);
  if (!m || !TITLE_HEADS.has(m[2]!)) return false;
  return m[1]!
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w));
}
