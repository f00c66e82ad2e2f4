// Actor steps of session 19's pronoun work (one list for read-article.ts).

import { OFFICE_HEADS } from "../lexicons/titles.ts";
import type { Step } from "../steps.ts";
import type { ArticleState, Local } from "./types.ts";

/** What the step reads. */
interface Read {
  st: ArticleState;
}

/** A run of capitalised words ending on an office ("Planning Minister", "Deputy Chief Constable"). */
const isOfficeRun = (tokens: readonly string[]) =>
  tokens.length >= 2 &&
  tokens.length <= 4 &&
  tokens.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
  OFFICE_HEADS.has(tokens[tokens.length - 1]!.toLowerCase());

/** The one person whose name the article writes right after `title` ("Planning Minister Jo Marr"). */
function holderOf(st: ArticleState, title: string, self: Local): Local | null {
  const holders = new Set<Local>();
  for (const x of st.all) {
    if (x === self || x.kind !== "person") continue;
    for (const m of x.mentions) {
      if (m.via === "name" && st.text.slice(Math.max(0, m.start - title.length - 1), m.start) === `${title} `)
        holders.add(x);
    }
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/** "Planning Minister Jo Marr has offered help. … The Planning Minister didn't rule out …": the
 *  office read alone as a person's name is the one person the article gave it before a name, so a
 *  he/she after it is that person's and not the nearest other name's. */
const OFFICE_RUN_HOLDER_STEP: Step<Read> = {
  name: "office-run-holder",
  doc: "'The Planning Minister' read as a name: the one person the article writes after that office",
  run: ({ st }) => {
    for (const x of [...st.all]) {
      if (x.kind !== "person" || !isOfficeRun(x.tokens)) continue;
      const holder = holderOf(st, x.tokens.join(" "), x);
      if (!holder) continue;
      for (const m of x.mentions) holder.mentions.push({ ...m, via: "alias", local: holder });
      holder.mentions.sort((a, b) => a.start - b.start);
      dropLocal(st, x);
    }
  },
};

/** Forgets a local and its keys. */
function dropLocal(st: ArticleState, x: Local) {
  st.all = st.all.filter((y) => y !== x);
  for (const map of [st.persons, st.surnameOnly, st.orgs])
    for (const [k, y] of map) if (y === x) map.delete(k);
}

export const PRONOUN19_ARTICLE_STEPS = [OFFICE_RUN_HOLDER_STEP];
