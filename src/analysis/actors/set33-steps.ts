// Actor rules of the classes found on BBC study set 33 (a chunk rule for chunk-rules/index.ts).

import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { TITLE_HEADS } from "../lexicons/titles.ts";
import { addOrg, addPerson } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { span } from "./word-classes.ts";

/**
 * "Chairman of the Public Accounts Committee Ann Bell MP said": a title, "of (the)", a body's name
 * ending on its head word and then a person's name run together in one capitalised run. The body
 * is an organisation and the name after its head, opening on a given name, is the person who holds
 * the title (title-name.ts reads the title only when no body's head sits in the name).
 */
export const TITLE_OF_BODY_NAME_STEP: ChunkRule = {
  name: "title-of-body-name",
  doc: "'Chairman of the Audit Committee Ann Bell': a title of a body, then the holder's name, is a person and an organisation",
  try: ({ st, c, vocab }) => {
    if (c.length < 5 || !TITLE_HEADS.has(c[0]!.text) || c[1]!.text !== "of") return null;
    const from = c[2]!.text === "the" ? 3 : 2;
    // the last organisation head, followed by two or three name words opening on a given name
    let head = -1;
    for (let i = from; i < c.length; i++) if (ORG_NAME_HEADS.has(c[i]!.text)) head = i;
    const name = c.slice(head + 1);
    if (head < 0 || name.length < 2 || name.length > 3 || !GIVEN_NAMES.has(name[0]!.text)) return null;
    if (!name.every((t) => t.cap && !t.possessive && !ORG_NAME_HEADS.has(t.text))) return null;
    addOrg(st, c.slice(from, head + 1), true, "name");
    addPerson(st, name, span(st.text, c.slice(0, head + 1)), true, vocab);
    return true;
  },
};
