// Actor steps of the classes found on BBC study set 25 (one list for read-article.ts).

import { foldKey } from "../../text/fold.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import type { Step } from "../steps.ts";
import type { ArticleState, Local } from "./types.ts";

/** What set 25's article steps read. */
interface Read {
  st: ArticleState;
}

/** A role noun capitalised only by the sentence start, glued to a surname: "Matchwinner Keane",
 *  "Goalscorer Toure" (a long word in -er/-or/-ist), "Man-of-the-match Duff" (lowercase pieces
 *  joined by hyphens). Given names ("Alexander", "Jennifer") are left out by the list. */
const DESCRIPTOR = /^(?:\p{Lu}\p{Ll}{4,}(?:er|or|ist)|\p{Lu}\p{Ll}*(?:-\p{Ll}+)+)$/u;

/** Does a sentence open at `at`: a line start or a full stop (a quotation's closing mark after
 *  it) before it? Text, not the sentence list: `…through." Man-of-the-match Duff` is one there. */
const opensSentence = (text: string, at: number) =>
  /(?:^|\n|[.!?]["”’']?[ \t]+)["“‘']?$/.test(text.slice(Math.max(0, at - 6), at));

/** The person of the article with this surname and a different given name, when there is one only. */
function namedPerson(st: ArticleState, l: Local, surname: string, first: string): Local | null {
  const others = st.all.filter(
    (o) =>
      o !== l && o.kind === "person" && o.tokens.length >= 2 && o.surname === surname && o.first !== first,
  );
  return others.length === 1 ? others[0]! : null;
}

/** "Robbie Keane took his record to 24. … Matchwinner Keane was full of praise": a role word that
 *  opens the sentence before the surname of a person the article names is no given name; the
 *  mention is that person's surname. */
export const SENTENCE_ROLE_SURNAME_STEP: Step<Read> = {
  name: "sentence-role-before-surname",
  doc: '"Robbie Keane … Matchwinner Keane said", "Man-of-the-match Duff": a role word opening the sentence before a named person\'s surname is no given name',
  run: ({ st }) => {
    const gone = new Set<Local>();
    for (const l of st.all) {
      if (l.kind !== "person" || l.tokens.length !== 2 || l.mentions.length === 0) continue;
      const [word, surname] = l.tokens as [string, string];
      if (!DESCRIPTOR.test(word) || GIVEN_NAMES.has(word)) continue;
      if (!l.mentions.every((m) => m.text === `${word} ${surname}` && opensSentence(st.text, m.start)))
        continue;
      const o = namedPerson(st, l, foldKey(surname), foldKey(word));
      if (!o) continue;
      for (const m of l.mentions) {
        const start = m.end - surname.length;
        o.mentions.push({ start, end: m.end, text: surname, via: "surname", local: o });
      }
      l.mentions = [];
      gone.add(l);
    }
    if (gone.size === 0) return;
    st.all = st.all.filter((x) => !gone.has(x));
    for (const map of [st.persons, st.orgs, st.surnameOnly])
      for (const [k, x] of map) if (gone.has(x)) map.delete(k);
  },
};

/** Set 25's article steps, run after set 22's. */
export const SET25_ARTICLE_STEPS = [SENTENCE_ROLE_SURNAME_STEP];
