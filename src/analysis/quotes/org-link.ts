// "the Institute for Fiscal Studies said", "the Department for Education and Skills",
// "the Committee to Protect Journalists": a lower-case "for", "to", "of" or "and" inside an
// organisation's name links its words; the phrase readers go on past it instead of stopping
// there and taking "Fiscal Studies" or "Skills" for the speaker.

import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { isCap, type Tok } from "./tokens.ts";

/** Heads an organisation's name runs on from through "for"/"to"/"of" ("Campaign for …"). */
const LINKED_HEADS = new Set([...ORG_NAME_HEADS, "Campaign", "Society", "Centre", "Center", "Friends"]);

const capWord = (t: Tok | undefined) => !!t && t.type === "w" && isCap(t);

/** toks[k] links two words of one organisation's name. */
export function orgLink(toks: readonly Tok[], k: number): boolean {
  const w = toks[k]?.lower;
  if (!w || !capWord(toks[k - 1]) || !capWord(toks[k + 1])) return false;
  if (w === "for" || w === "to" || w === "of") return LINKED_HEADS.has(toks[k - 1]!.text);
  // "… for Education and Skills": "and" after a link already made within the last four words.
  if (w !== "and") return false;
  for (let i = k - 2; i >= Math.max(1, k - 5); i--)
    if (/^(?:for|to|of)$/.test(toks[i]!.lower) && toks[i]!.type === "w" && orgLink(toks, i)) return true;
  return theWordAndHead(toks, k);
}

/** "the Public and Commercial Services Union": "and" after "the" and one capitalised word, before
 *  capitalised words ending on a body's head word within four. */
function theWordAndHead(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 2]?.lower !== "the") return false;
  for (let i = k + 1; i <= k + 4 && capWord(toks[i]); i++) if (ORG_NAME_HEADS.has(toks[i]!.text)) return true;
  return false;
}

/** words[k] links two words of one organisation's name (coreName's words, as strings). */
export function orgLinkWord(words: readonly string[], k: number): boolean {
  const cap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  const w = words[k];
  if (!w || !cap(words[k - 1]) || !cap(words[k + 1])) return false;
  // ("The United Steelworkers of America", "the Archbishop of Canterbury": after "the" and
  // capitals only, "of" links one name whatever its head, session 37)
  if (w === "of" && /^[Tt]he$/.test(words[0] ?? "") && k > 1 && words.slice(1, k).every(cap)) return true;
  if (w === "for" || w === "to" || w === "of") return LINKED_HEADS.has(words[k - 1]!);
  if (w !== "and") return false;
  for (let i = k - 2; i >= Math.max(1, k - 5); i--)
    if (/^(?:for|to|of)$/.test(words[i]!)) return orgLinkWord(words, i);
  return false;
}

/** The words end on an organisation's name linked through "for"/"to"/"of" ("the Department for
 *  Education and Skills"): capitalised words and links only after a determiner. */
export function orgNameTail(words: readonly string[]): boolean {
  const link = words.findIndex((_, k) => orgLinkWord(words, k));
  return (
    link > 0 &&
    words.slice(link - 1).every((w, i) => /^\p{Lu}/u.test(w) || orgLinkWord(words, link - 1 + i)) &&
    /^(?:(?:[Tt]he|[Aa]n?)\s)?(?:\p{Lu}\S*\s)*$/u.test(
      words
        .slice(0, link - 1)
        .map((w) => `${w} `)
        .join(""),
    )
  );
}

/** "said Bank of England governor Mervyn King": an "of" after the phrase's first, capitalised
 *  word runs on ("said analyst Nick Bubb of Evolution Securities" still ends at "of"). */
export const capitalOf = (toks: Tok[], k: number): boolean =>
  toks[k]!.lower === "of" && !!toks[k - 1] && isCap(toks[k - 1]!) && !!toks[k + 1] && isCap(toks[k + 1]!);

/** "the Commons science and technology committee": toks[k], "and", joins two lower-case words of a
 *  body named by its subjects, after a capitalised word and before the body's head toks[j]. */
export function lowerBodyAnd(
  toks: readonly Tok[],
  k: number,
  j: number,
  heads: ReadonlySet<string>,
): boolean {
  const w = (i: number) => toks[i]?.type === "w" && !isCap(toks[i]!);
  return (
    toks[k]?.lower === "and" &&
    j - k >= 2 &&
    j - k <= 3 &&
    w(k - 1) &&
    capWord(toks[k - 2]) &&
    heads.has(toks[j]!.lower) &&
    !isCap(toks[j]!) &&
    toks.slice(k + 1, j + 1).every((_, i) => w(k + 1 + i))
  );
}
