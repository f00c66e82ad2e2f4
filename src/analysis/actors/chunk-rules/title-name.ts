import { PARTICLES_IN_ACTOR_NAMES } from "../../lexicons/person-names.ts";
import { HONORIFICS, TITLE_MODIFIERS } from "../../lexicons/titles.ts";
import { addPerson, lastPerson, pendingWord } from "../article-actors.ts";
import { appositive, precedingRole } from "../cues.ts";
import { orgInsideTitle, splitTitle } from "../titles.ts";
import { isCommon } from "../vocabulary.ts";
import { isParticleSurname, span } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Secretary of State Marco Rubio", "Mr McLetchie": a title or honorific, then the name. */
export const titleName: ChunkRule = {
  name: "title-name",
  doc: "title or honorific + name ('Secretary of State Marco Rubio', 'Mr McLetchie')",
  try: ({ st, s, c, vocab }) => {
    const title = splitTitle(c.map((t) => t.text));
    if (!title) return null;
    const last = c[c.length - 1]!;
    const nameToks = c.slice(title.nameFrom);
    const titleToks = c.slice(0, title.titleEnd);
    if (
      nameToks.length === 1 &&
      (isCommon(nameToks[0]!.text, vocab) || TITLE_MODIFIERS.has(nameToks[0]!.text))
    )
      return true;
    const description = titleToks.length ? span(st.text, titleToks) : null;
    const descr = description && !HONORIFICS.has(description) ? description : null;
    orgInsideTitle(st, c.slice(0, title.headAt));
    if (
      nameToks.length === 1 ||
      (nameToks.every((t) => PARTICLES_IN_ACTOR_NAMES.has(t.text) || t.cap) && isParticleSurname(nameToks))
    ) {
      pendingWord(st, nameToks, "person", descr ?? precedingRole(st, s, c[0]!));
    } else {
      addPerson(st, nameToks, descr, true, vocab);
      const app = appositive(st.text, last, st.switches);
      if (app) lastPerson(st)?.descriptions.push(app);
    }
    return true;
  },
};
