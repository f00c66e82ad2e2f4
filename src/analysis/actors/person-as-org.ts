// "Vorland Boerse's bid for the exchange … investors in Vorland Boerse": two name-shaped words with
// no given name, no title and no role read as a person by default; what the article has the name
// do or own says it is an organisation (else it takes a "he", and "it" never finds it).

import { foldKey } from "../../text/fold.ts";
import { knownGivenName as given } from "./gender.ts";
import type { ArticleState } from "./types.ts";

/** After the name: what organisations have ("X's bid", "X shares", "X said it"). */
const ORG_AFTER =
  /^(?:['’]s?)? (?:said it|says it|spokes(?:man|woman|person)|chief executive|boss|bosses|shares|shareholders?|bid|takeover|offer|customers|subscribers|staff|employees|board)\b/;
/** Before the name: what one does to or with organisations ("investors in X", "the firm X"). */
const ORG_BEFORE =
  /\b(?:investors? in|shareholders? in|stake in|shares in|firm|company|group|rival|bank|exchange|bid for|takeover of|owned by) $/i;

/** Does mention [start, end) of the article stand where an organisation does? */
function orgPlace(text: string, start: number, end: number): boolean {
  return (
    ORG_AFTER.test(text.slice(end, end + 24)) || ORG_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/** A weakly seen person (no given name, title or role) named twice where organisations stand: an organisation. */
export function weakPersonsAsOrgs(st: ArticleState) {
  for (const [key, l] of [...st.persons]) {
    if (l.strong || l.tokens.length < 2 || given(l.tokens[0]!) || l.descriptions.length) continue;
    const name = l.tokens.join(" ");
    let places = 0;
    for (let at = st.text.indexOf(name); at >= 0; at = st.text.indexOf(name, at + 1))
      if (orgPlace(st.text, at, at + name.length)) places++;
    if (places < 2) continue;
    st.persons.delete(key);
    const k = foldKey(name);
    const same = st.orgs.get(k);
    if (same) {
      // the organisation the article also names there ("Vorland Boerse's bid"): one actor
      for (const m of l.mentions) same.mentions.push({ ...m, local: same });
      st.all.splice(st.all.indexOf(l), 1);
      continue;
    }
    l.kind = "organization";
    l.surname = null;
    l.first = null;
    st.orgs.set(k, l);
  }
}
