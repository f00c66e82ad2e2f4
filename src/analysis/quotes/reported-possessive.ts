// Reported speech by someone's role: "Bernie Sanders' campaign says …", "Donald Trump's campaign
// manager said …". The shared resolution keeps only the role's head ("campaign", "manager"),
// which names no one, and the checks drop it. The speaker is the role as the article writes it,
// possessor included, unnamed: never the possessor (the manager spoke, not Trump).

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import type { ReportedCue } from "./reported-rules.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tokens.ts";
import type { Speaker } from "./types.ts";

/** Heads of a role that speaks for its possessor, besides the anonymous heads and role nouns. */
const ROLE_HEADS = new Set(
  "campaign campaigns team staff office administration family allies lawyers attorneys chief".split(" "),
);
const TIME_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
/** A capitalised name (up to four words, after titles such as "Mr.") with its possessive mark, on one line. */
const POSSESSOR =
  /(?<![\p{L}.])((?:\p{Lu}\p{L}{0,2}\. )*\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?:['’]s?| ['’])$/u;

/** The speaker "<Name>'s <role>", when the cue's phrase is a role after a possessive name. */
export function possessiveRole(doc: QuoteDoc, cue: ReportedCue, sp: Speaker): Speaker | null {
  if (sp.name && /\p{Lu}/u.test(sp.name)) return null;
  const { text } = doc;
  const words = cue.speaker.text.split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  if (!(ANONYMOUS_HEADS.has(head) || ROLE_HEADS.has(head) || ROLE_LIKE.test(head))) return null;
  // "Donald Trump's campaign manager" (one phrase) or "Sanders' campaign" (the mark split it off).
  let start = cue.speaker.start;
  const inside = /^(.*?\p{Lu}[\p{L}.-]*['’]s?)\s+[\p{Ll}\s-]+$/u.exec(cue.speaker.text);
  const before = inside ? null : POSSESSOR.exec(text.slice(Math.max(0, start - 60), start).trimEnd());
  if (!inside && !before) return null;
  if (before) start -= text.slice(Math.max(0, start - 60), start).length - before.index;
  const owner = (inside?.[1] ?? before![1]!)
    .split(/\s+/)
    .pop()!
    .replace(/['’]s?$/, "");
  if (TIME_NAME.test(owner)) return null;
  const phrase = text.slice(start, cue.speaker.end).replace(/^(?:the|The)\s+/, "");
  return { ...sp, text: phrase, name: phrase, id: null, kind: "unnamed" };
}
