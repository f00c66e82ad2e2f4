// "The month-old Committee to Protect Bloggers is asking", "the newly formed Alliance of Small
// Brewers says": a determiner and lowercase modifiers before an organisation's name are no part
// of the speaker; the name the model holds from its first capital (running on past "to"/"of",
// where the phrase reader stopped) is.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tokens.ts";

/** The switch of the organisation's name after a determiner and modifiers (set1-switches.ts). */
export const MODIFIED_ORG_NAME_SWITCH = {
  name: "modified-organisation-name",
  doc: '"The year-old Committee for Free Voices is asking": the organisation named after the determiner and its modifiers, not "The year-old Committee"',
};

/** "The", then lowercase modifiers, up to the first capital. */
const MODIFIERS = /^[Tt]he\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,4}(?=\p{Lu})/u;

/** Prepositions and determiners: words linking a noun to a name, not modifying it. */
const LINKS = /^(?:for|of|at|to|from|with|by|in|on|the|a|an|and|or|its|their)$|['’]s?$/;
/** Numbers and quantities: "the two leading Republicans" are members, not the body. */
const COUNTS = /^(?:two|three|four|five|six|dozen|more|most|many|several|few|other|latest|next)$/;

/** The organisation's name starting at the phrase's first capital, past the modifiers; else null. */
export function orgPastModifiers(doc: QuoteDoc, p: Phrase): Phrase | null {
  const m = MODIFIERS.exec(p.text);
  if (!m || !isOn("quotes", MODIFIED_ORG_NAME_SWITCH.name, doc.switches)) return null;
  // ("a spokesman for the Calder Trust": a person's noun or a link is no modifier of the name)
  const mods = m[0].trim().split(/\s+/).slice(1);
  if (
    mods.some(
      (w) =>
        LINKS.test(w) || COUNTS.test(w) || ANONYMOUS_HEADS.has(w) || ROLE_HEADS.has(w) || ROLE_LIKE.test(w),
    )
  )
    return null;
  const start = p.start + m[0].length;
  const mention = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start === start && x.end >= p.end && x.via !== "role" && x.via !== "pronoun");
  if (!mention || doc.actors.byId.get(mention.actorId)?.kind !== "organization") return null;
  // ("The lifelong Republican": a one-word name the phrase ends on is a member's party, not the body)
  const name = doc.text.slice(start, mention.end);
  if (mention.end === p.end && !/\s/.test(name)) return null;
  return { start, end: mention.end, text: name };
}
