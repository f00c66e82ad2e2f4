// Actor rules of session 22's actor task (issue #13, PolNeAR train): a well-known person's
// surname read as an organisation where it stands before "spokesman", "campaign" or "staff".

import type { Alternative } from "../steps.ts";
import { attach } from "./article-actors.ts";
import { knownGivenName as given } from "./gender.ts";
import type { ArticleState, Local, Pending } from "./types.ts";

/** What the rule reads of a lone word (resolve-locally.ts's LoneWord, which imports this file). */
interface LoneWord {
  st: ArticleState;
  keys: { bySurname: Map<string, Local[]> };
  p: Pending;
}

/** After the word: what only a business has ("X shares", "X said it"), not a politician. */
const FIRM_AFTER =
  /^(?:['’]s?)? (?:said it|says it|shares|shareholders?|customers|subscribers|users|employees|chief executive|board|products?|stores?|brand)\b/;
/** Before the word: what one does to or calls a business. */
const FIRM_BEFORE =
  /\b(?:firm|company|rival|giant|operator|maker|provider|retailer|carrier|airline|bank|site|service|network|publisher|studio|acquire|acquired|bought|buy|sell|sold|owned by|shares in|stake in) $/i;

/** Does the article use `key`'s lone word anywhere as a business? */
function firmSomewhere(st: ArticleState, key: string): boolean {
  return st.pending.some(
    (q) =>
      q.key === key &&
      (FIRM_AFTER.test(st.text.slice(q.end, q.end + 24)) ||
        FIRM_BEFORE.test(st.text.slice(Math.max(0, q.start - 24), q.start))),
  );
}

/**
 * "Trump spokesman Hope Hicks", "joined the Trump campaign" after "Donald Trump": the lone
 * surname of the article's one person named in full, before words people have too (a spokesman,
 * staff, a campaign), is that person, unless the article also uses the word as a business
 * ("Dell shares" after "Michael Dell"). Without it one org hint made every "Trump" an organisation.
 */
export const ORG_HINT_SURNAME_RULE: Alternative<LoneWord, "attached"> = {
  name: "org-hint-person-surname",
  doc: '"Trump spokesman Hope Hicks" after "Donald Trump": the surname before what people have too is the person, unless used as a business',
  try: ({ st, keys, p }) => {
    if (p.hint !== "organization" || p.acronym) return null;
    const persons = keys.bySurname.get(p.key);
    if (persons?.length !== 1) return null;
    const person = persons[0]!;
    if (person.tokens.length < 2 || !given(person.tokens[0]!) || firmSomewhere(st, p.key)) return null;
    attach(person, p, "surname");
    return "attached";
  },
};
